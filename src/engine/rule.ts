/**
 * The rule contract, on ESLint's model: a rule is data (`meta`) plus one pure synchronous
 * function. Severity is configuration, never part of the rule. Fixes are suggestions described as
 * data and applied only by an adapter when the user clicks.
 */
import type { MessageSnapshot, RecipientField } from "./snapshot";
import type { EffectivePolicy } from "./policy/types";

import type { LocalizedText, Severity } from "./locale";

// Re-exported: most of the code reads these with the rule contract.
export { LOCALES, type Locale, type LocalizedText, type Severity } from "./locale";
export type Category = "recipients" | "attachments" | "content";
export type Verdict = "block" | "warn" | "pass";

/** A message's values; a list is joined in the reader's language ("a, b" or "a、b"). */
export type MessageData = Readonly<Record<string, string | number | readonly string[]>>;

export type Target =
  | { readonly kind: "recipient"; readonly address: string; readonly field: RecipientField }
  | { readonly kind: "recipients"; readonly addresses: readonly string[] }
  | { readonly kind: "attachment"; readonly id: string; readonly name: string }
  | { readonly kind: "subject" }
  | { readonly kind: "body"; readonly excerpt?: string }
  | { readonly kind: "message" };

/** The link the user pasted for a file, and the line that says so at the top of the body. */
export interface ShareLink {
  readonly url: string;
  /** The HTML line written at the top of the body, e.g. "report.zip (18.9 MB): <a>…</a>". */
  readonly html: string;
}

/** Edits a user may choose to apply. Adapters implement them; rules only describe them. */
export type Edit =
  | { readonly type: "removeAttachment"; readonly attachmentId: string; readonly name: string }
  | {
      readonly type: "replaceRecipient";
      readonly field: RecipientField;
      readonly address: string;
      readonly replacement: string;
    }
  | { readonly type: "removeRecipient"; readonly field: RecipientField; readonly address: string }
  | { readonly type: "moveRecipientsToBcc"; readonly addresses: readonly string[] }
  | {
      readonly type: "insertShareLink";
      readonly attachmentId: string;
      readonly name: string;
      readonly size: number;
      /** Only the user knows the link: rules leave it out, the pane fills it in before applying. */
      readonly link?: ShareLink;
    };

export interface Suggestion {
  /** A key of the rule's `meta.messages`: the button label. */
  readonly messageId: string;
  readonly data?: MessageData;
  readonly edit: Edit;
}

/** What a rule returns: severity, category and remedy are added by the engine. */
export interface RuleFinding {
  readonly messageId: string;
  readonly data: MessageData;
  readonly target: Target;
  readonly suggestions?: readonly Suggestion[];
}

/**
 * What a rule needs that the Send handler cannot give it: archive listings (the pane and the CLI
 * read attachment bytes), DNS answers (the CLI, when the policy asks), or a data table too large
 * for the handler's size budget. The handler's bundle leaves such rules out (webpack.config.js).
 */
export type RuleNeed = "archive" | "dns" | "large-data";

/** One option as the policy file writes it: the policy schema's entry for it is made from this. */
export interface OptionSchema {
  readonly type: "integer" | "boolean";
  readonly minimum?: number;
  readonly maximum?: number;
  /** English, for the policy schema (editors show it while the admin types). */
  readonly description: string;
}

export interface RuleMeta<Options> {
  /** Equals the file name in src/rules/ and the key in the policy's `rules`. */
  readonly id: string;
  readonly category: Category;
  readonly description: LocalizedText;
  readonly messages: Readonly<Record<string, LocalizedText>>;
  readonly defaultSeverity: Severity;
  readonly defaultOptions: Options;
  /** Each option's schema; a rule without options leaves it out (the policy may then set none). */
  readonly optionsSchema?: { readonly [K in keyof Options]: OptionSchema };
  /** Declared, and checked by the rule tester: a rule that returns undeclared suggestions fails. */
  readonly hasSuggestions: boolean;
  readonly needs?: readonly RuleNeed[];
  /** Key in the remedy catalogue (src/manual). */
  readonly remedyId: string;
}

export interface RuleContext<Options> {
  readonly message: MessageSnapshot;
  readonly policy: EffectivePolicy;
  readonly options: Options;
}

export interface Rule<Options = Readonly<Record<string, unknown>>> {
  readonly meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): readonly RuleFinding[];
}

/**
 * A rule in a list: options are opaque to whoever holds the list. `check` is declared as a method,
 * so TypeScript compares its parameter bivariantly and every `Rule<X>` fits here.
 */
export type AnyRule = Rule<unknown>;

export interface Finding extends RuleFinding {
  readonly ruleId: string;
  readonly severity: Exclude<Severity, "off">;
  readonly category: Category;
  readonly remedyId: string;
}

/**
 * Something the check could not look at, with the values its message names (the kinds and their
 * texts: src/check/not-checked.ts). Rules stay silent about what they cannot see, so without these
 * a pass could hide that half a message went unread.
 */
export interface NotChecked {
  readonly kind: string;
  readonly data: MessageData;
}

export interface Report {
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  /** A pass is a pass of what was read: this says what was not (empty at Send, which shows none). */
  readonly notChecked: readonly NotChecked[];
  readonly timing: { readonly totalMs: number };
}

/**
 * The ports: what the shells (the task pane, the Send handler) need from the place they run in,
 * as types only. The adapters implement them (src/adapters/office/host.ts builds a PaneHost);
 * the shells use them; tests build them from plain functions. Neither side imports the other,
 * so the arrows point one way: shells → ports ← adapters, all above the engine.
 */
import type { Edit, Locale } from "../engine/rule";
import type { MessageSnapshot } from "../engine/snapshot";
import type { EffectivePolicy } from "../engine/policy/types";
import type { PolicyError } from "../engine/policy/errors";

/** How applying an edit went: it never throws, a failure says what failed. */
export type EditResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export type PolicySource =
  | { readonly kind: "hosted"; readonly url: string; readonly fetchedAt: number }
  | { readonly kind: "cached"; readonly url: string; readonly fetchedAt: number }
  | { readonly kind: "defaults" };

export type PolicyProblem =
  /** The hosted file was read but is not valid: the defaults apply. */
  | { readonly kind: "invalid"; readonly url: string; readonly errors: readonly PolicyError[] }
  /** The hosted file could not be fetched: a cached copy or the defaults apply. */
  | { readonly kind: "unreachable"; readonly url: string; readonly message: string }
  /** policy.json applies, but the Send check's copy (policy.effective.json) was compiled from another version or is missing. */
  | { readonly kind: "sendCopyStale"; readonly url: string; readonly sendCopyUrl: string };

export interface LoadedPolicy {
  readonly policy: EffectivePolicy;
  readonly source: PolicySource;
  readonly problem?: PolicyProblem;
}

/** What the Send handler decided last time for this message (shared through sessionData). */
export interface LastSendResult {
  readonly at: number;
  readonly allowed: boolean;
  readonly ruleIds: readonly string[];
  /**
   * Why the Send check ran on the built-in defaults instead of the company's policy: its copy
   * could not be fetched (in classic Outlook, often a missing well-known file) or was not valid.
   */
  readonly policyProblem?: "unreachable" | "invalid";
}

/** Outlook's limit for a notification message, in characters: the pane writes within it. */
export const MAX_NOTIFICATION = 150;

export interface PaneHost {
  /** From Outlook's display language (zh-HK/zh-MO → zh-TW, other zh → zh-CN, else en-US). */
  readonly displayLocale: Locale;
  /** Outlook's theme is dark. */
  readonly dark: boolean;
  loadPolicy(): Promise<LoadedPolicy>;
  /** Reads the message being written (zip attachments listed within the policy's bounds). */
  readSnapshot(policy: EffectivePolicy): Promise<MessageSnapshot>;
  /** Applies one suggestion's edit (a share link travels inside its insertShareLink edit). Never rejects. */
  applyEdit(edit: Edit): Promise<EditResult>;
  /** Opens an address in the user's browser (the company drive for share-instead-of-attach). */
  openUrl(url: string): Promise<EditResult>;
  /**
   * Calls `onChange` when Outlook reports recipients or attachments changed. Resolves to the
   * function that stops watching. Some edits (subject, body) fire no event at all.
   */
  watchItem(onChange: () => void): Promise<() => void>;
  /** Shows one informational notification (at most MAX_NOTIFICATION characters) on the message, or removes it (`undefined`). */
  setNotification(text: string | undefined): Promise<void>;
  /** What the Send handler last decided for this message, when Outlook can share it. */
  readLastSend(): Promise<LastSendResult | undefined>;
  /** Small remembered settings (the language the user picked). */
  loadSetting(key: string): string | undefined;
  saveSetting(key: string, value: string): void;
}

/**
 * The admin's policy. `PolicyFile` is what an admin writes (every field optional, merged over the
 * defaults); `EffectivePolicy` is the complete value the engine and rules read.
 */
import type { LocalizedText, Severity } from "../locale";

export const PRESET_NAMES = ["exchange-online", "gmail", "tencent-exmail", "aliyun-mail"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Provider limits, in bytes of the *encoded* message as servers count it. */
export interface SizeLimits {
  /** Above this encoded size an attachment should go as a share link (attachment-large). */
  readonly shareLinkThresholdBytes: number;
  /** Per-attachment limit (attachment-too-large). */
  readonly attachmentMaxBytes: number;
  /** Whole message: headers, body and all attachments (message-too-large). */
  readonly messageMaxBytes: number;
  /** Recipients per message (recipient-too-many). */
  readonly maxRecipients: number;
}

export interface RuleSetting {
  readonly severity?: Severity;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface KeywordTerm {
  readonly term: string;
  readonly weight: number;
}

export interface KeywordPolicy {
  /** Score at or above which content-spam-keywords reports (raised for texts over 4,000 characters). */
  readonly threshold: number;
  /** Multiplier for matches in the subject. */
  readonly subjectWeight: number;
  /** Extra terms (or new weights for built-in ones). */
  readonly add: readonly KeywordTerm[];
  /** Built-in terms to drop. */
  readonly remove: readonly string[];
}

export interface Enforcement {
  /** How Outlook treats our "don't send" answer; Block needs admin deployment. */
  readonly sendMode: "SoftBlock" | "PromptUser";
  /** The lowest severity that stops the send. */
  readonly blockOn: "block" | "warn";
  /** When warn findings exist but do not block: ask the user before sending (Mailbox 1.14). */
  readonly promptOnWarn: boolean;
  /** When the check cannot run (error, deadline): send anyway (open) or stop (closed). */
  readonly onError: "open" | "closed";
  readonly deadlineMs: number;
}

export interface CloudShare {
  readonly name: LocalizedText;
  /** The drive's address per language (a policy may give one for all). */
  readonly url: LocalizedText;
  /** Shown in the inserted link line, e.g. "link valid for 30 days". */
  readonly expiryNote?: LocalizedText;
}

export interface SupportContact {
  readonly name: LocalizedText;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
  readonly hours?: LocalizedText;
}

export interface EffectivePolicy {
  readonly presets: readonly PresetName[];
  readonly internalDomains: readonly string[];
  /** Domains the typo rule must treat as real, besides the built-in providers and internal ones. */
  readonly knownDomains: readonly string[];
  readonly limits: SizeLimits;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly blockedExtensions: { readonly add: readonly string[]; readonly remove: readonly string[] };
  readonly keywords: KeywordPolicy;
  readonly sensitiveWords: readonly string[];
  readonly enforcement: Enforcement;
  readonly cloudShare: CloudShare;
  readonly support: readonly SupportContact[];
  /** Largest attachment whose bytes the shells read to list archive entries. */
  readonly archiveScanMaxBytes: number;
}

type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly U[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type PolicyFile = DeepPartial<Omit<EffectivePolicy, "presets" | "cloudShare">> & {
  readonly cloudShare?: DeepPartial<Omit<CloudShare, "url">> & { readonly url?: string | DeepPartial<LocalizedText> };
  readonly $schema?: string;
  readonly extends?: PresetName | readonly PresetName[];
};

/** The remedy catalogue and help topics: data written from the company mail manual (../shared/manual). */
import type { LocalizedText } from "../engine/rule";

/** The five guides of the manual, by the letter of their file name. */
export type GuideId = "A" | "B" | "C" | "D" | "E";

/** Where a text comes from: guide letter plus the guide's own section numbering, e.g. B "三(二)1". */
export interface ManualRef {
  readonly guide: GuideId;
  readonly section: string;
}

/** What to do about one finding. Keyed by rule id (a rule's remedyId equals its id). */
export interface Remedy {
  readonly id: string;
  readonly title: LocalizedText;
  /** May contain {drive} (the company drive's name) and {limit} (from the finding's data). */
  readonly steps: readonly LocalizedText[];
  readonly sources: readonly ManualRef[];
}

/** Troubleshooting for what a compose-time check cannot see. */
export interface HelpTopic {
  readonly id: string;
  readonly title: LocalizedText;
  readonly symptoms: LocalizedText;
  readonly steps: readonly LocalizedText[];
  /** Search terms in all three languages, both Chinese scripts included. */
  readonly keywords: readonly string[];
  readonly sources: readonly ManualRef[];
}

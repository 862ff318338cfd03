/**
 * What the pane needs from the check engine, as one value. The boot file loads the rules in a
 * chunk of their own while the pane paints its header (src/taskpane/engine-default.ts); tests
 * build one from the rules they are about. Only types here, so the pane's first file stays small.
 */
import type { AnyRule, LocalizedText, MessageData, Report } from "../engine/rule";
import type { EffectivePolicy } from "../engine/policy-types";
import type { MessageSnapshot } from "../engine/snapshot";

/** Something a check could not look at, with its text in every language. */
export interface GapView {
  readonly text: LocalizedText;
  readonly data: MessageData;
}

export interface PaneEngine {
  readonly rules: readonly AnyRule[];
  evaluate(snapshot: MessageSnapshot, policy: EffectivePolicy): { readonly report: Report; readonly gaps: readonly GapView[] };
}

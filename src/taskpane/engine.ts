/**
 * What the pane needs from the check engine, as one value: the rules' report plus what the check
 * could not read. The boot file loads this module as a chunk of its own (boot-chunks.ts) while
 * the pane paints its header, so the rules never weigh on the pane's first file; everything else
 * imports only its types. Tests build an engine from the rules they are about (makeEngine).
 */
import type { AnyRule, LocalizedText, MessageData, Report } from "../engine/rule";
import type { EffectivePolicy } from "../engine/policy-types";
import type { MessageSnapshot } from "../engine/snapshot";
import { runRules } from "../engine/run";
import { RULES } from "../rules";
import { GAP_MESSAGES, coverageGaps } from "../text/coverage";

/** Something a check could not look at, with its text in every language. */
export interface GapView {
  readonly text: LocalizedText;
  readonly data: MessageData;
}

export interface PaneEngine {
  readonly rules: readonly AnyRule[];
  evaluate(snapshot: MessageSnapshot, policy: EffectivePolicy): { readonly report: Report; readonly gaps: readonly GapView[] };
}

export function makeEngine(rules: readonly AnyRule[]): PaneEngine {
  return {
    rules,
    evaluate: (snapshot, policy) => ({
      report: runRules(snapshot, policy, rules),
      gaps: coverageGaps(snapshot).map((gap) => ({ text: GAP_MESSAGES[gap.kind], data: gap.data })),
    }),
  };
}

/** The engine with every rule: what the boot file's chunk delivers. */
const ENGINE = makeEngine(RULES);
export default ENGINE;

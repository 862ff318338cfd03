/** A PaneEngine over a list of rules: the rules' report plus what the check could not read. */
import type { AnyRule } from "../engine/rule";
import { runRules } from "../engine/run";
import { GAP_MESSAGES, coverageGaps } from "../text/coverage";
import type { PaneEngine } from "./engine";

export function makeEngine(rules: readonly AnyRule[]): PaneEngine {
  return {
    rules,
    evaluate: (snapshot, policy) => ({
      report: runRules(snapshot, policy, rules),
      gaps: coverageGaps(snapshot).map((gap) => ({ text: GAP_MESSAGES[gap.kind], data: gap.data })),
    }),
  };
}

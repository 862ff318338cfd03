/**
 * What the pane needs from the check engine, as one value: the rules' report plus what the check
 * could not read. The boot file loads this module as a chunk of its own (boot-chunks.ts) while
 * the pane paints its header, so the rules never weigh on the pane's first file; everything else
 * imports only its types. Tests build an engine from the rules they are about (makeEngine).
 */
import type { AnyRule, LocalizedText, MessageData, Report } from "../engine/rule";
import type { EffectivePolicy } from "../engine/policy/types";
import type { MessageSnapshot } from "../engine/snapshot";
import { RULES } from "../rules";
import { checkMessage } from "../check/check";
import { NOT_CHECKED_MESSAGES, type NotCheckedKind } from "../check/not-checked";

/** Something the check could not look at, with its text in every language (from this chunk). */
export interface NotCheckedView {
  readonly text: LocalizedText;
  readonly data: MessageData;
}

export interface PaneEngine {
  readonly rules: readonly AnyRule[];
  evaluate(snapshot: MessageSnapshot, policy: EffectivePolicy): { readonly report: Report; readonly notChecked: readonly NotCheckedView[] };
}

export function makeEngine(rules: readonly AnyRule[]): PaneEngine {
  return {
    rules,
    evaluate: (snapshot, policy) => {
      const report = checkMessage(snapshot, policy, rules);
      // The texts travel with the engine's chunk, so the pane's first file carries none of them.
      const notChecked = report.notChecked.map((part) => ({ text: NOT_CHECKED_MESSAGES[part.kind as NotCheckedKind], data: part.data }));
      return { report, notChecked };
    },
  };
}

/** The engine with every rule: what the boot file's chunk delivers. */
const ENGINE = makeEngine(RULES);
export default ENGINE;

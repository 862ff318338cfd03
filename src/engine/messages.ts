/** Turns a finding into the sentence a user reads, for the pane, the Send dialog and the CLI. */
import type { AnyRule, Finding, Locale, LocalizedText } from "./rule";
import { localize } from "./format";
import { INTERNAL_ERROR_ID } from "./run";

/** The engine's own message for a rule that threw (see runRules). */
export const INTERNAL_ERROR_MESSAGE: LocalizedText = {
  "zh-CN": "检查项“{rule}”出错，未能完成（{error}）。其他检查不受影响。",
  "zh-TW": "檢查項目「{rule}」發生錯誤，未能完成（{error}）。其他檢查不受影響。",
  "en-US": "The check “{rule}” failed and was skipped ({error}). The other checks ran.",
};

export function findingMessage(finding: Finding, rules: readonly AnyRule[], locale: Locale): string {
  if (finding.ruleId === INTERNAL_ERROR_ID) return localize(INTERNAL_ERROR_MESSAGE, locale, finding.data);
  const text = rules.find((r) => r.meta.id === finding.ruleId)?.meta.messages[finding.messageId];
  // A missing text is a bug the completeness test catches; show the ids rather than nothing.
  return text ? localize(text, locale, finding.data) : `${finding.ruleId}: ${finding.messageId}`;
}

/**
 * The sentence the pane, the CLI and the report show for a finding: the engine's message, with a
 * reader's English reason (a damaged archive, a size limit) put into the reader's language first
 * (text/files/unread-reasons.ts; "not checked" lines do the same in not-checked.ts). Kept apart
 * from not-checked.ts so the pane's first bundle does not carry the not-checked analysis. The Send handler uses
 * findingMessage directly: none of its findings carries such a reason.
 */
import { findingMessage } from "../engine/messages";
import type { AnyRule, Finding, Locale } from "../engine/rule";
import { withLocalReason } from "../text/files/unread-reasons";

export function describeFinding(finding: Finding, rules: readonly AnyRule[], locale: Locale): string {
  return findingMessage({ ...finding, data: withLocalReason(finding.data, locale) }, rules, locale);
}

/**
 * The sentences the pane, the CLI and the report show for findings and "not checked" lines: the
 * engine's messages, with a reader's English reason (a damaged archive, a size limit) put into
 * the reader's language first (text/files/unread-reasons.ts). The Send handler uses
 * findingMessage directly: none of its findings carries such a reason.
 */
import { findingMessage } from "../engine/messages";
import { localize } from "../engine/format";
import type { AnyRule, Finding, Locale, NotChecked } from "../engine/rule";
import { withLocalReason } from "../text/files/unread-reasons";
import { NOT_CHECKED_MESSAGES, type NotCheckedKind } from "./not-checked";

export function describeFinding(finding: Finding, rules: readonly AnyRule[], locale: Locale): string {
  return findingMessage({ ...finding, data: withLocalReason(finding.data, locale) }, rules, locale);
}

export function describeNotChecked(part: NotChecked, locale: Locale): string {
  return localize(NOT_CHECKED_MESSAGES[part.kind as NotCheckedKind], locale, withLocalReason(part.data, locale));
}

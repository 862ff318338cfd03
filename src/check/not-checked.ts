/**
 * What a check could not look at, said plainly. Rules stay silent about what they cannot see (a
 * guess must not block a send), so a "pass" alone could hide that half a message went unread:
 * the report carries these (src/check/check.ts), and the CLI and the pane show them next to the
 * findings. Pure, like the rules.
 */
import type { Locale, LocalizedText, MessageData, NotChecked } from "../engine/rule";
import { localize } from "../engine/format";
import { withLocalReason } from "../text/files/unread-reasons";
import type { Attachment, MessageSnapshot } from "../engine/snapshot";
import { bodyAnalysis, clipLine, MAX_CONTENT_CHARS } from "../text/body/body";
import { listAddresses } from "../text/addresses/address";
import { visibleName } from "../engine/shown";
import { isListedArchive } from "../archive/formats";
import { listingGaps, NESTING_SEPARATOR } from "../archive/walk";

export type NotCheckedKind =
  | "recipientsIncomplete"
  | "attachmentsIncomplete"
  | "bodyTruncated"
  | "bodyOverLimit"
  | "nestedTooDeep"
  | "attachmentUnread"
  | "archiveUnreadable"
  | "archiveTruncated"
  | "domainLookupFailed";

export interface NotCheckedPart extends NotChecked {
  readonly kind: NotCheckedKind;
  readonly data: MessageData;
}

export const NOT_CHECKED_MESSAGES: Readonly<Record<NotCheckedKind, LocalizedText>> = {
  recipientsIncomplete: {
    "zh-CN": "有些收件人未能读取，未检查这些收件人。",
    "zh-TW": "部分收件者無法讀取，這些收件者未檢查。",
    "en-US": "Some recipients could not be read and were not checked.",
  },
  attachmentsIncomplete: {
    "zh-CN": "附件信息不完整（例如邮件被截断，或附件尚未保存），大小和内容只按能读到的部分检查。",
    "zh-TW": "附件資訊不完整（例如郵件被截斷，或附件尚未儲存），大小與內容只依讀得到的部分檢查。",
    "en-US": "The attachment list is incomplete (the message is cut off, or attachments are not saved yet): sizes and contents were checked only as far as they could be read.",
  },
  bodyTruncated: {
    "zh-CN": "正文未能完整读取，只检查了读到的部分。",
    "zh-TW": "內文未能完整讀取，只檢查了讀到的部分。",
    "en-US": "The body could not be read completely; only what was read was checked.",
  },
  bodyOverLimit: {
    "zh-CN": "正文很长，内容检查只看了前 {limit} 个字符（垃圾邮件过滤器通常也只看邮件开头）。",
    "zh-TW": "內文很長，內容檢查只看了前 {limit} 個字元（垃圾郵件過濾器通常也只看郵件開頭）。",
    "en-US": "The body is very long: the content checks read its first {limit} characters (spam filters also score the start of a message).",
  },
  nestedTooDeep: {
    "zh-CN": "邮件里附带的邮件层层嵌套，超出了可检查的层数，最里层的附件未检查。",
    "zh-TW": "郵件中附帶的郵件層層巢狀，超出可檢查的層數，最內層的附件未檢查。",
    "en-US": "Attached messages are nested deeper than the check reads: the attachments at the innermost levels were not checked.",
  },
  attachmentUnread: {
    "zh-CN": "附件 {name} 的内容未能读取（{reason}），未检查其中的文件。",
    "zh-TW": "附件 {name} 的內容無法讀取（{reason}），未檢查其中的檔案。",
    "en-US": "The content of {name} could not be read ({reason}), so the files in it were not checked.",
  },
  archiveUnreadable: {
    "zh-CN": "压缩包 {name} 无法列出内容（{reason}），其中的文件未检查。",
    "zh-TW": "壓縮檔 {name} 無法列出內容（{reason}），其中的檔案未檢查。",
    "en-US": "The files in {name} could not be listed ({reason}), so they were not checked.",
  },
  archiveTruncated: {
    "zh-CN": "压缩包 {name} 只列出了一部分（文件太多、嵌套太深或需要解压的内容太大），其余文件未检查。",
    "zh-TW": "壓縮檔 {name} 只列出了一部分（檔案太多、巢狀太深或需要解壓縮的內容太大），其餘檔案未檢查。",
    "en-US": "Only part of {name} was listed (too many files, nested too deep, or too much to unpack): the rest was not checked.",
  },
  domainLookupFailed: {
    "zh-CN": "查询 {domains} 的邮件服务器时 DNS 没有答复，未能检查这些域名能否收信。",
    "zh-TW": "查詢 {domains} 的郵件伺服器時 DNS 沒有回應，未能檢查這些網域能否收信。",
    "en-US": "The DNS look-up of the mail servers for {domains} failed, so whether they can receive mail was not checked.",
  },
};

/** The sentence for a "not checked" line, its reason (if any) in the reader's language. */
export function describeNotChecked(part: NotChecked, locale: Locale): string {
  return localize(NOT_CHECKED_MESSAGES[part.kind as NotCheckedKind], locale, withLocalReason(part.data, locale));
}

/** What one check could not look at, in a fixed order: message-wide first, then per attachment. */
export function findNotChecked(message: MessageSnapshot): NotCheckedPart[] {
  const parts: NotCheckedPart[] = [];
  const { flags } = message;
  if (flags.recipientsIncomplete) parts.push({ kind: "recipientsIncomplete", data: {} });
  if (flags.attachmentsIncomplete) parts.push({ kind: "attachmentsIncomplete", data: {} });
  if (flags.bodyTruncated) parts.push({ kind: "bodyTruncated", data: {} });
  if (bodyAnalysis(message).truncated) parts.push({ kind: "bodyOverLimit", data: { limit: MAX_CONTENT_CHARS } });
  if (flags.nestedMessagesTooDeep) parts.push({ kind: "nestedTooDeep", data: {} });
  for (const attachment of message.attachments) {
    if (attachment.contentUnavailable === undefined) continue;
    // An attached message left unread for its depth is what nestedTooDeep already says.
    if (flags.nestedMessagesTooDeep && attachment.kind === "item") continue;
    parts.push({ kind: "attachmentUnread", data: { name: visibleName(attachment.name), reason: clipLine(attachment.contentUnavailable, 120) } });
  }
  for (const attachment of message.attachments) parts.push(...archiveGaps(attachment));
  // recipient-domain-unreachable takes a failed look-up as no evidence: say what it could not see.
  const failed = (message.domainChecks ?? []).filter((c) => c.status === "error").map((c) => c.domain);
  if (failed.length > 0) parts.push({ kind: "domainLookupFailed", data: { domains: listAddresses(failed) } });
  return parts;
}

/**
 * An archive that could not be listed, or only in part: one line, for the first unreadable level
 * (else the first cut short), naming the nested archive where the gap is.
 */
function archiveGaps(attachment: Attachment): NotCheckedPart[] {
  const listing = attachment.archive;
  if (!listing || attachment.kind === "cloud" || !isListedArchive(attachment.name, listing)) return [];
  const gaps = listingGaps(listing);
  const gap = gaps.find((g) => g.unreadable !== undefined) ?? gaps[0];
  if (!gap) return [];
  const name = visibleName([attachment.name, ...gap.chain].join(NESTING_SEPARATOR));
  if (gap.unreadable !== undefined) return [{ kind: "archiveUnreadable", data: { name, reason: clipLine(gap.unreadable, 120) } }];
  return [{ kind: "archiveTruncated", data: { name } }];
}

import type { Rule, Suggestion } from "../engine/rule";
import type { Attachment, MessageSnapshot } from "../engine/snapshot";
import { visibleName } from "../engine/shown";
import { encodedSize, sizeData, utf8Length, wireSize } from "../text/files/size";

/** Header block of a typical message, addresses and routing lines included. */
const HEADER_ALLOWANCE = 2 * 1024;
/** Boundary line and part headers (Content-Type, -Disposition, -Transfer-Encoding) per part. */
const PART_OVERHEAD = 300;

/**
 * The body's bytes on the wire. Clients send HTML and a plain-text alternative, and encode
 * non-ASCII text as quoted-printable or base64, choosing the shorter; base64 (×1.368) is thus the
 * most a sensible encoder produces, so we count both parts as base64: a safe upper estimate that
 * still cannot turn a small body into a false block.
 */
function bodyWireSize(body: MessageSnapshot["body"], bytesOf: (text: string) => number = utf8Length): number {
  const parts = [body.html, body.text].filter((part): part is string => part !== undefined && part !== "");
  return parts.reduce((sum, part) => sum + encodedSize(bytesOf(part)) + PART_OVERHEAD, 0);
}

/** No UTF-16 code unit takes more than 3 bytes in UTF-8 (a surrogate pair takes 4 for 2 units). */
const atMostUtf8 = (text: string): number => text.length * 3;

/**
 * The whole message over the message limit: headers, body and every attachment, encoded
 * (manual B §三(二)2 gives a 20 MB example). Reported besides attachment-too-large: the two limits
 * are separate and either alone stops the send.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "message-too-large",
    category: "attachments",
    description: {
      "zh-CN": "整封邮件超过大小上限",
      "zh-TW": "整封郵件超過大小上限",
      "en-US": "The whole message is over the size limit",
    },
    messages: {
      tooLarge: {
        "zh-CN": "正文和全部附件合计约 {size}，发送时编码后约 {encoded}，超过整封邮件的上限 {limit}。",
        "zh-TW": "內文和全部附件合計約 {size}，傳送時編碼後約 {encoded}，超過整封郵件的上限 {limit}。",
        "en-US": "Body and attachments together come to about {size}, {encoded} when sent; the limit for the whole message is {limit}.",
      },
      tooLargeAtLeast: {
        "zh-CN": "正文和全部附件至少 {size}，发送时编码后至少 {encoded}，已超过整封邮件的上限 {limit}；部分附件的大小暂时未知，尚未计入。",
        "zh-TW": "內文和全部附件至少 {size}，傳送時編碼後至少 {encoded}，已超過整封郵件的上限 {limit}；部分附件的大小暫時未知，尚未計入。",
        "en-US": "Body and attachments are at least {size}, {encoded} when sent, already over the {limit} limit for the whole message; some attachment sizes are not known yet and are not counted.",
      },
      shareLink: {
        "zh-CN": "改为发送最大的附件 {name} 的网盘链接",
        "zh-TW": "改為傳送最大的附件 {name} 的網盤連結",
        "en-US": "Send the largest attachment, {name}, as a drive link instead",
      },
    },
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "message-too-large",
  },
  check({ message, policy }) {
    const limit = policy.limits.messageMaxBytes;
    const onWire = message.attachments.filter((a) => a.kind !== "cloud");
    let raw = 0;
    let encoded = HEADER_ALLOWANCE;
    let unknown = 0;
    let largest: Attachment | undefined;
    for (const attachment of onWire) {
      const wire = wireSize(attachment);
      // Size 0 means "not known until saved" (inline images, attached items): never guess it.
      if (wire === 0) {
        unknown += 1;
        continue;
      }
      raw += attachment.size;
      encoded += wire + PART_OVERHEAD;
      if (attachment.kind === "file" && !attachment.inline && (!largest || attachment.size > largest.size)) {
        largest = attachment;
      }
    }
    // Counting a long body's UTF-8 bytes costs more than all else here: skip it when even the
    // most its bytes could be keeps the message under the limit (nearly always).
    if (encoded + bodyWireSize(message.body, atMostUtf8) <= limit) return [];
    encoded += bodyWireSize(message.body);
    // Under the limit with sizes missing we cannot say "fits", but a rule has no "unknown"
    // verdict and a guess must not block: stay silent; over the limit is certain either way.
    if (encoded <= limit) return [];
    const incomplete = unknown > 0 || message.flags.attachmentsIncomplete === true;
    const suggestions: Suggestion[] = [];
    if (largest) {
      const name = visibleName(largest.name);
      suggestions.push({
        messageId: "shareLink",
        data: { name },
        edit: { type: "insertShareLink", attachmentId: largest.id, name, size: largest.size },
      });
    }
    const bodyRaw = utf8Length(message.body.html ?? "") + utf8Length(message.body.text ?? "");
    return [
      {
        messageId: incomplete ? "tooLargeAtLeast" : "tooLarge",
        data: {
          ...sizeData(raw + bodyRaw + HEADER_ALLOWANCE, encoded, limit),
          count: onWire.length - unknown,
          unknown,
        },
        target: { kind: "message" },
        suggestions,
      },
    ];
  },
};

export default rule;

/**
 * The two attachment fixes, shared by every attachment rule that offers them: their labels, so
 * the same button reads the same everywhere (and the Send handler carries each text once), and
 * the size rules' findings, which differ only in the range of sizes they report.
 */
import type { LocalizedText, RuleFinding, Suggestion } from "../../engine/rule";
import type { Attachment } from "../../engine/snapshot";
import { visibleName } from "../../engine/shown";
import { sizeData, wireSize } from "../../text/files/size";

export const REMOVE_ATTACHMENT: LocalizedText = {
  "zh-CN": "移除附件 {name}",
  "zh-TW": "移除附件 {name}",
  "en-US": "Remove {name}",
};

export const SHARE_AS_LINK: LocalizedText = {
  "zh-CN": "改为发送 {name} 的网盘链接",
  "zh-TW": "改為傳送 {name} 的網盤連結",
  "en-US": "Send {name} as a drive link instead",
};

/** Share link first (it keeps the file reaching the recipient), then removal. */
function sizeSuggestions(attachment: Attachment, name: string): Suggestion[] {
  const remove: Suggestion = {
    messageId: "remove",
    data: { name },
    edit: { type: "removeAttachment", attachmentId: attachment.id, name },
  };
  // An attached Outlook item cannot be uploaded to a drive from here: only removal applies.
  if (attachment.kind === "item") return [remove];
  return [
    {
      messageId: "shareLink",
      data: { name },
      edit: { type: "insertShareLink", attachmentId: attachment.id, name, size: attachment.size },
    },
    remove,
  ];
}

/**
 * One finding per attachment whose size as sent (encoded, wireSize) falls in `(above, upTo]`,
 * measured against `limit`: attachment-large and attachment-too-large differ only in the range.
 */
export function sizeFindings(attachments: readonly Attachment[], messageId: string, range: { above: number; upTo: number }, limit: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const attachment of attachments) {
    const wire = wireSize(attachment);
    if (wire <= range.above || wire > range.upTo) continue;
    const name = visibleName(attachment.name);
    findings.push({
      messageId,
      data: { name, ...sizeData(attachment.size, wire, limit) },
      target: { kind: "attachment", id: attachment.id, name },
      suggestions: sizeSuggestions(attachment, name),
    });
  }
  return findings;
}

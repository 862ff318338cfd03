import type { Rule, RuleFinding, Suggestion } from "../engine/rule";
import type { Attachment } from "../engine/snapshot";
import { visibleName } from "../text/extensions";
import { sizeData, wireSize } from "../text/size";
import { REMOVE_ATTACHMENT, SHARE_AS_LINK } from "./shared/attachment-fixes";

/**
 * One attachment over the per-attachment limit, counted as servers count it: encoded (manual
 * A §一.5, B §二(三)). Cloud attachments travel as links and are never counted.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-too-large",
    category: "attachments",
    description: {
      "zh-CN": "单个附件超过大小上限",
      "zh-TW": "單一附件超過大小上限",
      "en-US": "An attachment is over the size limit",
    },
    messages: {
      tooLarge: {
        "zh-CN": "附件 {name} 大小为 {size}，发送时编码后约 {encoded}，超过单个附件上限 {limit}，邮件会被退回。",
        "zh-TW": "附件 {name} 大小為 {size}，傳送時編碼後約 {encoded}，超過單一附件上限 {limit}，郵件會被退回。",
        "en-US": "{name} is {size}, {encoded} when sent; the limit for one attachment is {limit}, so the message would bounce.",
      },
      shareLink: SHARE_AS_LINK,
      remove: REMOVE_ATTACHMENT,
    },
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "attachment-too-large",
  },
  check({ message, policy }) {
    const limit = policy.limits.attachmentMaxBytes;
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      const wire = wireSize(attachment);
      if (wire <= limit) continue;
      const name = visibleName(attachment.name);
      findings.push({
        messageId: "tooLarge",
        data: { name, ...sizeData(attachment.size, wire, limit) },
        target: { kind: "attachment", id: attachment.id, name },
        suggestions: sizeSuggestions(attachment, name),
      });
    }
    return findings;
  },
};

/** Share link first (it keeps the file reaching the recipient), then removal. */
export function sizeSuggestions(attachment: Attachment, name: string): Suggestion[] {
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

export default rule;

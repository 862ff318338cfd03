import type { Rule } from "../engine/rule";
import { REMOVE_ATTACHMENT, SHARE_AS_LINK, sizeFindings } from "./shared/attachment-fixes";

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
    return sizeFindings(message.attachments, "tooLarge", { above: limit, upTo: Infinity }, limit);
  },
};

export default rule;

import type { Rule } from "../engine/rule";
import { REMOVE_ATTACHMENT, SHARE_AS_LINK, sizeFindings } from "./shared/attachment-fixes";

/**
 * An attachment over the "share a link instead" threshold but within the hard limit: providers
 * differ ("usually 10–25 MB", manual A §一.5), so some recipients' servers may refuse it. Over the
 * hard limit, attachment-too-large reports it instead (never both).
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-large",
    category: "attachments",
    description: {
      "zh-CN": "附件较大，部分收件服务器可能拒收",
      "zh-TW": "附件較大，部分收件伺服器可能拒收",
      "en-US": "A large attachment some receiving servers may refuse",
    },
    messages: {
      large: {
        "zh-CN": "附件 {name} 大小为 {size}，发送时编码后约 {encoded}，超过 {limit}。不少收件方的邮件服务器从这个大小开始拒收，建议改用网盘链接。",
        "zh-TW": "附件 {name} 大小為 {size}，傳送時編碼後約 {encoded}，超過 {limit}。不少收件方的郵件伺服器從這個大小開始拒收，建議改用網盤連結。",
        "en-US": "{name} is {size}, {encoded} when sent; above {limit} some recipients' mail servers start refusing attachments, so a drive link is safer.",
      },
      shareLink: SHARE_AS_LINK,
      remove: REMOVE_ATTACHMENT,
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "attachment-large",
  },
  check({ message, policy }) {
    const { shareLinkThresholdBytes: threshold, attachmentMaxBytes: max } = policy.limits;
    return sizeFindings(message.attachments, "large", { above: threshold, upTo: max }, threshold);
  },
};

export default rule;

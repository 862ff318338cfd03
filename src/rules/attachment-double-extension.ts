import type { Rule, RuleFinding } from "../engine/rule";
import { blockedExtensionSet, matchBlocked } from "../text/files/extensions";
import { visibleName } from "../engine/shown";
import { REMOVE_ATTACHMENT } from "./shared/attachment-fixes";

/**
 * A trusted-looking extension in front of a dangerous one: "invoice.pdf.exe", "scan.jpg.scr".
 * Windows hides known extensions by default, so the recipient sees "invoice.pdf". Filters treat
 * such names as malware, and senders rarely mean them. "v1.2.exe" is not a double extension
 * ("2" is no decoy); attachment-blocked-type still reports it.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-double-extension",
    category: "attachments",
    description: {
      "zh-CN": "附件名用双扩展名伪装成文档",
      "zh-TW": "附件名用雙副檔名偽裝成文件",
      "en-US": "An attachment name disguised with a double extension",
    },
    messages: {
      doubleExtension: {
        "zh-CN": "附件 {name} 看起来是 .{decoy} 文件，实际上是 .{ext} 程序。这种双扩展名是常见的病毒伪装手法，会被邮件过滤拦截。",
        "zh-TW": "附件 {name} 看起來是 .{decoy} 檔案，實際上是 .{ext} 程式。這種雙副檔名是常見的病毒偽裝手法，會被郵件過濾攔截。",
        "en-US": "{name} looks like a .{decoy} file but is a .{ext} program. Double extensions are a classic malware disguise, and mail filters block them.",
      },
      remove: REMOVE_ATTACHMENT,
    },
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "attachment-double-extension",
  },
  check({ message, policy }) {
    const blocked = blockedExtensionSet(policy.blockedExtensions);
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      if (attachment.kind === "item") continue;
      const match = matchBlocked(attachment.name, blocked);
      if (!match?.decoy) continue;
      const name = visibleName(attachment.name);
      findings.push({
        messageId: "doubleExtension",
        data: { name, decoy: match.decoy, ext: match.ext },
        target: { kind: "attachment", id: attachment.id, name },
        suggestions: [
          { messageId: "remove", data: { name }, edit: { type: "removeAttachment", attachmentId: attachment.id, name } },
        ],
      });
    }
    return findings;
  },
};

export default rule;

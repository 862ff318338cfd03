import type { Rule, RuleFinding } from "../engine/rule";
import { blockedExtensionSet, matchBlocked } from "../text/files/extensions";
import { visibleName } from "../engine/shown";
import { REMOVE_ATTACHMENT, SHARE_AS_LINK } from "./shared/attachment-fixes";

/**
 * An attachment whose type the big providers refuse outright (manual B §二(三): ".exe may be
 * intercepted"): the union of Outlook on the web's and Gmail's lists, edited by the policy.
 * Attached Outlook items are skipped: their "name" is a subject line, not a file name.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-blocked-type",
    category: "attachments",
    description: {
      "zh-CN": "附件类型会被邮件服务器拦截",
      "zh-TW": "附件類型會被郵件伺服器攔截",
      "en-US": "An attachment type that mail servers block",
    },
    messages: {
      blocked: {
        "zh-CN": "附件 {name} 是 .{ext} 文件。Outlook、Gmail 等邮件服务器会拦截这类文件，邮件可能被退回或附件被删除。",
        "zh-TW": "附件 {name} 是 .{ext} 檔案。Outlook、Gmail 等郵件伺服器會攔截這類檔案，郵件可能被退回或附件被刪除。",
        "en-US": "{name} is a .{ext} file. Outlook, Gmail and other mail servers block this type: the message may bounce or arrive without it.",
      },
      blockedCompressed: {
        "zh-CN": "附件 {name} 是用 .{compressor} 压缩的 .{ext} 文件。压缩并不能绕过拦截，Gmail 等服务器仍会拒收。",
        "zh-TW": "附件 {name} 是用 .{compressor} 壓縮的 .{ext} 檔案。壓縮並不能繞過攔截，Gmail 等伺服器仍會拒收。",
        "en-US": "{name} is a .{ext} file compressed as .{compressor}. Compressing it does not get past the filters: Gmail and others still refuse it.",
      },
      remove: REMOVE_ATTACHMENT,
      shareLink: SHARE_AS_LINK,
    },
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "attachment-blocked-type",
  },
  check({ message, policy }) {
    const blocked = blockedExtensionSet(policy.blockedExtensions);
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      // Cloud attachments are links (no file on the wire); items are messages, named by subject.
      if (attachment.kind !== "file") continue;
      const match = matchBlocked(attachment.name, blocked);
      if (!match) continue;
      const name = visibleName(attachment.name);
      findings.push({
        messageId: match.compressor ? "blockedCompressed" : "blocked",
        data: { name, ext: match.ext, ...(match.compressor ? { compressor: match.compressor } : {}) },
        target: { kind: "attachment", id: attachment.id, name },
        suggestions: [
          { messageId: "remove", data: { name }, edit: { type: "removeAttachment", attachmentId: attachment.id, name } },
          {
            messageId: "shareLink",
            data: { name },
            edit: { type: "insertShareLink", attachmentId: attachment.id, name, size: attachment.size },
          },
        ],
      });
    }
    return findings;
  },
};

export default rule;

import type { Rule, RuleFinding } from "../engine/rule";
import { allEntries } from "../archive/walk";
import { visibleName } from "../engine/shown";

/**
 * A password-protected archive: no filter can look inside, so some providers quarantine or
 * refuse it, and the recipient needs the password by another channel. Entry names stay readable
 * in an encrypted zip, so attachment-archive-blocked-content still checks them. Archives the shell
 * could not list (.7z, .rar, too big) are not reported: we cannot tell.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-archive-encrypted",
    category: "attachments",
    description: {
      "zh-CN": "加密（设了密码）的压缩包",
      "zh-TW": "加密（設了密碼）的壓縮檔",
      "en-US": "A password-protected archive",
    },
    messages: {
      encrypted: {
        "zh-CN": "压缩包 {name} 中有 {count} 个文件设了密码。邮件过滤无法检查加密内容，部分服务商会隔离或拒收这类附件。",
        "zh-TW": "壓縮檔 {name} 中有 {count} 個檔案設了密碼。郵件過濾無法檢查加密內容，部分服務商會隔離或拒收這類附件。",
        "en-US": "{name} has {count:password-protected file|password-protected files}. Mail filters cannot inspect encrypted content, so some providers quarantine or refuse such attachments.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    needs: ["archive"],
    remedyId: "attachment-archive-encrypted",
  },
  check({ message }) {
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      if (!attachment.archive || attachment.kind === "cloud") continue;
      const count = allEntries(attachment.archive).filter((visited) => visited.entry.encrypted).length;
      if (count === 0) continue;
      const name = visibleName(attachment.name);
      findings.push({
        messageId: "encrypted",
        data: { name, count },
        target: { kind: "attachment", id: attachment.id, name },
      });
    }
    return findings;
  },
};

export default rule;

import type { Rule, RuleFinding } from "../engine/rule";
import { allEntries } from "../archive/walk";
import { visibleName } from "../engine/shown";
import type { ArchiveListing } from "../engine/snapshot";

/** The archive, or one nested in it, encrypts its headers: not even the names can be read. */
function hidesNames(listing: ArchiveListing): boolean {
  return listing.encryptedHeaders === true || listing.entries.some((entry) => entry.listing !== undefined && hidesNames(entry.listing));
}

/**
 * A password-protected archive, of any format the shell lists (zip, 7z, rar…): no filter can look
 * inside, so some providers quarantine or refuse it, and the recipient needs the password by
 * another channel. Entry names stay readable in an encrypted zip (and a 7z or rar without
 * encrypted headers), so attachment-archive-blocked-content still checks them; a 7z or rar whose
 * headers are encrypted hides even the names (`encryptedNames`). Nested archives count too.
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
      encryptedNames: {
        "zh-CN": "压缩包 {name} 设了密码，连文件名都已加密：没有任何过滤器能看到里面是什么，很多服务商会直接拒收。",
        "zh-TW": "壓縮檔 {name} 設了密碼，連檔名都已加密：沒有任何過濾器能看到裡面是什麼，許多服務商會直接拒收。",
        "en-US": "{name} is password-protected down to its file names: no filter can see what it holds, and many providers refuse such attachments.",
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
      const name = visibleName(attachment.name);
      if (hidesNames(attachment.archive)) {
        findings.push({ messageId: "encryptedNames", data: { name }, target: { kind: "attachment", id: attachment.id, name } });
        continue;
      }
      const count = allEntries(attachment.archive).filter((visited) => visited.entry.encrypted).length;
      if (count === 0) continue;
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

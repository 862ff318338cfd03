import type { Rule, RuleFinding } from "../engine/rule";
import { NESTING_SEPARATOR, allEntries } from "../archive/walk";
import { MACRO_EXTENSIONS, lastExtension } from "../text/files/extensions";
import { visibleName } from "../engine/shown";

/**
 * Office files that can carry macros (.docm, .xlsm, .pptm, .xlsb, add-ins…), attached or inside
 * an archive. Many filters quarantine them (Exchange Online's common attachment filter blocks
 * .docm and .ppam by default), and recipients are told not to enable macros from mail.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-macro-document",
    category: "attachments",
    description: {
      "zh-CN": "可能含宏的 Office 文档",
      "zh-TW": "可能含巨集的 Office 文件",
      "en-US": "An Office document that can contain macros",
    },
    messages: {
      macro: {
        "zh-CN": "附件 {name} 是可含宏的 .{ext} 文档，常被邮件过滤隔离。如不需要宏，请另存为不含宏的格式再发送。",
        "zh-TW": "附件 {name} 是可含巨集的 .{ext} 文件，常被郵件過濾隔離。如不需要巨集，請另存為不含巨集的格式再傳送。",
        "en-US": "{name} is a .{ext} document, which can contain macros and is often quarantined. If the macros are not needed, save it in a macro-free format first.",
      },
      macroInArchive: {
        "zh-CN": "压缩包 {name} 中有 {count} 个可含宏的文档，例如 {path}（.{ext}），常被邮件过滤隔离。",
        "zh-TW": "壓縮檔 {name} 中有 {count} 個可含巨集的文件，例如 {path}（.{ext}），常被郵件過濾隔離。",
        "en-US": "{name} contains {count:document|documents} that can hold macros, such as {path} (.{ext}); filters often quarantine them.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "attachment-macro-document",
  },
  check({ message }) {
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      // Cloud links carry no file through the filters; items are messages named by subject.
      if (attachment.kind !== "file") continue;
      const name = visibleName(attachment.name);
      const target = { kind: "attachment", id: attachment.id, name } as const;
      const ext = lastExtension(attachment.name);
      if (MACRO_EXTENSIONS.has(ext)) {
        findings.push({ messageId: "macro", data: { name, ext }, target });
        continue;
      }
      if (!attachment.archive) continue;
      const hits = allEntries(attachment.archive).filter((v) => MACRO_EXTENSIONS.has(lastExtension(v.entry.path)));
      if (hits.length === 0) continue;
      findings.push({
        messageId: "macroInArchive",
        data: {
          name,
          count: hits.length,
          path: visibleName(hits[0].chain.join(NESTING_SEPARATOR)),
          ext: lastExtension(hits[0].entry.path),
        },
        target,
      });
    }
    return findings;
  },
};

export default rule;

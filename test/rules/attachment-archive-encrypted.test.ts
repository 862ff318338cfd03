import rule from "../../src/rules/attachment-archive-encrypted";
import { listZip } from "../../src/archive/zip";
import type { ArchiveEntry, ArchiveListing } from "../../src/engine/snapshot";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";
import { buildZip } from "../archive/build-zip";

const entry = (path: string, encrypted = false, listing?: ArchiveListing): ArchiveEntry => ({
  path,
  size: 10,
  encrypted,
  ...(listing ? { listing } : {}),
});
const listing = (entries: ArchiveEntry[]): ArchiveListing => ({ format: "zip", entries, truncated: false });
const locked = file("合同.zip", 800, { archive: listing([entry("合同.pdf", true), entry("附件.docx", true), entry("readme.txt")]) });

ruleTester(rule, {
  valid: [
    { name: "an open archive", message: makeSnapshot({ attachments: [file("a.zip", 1, { archive: listing([entry("a.pdf")]) })] }) },
    { name: "a .7z we could not list", message: makeSnapshot({ attachments: [file("a.7z", 1)] }) },
    { name: "an unreadable zip", message: makeSnapshot({ attachments: [file("a.zip", 1, { archive: { ...listing([]), unreadable: "damaged" } })] }) },
  ],
  invalid: [
    {
      name: "two password-protected files",
      message: makeSnapshot({ attachments: [locked] }),
      findings: [{ messageId: "encrypted", data: { name: "合同.zip", count: 2 }, target: { kind: "attachment", id: locked.id, name: "合同.zip" } }],
    },
    {
      name: "an encrypted file in a nested archive",
      message: makeSnapshot({ attachments: [file("outer.zip", 1, { archive: listing([entry("inner.zip", false, listing([entry("x.xlsx", true)]))]) })] }),
      findings: [{ messageId: "encrypted", data: { count: 1 } }],
    },
    {
      name: "a 7z whose file names are encrypted too",
      message: makeSnapshot({ attachments: [file("报价.7z", 1, { archive: { format: "7z", entries: [], truncated: false, unreadable: "password-protected", encryptedHeaders: true } })] }),
      findings: [{ messageId: "encryptedNames", data: { name: "报价.7z" } }],
    },
    {
      name: "a rar with encrypted names, nested in a zip",
      message: makeSnapshot({
        attachments: [file("outer.zip", 1, { archive: listing([entry("inner.rar", false, { format: "rar", entries: [], truncated: false, unreadable: "password-protected", encryptedHeaders: true })]) })],
      }),
      findings: [{ messageId: "encryptedNames", data: { name: "outer.zip" } }],
    },
    {
      name: "AES encryption read by the real lister",
      message: makeSnapshot({ attachments: [file("aes.zip", 1, { archive: listZip(buildZip([{ name: "a.pdf", method: 99 }])) })] }),
      findings: [{ messageId: "encrypted", data: { count: 1 } }],
    },
  ],
});

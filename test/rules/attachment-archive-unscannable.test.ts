import rule from "../../src/rules/attachment-archive-unscannable";
import type { ArchiveEntry, ArchiveListing } from "../../src/engine/snapshot";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const entry = (path: string, extra: Partial<ArchiveEntry> = {}): ArchiveEntry => ({ path, size: 10, encrypted: false, ...extra });
const listing = (format: string, entries: ArchiveEntry[], extra: Partial<ArchiveListing> = {}): ArchiveListing => ({ format, entries, truncated: false, ...extra });
const one = (name: string, archive?: ArchiveListing, extra = {}) => makeSnapshot({ attachments: [file(name, 5000, { ...(archive ? { archive } : {}), ...extra })] });

const broken = file("backup.7z", 5000, { archive: listing("7z", [], { unreadable: "damaged archive (Headers Error)" }) });

ruleTester(rule, {
  valid: [
    { name: "a 7z that was listed in full", message: one("docs.7z", listing("7z", [entry("a.pdf")])) },
    { name: "a tar.gz listed down to its tar", message: one("src.tar.gz", listing("gzip", [entry("src.tar", { listing: listing("tar", [entry("main.c")]) })])) },
    { name: "a document whose zip could not be read (not an archive by name)", message: one("report.docx", listing("zip", [], { unreadable: "damaged central directory" })) },
    { name: "an archive with encrypted names (the encrypted rule's finding)", message: one("x.7z", listing("7z", [], { unreadable: "password-protected", encryptedHeaders: true })) },
    { name: "an unreadable archive when the option is off", message: one("backup.7z", broken.archive), options: { reportUnlisted: false } },
    { name: "an .arj when risky formats are not reported", message: one("old.arj", listing("arj", [entry("a.txt")])), options: { reportRiskyFormats: false } },
    { name: "a large document not read (not an archive by name)", message: one("deck.pptx", undefined, { contentUnavailable: "too big" }) },
    { name: "a cloud attachment named .arj", message: makeSnapshot({ attachments: [file("old.arj", 5000, { kind: "cloud" })] }) },
  ],
  invalid: [
    {
      name: "an unreadable 7z names why",
      message: makeSnapshot({ attachments: [broken] }),
      findings: [
        {
          messageId: "unlisted",
          data: { name: "backup.7z", reason: "damaged archive (Headers Error)" },
          target: { kind: "attachment", id: broken.id, name: "backup.7z" },
          suggestions: [
            { messageId: "remove", edit: { type: "removeAttachment", attachmentId: broken.id, name: "backup.7z" } },
            { messageId: "shareLink", edit: { type: "insertShareLink", attachmentId: broken.id, name: "backup.7z", size: 5000 } },
          ],
        },
      ],
    },
    {
      name: "a renamed rar that could not be read",
      message: one("scan.pdf", listing("rar", [], { unreadable: "damaged archive" })),
      findings: [{ messageId: "unlisted", data: { name: "scan.pdf" } }],
    },
    {
      name: "a nested archive that could not be read names where it is",
      message: one("outer.zip", listing("zip", [entry("in/inner.rar", { listing: listing("rar", [], { unreadable: "not a readable rar archive" }) })])),
      findings: [{ messageId: "unlistedNested", data: { name: "outer.zip", where: "in/inner.rar", reason: "not a readable rar archive" } }],
    },
    {
      name: "an archive too big to fetch and list",
      message: one("photos.tar.gz", undefined, { contentUnavailable: "archive is 30 MB, over the 10 MB listing limit" }),
      findings: [{ messageId: "unread", data: { name: "photos.tar.gz", reason: "archive is 30 MB, over the 10 MB listing limit" } }],
    },
    {
      name: "a listing cut short at a cap",
      message: one("many.tar", listing("tar", [entry("a.txt")], { truncated: true })),
      findings: [{ messageId: "truncated", data: { name: "many.tar" } }],
    },
    {
      name: "an .arj archive, even listed in full",
      message: one("tools.ARJ", listing("arj", [entry("readme.txt")])),
      findings: [{ messageId: "riskyFormat", data: { name: "tools.ARJ", ext: "arj", format: "arj" } }],
    },
    {
      name: "an .lha archive that was not read (too big): the name is enough",
      message: one("old.lha", undefined, { contentUnavailable: "too big" }),
      findings: [{ messageId: "riskyFormat", data: { ext: "lha", format: "lzh" } }],
    },
    {
      name: "an .lzh renamed as .zip: the bytes decide",
      message: one("files.zip", listing("lzh", [entry("a.txt")])),
      findings: [{ messageId: "riskyFormat", data: { ext: "lzh", format: "lzh" } }],
    },
    {
      name: "an .ace (7-Zip cannot read it): the format, not the failure, is named",
      message: one("x.ace", listing("ace", [], { unreadable: "not a readable ace archive" })),
      findings: [{ messageId: "riskyFormat", data: { ext: "ace" } }],
    },
  ],
});

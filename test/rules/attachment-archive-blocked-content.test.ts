import { strToU8, zipSync } from "fflate";
import rule from "../../src/rules/attachment-archive-blocked-content";
import { listZip } from "../../src/archive/zip";
import type { ArchiveEntry, ArchiveListing } from "../../src/engine/snapshot";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const entry = (path: string, extra: Partial<ArchiveEntry> = {}): ArchiveEntry => ({ path, size: 10, encrypted: false, ...extra });
const listing = (entries: ArchiveEntry[], extra: Partial<ArchiveListing> = {}): ArchiveListing => ({
  format: "zip",
  entries,
  truncated: false,
  ...extra,
});
const zipped = (name: string, archive: ArchiveListing, extra = {}) => makeSnapshot({ attachments: [file(name, 5000, { archive, ...extra })] });

const tools = file("tools.zip", 5000, { archive: listing([entry("readme.txt"), entry("bin/setup.exe"), entry("bin/run.bat")]) });
// A real zip, listed by our lister: a Chinese folder and an .exe two levels down.
const realZip = zipSync({ "说明.txt": strToU8("hi"), "资料/inner.zip": zipSync({ "deep/安装.exe": strToU8("MZ") }) });

ruleTester(rule, {
  valid: [
    { name: "an archive of documents", message: zipped("docs.zip", listing([entry("a.pdf"), entry("b/c.docx")])) },
    { name: "an archive that was not listed (.rar)", message: makeSnapshot({ attachments: [file("x.rar", 5000)] }) },
    { name: "a .zip too big to read", message: makeSnapshot({ attachments: [file("x.zip", 5000, { contentUnavailable: "too big" })] }) },
    { name: "a directory named like a program", message: zipped("a.zip", listing([entry("setup.exe/", { size: 0 }), entry("setup.exe/readme.txt")])) },
    { name: "an unreadable .docx (not an archive by name)", message: zipped("a.docx", listing([], { unreadable: "damaged" })), options: { reportUnchecked: true } },
    { name: "unchecked archives when the option is off", message: zipped("a.zip", listing([], { unreadable: "damaged" })), options: { reportUnchecked: false } },
    // attachment-archive-unscannable warns about these by default; this rule blocks them only when asked.
    { name: "an unreadable archive, by default", message: zipped("broken.7z", listing([], { format: "7z", unreadable: "damaged archive" })) },
    {
      name: "a big archive that packs well, but not like a bomb (1.5 GB from 20 MB)",
      message: makeSnapshot({ attachments: [file("logs.zip", 20 * 1024 * 1024, { archive: listing([entry("app.log", { size: 1.5 * 1024 ** 3 })]) })] }),
    },
    {
      name: "a type the policy unblocks",
      message: zipped("scripts.zip", listing([entry("tool.py")])),
      policy: { ...DEFAULT_POLICY, blockedExtensions: { add: [], remove: ["py"] } },
    },
  ],
  invalid: [
    {
      name: "a zip bomb: 2 KB declaring 4 GB in a nested archive",
      message: makeSnapshot({
        attachments: [file("bomb.zip", 2048, { archive: listing([entry("inner.zip", { size: 4096, listing: listing([entry("zeros.bin", { size: 4 * 1024 ** 3 })]) })]) })],
      }),
      findings: [{ messageId: "bomb", data: { name: "bomb.zip", size: "2 KB", expanded: "4 GB" } }],
    },
    {
      name: "an .exe and a .bat inside a zip: one finding with the count",
      message: makeSnapshot({ attachments: [tools] }),
      findings: [
        {
          messageId: "blockedEntry",
          data: { name: "tools.zip", path: "bin/setup.exe", ext: "exe", count: 2 },
          target: { kind: "attachment", id: tools.id, name: "tools.zip" },
          suggestions: [
            { messageId: "remove", edit: { type: "removeAttachment", attachmentId: tools.id, name: "tools.zip" } },
            { messageId: "shareLink", edit: { type: "insertShareLink", attachmentId: tools.id, name: "tools.zip", size: 5000 } },
          ],
        },
      ],
    },
    {
      name: "nested archives, listed by the real lister, Chinese names",
      message: zipped("资料包.zip", listZip(realZip)),
      findings: [{ messageId: "blockedEntry", data: { name: "资料包.zip", path: "资料/inner.zip › deep/安装.exe", ext: "exe", count: 1 } }],
    },
    {
      name: "a double extension inside is named as a disguise",
      message: zipped("scan.zip", listing([entry("a.js"), entry("scan.jpg.scr")])),
      findings: [{ messageId: "disguisedEntry", data: { path: "scan.jpg.scr", decoy: "jpg", ext: "scr", count: 2 } }],
    },
    {
      name: "a blocked type compressed inside the archive",
      message: zipped("x.zip", listing([entry("setup.exe.gz")])),
      findings: [{ messageId: "blockedEntry", data: { ext: "exe" } }],
    },
    {
      name: "entry names are shown with controls made visible",
      message: zipped("x.zip", listing([entry("photo\u202Egpj.scr")])),
      findings: [{ messageId: "blockedEntry", data: { path: "photo[RLO]gpj.scr" } }],
    },
    {
      name: "an unreadable zip is reported as not checked",
      message: zipped("broken.zip", listing([], { unreadable: "damaged central directory" })),
      findings: [{ messageId: "notCheckedUnreadable", data: { name: "broken.zip", reason: "damaged central directory" } }],
      options: { reportUnchecked: true },
    },
    {
      name: "an unreadable nested zip names where it is",
      message: zipped("a.zip", listing([entry("x/inner.zip", { listing: listing([], { unreadable: "compression method 14 not supported" }) })])),
      findings: [{ messageId: "notCheckedNested", data: { name: "a.zip", where: "x/inner.zip" } }],
      options: { reportUnchecked: true },
    },
    {
      name: "a truncated listing is reported as partly checked",
      message: zipped("many.7z", listing([entry("a.txt")], { truncated: true })),
      findings: [{ messageId: "notCheckedTruncated", data: { name: "many.7z" } }],
      options: { reportUnchecked: true },
    },
    {
      name: "a blocked entry wins over an incomplete listing",
      message: zipped("a.zip", listing([entry("a.exe")], { truncated: true })),
      findings: [{ messageId: "blockedEntry" }],
    },
  ],
});

import rule from "../../src/rules/attachment-macro-document";
import type { ArchiveEntry, ArchiveListing } from "../../src/engine/snapshot";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const entry = (path: string, listing?: ArchiveListing): ArchiveEntry => ({ path, size: 10, encrypted: false, ...(listing ? { listing } : {}) });
const listing = (entries: ArchiveEntry[]): ArchiveListing => ({ format: "zip", entries, truncated: false });
const one = (name: string) => makeSnapshot({ attachments: [file(name, 1)] });
const budget = file("预算.XLSM", 1);

ruleTester(rule, {
  valid: [
    { name: "macro-free Office files", message: makeSnapshot({ attachments: [file("a.docx", 1), file("b.xlsx", 1), file("c.pptx", 1)] }) },
    { name: "a cloud link to a macro document", message: makeSnapshot({ attachments: [file("a.docm", 1, { kind: "cloud" })] }) },
    { name: "an archive of plain documents", message: makeSnapshot({ attachments: [file("a.zip", 1, { archive: listing([entry("a.docx")]) })] }) },
  ],
  invalid: [
    {
      name: "an .xlsm, any case",
      message: makeSnapshot({ attachments: [budget] }),
      findings: [{ messageId: "macro", data: { name: "预算.XLSM", ext: "xlsm" }, target: { kind: "attachment", id: budget.id, name: "预算.XLSM" } }],
    },
    ...["docm", "dotm", "xltm", "xlsb", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm"].map((ext) => ({
      name: `.${ext}`,
      message: one(`file.${ext}`),
      findings: [{ messageId: "macro", data: { ext } }],
    })),
    {
      name: "macro documents inside nested archives",
      message: makeSnapshot({
        attachments: [file("q3.zip", 1, { archive: listing([entry("a.pdf"), entry("in.zip", listing([entry("sheets/model.xlsm"), entry("b.pptm")]))]) })],
      }),
      findings: [{ messageId: "macroInArchive", data: { name: "q3.zip", count: 2, path: "in.zip › sheets/model.xlsm", ext: "xlsm" } }],
    },
  ],
});

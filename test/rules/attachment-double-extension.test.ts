import rule from "../../src/rules/attachment-double-extension";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const invoice = file("invoice.pdf.exe", 1);
const one = (name: string) => makeSnapshot({ attachments: [file(name, 1)] });

ruleTester(rule, {
  valid: [
    { name: "archive.tar.gz", message: one("archive.tar.gz") },
    { name: "data.backup.zip", message: one("data.backup.zip") },
    { name: "v1.2.exe (a version, not a decoy)", message: one("v1.2.exe") },
    { name: "setup.exe", message: one("setup.exe") },
    { name: "report.final.docx", message: one("report.final.docx") },
    { name: "photo.jpg.png", message: one("photo.jpg.png") },
    { name: "an attached item's subject", message: makeSnapshot({ attachments: [file("Fw: invoice.pdf.exe", 1, { kind: "item" })] }) },
  ],
  invalid: [
    {
      name: "invoice.pdf.exe",
      message: makeSnapshot({ attachments: [invoice] }),
      findings: [
        {
          messageId: "doubleExtension",
          data: { name: "invoice.pdf.exe", decoy: "pdf", ext: "exe" },
          target: { kind: "attachment", id: invoice.id, name: "invoice.pdf.exe" },
          suggestions: [{ messageId: "remove", edit: { type: "removeAttachment", attachmentId: invoice.id, name: "invoice.pdf.exe" } }],
        },
      ],
    },
    { name: "scan.jpg.scr", message: one("scan.jpg.scr"), findings: [{ messageId: "doubleExtension", data: { decoy: "jpg", ext: "scr" } }] },
    { name: "report.docx.js", message: one("report.docx.js"), findings: [{ messageId: "doubleExtension", data: { decoy: "docx", ext: "js" } }] },
    { name: "a space before the real extension", message: one("photo.jpeg .exe"), findings: [{ messageId: "doubleExtension", data: { decoy: "jpeg" } }] },
    { name: "upper case", message: one("SCAN.PDF.VBS"), findings: [{ messageId: "doubleExtension", data: { decoy: "pdf", ext: "vbs" } }] },
    { name: "compressed: invoice.pdf.exe.gz", message: one("invoice.pdf.exe.gz"), findings: [{ messageId: "doubleExtension", data: { decoy: "pdf", ext: "exe" } }] },
    { name: "files.zip.exe", message: one("files.zip.exe"), findings: [{ messageId: "doubleExtension", data: { decoy: "zip" } }] },
    { name: "a cloud link is still a lure", message: makeSnapshot({ attachments: [file("a.doc.lnk", 1, { kind: "cloud" })] }), findings: [{ messageId: "doubleExtension" }] },
  ],
});

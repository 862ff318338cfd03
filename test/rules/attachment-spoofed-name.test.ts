import rule from "../../src/rules/attachment-spoofed-name";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const rlo = file("invoice\u202Efdp.exe", 1);
const one = (name: string) => makeSnapshot({ attachments: [file(name, 1)] });
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

ruleTester(rule, {
  valid: [
    { name: "a plain name", message: one("季度报告 2024.docx") },
    { name: "a few spaces", message: one("Project plan    v2.docx") },
    { name: "Hebrew with a right-to-left mark", message: one("\u05d3\u05d5\u05d7\u200f 2024.pdf") },
    { name: "a long but honest name", message: one(`${"meeting_notes_".repeat(10)}.txt`) },
    { name: "underscores without a decoy", message: one("report______________final.pdf") },
    { name: "an attached item's subject", message: makeSnapshot({ attachments: [file("Re: \u202Eabc", 1, { kind: "item" })] }) },
  ],
  invalid: [
    {
      name: "a right-to-left override disguising an .exe as a .pdf",
      message: makeSnapshot({ attachments: [rlo] }),
      findings: [
        {
          messageId: "disguised",
          data: { name: "invoice[RLO]fdp.exe", shown: "invoiceexe.pdf", shownExt: "pdf", ext: "exe" },
          target: { kind: "attachment", id: rlo.id, name: "invoice[RLO]fdp.exe" },
          suggestions: [{ messageId: "remove", edit: { type: "removeAttachment", attachmentId: rlo.id, name: "invoice[RLO]fdp.exe" } }],
        },
      ],
    },
    { name: "the classic scr → rcs.jpg", message: one("photo_\u202Egpj.scr"), findings: [{ messageId: "disguised", data: { shown: "photo_rcs.jpg", ext: "scr" } }] },
    { name: "an isolate that changes nothing visible", message: one("report\u2066v2\u2069.pdf"), findings: [{ messageId: "bidi", data: { controls: "[LRI] [PDI]" } }] },
    { name: "a left-to-right mark in a Latin name", message: one("scan\u200e.pdf"), findings: [{ messageId: "bidi", data: { name: "scan[LRM].pdf", controls: "[LRM]" } }] },
    {
      name: "spaces padding a decoy extension",
      message: one(`photo.jpeg${" ".repeat(40)}.exe`),
      findings: [{ messageId: "padded", data: { name: "photo.jpeg[␣×40].exe", count: 40, ext: "exe" } }],
    },
    { name: "ideographic and no-break spaces before the extension", message: one("合同\u3000\u3000\u3000\u00a0\u00a0.pdf"), findings: [{ messageId: "padded", data: { count: 5, ext: "pdf" } }] },
    { name: "filler after a decoy", message: one(`invoice.pdf${"_".repeat(30)}.exe`), findings: [{ messageId: "padded", data: { count: 30, ext: "exe" } }] },
    { name: "braille blanks after a decoy", message: one(`scan.pdf${"\u2800".repeat(8)}x.js`), findings: [{ messageId: "padded", data: { count: 8, ext: "js" } }] },
  ],
});

it("never puts a raw bidi control into finding data", () => {
  const names = ["a\u202Eb.exe", "\u202Dx\u202C.pdf", "\u2067\u2068y\u2069.js", "\u200fz.doc", "q\u061c.txt", "\u202A\u202Bw.exe"];
  const findings = rule.check({ message: makeSnapshot({ attachments: names.map((n) => file(n, 1)) }), policy: DEFAULT_POLICY, options: {} });
  expect(findings).toHaveLength(names.length);
  for (const f of findings) {
    for (const value of Object.values(f.data)) expect(String(value)).not.toMatch(BIDI);
    expect(JSON.stringify(f.target)).not.toMatch(BIDI);
    expect(JSON.stringify(f.suggestions)).not.toMatch(BIDI);
  }
});

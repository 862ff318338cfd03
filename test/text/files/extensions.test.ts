import { EOP_COMMON_ATTACHMENT_FILTER, GMAIL_BLOCKED, OUTLOOK_WEB_BLOCKED, blockedExtensionSet, displayedName, lastExtension, matchBlocked, paddingBeforeExtension, previousExtension } from "../../../src/text/files/extensions";
import { escapeControls, visibleName } from "../../../src/engine/shown";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import { normalizeExtension } from "../../../src/engine/policy/merge";

const defaults = blockedExtensionSet(DEFAULT_POLICY.blockedExtensions);

describe("blocked lists", () => {
  it("holds the providers' lists as normalised data", () => {
    expect(OUTLOOK_WEB_BLOCKED).toHaveLength(133);
    expect(GMAIL_BLOCKED).toHaveLength(54);
    expect(EOP_COMMON_ATTACHMENT_FILTER).toHaveLength(53);
    expect(EOP_COMMON_ATTACHMENT_FILTER).toContain("docm");
    for (const ext of [...OUTLOOK_WEB_BLOCKED, ...GMAIL_BLOCKED]) expect(ext).toBe(normalizeExtension(ext));
  });

  it("blocks the union of Outlook's and Gmail's lists, not .zip", () => {
    for (const ext of ["exe", "js", "scr", "py", "dll", "dmg", "appcontent-ms", "ex_"]) expect(defaults.has(ext)).toBe(true);
    for (const ext of ["zip", "pdf", "docx", "docm", "xz"]) expect(defaults.has(ext)).toBe(false);
  });

  it("applies the policy's additions and removals, normalised", () => {
    const set = blockedExtensionSet({ add: [".XZ", " Z "], remove: [".PY", "tmp"] });
    expect(set.has("xz")).toBe(true);
    expect(set.has("z")).toBe(true);
    expect(set.has("py")).toBe(false);
    expect(set.has("tmp")).toBe(false);
    expect(defaults.has("py")).toBe(true);
  });

  it("lets a removal win over an addition, and ignores empty entries", () => {
    const set = blockedExtensionSet({ add: ["iso", " . "], remove: ["ISO"] });
    expect(set.has("iso")).toBe(false);
    expect(set.has("")).toBe(false);
  });
});

describe("extensions of a name", () => {
  it.each([
    ["Report.PDF", "pdf", ""],
    ["invoice.pdf.exe", "exe", "pdf"],
    ["photo.jpeg .exe", "exe", "jpeg"],
    ["run.exe. ", "exe", ""],
    ["folder/sub\\setup.msi", "msi", ""],
    ["README", "", ""],
    [".bashrc", "bashrc", ""],
  ])("%p → last %p, previous %p", (name, last, previous) => {
    expect(lastExtension(name)).toBe(last);
    expect(previousExtension(name)).toBe(previous);
  });
});

describe("matchBlocked", () => {
  it.each([
    ["setup.exe", { ext: "exe" }],
    ["invoice.pdf.exe", { ext: "exe", decoy: "pdf" }],
    ["v1.2.exe", { ext: "exe" }],
    ["setup.exe.gz", { ext: "exe", compressor: "gz" }],
    ["scan.jpg.scr.bz2", { ext: "scr", decoy: "jpg", compressor: "bz2" }],
    ["archive.tar.gz", undefined],
    ["data.backup.zip", undefined],
    ["report.pdf", undefined],
  ])("%p → %p", (name, match) => {
    expect(matchBlocked(name, defaults)).toEqual(match);
  });
});

describe("showing names safely", () => {
  it("tags bidi controls, invisible and control characters", () => {
    expect(visibleName("invoice\u202Efdp.exe")).toBe("invoice[RLO]fdp.exe");
    expect(visibleName("a\u2066b\u2069\u200e\u200f")).toBe("a[LRI]b[PDI][LRM][RLM]");
    expect(visibleName("x\u200by\u0007\ufeff")).toBe("x[ZWSP]y[U+0007][BOM]");
    expect(visibleName("季度报告 v2.docx")).toBe("季度报告 v2.docx");
  });

  it("shows long blank runs as a count", () => {
    expect(visibleName(`photo.jpg${" ".repeat(40)}.exe`)).toBe("photo.jpg[␣×40].exe");
    expect(visibleName(`a\u3000\u3000\u00a0\u00a0 b`)).toBe("a[␣×5]b");
    expect(visibleName("a    b")).toBe("a    b");
  });

  it("never lets a bidi control through", () => {
    const all = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
    expect(visibleName(all)).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
  });

  it("escapes controls like visibleName but keeps blank runs exact (file paths)", () => {
    const all = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff\u2028\u2029";
    let controls = all;
    for (let code = 0; code < 0xa0; code += 1) if (code < 0x20 || code >= 0x7f) controls += String.fromCharCode(code);
    for (const char of controls) expect(escapeControls(char)).toBe(visibleName(char));
    expect(escapeControls(controls)).toMatch(/^[[\]A-Z0-9+]*$/);
    expect(escapeControls(`my  files/a${" ".repeat(8)}b.eml`)).toBe(`my  files/a${" ".repeat(8)}b.eml`);
    expect(escapeControls("报告\n.eml")).toBe("报告[U+000A].eml");
  });

  it("measures blank padding before the extension", () => {
    expect(paddingBeforeExtension(`photo.jpeg${" ".repeat(30)}.exe`)).toBe(30);
    expect(paddingBeforeExtension(`report\u3000\u3000\u3000\u3000\u3000.pdf`)).toBe(5);
    expect(paddingBeforeExtension("report    .pdf")).toBe(0);
    expect(paddingBeforeExtension("no extension     ")).toBe(0);
  });

  it("draws a right-to-left override the way Explorer shows it", () => {
    expect(displayedName("invoice\u202Efdp.exe")).toBe("invoiceexe.pdf");
    expect(displayedName("a\u202Ecba\u202Cd.txt")).toBe("aabcd.txt");
    expect(displayedName("plain.docx")).toBe("plain.docx");
  });
});

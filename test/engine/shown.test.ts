/** Values from a message as every output shows them: no bidi tricks, no endless names. */
import { formatText, localize } from "../../src/engine/format";
import { MAX_SHOWN, shortenMiddle, shownValue } from "../../src/engine/shown";

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe("shortenMiddle", () => {
  it("leaves a short value alone and cuts a long one in the middle, keeping the extension", () => {
    expect(shortenMiddle("report.pdf")).toBe("report.pdf");
    const name = `${"A".repeat(10_000)}.pdf.exe`;
    const shown = shortenMiddle(name);
    expect(Array.from(shown)).toHaveLength(MAX_SHOWN);
    expect(shown.startsWith("AAAA")).toBe(true);
    expect(shown.endsWith("A.pdf.exe")).toBe(true);
    expect(shown).toContain("…");
  });

  it("counts code points, so a cut never splits a surrogate pair", () => {
    const shown = shortenMiddle("😀".repeat(500), 11);
    expect(shown).toBe(`${"😀".repeat(7)}…${"😀".repeat(3)}`);
  });
});

describe("shownValue in every filled-in message", () => {
  it("shows a right-to-left override at the start of an address as a tag", () => {
    const address = "\u202Emoc.elpmaxe@ecila";
    expect(shownValue(address)).toBe("[RLO]moc.elpmaxe@ecila");
    const text = localize({ "zh-CN": "“{address}”", "zh-TW": "「{address}」", "en-US": "To “{address}” (check it)" }, "en-US", { address });
    expect(text).toBe("To “[RLO]moc.elpmaxe@ecila” (check it)");
    expect(text).not.toMatch(BIDI);
  });

  it("tames every string value and each item of a list, but not the template itself", () => {
    const text = formatText("{names}\n{n}: {name}", { names: ["a\u2067b", "c\nd"], n: 2, name: "x\u001b[31my" });
    expect(text).toBe("a[RLI]b, c[U+000A]d\n2: x[U+001B][31my");
  });

  it("shortens a 10,000-character name and keeps its extension", () => {
    const text = formatText("“{name}” is blocked.", { name: `${"A".repeat(10_000)}.exe` });
    expect(text.length).toBeLessThan(MAX_SHOWN + 20);
    expect(text.endsWith("AAA.exe” is blocked.")).toBe(true);
  });

  it("does a bounded amount of work on a huge hostile value", () => {
    const huge = `\u202E${"\u0007".repeat(500_000)}.exe`;
    const shown = shownValue(huge);
    expect(Array.from(shown).length).toBeLessThanOrEqual(MAX_SHOWN);
    expect(shown.startsWith("[RLO][U+0007]")).toBe(true);
    expect(shown).not.toMatch(BIDI);
  });
});

/**
 * foldText skips stretches that folding leaves alone with one regular expression instead of a
 * test per character. It must give exactly what the plain per-character folding gives (kept as
 * test/text/keywords/fold-reference.ts): the same folded text and the same offsets back into the source.
 */
import fc from "fast-check";
import { foldText } from "../../../src/text/keywords/keyword-matcher-fold";
import { foldText as referenceFold } from "./fold-reference";

// What makes folding interesting: capitals, every kind of white space, ideographs on both sides
// of spaces, full-width forms, combining marks after every kind of base, invisible characters,
// compatibility ideographs, surrogate pairs (and lone halves), case mappings that change length.
const PIECES = [
  "a", "Z", "Q", "1", "-", "%", "\u0000", "\u007f", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2003",
  "发", "票", "中", "한", "、", "。", "【", "】", "ｆ", "Ｒ", "１", "，", "！", "￥",
  "\u0301", "\u0308", "\u20dd", "\u200b", "\u00ad", "\ufeff", "\u2060",
  "\uf900", "\u2f00", "𠀀", "😀", "\ud800", "\udc00",
  "\u0130", "ß", "ﬁ", "Ⅻ", "“", "’", "é", "E\u0301",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(""));

describe("foldText", () => {
  it("folds exactly as the per-character reference does", () => {
    fc.assert(
      fc.property(text, (source) => {
        const fast = foldText(source);
        const slow = referenceFold(source);
        expect(fast.text).toBe(slow.text);
        for (let k = 0; k <= fast.text.length; k += 1) {
          expect(fast.sourceStart(k)).toBe(slow.sourceStart(k));
          expect(fast.sourceEnd(k)).toBe(slow.sourceEnd(k));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("folds the same on long mixed text", () => {
    const source = "请查收 THE Report，详见 附件 ｆｒｅｅ\u200b 中 文 E\u0301COLE ".repeat(2000);
    expect(foldText(source).text).toBe(referenceFold(source).text);
  });
});

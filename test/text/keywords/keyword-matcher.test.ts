import { createMatcher, foldTerm, type Match } from "../../../src/text/keywords/keyword-matcher";
import { foldText } from "../../../src/text/keywords/keyword-matcher-fold";
import { SPAM_TERMS } from "../../../src/text/keywords/spam-terms";

const terms = (...list: [string, number][]) => list.map(([term, weight]) => ({ term, weight }));
const found = (matches: Match[]) => matches.map((m) => m.term);

describe("createMatcher", () => {
  const matcher = createMatcher(
    terms(["free", 1], ["100% free", 6], ["Click here", 4], ["代开发票", 9], ["发票", 2], ["加QQ", 5], ["$$$", 5]),
  );

  it("reports the term as listed, its weight and where it is in the original text", () => {
    const text = "Please CLICK HERE now";
    const [m] = matcher.find(text);
    expect(m).toEqual({ term: "Click here", weight: 4, start: 7, end: 17, text: "CLICK HERE" });
    expect(text.slice(m.start, m.end)).toBe("CLICK HERE");
  });

  it.each([
    ["freedom of speech", []],
    ["a carefree day", []],
    ["free2play", []],
    ["it is free.", ["free"]],
    ["FREE!", ["free"]],
    ["free-for-all", ["free"]],
    ["(free)", ["free"]],
  ])("matches Latin terms on word boundaries only: %p", (text, want) => {
    expect(found(matcher.find(text))).toEqual(want);
  });

  it("matches CJK terms as substrings, also right next to other letters", () => {
    expect(found(matcher.find("本公司代开发票"))).toEqual(["代开发票"]);
    expect(found(matcher.find("abc发票xyz"))).toEqual(["发票"]);
  });

  it("applies the boundary only on the sides where the term has an ASCII letter or digit", () => {
    expect(found(matcher.find("请加QQ：12345"))).toEqual(["加QQ"]);
    expect(found(matcher.find("请加QQ12345"))).toEqual([]);
    expect(found(matcher.find("win$$$now"))).toEqual(["$$$"]);
  });

  it("keeps the longest match by default and every match on request", () => {
    expect(found(matcher.find("100% free"))).toEqual(["100% free"]);
    expect(found(matcher.find("代开发票"))).toEqual(["代开发票"]);
    expect(found(matcher.find("100% free", { overlapping: true })).sort()).toEqual(["100% free", "free"]);
    expect(found(matcher.find("代开发票", { overlapping: true })).sort()).toEqual(["代开发票", "发票"].sort());
  });

  it("finds every occurrence", () => {
    expect(matcher.find("free, free and free").map((m) => m.start)).toEqual([0, 6, 15]);
  });

  it("folds width and case (NFKC), typographic quotes, whitespace and invisible characters", () => {
    const m = createMatcher(terms(["free gift", 4], ["you've won", 6], ["click here", 4]));
    expect(found(m.find("ＦＲＥＥ　ＧＩＦＴ"))).toEqual(["free gift"]);
    expect(found(m.find("You\u2019ve WON"))).toEqual(["you've won"]);
    expect(found(m.find("click\r\n   here"))).toEqual(["click here"]);
    expect(found(m.find("cli\u200bck he\u00adre"))).toEqual(["click here"]);
  });

  it("sees through Chinese text that is hard-wrapped or spaced out", () => {
    expect(found(matcher.find("代 开\n发 票"))).toEqual(["代开发票"]);
    expect(matcher.find("可以代 开\n发 票")[0].text).toBe("代 开\n发 票");
  });

  it("treats ￥ and ¥ as the same term", () => {
    const m = createMatcher(terms(["￥", 1]));
    expect(m.find("¥100 or ￥200").map((x) => x.text)).toEqual(["¥", "￥"]);
  });

  it("maps offsets back to the original text when folding changes lengths", () => {
    // ㈱ folds to three characters, ﬁ to two, the soft hyphen to none.
    const text = "㈱ ﬁne print: 100%\u00ad FREE offer";
    const m = matcher.find(text);
    expect(m.map((x) => x.text)).toEqual(["100%\u00ad FREE"]);
    expect(text.slice(m[0].start, m[0].end)).toBe(m[0].text);
  });

  it("keeps the last weight when a term is listed twice (policy additions override)", () => {
    const m = createMatcher(terms(["free", 1], ["FREE", 7]));
    expect(m.size).toBe(1);
    expect(m.find("free")[0]).toMatchObject({ term: "FREE", weight: 7 });
  });

  it("ignores empty terms and finds nothing with no terms or no text", () => {
    expect(createMatcher(terms(["", 3], ["   ", 3])).size).toBe(0);
    expect(createMatcher([]).find("free")).toEqual([]);
    expect(matcher.find("")).toEqual([]);
  });
});

describe("foldTerm / foldText", () => {
  it("gives one form for the spellings a user may type", () => {
    expect(foldTerm("ＦＲＥＥ")).toBe("free");
    expect(foldTerm("  Free  ")).toBe("free");
    expect(foldTerm("（广告）")).toBe("(广告)");
  });

  it("maps every folded position to a position in the source", () => {
    const source = "A\u0301B ㈱ 代 开";
    const folded = foldText(source);
    expect(folded.text).toBe("\u00e1b (株) 代开");
    expect(folded.sourceStart(0)).toBe(0);
    expect(folded.sourceEnd(1)).toBe(2); // "á" came from "A" + combining accent
    expect(folded.sourceStart(3)).toBe(4); // "(" of "(株)" came from "㈱"
    expect(folded.sourceEnd(6)).toBe(5);
    expect(folded.sourceStart(8)).toBe(8); // "开", after the dropped space
  });
});

describe("the built-in list", () => {
  it("has weights from 1 to 10 and no term listed twice", () => {
    for (const t of SPAM_TERMS) {
      expect(t.weight).toBeGreaterThanOrEqual(1);
      expect(t.weight).toBeLessThanOrEqual(10);
    }
    const folded = SPAM_TERMS.map((t) => foldTerm(t.term));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it("covers Simplified, Traditional and English vocabulary", () => {
    const m = createMatcher(SPAM_TERMS);
    expect(found(m.find("免费 免費 中奖 中獎 兼职 兼職 贷款 貸款 click here"))).toHaveLength(9);
  });
});

describe("large texts", () => {
  const matcher = createMatcher(SPAM_TERMS);
  const chunk = "季度报告已经发出，请查收。The quarterly report is attached; free parking is available. 代开发票 ";
  const text = (bytes: number) => chunk.repeat(Math.ceil(bytes / chunk.length));

  // Speed is the bench's business (npm run bench); here: the same hits however long the text.
  it("finds every repetition in 1 MB and 2 MB with every built-in term", () => {
    const one = matcher.find(text(1_000_000));
    const two = matcher.find(text(2_000_000));
    const perChunk = matcher.find(chunk).length;
    expect(perChunk).toBeGreaterThan(0);
    expect(one.length).toBe(perChunk * Math.ceil(1_000_000 / chunk.length));
    expect(two.length).toBe(perChunk * Math.ceil(2_000_000 / chunk.length));
  });
});

/**
 * The automaton must find exactly what a naive search finds. Texts and terms are drawn from
 * characters that folding leaves unchanged, so offsets can be compared directly.
 */
import fc from "fast-check";
import { createMatcher } from "../../../src/text/keywords/keyword-matcher";

const ALPHABET = ["a", "b", "1", "-", "发", "票"];
const word = (maxLength: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength }).map((cs) => cs.join(""));
const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

function naive(terms: string[], text: string): string[] {
  const out: string[] = [];
  for (const term of new Set(terms)) {
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      const end = i + term.length;
      if (isWordChar(term[0]) && isWordChar(text[i - 1])) continue;
      if (isWordChar(term[term.length - 1]) && isWordChar(text[end])) continue;
      out.push(`${term}@${i}-${end}`);
    }
  }
  return out.sort();
}

describe("keyword matcher properties", () => {
  it("finds every occurrence a naive search finds, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(word(4), { minLength: 1, maxLength: 8 }), word(60), (terms, text) => {
        const matcher = createMatcher(terms.map((term) => ({ term, weight: 1 })));
        const got = matcher.find(text, { overlapping: true }).map((m) => `${m.term}@${m.start}-${m.end}`);
        expect(got.sort()).toEqual(naive(terms, text));
      }),
      { numRuns: 300 },
    );
  });

  it("returns non-overlapping matches in text order by default, each also found when overlapping", () => {
    fc.assert(
      fc.property(fc.array(word(4), { minLength: 1, maxLength: 8 }), word(60), (terms, text) => {
        const matcher = createMatcher(terms.map((term) => ({ term, weight: 1 })));
        const every = matcher.find(text, { overlapping: true });
        const all = new Set(every.map((m) => `${m.term}@${m.start}`));
        const kept = matcher.find(text);
        for (let i = 1; i < kept.length; i += 1) expect(kept[i].start).toBeGreaterThanOrEqual(kept[i - 1].end);
        for (const m of kept) {
          expect(all.has(`${m.term}@${m.start}`)).toBe(true);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        // Leftmost-longest: nothing found starts before the first kept match.
        if (every.length > 0) expect(kept[0].start).toBe(Math.min(...every.map((m) => m.start)));
      }),
      { numRuns: 300 },
    );
  });
});

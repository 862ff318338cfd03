/**
 * The typo rule's index finds exactly the words editDistance finds within the limit, and looks
 * at a large list without comparing the query with every word.
 */
import fc from "fast-check";
import { editDistance } from "../../../src/text/addresses/edit-distance";
import { NearIndex } from "../../../src/text/addresses/near-index";
import typoRule from "../../../src/rules/recipient-domain-typo";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import { makeSnapshot, to } from "../../helpers/snapshot";

function near(words: readonly string[], query: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  new NearIndex(words).within(query, max, (i, d) => out.push([i, d]));
  return out.sort((a, b) => a[0] - b[0]);
}

function bruteForce(words: readonly string[], query: string, max: number): [number, number][] {
  return words.map((w, i) => [i, editDistance(query, w, max)] as [number, number]).filter(([, d]) => d <= max);
}

describe("NearIndex", () => {
  it("finds a swap, a slip and a missing letter, with their distances", () => {
    const words = ["gmail.com", "contoso.cn", "163.com", "qq.com"];
    expect(near(words, "gmial.com", 2)).toEqual([[0, 1]]);
    expect(near(words, "contos.cn", 2)).toEqual([[1, 1]]);
    expect(near(words, "qq.con", 1)).toEqual([[3, 1]]);
    expect(near(words, "example.org", 2)).toEqual([]);
  });

  it("agrees with editDistance on any words and query (fixed seed)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", ".", "m"), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), word, fc.integer({ min: 0, max: 2 }), (words, query, max) => {
        expect(near(words, query, max)).toEqual(bruteForce(words, query, max));
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it("visits far fewer prefixes than a list of 200,000 domains has letters", () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `branch${i}.example${i % 97}.cn`);
    const index = new NearIndex(words);
    const found: number[] = [];
    const visited = index.within("branch12345.example26.cm", 2, (i) => found.push(i));
    expect(found).toEqual([12345]);
    // Numbered names are the hard case (every digit is one edit from nine others); still the
    // walk stays within reach of the query: a small part of the trie's million nodes.
    expect(index.size).toBeGreaterThan(1_000_000);
    expect(visited).toBeLessThan(index.size / 10);
  });
});

describe("recipient-domain-typo with a very large company list", () => {
  it("suggests the right one of 200,000 company domains for 300 distinct mistyped ones", () => {
    // 200,000 made-up company domains (a fixed pseudo-random sequence), and 300 recipients at
    // one of them with the ending mistyped (".cm").
    let seed = 7;
    const letter = (): string => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
    const internalDomains = Array.from({ length: 200_000 }, () => `${Array.from({ length: 9 }, letter).join("")}.cn`);
    const policy = { ...DEFAULT_POLICY, internalDomains };
    const meant = internalDomains.filter((_, i) => i % 661 === 0).slice(0, 300);
    const recipients = meant.map((domain) => to(`a@${domain.replace(/\.cn$/, ".cm")}`));
    const findings = typoRule.check({ message: makeSnapshot({ recipients }), policy, options: {} });
    expect(findings.map((f) => f.data.suggestion)).toEqual(meant);
  }, 60_000);
});

import fc from "fast-check";
import { areKeyboardNeighbours, editDistance, substitutionOf } from "../../../src/text/addresses/edit-distance";

/** Textbook optimal-string-alignment distance, full matrix: the reference for the banded one. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe("editDistance", () => {
  it.each([
    ["gmail.com", "gmail.com", 0],
    ["gmial.com", "gmail.com", 1], // swap
    ["gmai.com", "gmail.com", 1], // missing
    ["gmaill.com", "gmail.com", 1], // extra
    ["gnail.com", "gmail.com", 1], // wrong key
    ["qq.con", "qq.com", 1],
    ["hotmal.con", "hotmail.com", 2],
    ["", "abc", 3],
    ["abc", "", 3],
    ["ca", "abc", 3], // OSA, not unrestricted Damerau (which says 2)
    ["outlook.com", "gmail.com", 7],
  ])("%s → %s = %d", (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
    expect(editDistance(b, a)).toBe(want);
  });

  it("stops early and answers more than max", () => {
    expect(editDistance("outlook.com", "gmail.com", 2)).toBeGreaterThan(2);
    expect(editDistance("a", "abcdef", 1)).toBeGreaterThan(1);
    expect(editDistance("hotmal.con", "hotmail.com", 1)).toBeGreaterThan(1);
    expect(editDistance("hotmal.con", "hotmail.com", 2)).toBe(2);
  });

  it("agrees with the full-matrix reference within max, and exceeds max otherwise", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", ".", "m"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const want = reference(a, b);
        const got = editDistance(a, b, max);
        if (want <= max) expect(got).toBe(want);
        else expect(got).toBeGreaterThan(max);
        expect(editDistance(a, b)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles strings longer than its initial buffers", () => {
    const long = "x".repeat(500);
    expect(editDistance(long, `${long}y`, 2)).toBe(1);
    expect(editDistance(long, "y".repeat(500), 2)).toBe(3);
  });
});

describe("substitutionOf", () => {
  it("names the one differing pair", () => {
    expect(substitutionOf("qq.con", "qq.com")).toEqual(["n", "m"]);
    expect(substitutionOf("qq.com", "qq.com")).toBeUndefined();
    expect(substitutionOf("gmial", "gmail")).toBeUndefined(); // a swap is two places
    expect(substitutionOf("gmai", "gmail")).toBeUndefined();
  });
});

describe("areKeyboardNeighbours", () => {
  it.each([
    ["n", "m", true],
    ["a", "s", true],
    ["q", "w", true],
    ["q", "a", true],
    ["w", "a", true],
    ["s", "x", true],
    ["s", "z", true],
    ["2", "3", true],
    ["2", "q", true],
    ["2", "w", true],
    ["o", "u", false],
    ["6", "8", false],
    ["q", "p", false],
    ["a", "x", false],
    ["a", "a", false],
    ["@", "a", false],
  ])("%s / %s → %s", (x, y, want) => {
    expect(areKeyboardNeighbours(x, y)).toBe(want);
    expect(areKeyboardNeighbours(y, x)).toBe(want);
  });
});

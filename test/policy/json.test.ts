import fc from "fast-check";
import { findJsonSyntaxIssue, locateJsonPath, positionAt } from "../../src/engine/policy/json";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonSyntaxIssue agrees with JSON.parse", () => {
  it("finds nothing in valid JSON", () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(0, 2), (text, indent) => {
        expect(findJsonSyntaxIssue(text)).toBeUndefined();
        expect(findJsonSyntaxIssue(JSON.stringify(JSON.parse(text), null, indent))).toBeUndefined();
      }),
    );
  });

  it("finds an issue exactly when JSON.parse fails, for damaged JSON", () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(",", "}", "]", '"', ":", "'", "/", "\\", "\n", "x", "0", "-", " ", "\u0001"))
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        const issue = findJsonSyntaxIssue(text);
        expect(issue === undefined).toBe(parses(text));
        if (issue) {
          expect(issue.offset).toBeGreaterThanOrEqual(0);
          expect(issue.offset).toBeLessThanOrEqual(text.length);
          expect(positionAt(text, issue.offset)).toEqual({ line: issue.line, column: issue.column });
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("positionAt", () => {
  it("counts lines and columns from 1", () => {
    expect(positionAt("ab\ncd\n", 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt("ab\ncd\n", 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
  });
});

describe("locateJsonPath", () => {
  const text = '{\n  "a": {\n    "b": [10, {"c": 1}]\n  },\n  "a.b": 2\n}';

  it.each([
    [[], 0],
    [["a"], text.indexOf('"a"')],
    [["a", "b"], text.indexOf('"b"')],
    [["a", "b", "0"], text.indexOf("10")],
    [["a", "b", "1", "c"], text.indexOf('"c"')],
    [["a.b"], text.indexOf('"a.b"')],
  ])("finds %j", (segments, offset) => {
    expect(locateJsonPath(text, segments)).toBe(offset);
  });

  it("falls back to the nearest parent that exists", () => {
    expect(locateJsonPath(text, ["a", "missing", "x"])).toBe(text.indexOf('"a"'));
    expect(locateJsonPath(text, ["a", "b", "7"])).toBe(text.indexOf('"b"'));
  });

  it("does not fail on text it cannot read", () => {
    expect(locateJsonPath('{"a": ', ["a"])).toBe(1);
    expect(locateJsonPath("[".repeat(100000), ["0"])).toBeDefined();
  });
});

/**
 * A small JSON reader for error reporting only: where a syntax error is, and on which line a
 * field of a valid file sits. JSON.parse stays the parser; its messages differ per runtime (Node,
 * Chromium, WebKit, classic Outlook) and some carry no position at all, so we find it ourselves.
 */
import type { PolicyMessageCode, PolicyMessageParams } from "./messages";

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

export interface JsonSyntaxIssue extends TextPosition {
  readonly offset: number;
  /** What is wrong there; policyMessage() words it (prefixed "is not valid JSON: "). */
  readonly code: PolicyMessageCode;
  readonly params: PolicyMessageParams;
}

class Issue {
  constructor(
    readonly offset: number,
    readonly code: PolicyMessageCode,
    readonly params: PolicyMessageParams = {},
  ) {}
}

/** Thrown by a visitor to stop the walk early. */
class Stop {}

type Visit = (path: readonly string[], offset: number) => void;

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };


/**
 * Walks `text` as JSON, calling `visit` with each object member's path and the offset of its key,
 * and each array element's path and the offset of its first character. Throws `Issue`.
 */
function walk(text: string, visit: Visit): void {
  // Editors on Windows may save a byte-order mark; JSON.parse rejects it, so callers strip it.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (code: PolicyMessageCode, params: PolicyMessageParams = {}, at = pos): never => {
    throw new Issue(at, code, params);
  };

  function space(): void {
    for (;;) {
      const c = text[pos];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") pos++;
      else if (c === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*")) fail("jsonComment");
      else return;
    }
  }

  function string(): string {
    const start = pos++;
    let out = "";
    for (;;) {
      const c = text[pos];
      if (c === undefined) fail("jsonStringNotClosed", {}, start);
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === "\n" || c === "\r") fail("jsonStringLineBreak", {}, start);
      if (c < " ") fail("jsonControlChar");
      if (c === "\\") {
        const e = text[pos + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          pos += 2;
        } else {
          fail("jsonBadEscape");
        }
      } else {
        out += c;
        pos++;
      }
    }
  }

  function members(path: readonly string[], close: "}" | "]"): void {
    pos++;
    space();
    if (text[pos] === close) {
      pos++;
      return;
    }
    for (let index = 0; ; index++) {
      space();
      let key = String(index);
      if (close === "}") {
        if (text[pos] === "}") fail("jsonTrailingComma", { text: "}" });
        if (text[pos] !== '"') fail("jsonExpectedKey");
        const keyStart = pos;
        key = string();
        visit([...path, key], keyStart);
        space();
        if (text[pos] !== ":") fail("jsonExpectedColon");
        pos++;
        space();
      } else {
        if (text[pos] === "]") fail("jsonTrailingComma", { text: "]" });
        visit([...path, key], pos);
      }
      value([...path, key]);
      space();
      const c = text[pos];
      if (c === ",") pos++;
      else if (c === close) {
        pos++;
        return;
      } else fail(c === undefined ? "jsonEndsBeforeClose" : "jsonExpectedComma", { text: close });
    }
  }

  function value(path: readonly string[]): void {
    space();
    const c = text[pos];
    if (c === "{") return members(path, "}");
    if (c === "[") return members(path, "]");
    if (c === '"') {
      string();
      return;
    }
    NUMBER.lastIndex = pos;
    if ((c === "-" || (c >= "0" && c <= "9")) && NUMBER.test(text)) {
      pos = NUMBER.lastIndex;
      return;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return;
      }
    }
    if (c === undefined) fail("jsonEndsBeforeValue");
    fail(c === "'" ? "jsonUnexpectedQuote" : "jsonUnexpectedChar", { text: JSON.stringify(c) });
  }

  visit([], pos);
  value([]);
  space();
  if (pos < text.length) fail("jsonTrailingText");
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxIssue(text: string): JsonSyntaxIssue | undefined {
  try {
    walk(text, () => undefined);
    return undefined;
  } catch (error) {
    if (!(error instanceof Issue)) return undefined; // e.g. nesting too deep for the stack
    return { offset: error.offset, code: error.code, params: error.params, ...positionAt(text, error.offset) };
  }
}

/**
 * Offset of the field at `path` (of its key, for an object member), or of its nearest existing
 * parent; undefined when the text cannot be read.
 */
export function locateJsonPath(text: string, path: readonly string[]): number | undefined {
  let best: { depth: number; offset: number } | undefined;
  try {
    walk(text, (at, offset) => {
      if (at.length > path.length || !at.every((segment, i) => segment === path[i])) return;
      if (!best || at.length > best.depth) best = { depth: at.length, offset };
      if (at.length === path.length) throw new Stop();
    });
  } catch {
    // Stopped at the field, or the text ends early or nests too deep: keep what was found.
  }
  return best?.offset;
}

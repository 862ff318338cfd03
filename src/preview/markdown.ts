/**
 * The small Markdown subset Outlook renders in a Smart Alerts errorMessageMarkdown: paragraphs
 * (blank-line separated, single newlines kept as line breaks), **bold** and bullet lines
 * ("- ", "* ", "• ") and backslash escapes. Parsed into plain data first, then built with createElement and
 * textContent, so no character of the handler's text can become markup.
 */

export interface Run {
  text: string;
  bold: boolean;
}

/** A line is a list of runs. */
export type Line = Run[];

export type Block = { kind: "paragraph"; lines: Line[] } | { kind: "list"; items: Line[] };

const BULLET = /^\s*(?:[-*•])\s+/;

/** Markdown's backslash escapes: a backslash before ASCII punctuation keeps that character literal. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Splits a line into characters, marking the ones written as an escape (never markup). */
function tokens(text: string): { ch: string; literal: boolean }[] {
  const out: { ch: string; literal: boolean }[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] === "\\" && i + 1 < chars.length && ESCAPABLE.test(chars[i + 1])) {
      out.push({ ch: chars[i + 1], literal: true });
      i += 1;
    } else out.push({ ch: chars[i], literal: false });
  }
  return out;
}

const isMarker = (t: { ch: string; literal: boolean }[], i: number): boolean =>
  t[i]?.ch === "*" && !t[i].literal && t[i + 1]?.ch === "*" && !t[i + 1].literal;

/** `**a** b` → [{a, bold}, {" b"}]. An unmatched `**` stays as written; `\*` is a literal star. */
export function parseInline(text: string): Line {
  const t = tokens(text);
  const runs: Run[] = [];
  const push = (chunk: string, bold: boolean): void => {
    if (chunk === "") return;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold) last.text += chunk;
    else runs.push({ text: chunk, bold });
  };
  let i = 0;
  let plain = "";
  while (i < t.length) {
    if (isMarker(t, i)) {
      let close = i + 2;
      while (close < t.length && !isMarker(t, close)) close += 1;
      if (close < t.length && close > i + 2) {
        push(plain, false);
        plain = "";
        push(t.slice(i + 2, close).map((x) => x.ch).join(""), true);
        i = close + 2;
        continue;
      }
    }
    plain += t[i].ch;
    i += 1;
  }
  push(plain, false);
  return runs;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.trim() === "") {
      current = undefined;
      continue;
    }
    if (BULLET.test(raw)) {
      if (current?.kind !== "list") blocks.push((current = { kind: "list", items: [] }));
      current.items.push(parseInline(raw.replace(BULLET, "")));
    } else {
      if (current?.kind !== "paragraph") blocks.push((current = { kind: "paragraph", lines: [] }));
      current.lines.push(parseInline(raw.trim()));
    }
  }
  return blocks;
}

function appendLine(doc: Document, parent: HTMLElement, line: Line): void {
  for (const run of line) {
    if (run.bold) {
      const strong = doc.createElement("strong");
      strong.textContent = run.text;
      parent.append(strong);
    } else parent.append(doc.createTextNode(run.text));
  }
}

export function renderMarkdown(doc: Document, source: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of parseMarkdown(source)) {
    if (block.kind === "list") {
      const list = doc.createElement("ul");
      for (const item of block.items) {
        const li = doc.createElement("li");
        appendLine(doc, li, item);
        list.append(li);
      }
      fragment.append(list);
    } else {
      const p = doc.createElement("p");
      block.lines.forEach((line, i) => {
        if (i > 0) p.append(doc.createElement("br"));
        appendLine(doc, p, line);
      });
      fragment.append(p);
    }
  }
  return fragment;
}

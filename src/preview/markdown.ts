/**
 * The small Markdown subset Outlook renders in a Smart Alerts errorMessageMarkdown: paragraphs
 * (blank-line separated, single newlines kept as line breaks), **bold** and bullet lines
 * ("- ", "* ", "• "). Parsed into plain data first, then built with createElement and
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

/** `**a** b` → [{a, bold}, {" b"}]. An unmatched `**` stays as written. */
export function parseInline(text: string): Line {
  const runs: Run[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at), bold: false });
    runs.push({ text: m[1], bold: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold: false });
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

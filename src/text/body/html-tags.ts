/**
 * The markup side of the HTML scan: tag names, attributes (only the few we read are sliced),
 * comments and raw-text elements, each skipped with `indexOf` or a bounded loop.
 */
import { decodeEntities } from "./html-entities";
import { isSpace } from "./html-text";

const rawTextEnd = new Map<string, RegExp>();
/** From a tag's attributes to its ">", when no quote comes first (sticky: anchored at lastIndex). */
const TO_TAG_END = /[^"'>]*>/y;

/** The attributes we read, in one fixed-shape object (a dictionary per tag costs far more). */
export class WantedAttributes {
  href: string | undefined = undefined;
  src: string | undefined = undefined;
  alt: string | undefined = undefined;
  width: string | undefined = undefined;
  height: string | undefined = undefined;

  /** Keeps the first value of each, as HTML does for repeated attributes. */
  set(name: string, value: string): void {
    switch (name) {
      case "href":
        this.href ??= decodeEntities(value, true);
        break;
      case "src":
        this.src ??= decodeEntities(value, true);
        break;
      case "alt":
        this.alt ??= decodeEntities(value, true);
        break;
      case "width":
        this.width ??= value;
        break;
      case "height":
        this.height ??= value;
        break;
    }
  }
}

/**
 * Reads the attributes of a tag from `start`; returns the position after its ">", or -1 when the
 * input ends inside the tag. Values are sliced only for `into`'s names.
 */
export function readAttributes(html: string, start: number, into: WantedAttributes | undefined): number {
  if (into === undefined) {
    // Most tags (Outlook's spans and paragraphs) are only skipped: when a ">" comes before any
    // quote, it ends the tag whatever the attributes are, and irregexp finds it natively.
    TO_TAG_END.lastIndex = start;
    if (TO_TAG_END.test(html)) return TO_TAG_END.lastIndex;
  }
  const n = html.length;
  let i = start;
  for (;;) {
    while (i < n && (isSpace(html.charCodeAt(i)) || html.charCodeAt(i) === 47)) i += 1;
    if (i >= n) return -1;
    if (html.charCodeAt(i) === 62) return i + 1;
    const nameStart = i;
    i += 1; // The first character may be "=": it is then part of the name.
    while (i < n) {
      const c = html.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      i += 1;
    }
    const nameLength = i - nameStart;
    const name = into !== undefined && nameLength >= 3 && nameLength <= 6 ? html.slice(nameStart, i).toLowerCase() : "";
    while (i < n && isSpace(html.charCodeAt(i))) i += 1;
    let valueStart = i;
    let valueEnd = i;
    if (i < n && html.charCodeAt(i) === 61) {
      i += 1;
      while (i < n && isSpace(html.charCodeAt(i))) i += 1;
      const q = i < n ? html.charCodeAt(i) : 0;
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
        if (close < 0) return -1;
        valueStart = i + 1;
        valueEnd = close;
        i = close + 1;
      } else {
        valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i += 1;
        valueEnd = i;
      }
    }
    if (name !== "") into?.set(name, html.slice(valueStart, valueEnd));
  }
}

/**
 * A number for a tag name, read in place (ASCII case folded), or -1 for a name that is longer
 * than ten characters or not plain letters and digits: such names are none we act on. Comparing
 * numbers spares the slice and lower-casing of every name, and a body has hundreds of tags.
 */
export function tagKey(html: string, from: number, to: number): number {
  if (to - from > 10) return -1;
  let key = 0;
  for (let i = from; i < to; i += 1) {
    const c = html.charCodeAt(i);
    const lower = c | 0x20; // ASCII letters only: nothing else lands in a–z this way
    // Letters a–z are 1–26, digits 27–36.
    const v = lower >= 97 && lower <= 122 ? lower - 96 : c >= 48 && c <= 57 ? c - 21 : 0;
    if (v === 0) return -1;
    key = key * 37 + v;
  }
  return key;
}

/** A tag name runs from its first letter to whitespace, "/" or ">". */
export function tagNameEnd(html: string, from: number): number {
  let i = from + 1;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i += 1;
  }
  return i;
}

export function skipComment(html: string, lt: number): number {
  // "<!-->" and "<!--->" are complete (empty) comments in HTML.
  if (html.startsWith("<!-->", lt)) return lt + 5;
  if (html.startsWith("<!--->", lt)) return lt + 6;
  const end = html.indexOf("-->", lt + 4);
  return end < 0 ? html.length : end + 3;
}

/** Jumps past the content and end tag of a raw-text element (its text is never shown). */
export function skipRawText(html: string, name: string, from: number): number {
  let re = rawTextEnd.get(name);
  if (re === undefined) {
    re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, "gi");
    rawTextEnd.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  if (m === null) return html.length;
  const gt = html.indexOf(">", m.index + m[0].length - 1);
  return gt < 0 ? html.length : gt + 1;
}


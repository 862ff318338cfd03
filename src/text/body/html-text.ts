/**
 * The visible-text side of the HTML scan: collecting text nodes, collapsing whitespace as a reader
 * sees it, and counting visible characters.
 */
import { decodeEntities } from "./html-entities";

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Only HTML whitespace; checked before anything else, it usually stops at the first character. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Stands for a line break between blocks until the text is normalised (HTML text has no NUL). */
const BREAK = "\u0000";
/** Whitespace runs other than one plain space: the only ones that need rewriting. */
const COLLAPSE = /[\t\n\f\r\u00a0][\t\n\f\r \u00a0]*| [\t\n\f\r \u00a0]+/g;
// The NUL marker is deliberate (see BREAK).
// eslint-disable-next-line no-control-regex
const BREAK_RUN = / ?\u0000[\u0000 ]*/g;
// eslint-disable-next-line no-control-regex
const NEEDS_NORMALISING = /[\t\n\f\r\u00a0\u0000]| {2}|^ | $/;

/**
 * Whitespace as a reader sees it: runs become one space, block boundaries one line break, ends
 * trimmed. Two global passes over the joined text are far cheaper than a regex per text node.
 */
function normaliseText(raw: string): string {
  return raw.replace(COLLAPSE, " ").replace(BREAK_RUN, "\n").trim();
}

/** Normalises a short text (anchor or alt text) only when it needs it. */
export function normaliseShort(raw: string): string {
  return NEEDS_NORMALISING.test(raw) ? normaliseText(raw) : raw;
}

/**
 * Collects text nodes as they are; whitespace is normalised once, at the end. Appending to a
 * string (a rope in every engine) costs less than pushing slices and joining them.
 */
export class TextBuilder {
  private text = "";
  /** The open anchor's text, kept apart: slicing the rope would flatten it once per anchor. */
  private anchorText: string | undefined;
  private afterBreak = true;

  add(raw: string): void {
    let piece: string;
    if (isBlank(raw)) {
      // Indentation and newlines between tags: one space at most, none after a line break.
      if (this.afterBreak) return;
      piece = " ";
    } else {
      piece = raw.includes("&") ? decodeEntities(raw) : raw;
      this.afterBreak = false;
    }
    this.text += piece;
    if (this.anchorText !== undefined) this.anchorText += piece;
  }

  space(): void {
    this.text += " ";
    if (this.anchorText !== undefined) this.anchorText += " ";
  }

  lineBreak(): void {
    if (this.afterBreak) return;
    this.text += BREAK;
    if (this.anchorText !== undefined) this.anchorText += BREAK;
    this.afterBreak = true;
  }

  openAnchor(): void {
    this.anchorText = "";
  }

  /** The open anchor's normalised text; the anchor is closed. */
  closeAnchor(): string {
    const raw = this.anchorText ?? "";
    this.anchorText = undefined;
    return normaliseShort(raw);
  }

  /** Length of the text collected so far, before whitespace is collapsed. */
  get length(): number {
    return this.text.length;
  }

  finish(): string {
    return normaliseText(this.text);
  }
}

/**
 * Characters a reader sees: code points that are not whitespace or invisible (zero-width,
 * soft hyphen). Each CJK character counts as one. Stops counting at `stopAt`.
 */
export function visibleCharCount(text: string, stopAt = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count < stopAt; i += 1) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xad || c === 0xfeff) continue;
    if ((c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || c === 0x2060) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    count += 1;
  }
  return count;
}

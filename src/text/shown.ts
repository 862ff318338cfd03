/**
 * How a value taken from a message (an address, a display name, a file name) is written into any
 * sentence a person reads: the pane, the Send dialog and the CLI all fill their messages through
 * formatText, which passes every value through shownValue.
 */
import { visibleName } from "./extensions";

/**
 * Longest value shown, in code points. A 10,000-character attachment name must neither widen
 * the pane nor push the message and the "Review" line out of the Send dialog's 500 characters.
 */
export const MAX_SHOWN = 120;

/**
 * `text` cut to `max` code points by dropping its middle: the start says what it is, the end
 * keeps the extension ("report-AAAA…AAAA.pdf.exe"). Counts code points, so a cut never splits a
 * surrogate pair.
 */
export function shortenMiddle(text: string, max = MAX_SHOWN): string {
  // Cheap test first: most values are short, and Array.from on 500 KB is not free.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const tail = Math.floor((max - 1) / 3);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join("")}…${chars.slice(chars.length - tail).join("")}`;
}

/**
 * The value as it can be shown anywhere: controls and bidi overrides as "[RLO]"-style tags (an
 * address starting with U+202E would reverse the rest of the line), then shortened in the middle.
 */
export function shownValue(value: string): string {
  // Escaping makes text longer; bound the work for a 500 KB hostile value before it.
  const rough = value.length > MAX_SHOWN * 8 ? `${value.slice(0, MAX_SHOWN * 4)}${value.slice(-MAX_SHOWN * 4)}` : value;
  return shortenMiddle(visibleName(rough));
}

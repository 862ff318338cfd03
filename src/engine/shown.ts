/**
 * How a value taken from a message (an address, a display name, a file name) is written into any
 * sentence a person reads: the pane, the Send dialog and the CLI all fill their messages through
 * formatText, which passes every value through shownValue. Here, below the rules and the text
 * helpers, because formatting messages is the engine's and every layer shows names.
 */
// No conditional operators here: this runs in the Send handler, and classic Outlook's old runtime
// is said to refuse them (see webpack.config.js), so each one in its file is counted.
/** Bidirectional controls, by the short names Unicode gives them. */
const BIDI_NAMES: Readonly<Record<string, string>> = {
  "\u061c": "ALM",
  "\u200e": "LRM",
  "\u200f": "RLM",
  "\u202a": "LRE",
  "\u202b": "RLE",
  "\u202c": "PDF",
  "\u202d": "LRO",
  "\u202e": "RLO",
  "\u2066": "LRI",
  "\u2067": "RLI",
  "\u2068": "FSI",
  "\u2069": "PDI",
};

/** Invisible characters that hide text without being bidi controls. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  "\u200b": "ZWSP",
  "\u2060": "WJ",
  "\ufeff": "BOM",
};

export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** One blank-looking character: any Unicode space plus the "blank" letters used for padding. */
export const BLANK = "[\\s\\u200b\\u180e\\u2800\\u3164\\u115f\\u1160\\uffa0]";

/** Runs this long of blank characters are shown as "[␣×N]" and count as padding. */
export const PADDING_RUN = 5;
const TOKEN = new RegExp(`(${BLANK}{${PADDING_RUN},})|[\\s\\S]`, "gu");
/** C0 and C1 controls, DEL, and the line / paragraph separators. */
function isControl(token: string): boolean {
  const code = token.charCodeAt(0);
  return token.length === 1 && (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029);
}

/**
 * The name as it can be shown anywhere without being re-interpreted: bidi controls become
 * "[RLO]"-style tags, other invisible or control characters "[ZWSP]" / "[U+0007]", and long blank
 * runs "[␣×40]". Finding data must carry this, never the raw name.
 */
export function visibleName(name: string): string {
  let out = "";
  // exec loop, not matchAll / padStart: the Smart Alerts bundle targets runtimes without them.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(name); match !== null; match = TOKEN.exec(name)) {
    const [token, run] = match;
    if (run === undefined) out += visibleChar(token);
    else out += `[␣×${[...run].length}]`;
  }
  return out;
}

/** One character as it can be shown: a tag for a control or an invisible one, else itself. */
function visibleChar(char: string): string {
  const tag = BIDI_NAMES[char] ?? INVISIBLE_NAMES[char];
  if (tag) return `[${tag}]`;
  if (!isControl(char)) return char;
  return `[U+${`000${char.charCodeAt(0).toString(16).toUpperCase()}`.slice(-4)}]`;
}

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Like visibleName, but blank runs stay as they are: for text that must stay exact apart from
 * what a terminal or a bidi algorithm would act on (file paths in the CLI's output).
 */
export function escapeControls(text: string): string {
  return text.replace(ESCAPED, visibleChar);
}

/**
 * Longest value shown, in code points. A 10,000-character attachment name must neither widen
 * the pane nor push the message and the "Review" line out of the Send dialog's 500 characters.
 */
export const MAX_SHOWN = 120;

/**
 * `text` cut to `max` code points, ending in "…" when cut. Code points, not UTF-16 units, so a cut
 * never splits a surrogate pair (Outlook counts its limits in characters, too).
 */
export function clipEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join("")}…`;
}

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
  let rough = value;
  if (value.length > MAX_SHOWN * 8) rough = `${value.slice(0, MAX_SHOWN * 4)}${value.slice(-MAX_SHOWN * 4)}`;
  return shortenMiddle(visibleName(rough));
}

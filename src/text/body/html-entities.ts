/**
 * Character references in HTML text and attribute values: every numeric one, and the named ones
 * that mail editors actually write. The full HTML table (2,000+ names) would weigh more than the
 * rest of the Send-time bundle; an unknown name is left as written, which for our purposes
 * (visible text length, words, link hosts) costs at most a few characters of accuracy.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", zwnj: "\u200c", zwj: "\u200d",
  lrm: "\u200e", rlm: "\u200f", shy: "\u00ad",
  copy: "©", reg: "®", trade: "™", hellip: "…", mdash: "—", ndash: "–", minus: "−",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", middot: "·", bull: "•", deg: "°",
  plusmn: "±", times: "×", divide: "÷", cent: "¢", pound: "£", yen: "¥", euro: "€",
  sect: "§", para: "¶", frac12: "½", frac14: "¼", frac34: "¾", sup1: "¹", sup2: "²", sup3: "³",
  iexcl: "¡", iquest: "¿", dagger: "†", Dagger: "‡", permil: "‰", prime: "′", larr: "←",
  rarr: "→", uarr: "↑", darr: "↓", harr: "↔", hearts: "♥", check: "✓", star: "☆",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Auml: "Ä", Aring: "Å", Ccedil: "Ç", Egrave: "È",
  Eacute: "É", Ecirc: "Ê", Iacute: "Í", Ntilde: "Ñ", Oacute: "Ó", Ouml: "Ö", Uacute: "Ú",
  Uuml: "Ü", agrave: "à", aacute: "á", acirc: "â", atilde: "ã", auml: "ä", aring: "å",
  ccedil: "ç", egrave: "è", eacute: "é", ecirc: "ê", euml: "ë", igrave: "ì", iacute: "í",
  icirc: "î", iuml: "ï", ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ",
  ouml: "ö", oslash: "ø", ugrave: "ù", uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý",
  yuml: "ÿ", szlig: "ß",
};

/** Names HTML also recognises without the closing ";" in text (the common legacy ones). */
const LEGACY = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

/** HTML maps these numeric references to Windows-1252, as old mail editors meant them. */
const C1_MAP =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fromCode(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  if (code >= 0x80 && code <= 0x9f) return C1_MAP[code - 0x80];
  return String.fromCodePoint(code);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of the reference read by the last `readReference` call (saves an object per call). */
let referenceEnd = 0;

/**
 * The character(s) a reference starting at `amp` stands for, or undefined when it is none (the
 * "&" is then plain text). Digits and names are bounded, so "&#0000…" is not read whole.
 */
function readReference(text: string, amp: number, inAttribute: boolean): string | undefined {
  let i = amp + 1;
  if (text.charCodeAt(i) === 35) {
    i += 1;
    const hex = text.charCodeAt(i) === 120 || text.charCodeAt(i) === 88;
    if (hex) i += 1;
    const start = i;
    const max = hex ? 8 : 10;
    while (i - start < max && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i += 1;
    if (i === start) return undefined;
    const code = hex ? parseInt(text.slice(start, i), 16) : Number(text.slice(start, i));
    referenceEnd = text.charCodeAt(i) === 59 ? i + 1 : i;
    return fromCode(code);
  }
  const start = i;
  while (i - start < 32 && isAlphanumeric(text.charCodeAt(i))) i += 1;
  if (i - start < 2) return undefined;
  const name = text.slice(start, i);
  // Own properties only: "&constructor;" must not reach Object.prototype.
  if (!Object.prototype.hasOwnProperty.call(NAMED, name)) return undefined;
  if (text.charCodeAt(i) === 59) {
    referenceEnd = i + 1;
    return NAMED[name];
  }
  if (inAttribute || !LEGACY.has(name)) return undefined;
  referenceEnd = i;
  return NAMED[name];
}

/**
 * Decodes character references. In attribute values (`inAttribute`) a name without ";" stays
 * as written, as HTML does for `href="?a=1&copy=2"`. A character loop rather than a regex with
 * a callback: text nodes are many and short, and this runs once per node.
 */
export function decodeEntities(text: string, inAttribute = false): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const value = readReference(text, amp, inAttribute);
    if (value === undefined) amp = text.indexOf("&", amp + 1);
    else {
      out += text.slice(last, amp) + value;
      last = referenceEnd;
      amp = text.indexOf("&", last);
    }
  }
  return out + text.slice(last);
}

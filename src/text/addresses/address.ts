/**
 * Mail address checks the recipient rules share. `checkAddress` answers "would a mail server take
 * this addr-spec?" and, when not, names the first problem and the character at fault, because the
 * usual culprit is one character typed with a Chinese input method (＠, 。, ，, a full-width space)
 * that looks right on screen.
 *
 * Internationalised addresses (RFC 6531: Unicode local part, IDN domain) are valid. Quoted local
 * parts ("john smith"@example.com) are not accepted: RFC 5322 allows them, but mailbox providers
 * do not issue them and in practice a quote means something was pasted by mistake.
 *
 * No `\p{…}` regular expressions and no `String.prototype.normalize`: the Smart Alerts bundle is
 * transpiled for old runtimes, where property escapes expand into kilobytes of ranges and
 * normalisation data may be missing. The few Unicode blocks that matter are listed by hand.
 */
/** Ids of the problems, also the message ids of recipient-invalid-address. */
export type AddressProblemKind =
  | "empty" | "missingAt" | "multipleAt" | "emptyLocal" | "emptyDomain"
  | CharProblem
  | "doubleDot" | "localDotAtEdge" | "domainDotAtEdge" | "missingTld" | "badDomain" | "tooLong" | "localTooLong";

type CharProblem = "fullWidth" | "space" | "separator" | "punctuation" | "invisible" | "invalidChar";

export interface AddressProblem {
  readonly kind: AddressProblemKind;
  /** The offending character, for the character problems. */
  readonly char?: string;
  /** 1-based position of `char`, counted in characters as the user sees them (code points). */
  readonly position?: number;
  /** The domain, for missingTld and badDomain. */
  readonly domain?: string;
  /** Measured length and limit in UTF-8 bytes, for tooLong and localTooLong. */
  readonly length?: number;
  readonly limit?: number;
}

export type AddressCheck =
  | { readonly ok: true; readonly local: string; readonly domain: string }
  | { readonly ok: false; readonly problem: AddressProblem };

/** RFC 5321 §4.5.3.1: a path is at most 256 octets including "<>", so 254 for the address. */
export const MAX_ADDRESS_BYTES = 254;
/** RFC 5321 §4.5.3.1.1. */
export const MAX_LOCAL_BYTES = 64;
/** RFC 1035 §2.3.4, checked for ASCII labels (IDN labels are limited in their punycode form). */
const MAX_LABEL = 63;

const EDGE_ASCII_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Trims surrounding ASCII whitespace, which Outlook and every server drop anyway. Other spaces
 * (U+3000, U+00A0) stay: they are what recipient-invalid-address reports.
 */
export function trimAscii(raw: string): string {
  // Fast path: addresses almost never carry spaces, and this runs for every recipient.
  if (raw === "" || (raw.charCodeAt(0) > 0x20 && raw.charCodeAt(raw.length - 1) > 0x20)) return raw;
  return raw.replace(EDGE_ASCII_SPACE, "");
}

export function checkAddress(raw: string): AddressCheck {
  const address = trimAscii(raw);
  if (address === "") return fail({ kind: "empty" });

  // 1. Characters first: the message can then point at the exact one the user must retype.
  const bad = firstBadChar(address);
  if (bad) return fail(bad);

  // 2. Structure.
  const at = address.indexOf("@");
  if (at < 0) return fail({ kind: "missingAt" });
  if (address.indexOf("@", at + 1) >= 0) return fail({ kind: "multipleAt" });
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === "") return fail({ kind: "emptyLocal" });
  if (domain === "") return fail({ kind: "emptyDomain" });

  // A UTF-16 unit is at most 3 UTF-8 bytes: short strings need no counting.
  const total = address.length * 3 > MAX_ADDRESS_BYTES ? utf8Length(address) : 0;
  if (total > MAX_ADDRESS_BYTES) return fail({ kind: "tooLong", length: total, limit: MAX_ADDRESS_BYTES });
  const localBytes = local.length * 3 > MAX_LOCAL_BYTES ? utf8Length(local) : 0;
  if (localBytes > MAX_LOCAL_BYTES) return fail({ kind: "localTooLong", length: localBytes, limit: MAX_LOCAL_BYTES });

  if (local.charCodeAt(0) === DOT || local.charCodeAt(local.length - 1) === DOT) return fail({ kind: "localDotAtEdge" });
  if (local.includes("..")) return fail({ kind: "doubleDot" });

  // Local-part symbols such as + ! # are not allowed in a host name.
  for (let i = 0; i < domain.length; i += 1) {
    const unit = domain.charCodeAt(i);
    if (unit < 0x80 && !DOMAIN_ASCII[unit]) {
      return fail({ kind: "invalidChar", char: domain[i], position: codePointCount(address.slice(0, at + 2 + i)) });
    }
  }
  if (domain.charCodeAt(0) === DOT || domain.charCodeAt(domain.length - 1) === DOT) return fail({ kind: "domainDotAtEdge" });
  if (domain.includes("..")) return fail({ kind: "doubleDot" });
  if (!domain.includes(".")) return fail({ kind: "missingTld", domain });
  if (!validLabels(domain)) return fail({ kind: "badDomain", domain });

  return { ok: true, local, domain };
}

const DOT = 0x2e;

/** The first character no address may contain, with its 1-based code point position. */
function firstBadChar(address: string): AddressProblem | undefined {
  let position = 0;
  for (let i = 0; i < address.length; i += 1) {
    position += 1;
    const unit = address.charCodeAt(i);
    if (unit < 0x80) {
      const kind = ASCII_CLASS[unit];
      if (kind === 0) continue;
      return { kind: kind === 1 ? "space" : "invalidChar", char: address[i], position };
    }
    let cp = unit;
    let char = address[i];
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < address.length) {
      const low = address.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        char = address.slice(i, i + 2);
        i += 1;
      }
    }
    const kind = charClassOf(cp);
    if (kind) return { kind, char, position };
  }
  return undefined;
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function fail(problem: AddressProblem): AddressCheck {
  return { ok: false, problem };
}

/**
 * Labels neither start nor end with "-", ASCII labels fit 63 characters, and the top-level
 * label is not one letter or all digits (no TLD is; user@192.168.1.1 lacks its brackets).
 * Called with no empty label (dots were checked before). One pass, no allocation.
 */
function validLabels(domain: string): boolean {
  const HYPHEN = 0x2d;
  let start = 0;
  let ascii = true;
  let digits = true;
  for (let i = 0; i <= domain.length; i += 1) {
    const unit = i < domain.length ? domain.charCodeAt(i) : DOT;
    if (unit !== DOT) {
      if (unit > 0x7f) ascii = false;
      if (unit < 0x30 || unit > 0x39) digits = false;
      continue;
    }
    const length = i - start;
    if (domain.charCodeAt(start) === HYPHEN || domain.charCodeAt(i - 1) === HYPHEN) return false;
    if (ascii && length > MAX_LABEL) return false;
    if (i === domain.length && ascii && (length < 2 || digits)) return false;
    start = i + 1;
    ascii = true;
    digits = true;
  }
  return true;
}

/** UTF-8 byte length without TextEncoder (not available in every runtime we target). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Lower-case domain after the last "@" (no trailing root dot), or "" when there is no "@". */
export function domainOf(address: string): string {
  const trimmed = trimAscii(address);
  const at = trimmed.lastIndexOf("@");
  if (at < 0) return "";
  const domain = trimmed.slice(at + 1).toLowerCase();
  return domain.endsWith(".") ? domain.slice(0, -1) : domain;
}

/**
 * The key under which two addresses count as the same mailbox: trimmed and lower-cased. Local
 * parts are case-sensitive in theory, but no mainstream provider treats them so.
 */
export function normalizeAddress(address: string): string {
  return trimAscii(address).toLowerCase();
}

/**
 * The addresses a message names (joined per language when shown); past `max` (10 by default)
 * the first `max` and "…", so a 500-address list does not flood the pane. Findings still carry
 * every address in their target.
 */
export function listAddresses(addresses: readonly string[], max = 10): string[] {
  const shown = addresses.slice(0, max).map(trimAscii);
  return addresses.length > max ? [...shown, "…"] : shown;
}

/**
 * The address with full-width letters, digits, ＠ ． ＿ － ＋ and the ideographic full stops
 * 。 ｡ turned into their ASCII forms (NFKC for these, plus 。→ . which NFKC leaves alone),
 * and surrounding spaces of any width removed. Everything else is left as typed.
 */
export function toHalfWidth(address: string): string {
  let out = "";
  for (const char of address) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x3002 || cp === 0xff61) out += ".";
    else if (charClassOf(cp) === "fullWidth") out += String.fromCharCode(cp - 0xfee0);
    else out += char;
  }
  return out.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, "");
}

/** ASCII characters allowed in a dot-atom local part (RFC 5322 atext), plus "." and "@". */
const ASCII_OK = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~.@";
/** Per ASCII code: 0 allowed, 1 space or tab, 2 never allowed. */
const ASCII_CLASS = new Uint8Array(128).fill(2);
ASCII_CLASS[0x20] = 1;
ASCII_CLASS[0x09] = 1;
for (let i = 0; i < ASCII_OK.length; i += 1) ASCII_CLASS[ASCII_OK.charCodeAt(i)] = 0;
/** ASCII characters allowed in a host name: letters, digits, "-" and the "." between labels. */
const DOMAIN_ASCII = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") DOMAIN_ASCII[c.charCodeAt(0)] = 1;

/** [first, last] code point ranges, checked in order. */
type Ranges = readonly (readonly [number, number])[];

/** Full-width forms with an ASCII twin that belongs in an address: these are fixable. */
const FULL_WIDTH: Ranges = [
  [0xff10, 0xff19], // ０-９
  [0xff21, 0xff3a], // Ａ-Ｚ
  [0xff41, 0xff5a], // ａ-ｚ
  [0xff20, 0xff20], // ＠
  [0xff0e, 0xff0e], // ．
  [0xff3f, 0xff3f], // ＿
  [0xff0d, 0xff0d], // －
  [0xff0b, 0xff0b], // ＋
  [0x3002, 0x3002], // 。 ideographic full stop
  [0xff61, 0xff61], // ｡ halfwidth ideographic full stop
];

/** What a Chinese keyboard types where the user meant the ";" that separates recipients. */
const SEPARATORS: Ranges = [[0xff1b, 0xff1b], [0xff0c, 0xff0c], [0x3001, 0x3001], [0xff64, 0xff64]];

const SPACES: Ranges = [[0x00a0, 0x00a0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];

/** Invisible or control characters, usually carried in by copy and paste. */
const INVISIBLE: Ranges = [
  [0x0080, 0x009f], [0x00ad, 0x00ad], [0x061c, 0x061c], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f],
  [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xfff0, 0xffff], [0xe000, 0xf8ff], [0xd800, 0xdfff],
];

/** Full-width, CJK and general punctuation: never part of a real mailbox name. */
const PUNCTUATION: Ranges = [
  [0x00ab, 0x00ab], [0x00b7, 0x00b7], [0x00bb, 0x00bb],
  [0x2010, 0x2027], [0x2030, 0x205e],
  [0x3001, 0x3004], [0x3008, 0x3020], [0x3030, 0x3030], [0x303d, 0x303f],
  [0xfe10, 0xfe1f], [0xfe30, 0xfe6f], [0xff01, 0xff65],
];

function inRanges(cp: number, ranges: Ranges): boolean {
  for (const [first, last] of ranges) if (cp >= first && cp <= last) return true;
  return false;
}

/** Why one character cannot be in an address, or undefined when it may be. */
function charClassOf(cp: number): CharProblem | undefined {
  if (cp < 0x80) {
    const kind = ASCII_CLASS[cp];
    return kind === 0 ? undefined : kind === 1 ? "space" : "invalidChar";
  }
  if (inRanges(cp, FULL_WIDTH)) return "fullWidth";
  if (inRanges(cp, SEPARATORS)) return "separator";
  if (inRanges(cp, SPACES)) return "space";
  if (inRanges(cp, INVISIBLE)) return "invisible";
  if (inRanges(cp, PUNCTUATION)) return "punctuation";
  // Letters and marks of any script: internationalised addresses are valid.
  return undefined;
}

/** "U+FF20": how messages name a character that may be invisible or look like its ASCII twin. */
export function codePointLabel(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return `U+${hex.length < 4 ? "0".repeat(4 - hex.length) + hex : hex}`;
}

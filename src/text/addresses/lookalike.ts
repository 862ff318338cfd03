/**
 * Domains written to look like others (Unicode TR39): "gmaіl.com" with a Cyrillic "і", "qq.cоm"
 * with a Cyrillic "о", a name all in Cyrillic letters that read as Latin. Not for the Send handler:
 * it uses String.prototype.normalize and `\p{Script}` (recipient-domain-lookalike is left out of
 * that bundle, see webpack.config.js).
 */
import { CONFUSABLES } from "./confusables.generated";
import { hostToAscii, hostToUnicode, isAscii } from "./idn";

/** The ASCII characters the table maps ("m" → "rn", "0" → "O"), as one pattern. */
const ASCII_SOURCES = new RegExp(`[${[...CONFUSABLES.keys()].filter((c) => /^[a-z0-9]$/.test(c)).join("")}]`, "g");

/**
 * TR39's skeleton, lower-cased: decomposed (NFD), each character replaced by what it is confused
 * with, decomposed again. Two names with one skeleton look alike ("gmaіl.com", "gmail.com").
 */
export function skeleton(text: string): string {
  // Fast path for the company's own (ASCII) domains, of which a policy may list 200,000.
  if (isAscii(text)) return text.toLowerCase().replace(ASCII_SOURCES, (c) => CONFUSABLES.get(c) ?? c).toLowerCase();
  let out = "";
  for (const char of text.toLowerCase().normalize("NFD")) out += CONFUSABLES.get(char) ?? char;
  return out.normalize("NFD").toLowerCase();
}

/** The scripts told apart; a letter of any other script counts as "Other". */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Bopomofo", /\p{Script=Bopomofo}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Thai", /\p{Script=Thai}/u],
];

/** Digits, "-", combining marks: they belong to every script. */
const ANY_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOf(char: string): string | undefined {
  // Most characters of a domain are ASCII: no pattern needed for those.
  if (char.charCodeAt(0) < 0x80) return /[a-z]/i.test(char) ? "Latin" : undefined;
  if (ANY_SCRIPT.test(char)) return undefined;
  for (const [name, pattern] of SCRIPTS) if (pattern.test(char)) return name;
  return "Other";
}

/**
 * TR39's "highly restrictive" level: one script per label, or Latin with the scripts Chinese,
 * Japanese and Korean names are written in ("中国abc", "日本go").
 */
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(["Latin", "Han", "Hiragana", "Katakana"]),
  new Set(["Latin", "Han", "Bopomofo"]),
  new Set(["Latin", "Han", "Hangul"]),
];

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of label) {
    const script = scriptOf(char);
    if (script) scripts.add(script);
  }
  return scripts;
}

function isMixed(scripts: ReadonlySet<string>): boolean {
  return scripts.size > 1 && !ALLOWED_MIXES.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}

/**
 * Country endings where a name in that script is at home: "рос.ru" is a Russian word, not a
 * disguise. The same choice browsers make before showing such a name rather than its xn-- form.
 */
const HOME_TLDS: Readonly<Record<string, readonly string[]>> = {
  Cyrillic: ["bg", "by", "kg", "kz", "mk", "mn", "rs", "ru", "su", "tj", "ua", "uz"],
  Greek: ["cy", "gr"],
  Armenian: ["am"],
  Georgian: ["ge"],
};

/**
 * Reads as Latin letters but has none: a whole label of Cyrillic "аррӏе" is "apple" to the eye.
 * Not under an ending in the same script (".рф") or the script's own countries.
 */
function fakeLatin(label: string, scripts: ReadonlySet<string>, tld: string): boolean {
  if (scripts.size !== 1 || scripts.has("Latin") || !isAscii(tld)) return false;
  const [script] = scripts;
  if (HOME_TLDS[script]?.includes(tld)) return false;
  return /^[a-z0-9-]+$/.test(skeleton(label));
}

const MAX_CHARACTERS = 5;

/** The non-ASCII characters of a name as "і U+0456", each once, the first five. */
function foreignCharacters(name: string): string[] {
  const out: string[] = [];
  for (const char of new Set(Array.from(name).filter((c) => !isAscii(c)))) {
    if (out.length === MAX_CHARACTERS) break;
    out.push(`${char} U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return out;
}

export type LookalikeKind = "lookalike" | "mixedScript" | "fakeLatin";

export interface Lookalike {
  readonly kind: LookalikeKind;
  /** As a reader sees it, `xn--` labels decoded. */
  readonly unicode: string;
  /** As DNS knows it: `xn--` labels. */
  readonly ascii: string;
  readonly characters: readonly string[];
  /** For "lookalike": the protected domain it imitates. */
  readonly imitates?: string;
  /** For "lookalike": the whole domain imitates it (not only its ending, "mail.ехаmple.cn"). */
  readonly whole?: boolean;
}

/** The protected domain `unicode` or one of its parent domains looks like, if any. */
function imitation(unicode: string, imitated: (skeleton: string) => string | undefined): { imitates: string; whole: boolean } | undefined {
  const labels = unicode.split(".");
  // Parents down to two labels: "com" alone imitates nothing.
  for (let from = 0; from <= labels.length - 2; from += 1) {
    const name = labels.slice(from).join(".");
    const target = imitated(skeleton(name));
    if (target !== undefined && target !== name) return { imitates: target, whole: from === 0 };
    if (target === name) return undefined; // the real thing, or a subdomain of it
  }
  return undefined;
}

/**
 * Why `domain` (lower case, `xn--` or Unicode) deceives, or undefined. `imitated` answers which
 * protected domain has a skeleton, if any: a provider, a company or a partner domain.
 */
export function lookalikeOf(domain: string, imitated: (skeleton: string) => string | undefined): Lookalike | undefined {
  const unicode = hostToUnicode(domain);
  if (isAscii(unicode)) return undefined;
  const base = { unicode, ascii: hostToAscii(unicode), characters: foreignCharacters(unicode) };
  const found = imitation(unicode, imitated);
  if (found) return { kind: "lookalike", ...base, ...found };
  const labels = unicode.split(".").map((label) => ({ label, scripts: scriptsOf(label) }));
  if (labels.some((l) => isMixed(l.scripts))) return { kind: "mixedScript", ...base };
  const tld = labels[labels.length - 1].label;
  if (labels.some((l) => fakeLatin(l.label, l.scripts, tld))) return { kind: "fakeLatin", ...base };
  return undefined;
}

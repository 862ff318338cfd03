/**
 * A typo set that owes nothing to the rule's lists: a keyboard-slip model of its own, with a fixed
 * seed, applied to domains the rule was not built from.
 *
 * - Providers by use: email-providers' common.json in the package's own order (not the rule's
 *   cut of it, which reorders, drops and adds), slips in the organisation label.
 * - Invented companies: made-up names under real suffixes drawn from the Public Suffix List
 *   (tldts), slips in the suffix: a neighbouring key, two letters swapped, one left out or
 *   doubled, a dot left out or moved (co.uk → couk, com.br → cobr, co.uk → o.uk).
 *
 * A slip is kept only when it has one answer: the typed domain is not itself a listed mail domain
 * and, for a suffix slip, the typed suffix is not in the Public Suffix List (x.co for x.com has
 * two readings). Clean addresses are the untouched sources and real domains under multi-part
 * suffixes: they must come back unchanged.
 */
import all from "email-providers/all.json";
import common from "email-providers/common.json";
import { parse } from "tldts";

export type SlipKind = "provider label" | "suffix" | "multi-part suffix";
export const SLIP_KINDS: readonly SlipKind[] = ["provider label", "suffix", "multi-part suffix"];

export interface SlipCase {
  readonly typed: string;
  /** undefined: a clean domain that must not change. */
  readonly meant?: string;
  readonly kind: SlipKind | "clean";
}

/** mulberry32: a small deterministic generator, so every run builds the same set. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

function neighbours(key: string): string[] {
  const r = ROWS.findIndex((row) => row.includes(key));
  if (r < 0) return [];
  const i = ROWS[r].indexOf(key);
  const at = (row: number, col: number): string => ROWS[row]?.[col] ?? "";
  return [at(r, i - 1), at(r, i + 1), at(r - 1, i), at(r - 1, i + 1), at(r + 1, i - 1), at(r + 1, i)].filter((k) => k !== "");
}

type Slip = (s: string, pick: () => number) => string;

const pickIndex = (s: string, pick: () => number, from = 0): number => from + Math.floor(pick() * (s.length - from));

/** The four slips of a typing hand, on letters only (dots stay where they are). */
const SLIPS: Record<string, Slip> = {
  neighbour: (s, pick) => {
    const i = pickIndex(s, pick);
    const near = neighbours(s[i]);
    return near.length === 0 ? s : s.slice(0, i) + near[Math.floor(pick() * near.length)] + s.slice(i + 1);
  },
  swap: (s, pick) => {
    const i = pickIndex(s.slice(0, -1), pick);
    return s[i] === "." || s[i + 1] === "." ? s : s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  },
  omit: (s, pick) => {
    const i = pickIndex(s, pick);
    return s[i] === "." ? s : s.slice(0, i) + s.slice(i + 1);
  },
  double: (s, pick) => {
    const i = pickIndex(s, pick);
    return s[i] === "." ? s : s.slice(0, i + 1) + s.slice(i);
  },
};

/** Slips of a multi-part suffix: its dot left out (couk), or its first letter lost (o.uk). */
const DOT_SLIPS: Record<string, Slip> = {
  "dot left out": (s) => s.replace(".", ""),
  "first letter lost": (s) => s.slice(1),
};

const isSuffix = (s: string): boolean => {
  const parsed = parse(`mail-preflight-probe.${s}`, { allowPrivateDomains: false });
  return parsed.isIcann === true && (parsed.publicSuffix === s || parsed.publicSuffix === `mail-preflight-probe.${s}`);
};

/** Suffixes a company is found under, one- and two-part, as the Public Suffix List spells them. */
const SUFFIXES = ["com", "net", "org", "cn", "tw", "hk", "de", "fr", "jp", "io", "info", "biz"];
const MULTI_SUFFIXES = ["com.cn", "net.cn", "org.cn", "com.tw", "com.hk", "co.uk", "org.uk", "co.jp", "com.br", "com.au", "co.kr", "com.sg", "co.nz", "co.in"];

/** Invented, pronounceable company names (not dictionary words, so no one owns them by default). */
function inventedName(pick: () => number): string {
  const c = "bdfgklmnprstvz";
  const v = "aeiou";
  let name = "";
  const syllables = 2 + Math.floor(pick() * 2);
  for (let i = 0; i < syllables; i += 1) name += c[Math.floor(pick() * c.length)] + v[Math.floor(pick() * v.length)];
  return name + c[Math.floor(pick() * c.length)];
}

const LISTED = new Set<string>([...(all as string[]), ...(common as string[])]);

export function buildSlipSet(seed = 20261207): SlipCase[] {
  const pick = random(seed);
  const cases = new Map<string, SlipCase>();
  const add = (c: SlipCase): void => {
    if (!cases.has(c.typed)) cases.set(c.typed, c);
  };
  // Providers by use: the first 150 of common.json with a label of four letters or more (a
  // one-key slip of "qq" or "bt" is another provider as often as not).
  const providers = (common as string[]).filter((d) => /^[a-z0-9-]+\.[a-z.]+$/.test(d) && d.split(".")[0].length >= 4).slice(0, 150);
  const slipNames = Object.keys(SLIPS);
  for (const domain of providers) {
    const dot = domain.indexOf(".");
    const label = domain.slice(0, dot);
    for (let k = 0; k < 2; k += 1) {
      const typo = SLIPS[slipNames[Math.floor(pick() * slipNames.length)]](label, pick);
      const typed = typo + domain.slice(dot);
      if (typo !== label && !LISTED.has(typed)) add({ typed, meant: domain, kind: "provider label" });
    }
    add({ typed: domain, kind: "clean" });
  }
  // Invented companies under real suffixes, with a slip in the suffix only.
  for (let n = 0; n < 160; n += 1) {
    const multi = n % 2 === 1;
    const list = multi ? MULTI_SUFFIXES : SUFFIXES;
    const suffix = list[Math.floor(pick() * list.length)];
    const name = inventedName(pick);
    const meant = `${name}.${suffix}`;
    add({ typed: meant, kind: "clean" });
    const slips = multi ? { ...SLIPS, ...DOT_SLIPS } : SLIPS;
    const names = Object.keys(slips);
    const typo = slips[names[Math.floor(pick() * names.length)]](suffix, pick);
    if (typo === suffix || typo.length < 2 || isSuffix(typo) || typo.startsWith(".") || typo.endsWith(".")) continue;
    add({ typed: `${name}.${typo}`, meant, kind: multi ? "multi-part suffix" : "suffix" });
  }
  // Real domains under multi-part suffixes and near-common endings.
  for (const typed of REAL_ELSEWHERE) add({ typed, kind: "clean" });
  return [...cases.values()];
}

/** Real organisations' domains that no typo list holds, under the suffixes a slip is fixed towards. */
const REAL_ELSEWHERE = [
  "bbc.co.uk", "ox.ac.uk", "nhs.uk", "gov.uk", "example.com.cn", "sina.com.cn", "yahoo.com.tw", "ntu.edu.tw",
  "gov.hk", "hku.hk", "rakuten.co.jp", "u-tokyo.ac.jp", "ntt.co.jp", "uol.com.br", "globo.com", "abc.net.au",
  "unsw.edu.au", "naver.com", "kakao.com", "nus.edu.sg", "auckland.ac.nz", "iitb.ac.in", "tsinghua.edu.cn",
  "gmx.at", "web.de", "orange.fr", "free.fr", "libero.it", "seznam.cz", "wp.pl", "ya.ru", "mail.ru",
];

/**
 * The typo set for section 2, built from the project's domain lists with a plain keyboard model
 * of its own (not the rule's: the set must not be shaped by what the rule happens to catch).
 *
 * Typos of each provider and internal domain: one edit in the organisation label (a key left
 * out, pressed twice, a neighbouring key instead, two letters swapped), two such edits, top-level
 * slips (.con, .cm…), and one edit plus a top-level slip.
 * A typo is kept only when its source is the single nearest known real domain, so "right" has one
 * answer for both tools. Negatives are real domains that must come back unchanged.
 */
import { KNOWN_DOMAINS, mainLabel, PROVIDERS } from "../src/text/addresses/domains";

export const INTERNAL_DOMAINS = ["contoso.cn", "northwindtraders.com.cn"] as const;

export const TYPO_KINDS = ["one edit", "two edits", "TLD slip", "one edit + TLD slip"] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

export interface TypoCase {
  readonly typed: string;
  /** The domain meant; undefined for a negative (the typed domain is real). */
  readonly meant?: string;
  readonly kind: TypoKind | "real domain";
}

const ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** QWERTY neighbours: same row left and right, and the touching keys of the rows above and below. */
function neighbours(key: string): string[] {
  const r = ROWS.findIndex((row) => row.includes(key));
  if (r < 0) return [];
  const i = ROWS[r].indexOf(key);
  const at = (row: number, col: number): string => ROWS[row]?.[col] ?? "";
  return [at(r, i - 1), at(r, i + 1), at(r - 1, i), at(r - 1, i + 1), at(r + 1, i - 1), at(r + 1, i)].filter((k) => k !== "");
}

/** Every single slip of a label, grouped by kind so each kind is represented. */
function singleEdits(label: string): string[][] {
  const omit: string[] = [];
  const twice: string[] = [];
  const swap: string[] = [];
  const near: string[] = [];
  for (let i = 0; i < label.length; i++) {
    omit.push(label.slice(0, i) + label.slice(i + 1));
    twice.push(label.slice(0, i + 1) + label.slice(i));
    if (i + 1 < label.length && label[i] !== label[i + 1]) swap.push(label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2));
    for (const k of neighbours(label[i])) near.push(label.slice(0, i) + k + label.slice(i + 1));
  }
  return [omit, twice, swap, near].map((list) => [...new Set(list)].filter((l) => l !== "" && l !== label));
}

/** Deterministic spread: `n` items taken evenly across the list. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

/** Optimal string alignment distance (Damerau with adjacent swaps), the usual typo metric. */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const TLD_SLIPS: Record<string, readonly string[]> = {
  com: ["con", "cm", "cmo", "ocm", "vom", "comm"],
  net: ["nte", "nt", "ner"],
  cn: ["cnn", "vn"],
  "com.cn": ["con.cn", "com.cm", "cm.cn"],
};

/** The domain with its organisation label replaced. */
function withLabel(domain: string, label: string): string {
  const main = mainLabel(domain);
  const at = domain.lastIndexOf(`${main}.`);
  return domain.slice(0, at) + label + domain.slice(at + main.length);
}

/** Listed domains any typo is measured against: what both tools are given. */
export function listedDomains(): string[] {
  return [...new Set([...PROVIDERS.map((p) => p.domain), ...INTERNAL_DOMAINS])];
}

export function buildTypoSet(): TypoCase[] {
  const targets = listedDomains();
  const real = new Set([...KNOWN_DOMAINS, ...INTERNAL_DOMAINS]);
  const cases = new Map<string, TypoCase>();
  const add = (typed: string, meant: string, kind: TypoCase["kind"]): void => {
    if (real.has(typed) || cases.has(typed) || !/^[a-z0-9]/.test(typed)) return;
    // Only typos whose one nearest real domain is the source: otherwise "right" is a coin toss.
    const own = typoDistance(typed, meant);
    for (const other of real) if (other !== meant && typoDistance(typed, other) <= own) return;
    cases.set(typed, { typed, meant, kind });
  };
  for (const domain of targets) {
    const label = mainLabel(domain);
    const groups = singleEdits(label);
    for (const group of groups) for (const typo of spread(group, 3)) add(withLabel(domain, typo), domain, "one edit");
    // A second slip of another kind, from a spread of first slips. On short names most of these
    // are nearer another domain and are dropped by add(); the rest are fair game.
    const firsts = spread(groups.flat(), 6);
    firsts.forEach((first, n) => {
      const seconds = singleEdits(first)[n % 4].filter((l) => typoDistance(l, label) === 2);
      for (const second of spread(seconds, 1)) add(withLabel(domain, second), domain, "two edits");
    });
    const suffix = domain.slice(domain.lastIndexOf(`${label}.`) + label.length + 1);
    const slips = TLD_SLIPS[suffix] ?? [];
    const base = domain.slice(0, -suffix.length);
    for (const slip of slips) add(`${base}${slip}`, domain, "TLD slip");
    spread(groups.flat(), 2).forEach((typo, n) => {
      if (slips.length > 0) add(`${withLabel(base + suffix, typo).slice(0, -suffix.length)}${slips[n % slips.length]}`, domain, "one edit + TLD slip");
    });
  }
  return [...cases.values()];
}

/** Real domains, from the lists and beyond them, that must come back unchanged. */
export const NEGATIVES: readonly string[] = [
  // Providers a single digit or letter apart from each other.
  "163.com", "126.com", "188.com", "139.com", "189.cn", "yeah.net", "qq.com", "vip.qq.com", "vip.163.com",
  "163.net", "sina.cn", "sina.com.cn", "sohu.com", "tom.com", "21cn.com", "263.net", "live.cn", "me.com",
  "googlemail.com", "hotmail.co.uk", "yahoo.com.hk", "yahoo.com.tw", "gmx.com", "mail.com",
  // The company's own domains and their subdomains.
  "contoso.cn", "mail.contoso.cn", "northwindtraders.com.cn", "hr.northwindtraders.com.cn",
  // Other companies, universities and agencies people write to: .cn, .com.cn, short .com names.
  "huawei.com", "jd.com", "baidu.com", "tencent.com", "alibaba-inc.com", "xiaomi.com", "lenovo.com",
  "haier.com", "ctrip.com", "meituan.com", "netease.com", "bytedance.com", "icbc.com.cn", "ccb.com",
  "boc.cn", "cmbchina.com", "10086.cn", "chinaunicom.cn", "chinatelecom.com.cn", "cctv.com",
  "people.com.cn", "xinhuanet.com", "pku.edu.cn", "tsinghua.edu.cn", "zju.edu.cn", "fudan.edu.cn",
  "mfa.gov.cn", "gov.cn", "ifeng.com", "qunar.com", "dji.com", "oppo.com", "vivo.com", "zte.com.cn",
  "sf-express.com", "cmcc.cn", "citic.com", "bank-of-china.com", "pingan.com.cn",
];

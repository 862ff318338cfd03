/**
 * Misspelt endings on any domain (contoso.con, bbc.couk, bbc.o.uk, example.cobr), corrected to
 * the nearest ending people use. A multi-part suffix (co.uk, com.cn) is one unit.
 *
 * Only an ending that is not in the Public Suffix List is corrected: mail to it can never be
 * delivered, so the suggestion cannot turn a real address into another one. The list's data is
 * cut at generate time to the real suffixes near a target (mail-domains.generated.ts says how);
 * any suffix this module would correct and does not find there is therefore not real.
 */
import { NEAR_REAL_SUFFIXES, SUFFIX_TARGETS, TWO_LETTER_TLDS } from "./mail-domains.generated";
import { areKeyboardNeighbours, editDistance, substitutionOf } from "./edit-distance";

const TARGETS: readonly string[] = SUFFIX_TARGETS.split(" ");

const REAL = new Set<string>(TARGETS);
for (const s of NEAR_REAL_SUFFIXES.split(" ")) REAL.add(s);
// "acdefg bab…": each group is a first letter and the second letters that follow it.
for (const group of TWO_LETTER_TLDS.split(" ")) for (let i = 1; i < group.length; i += 1) REAL.add(group[0] + group[i]);

/** Top-level domains under which a two-label target exists (uk for co.uk): where "o.uk" is a slip. */
const TWO_LABEL_TLDS = new Set<string>();
for (const t of TARGETS) {
  const dot = t.indexOf(".");
  if (dot > 0) TWO_LABEL_TLDS.add(t.slice(dot + 1));
}

function labelCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) === 46) n += 1;
  return n;
}

/**
 * How well `typed` fits `target` as a slip (lower is better), or -1 when it does not. A slip: at
 * most one edit in the letters and two with the dots ("couk" is co.uk with its dot left out,
 * "cobr" com.br without "m" and the dot), no more labels than the target, and a swapped-in letter
 * must be a neighbouring key. The generator (generate-mail-domains.mjs) enumerates exactly this
 * neighbourhood, so any suffix that fits and is not in REAL is not in the Public Suffix List.
 */
function fit(typed: string, target: string): number {
  if (labelCount(typed) > labelCount(target)) return -1;
  const a = typed.replace(/\./g, "");
  const b = target.replace(/\./g, "");
  if (a.length < 2) return -1;
  const letters = editDistance(a, b, 1);
  if (letters > 1) return -1;
  const withDots = editDistance(typed, target, 2);
  if (withDots > 2) return -1;
  if (letters === 1) {
    const pair = substitutionOf(a, b);
    if (pair && !areKeyboardNeighbours(pair[0], pair[1])) return -1;
  }
  return letters * 4 + withDots;
}

/**
 * The best target for `typed` among `targets`, with its fit; or undefined. Ties go to the more
 * used target, except on a two-letter ending: "ed" is .edu or .de, and neither guess is safe.
 */
function best(typed: string, targets: readonly string[]): [string, number] | undefined {
  let found: [string, number] | undefined;
  let tied = false;
  for (const t of targets) {
    const score = fit(typed, t);
    if (score < 0) continue;
    // Targets are listed most used first: only a strictly better fit displaces an earlier one.
    if (!found || score < found[1]) {
      found = [t, score];
      tied = false;
    } else if (score === found[1]) tied = true;
  }
  if (tied && typed.length <= 2) return undefined;
  return found;
}

/**
 * example.co.lp → example.co.jp: a second level typed right over a two-letter code that does not
 * exist (every real one is in REAL), one letter off a target's, keys near or not; only when one
 * target fits.
 */
function countryCodeSlip(labels: readonly string[]): string | undefined {
  const n = labels.length;
  const prefix = `${labels[n - 2]}.`;
  let found: string | undefined;
  for (const t of TARGETS) {
    if (t.length !== prefix.length + 2 || t.slice(0, prefix.length) !== prefix) continue;
    if (editDistance(t.slice(prefix.length), labels[n - 1], 1) !== 1) continue;
    if (found) return undefined;
    found = t;
  }
  return found && `${labels.slice(0, n - 2).join(".")}.${found}`;
}

/** True when `suffix` is known to be real; false says only "not known near a target". */
export function isKnownSuffix(suffix: string): boolean {
  return REAL.has(suffix);
}

/**
 * `domain` with a non-existent ending replaced by the nearest common one, or undefined. Lower-case
 * ASCII in, as typed; a domain with one label or a real ending comes back undefined.
 */
export function fixSuffix(domain: string): string | undefined {
  const labels = domain.split(".");
  const n = labels.length;
  if (n < 2) return undefined;
  const tld = labels[n - 1];
  if (!REAL.has(tld)) {
    // No top-level domain has one character or a digit; any other is known to be missing from
    // the list only when it is near a target (see fit), so a far one is left alone.
    const own = best(tld, TARGETS);
    if (!own && tld.length > 1 && !/[0-9]/.test(tld)) return n >= 3 && tld.length === 2 ? countryCodeSlip(labels) : undefined;
    // The last label alone (bbc.couk → co.uk) or with the one before (bbc.co.um → co.uk) when a
    // label is left in front; equally good fits go to the longer unit.
    if (n >= 3) {
      const two = best(`${labels[n - 2]}.${tld}`, TARGETS);
      if (two && (!own || two[1] <= own[1])) return `${labels.slice(0, n - 2).join(".")}.${two[0]}`;
    }
    if (own) return `${labels.slice(0, n - 1).join(".")}.${own[0]}`;
    return undefined;
  }
  // A real top-level domain with a broken second level: bbc.o.uk, x.con.cn, x.ccom.br. Only a
  // short label (≤ 4 characters: a second level and one slip) under a top-level domain that has a
  // two-label target, and only when that two-label suffix is not itself real.
  if (n < 3 || !TWO_LABEL_TLDS.has(tld) || labels[n - 2].length > 4) return undefined;
  const typed = `${labels[n - 2]}.${tld}`;
  if (REAL.has(typed)) return undefined;
  const sameTld: string[] = [];
  for (const t of TARGETS) if (t.length > tld.length + 1 && t.slice(-tld.length - 1) === `.${tld}`) sameTld.push(t);
  const two = best(typed, sameTld);
  if (two) return `${labels.slice(0, n - 2).join(".")}.${two[0]}`;
  return undefined;
}

/**
 * Domain facts for the recipient rules: the consumer mail providers people type by hand (the
 * typo rule's candidates), other real mail domains that must never be "corrected", slips of
 * the ending, and matching a domain against a list that covers its subdomains.
 */
import { domainOf } from "./address";
import { PROTECTED_DOMAINS, SWAP_SUFFIXES, TARGET_DOMAINS } from "./mail-domains.generated";
import { fixSuffix } from "./suffixes";

export interface Provider {
  readonly domain: string;
  /**
   * Domains of one brand share it (sina.com / sina.cn / vip.sina.com). When a typo is equally
   * close to two candidates of one brand the more popular wins; of two brands, nobody can tell.
   */
  readonly brand: string;
}

/**
 * Typo candidates, most used first (an estimate for a Chinese-speaking workforce: the Chinese,
 * Taiwanese and Hong Kong consumer domains of DESIGN.md §8, then the international ones by use).
 * Order breaks ties within a brand. Generated from email-providers: mail-domains.generated.ts.
 */
export const PROVIDERS: readonly Provider[] = TARGET_DOMAINS.split(" ").map((entry) => {
  const [domain, brand] = entry.split(":");
  return { domain, brand };
});

/** Built-in providers and the real mail domains near them, lower case: never "corrected". */
export const KNOWN_DOMAINS: ReadonlySet<string> = unpackKnown();

function unpackKnown(): Set<string> {
  const known = new Set(PROVIDERS.map((p) => p.domain));
  // "hotmail:de fr|…": grouped by first label (see the generated file).
  for (const group of PROTECTED_DOMAINS.split("|")) {
    const [label, rest] = group.split(":");
    for (const suffix of rest.split(" ")) known.add(`${label}.${suffix}`);
  }
  return known;
}

/** True for a built-in provider or other well-known real mail domain. */
export function isKnownDomain(domain: string): boolean {
  return KNOWN_DOMAINS.has(domain) || KNOWN_DOMAINS.has(normalizeDomain(domain));
}

/** Endings a swap brand never uses for mail: gmail.co, gmail.net, qq.cn (see the generator). */
const SWAP_ENDINGS = new Set(SWAP_SUFFIXES.split(" "));

/** A distinctive provider name → its most used domain: "gmail" → gmail.com, "189" → 189.cn. */
const SWAP_BRANDS = new Map<string, string>();
for (const entry of TARGET_DOMAINS.split(" ")) {
  const [domain, , swap] = entry.split(":");
  const label = domain.slice(0, domain.indexOf("."));
  if (swap === "s" && !SWAP_BRANDS.has(label)) SWAP_BRANDS.set(label, domain);
}

/** The distinctive provider names and their most used domains: ["gmail", "gmail.com"], … */
export function swapBrands(): readonly (readonly [string, string])[] {
  return [...SWAP_BRANDS];
}

/** Whether a distinctive provider never uses `ending` for mail (net, co, cn: see the generator). */
export function swapsUnder(ending: string): boolean {
  return SWAP_ENDINGS.has(ending);
}

/**
 * A big provider's name under an ending it does not use for mail (gmail.co, gmail.net, qq.cn,
 * 189.com) → its real domain; undefined otherwise (hotmail.con: the caller fixes the ending first). The name must be the whole
 * organisation label (mail.gmail.net is left alone) and the domain must not be one of the
 * provider's real regional domains (hotmail.fr, yahoo.com.tw): the caller checks KNOWN_DOMAINS first.
 */
export function providerSwap(domain: string): string | undefined {
  const dot = domain.indexOf(".");
  if (dot <= 0) return undefined;
  const meant = SWAP_BRANDS.get(domain.slice(0, dot));
  if (!meant || meant === domain) return undefined;
  if (SWAP_ENDINGS.has(domain.slice(dot + 1))) return meant;
  return undefined;
}

/**
 * Misspelt endings that are real top-level domains: .cm and .om (Cameroon, Oman) are far more
 * often a slip of ".com" in mail typed here than a partner there; admins list real partners
 * there in knownDomains. Two-label endings first (".com.cm" is ".com.cn", not ".com.com").
 * Every ending that does not exist at all is fixSuffix's (suffixes.ts), from the Public Suffix List.
 */
const REAL_TLD_SLIPS_2: ReadonlyMap<string, string> = new Map([
  ["com.cm", "com.cn"], ["net.cm", "net.cn"], ["org.cm", "org.cn"],
]);
const REAL_TLD_SLIPS_1: ReadonlyMap<string, string> = new Map([["cm", "com"], ["om", "com"]]);

/** The domain with a misspelt ending corrected, or undefined when its ending is fine. */
export function fixTldSlip(domain: string): string | undefined {
  // Index arithmetic rather than split/join: this runs once per distinct recipient domain.
  const last = domain.lastIndexOf(".");
  if (last <= 0) return undefined;
  const second = domain.lastIndexOf(".", last - 1);
  if (second > 0) {
    const two = REAL_TLD_SLIPS_2.get(domain.slice(second + 1));
    if (two) return domain.slice(0, second + 1) + two;
  }
  const one = REAL_TLD_SLIPS_1.get(domain.slice(last + 1));
  // "examplec.om" is example.com with the dot one key late as much as examplec.com with a "c"
  // left out: either guess may be wrong, so neither is made (a known domain is still found by
  // the nearest-candidate search).
  if (one) return domain.charAt(last - 1) === "c" && one === "com" ? undefined : domain.slice(0, last + 1) + one;
  if (second > 0) {
    // The ending typed twice, the first time with a slip: example.com.com, example.con.com.
    const ending = domain.slice(last + 1);
    const before = domain.slice(second + 1, last);
    if (DOUBLED.has(ending) && (before === ending || fixSuffix(`x.${before}`) === `x.${ending}`)) return domain.slice(0, second + 1) + ending;
  }
  return fixSuffix(domain);
}

/** Endings that, typed twice (example.com.com), are a slip: no one has mail under com.com. */
const DOUBLED = new Set(["com", "net", "org"]);

/** Second-level labels under which a country code acts as the suffix: "contoso.com.cn". */
const SECOND_LEVEL = new Set(["com", "net", "org", "gov", "edu", "ac", "co", "or", "ne", "go"]);

/**
 * The label that names the organisation: "contoso" in mail.contoso.com.cn, "163" in vip.163.com.
 * Its length decides how many edits a typo may have.
 */
export function mainLabel(domain: string): string {
  const labels = domain.split(".");
  if (labels.length < 2) return domain;
  const last = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  if (labels.length >= 3 && last.length === 2 && SECOND_LEVEL.has(second)) return labels[labels.length - 3];
  return second;
}

/** Endings that are real and common, so "contoso.com" is not a typo of an internal "contoso.cn". */
const COMMON_SUFFIXES = new Set(
  `com cn net org co io cc biz info me tv hk tw mo sg jp kr uk de fr us eu asia top xyz vip
  com.cn net.cn org.cn gov.cn edu.cn ac.cn com.hk com.tw com.sg co.jp co.uk co.kr`.split(/\s+/),
);

/** The part after the main label ("com.cn" in contoso.com.cn) is a real, common ending. */
export function hasCommonSuffix(domain: string): boolean {
  const label = mainLabel(domain);
  const start = domain.lastIndexOf(label + ".");
  return start >= 0 && COMMON_SUFFIXES.has(domain.slice(start + label.length + 1));
}

/** Lower case, without a leading "@" or "." or a trailing root ".": how admins may write them. */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^[@.]+/, "").replace(/\.$/, "");
}

/** Tests a domain against a list, subdomains included (mail.contoso.com matches contoso.com). */
export interface DomainMatcher {
  readonly size: number;
  matches(domain: string): boolean;
}

function matcherOf(set: ReadonlySet<string>): DomainMatcher {
  return {
    size: set.size,
    matches(domain: string): boolean {
      // Walk the suffixes: O(labels) per look-up, whatever the size of the list.
      let rest = domain;
      for (;;) {
        if (set.has(rest)) return true;
        const dot = rest.indexOf(".");
        if (dot < 0) return false;
        rest = rest.slice(dot + 1);
      }
    },
  };
}

export function domainMatcher(domains: readonly string[]): DomainMatcher {
  return matcherOf(new Set(domains.map(normalizeDomain).filter((d) => d !== "")));
}

interface IndexedList {
  readonly list: readonly string[];
  readonly matcher: DomainMatcher;
}

/**
 * A policy's list, normalised and indexed once: every rule of a check (and every check under the
 * same policy) gets the same index, so 200,000 internal domains are read once, not once per rule.
 */
const indexes = new WeakMap<readonly string[], IndexedList>();

function indexed(domains: readonly string[]): IndexedList {
  let entry = indexes.get(domains);
  if (!entry) {
    const set = new Set(domains.map(normalizeDomain).filter((d) => d !== ""));
    entry = { list: [...set], matcher: matcherOf(set) };
    indexes.set(domains, entry);
  }
  return entry;
}

/** domainMatcher for a list the policy holds, built once per list. */
export function listMatcher(domains: readonly string[]): DomainMatcher {
  return indexed(domains).matcher;
}

/** A list the policy holds, normalised (lower case, no "@"), without blanks or repeats; built once per list. */
export function listDomains(domains: readonly string[]): readonly string[] {
  return indexed(domains).list;
}

/**
 * The company's domains: the policy's list or, when the admin left it empty, the sender's own
 * domain — unless that is a consumer provider (someone sending from qq.com does not make every
 * qq.com user a colleague). Empty when neither is known.
 */
export function internalDomainsFor(policyDomains: readonly string[], senderAddress?: string): readonly string[] {
  const listed = indexed(policyDomains).list;
  if (listed.length > 0) return listed;
  const own = senderAddress ? domainOf(senderAddress) : "";
  return own !== "" && own.includes(".") && !isKnownDomain(own) ? [own] : [];
}

/** A matcher for internalDomainsFor(…): the policy's, built once, or the sender's own domain. */
export function internalMatcher(policyDomains: readonly string[], senderAddress?: string): DomainMatcher {
  const { list, matcher } = indexed(policyDomains);
  if (list.length > 0) return matcher;
  return domainMatcher(internalDomainsFor(policyDomains, senderAddress));
}

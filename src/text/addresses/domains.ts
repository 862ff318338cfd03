/**
 * Domain facts for the recipient rules: the consumer mail providers people type by hand (the
 * typo rule's candidates), other real mail domains that must never be "corrected", top-level
 * domain slips, and matching a domain against a list that covers its subdomains.
 */
import { domainOf } from "./address";

export interface Provider {
  readonly domain: string;
  /**
   * Domains of one brand share it (sina.com / sina.cn / vip.sina.com). When a typo is equally
   * close to two candidates of one brand the more popular wins; of two brands, nobody can tell.
   */
  readonly brand: string;
}

/**
 * Typo candidates, most used first (an estimate for a Chinese-speaking workforce: the Chinese
 * consumer domains of DESIGN.md §8 and the international ones). Order breaks ties within a brand.
 */
export const PROVIDERS: readonly Provider[] = [
  ["qq.com", "qq"], ["163.com", "163"], ["gmail.com", "gmail"], ["126.com", "126"],
  ["outlook.com", "outlook"], ["hotmail.com", "hotmail"], ["foxmail.com", "foxmail"],
  ["sina.com", "sina"], ["yahoo.com", "yahoo"], ["icloud.com", "icloud"], ["139.com", "139"],
  ["sohu.com", "sohu"], ["aliyun.com", "aliyun"], ["yeah.net", "yeah"], ["live.com", "live"],
  ["189.cn", "189"], ["msn.com", "msn"], ["aol.com", "aol"], ["sina.cn", "sina"],
  ["vip.163.com", "163"], ["vip.126.com", "126"], ["vip.sina.com", "sina"], ["188.com", "188"],
  ["21cn.com", "21cn"], ["tom.com", "tom"], ["263.net", "263"], ["protonmail.com", "protonmail"],
].map(([domain, brand]) => ({ domain, brand }));

/**
 * Real mail domains close to a provider that are not offered as corrections but must never be
 * flagged: regional and legacy variants. Admins add their partners' domains in
 * `policy.knownDomains`.
 */
const OTHER_REAL_DOMAINS = `
vip.qq.com googlemail.com email.com me.com mac.com ymail.com rocketmail.com live.cn hotmail.co.uk hotmail.fr
hotmail.de hotmail.it hotmail.es outlook.fr outlook.de outlook.jp yahoo.co.jp yahoo.com.hk
yahoo.com.tw yahoo.co.uk yahoo.fr yahoo.de sina.com.cn sohu.net 163.net vip.188.com 2980.com
protonmail.ch proton.me pm.me gmx.com gmx.de gmx.net mail.com zoho.com zohomail.com yandex.ru
yandex.com mail.ru hinet.net msa.hinet.net ms1.hinet.net pchome.com.tw seed.net.tw
netvigator.com biglobe.ne.jp naver.com daum.net hanmail.net wo.cn
`.trim().split(/\s+/);

/** Built-in providers and other real mail domains, lower case. */
export const KNOWN_DOMAINS: ReadonlySet<string> = new Set([...PROVIDERS.map((p) => p.domain), ...OTHER_REAL_DOMAINS]);

/** True for a built-in provider or other well-known real mail domain. */
export function isKnownDomain(domain: string): boolean {
  return KNOWN_DOMAINS.has(domain) || KNOWN_DOMAINS.has(normalizeDomain(domain));
}

/**
 * Providers reached with the wrong top-level domain. Each typed name is not a mail domain; the
 * distance check cannot find these because ".cn" → ".com" is two edits on a two-letter name.
 */
export const PROVIDER_TLD_SWAPS: ReadonlyMap<string, string> = new Map([
  ["qq.cn", "qq.com"], ["qq.com.cn", "qq.com"], ["qq.net", "qq.com"],
  ["163.cn", "163.com"], ["163.com.cn", "163.com"], ["126.cn", "126.com"], ["126.com.cn", "126.com"],
  ["126.net", "126.com"], ["gmail.cn", "gmail.com"], ["gmail.com.cn", "gmail.com"],
  ["foxmail.cn", "foxmail.com"], ["139.cn", "139.com"], ["189.com", "189.cn"],
  ["yeah.com", "yeah.net"], ["yeah.cn", "yeah.net"], ["aliyun.cn", "aliyun.com"],
  ["sohu.cn", "sohu.com"],
]);

/**
 * Misspelt top-level domains, for any domain. Only names that are not delegated TLDs, plus .cm
 * and .om (Cameroon, Oman): real, but far more often a slip of ".com" in mail typed here; admins
 * list real partners there in knownDomains. ".co" is a real TLD and is left to the provider
 * distance check. Two-label endings are tried first (".com.cm" is ".com.cn", not ".com.com").
 */
const TLD_SLIPS_2: ReadonlyMap<string, string> = new Map([
  ["com.cm", "com.cn"], ["con.cn", "com.cn"], ["cmo.cn", "com.cn"], ["ocm.cn", "com.cn"],
  ["cpm.cn", "com.cn"], ["comm.cn", "com.cn"], ["net.cm", "net.cn"], ["org.cm", "org.cn"],
]);
const TLD_SLIPS_1: ReadonlyMap<string, string> = new Map([
  ...["con", "cmo", "ocm", "comm", "coom", "conm", "cpm", "vom", "xom", "cim", "c0m", "cm", "om"].map(
    (slip) => [slip, "com"] as const,
  ),
  ...["nt", "nte", "ent", "nett", "nwt"].map((slip) => [slip, "net"] as const),
  ...["ogr", "rog", "orgg", "prg"].map((slip) => [slip, "org"] as const),
  ["cnn", "cn"],
]);

/** The domain with a misspelt top-level domain corrected, or undefined when it has none. */
export function fixTldSlip(domain: string): string | undefined {
  // Index arithmetic rather than split/join: this runs once per distinct recipient domain.
  const last = domain.lastIndexOf(".");
  if (last <= 0) return undefined;
  const second = domain.lastIndexOf(".", last - 1);
  if (second > 0) {
    const two = TLD_SLIPS_2.get(domain.slice(second + 1));
    if (two) return domain.slice(0, second + 1) + two;
  }
  const one = TLD_SLIPS_1.get(domain.slice(last + 1));
  return one ? domain.slice(0, last + 1) + one : undefined;
}

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

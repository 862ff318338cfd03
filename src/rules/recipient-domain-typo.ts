import type { Rule, RuleFinding } from "../engine/rule";
import type { EffectivePolicy } from "../engine/policy/types";
import type { DomainCheck } from "../engine/snapshot";
import { checkAddress, trimAscii } from "../text/addresses/address";
import {
  PROVIDERS,
  providerSwap,
  type DomainMatcher,
  fixTldSlip,
  hasCommonSuffix,
  internalDomainsFor,
  internalMatcher,
  KNOWN_DOMAINS,
  listDomains,
  listMatcher,
  mainLabel,
  normalizeDomain,
  swapBrands,
} from "../text/addresses/domains";
import { areKeyboardNeighbours, editDistance, substitutionOf } from "../text/addresses/edit-distance";
import { NearIndex } from "../text/addresses/near-index";
import { providerLabelSlip } from "../text/addresses/provider-label";
import { REPLACE_RECIPIENT, replaceWith } from "./shared/recipient-fixes";

/**
 * A domain one or two keystrokes away from a provider or an internal domain (gmial.com, qq.con,
 * contos.cn) bounces, or worse, reaches a stranger's server (manual A §一.6, B §三(二)1).
 *
 * Never turns one real domain into another: a domain that is known (built-in provider or
 * real mail domain, internal domain or subdomain, policy.knownDomains, or found to have a mail
 * server when DNS look-ups are on) is never flagged. An ending that does not exist (.con, .couk)
 * is corrected on any domain: mail to it can never be delivered.
 */

interface Candidate {
  readonly domain: string;
  readonly brand: string;
  /**
   * 1 when the organisation label is short (≤ 5 characters), else 2: "qq" has few safe edits. A
   * distinctive five-letter provider name (gmail, yahoo) takes 2: yhao.com and aho.com are
   * yahoo.com, and no real domain sits that near the name.
   */
  readonly maxDistance: number;
  /** ≤ 4 characters: a substituted character must be a keyboard neighbour (sohu vs soho is not). */
  readonly short: boolean;
  readonly internal: boolean;
  /** Admin-listed: a different real ending (contoso.com vs contoso.cn) is not a typo. */
  readonly listed: boolean;
  readonly label: string;
  /** Set on a stretched five-letter name: its second edit must fall in the name, not the ending. */
  readonly ending?: string;
}

function candidate(domain: string, brand: string, internal: boolean, listed: boolean, distinctive = false): Candidate {
  const label = mainLabel(domain);
  const length = label.length;
  const stretched = length === 5 && distinctive;
  const maxDistance = length > 5 || stretched ? 2 : 1;
  const ending = stretched ? domain.slice(domain.indexOf(label) + length) : undefined;
  return { domain, brand, maxDistance, short: length <= 4, internal, listed, label, ending };
}

const DISTINCTIVE = new Set(swapBrands().map(([, main]) => main));

// Built once at module load; per message only the policy's own domains are added.
const BUILT_IN: readonly Candidate[] = PROVIDERS.map((p) => candidate(p.domain, p.brand, false, false, DISTINCTIVE.has(p.domain)));

/** Farther than any candidate's max distance. */
const FAR = 1_000_000;

/** `null`: two different providers are equally close, so no guess is safe. */
type Match = string | null | undefined;

/** The policy's own domains as candidates, with their index: built once per pair of lists. */
interface Listed {
  readonly candidates: readonly Candidate[];
  readonly index: NearIndex;
}

const listedCache = new WeakMap<readonly string[], WeakMap<readonly string[], Listed>>();

function listedFor(internal: readonly string[], known: readonly string[]): Listed {
  let byKnown = listedCache.get(internal);
  if (!byKnown) {
    byKnown = new WeakMap();
    listedCache.set(internal, byKnown);
  }
  let listed = byKnown.get(known);
  if (!listed) {
    const candidates = [...internal.map((d) => candidate(d, `internal:${d}`, true, true)), ...known.map((d) => candidate(d, `known:${d}`, false, true))];
    listed = { candidates, index: new NearIndex(candidates.map((c) => c.domain)) };
    byKnown.set(known, listed);
  }
  return listed;
}

/** The largest maxDistance of any candidate. */
const MAX_EDITS = 2;

class TypoFinder {
  private readonly listed: Listed;
  private readonly internal: DomainMatcher;
  private readonly known: DomainMatcher;
  /** null: looked at, nothing to suggest. */
  private readonly cache = new Map<string, string | null>();

  /** Domains the shell found a mail server for (message.domainChecks, status "ok"). */
  private readonly withMail = new Set<string>();

  constructor(policy: EffectivePolicy, senderAddress: string | undefined, checks: readonly DomainCheck[] | undefined) {
    // Both lists come back as the same array for the same policy (indexed once in domains.ts),
    // so a message with 10,000 recipients and a policy with 200,000 domains builds one index.
    this.listed = listedFor(internalDomainsFor(policy.internalDomains, senderAddress), listDomains(policy.knownDomains));
    this.internal = internalMatcher(policy.internalDomains, senderAddress);
    this.known = listMatcher(policy.knownDomains);
    // A domain that has a mail server is real, however close it is to a provider. The CLI looks
    // recipient domains up when the policy turns recipient-domain-unreachable on; the pane and
    // the Send handler do not, and there the built-in lists decide alone.
    if (checks) for (const c of checks) if (c.status === "ok") this.withMail.add(normalizeDomain(c.domain));
  }

  private isKnown(domain: string): boolean {
    return KNOWN_DOMAINS.has(domain) || this.internal.matches(domain) || this.known.matches(domain) || this.withMail.has(domain);
  }

  /** The domain the user probably meant, or undefined. Cached: big lists repeat domains. */
  suggest(domain: string): string | undefined {
    let result = this.cache.get(domain);
    if (result === undefined) {
      result = this.compute(domain) ?? null;
      this.cache.set(domain, result);
    }
    return result ?? undefined;
  }

  private compute(domain: string): string | undefined {
    if (this.isKnown(domain)) return undefined;
    // The ending first (yandex.cm is yandex.com, a real domain), then the provider's own ending
    // (gmail.net, hotmail.con → gmail.com, hotmail.com).
    const slip = fixTldSlip(domain);
    if (slip && this.isKnown(slip)) return slip;
    const swap = providerSwap(domain);
    if (swap) return swap;
    const slipSwap = slip && providerSwap(slip);
    if (slipSwap) return slipSwap;
    const near = this.nearest(slip ? [domain, slip] : [domain]);
    if (near) return near;
    // Two candidates equally near: no guess but the ending, which is worth fixing on its own.
    if (near === null) return slip;
    // Nothing near as a whole: a slip in a big provider's name under another ending (gmai.co.uk).
    return providerLabelSlip(domain) ?? (slip === undefined ? undefined : providerLabelSlip(slip)) ?? slip;
  }

  private nearest(variants: readonly string[]): Match {
    // The policy's domains through their index (any number of them), then the built-in
    // providers one by one (a few dozen): in that order, which is the order of preference.
    const listedDistance = new Map<number, number>();
    for (const v of variants) {
      this.listed.index.within(v, MAX_EDITS, (i, d) => {
        const c = this.listed.candidates[i];
        const old = listedDistance.get(i);
        if (accepts(c, v, d) && (old === undefined || d < old)) listedDistance.set(i, d);
      });
    }
    const near: [Candidate, number][] = [...listedDistance].sort((a, b) => a[0] - b[0]).map(([i, d]) => [this.listed.candidates[i], d]);
    for (const c of BUILT_IN) {
      let distance = FAR;
      for (const v of variants) {
        // Plain arithmetic and an inline length filter: most candidates are ruled out without a
        // call, and global look-ups are slow in sandboxed runtimes (Node's vm, which Jest uses).
        const gap = v.length - c.domain.length;
        if (gap > c.maxDistance || -gap > c.maxDistance) continue;
        const d = editDistance(v, c.domain, c.maxDistance);
        if (accepts(c, v, d) && d < distance) distance = d;
      }
      if (distance !== FAR) near.push([c, distance]);
    }
    let best = FAR;
    let ties: Candidate[] = [];
    for (const [c, distance] of near) {
      if (distance < best) {
        best = distance;
        ties = [c];
      } else if (distance === best && distance !== FAR && !ties.includes(c)) {
        ties.push(c);
      }
    }
    if (ties.length === 0) return undefined;
    const internal = ties.filter((c) => c.internal);
    if (internal.length > 0) return internal.length === 1 ? internal[0].domain : null;
    // Candidates are listed most popular first, so ties[0] is the better guess within a brand.
    return ties.every((c) => c.brand === ties[0].brand) ? ties[0].domain : null;
  }
}

/** Whether `d` edits from `typed` to candidate `c` make a plausible slip of the keyboard. */
function accepts(c: Candidate, typed: string, d: number): boolean {
  if (d > c.maxDistance || (c.short && d === 1 && !plausibleShortSlip(typed, c.domain))) return false;
  // gmail.couk is gmail.co.uk with a dot left out, not two slips away from gmail.com; and mial.com
  // is a slip of mail.com (one edit), madil.com a name of its own: the first letter must stay.
  if (d === 2 && c.ending !== undefined && (typed.slice(-c.ending.length) !== c.ending || typed[0] !== c.label[0])) return false;
  // Same organisation with another real ending (contoso.com for contoso.cn) is no typo.
  return !(c.listed && hasCommonSuffix(typed) && mainLabel(typed) === c.label);
}

/** Characters beyond ASCII, or a label in its xn-- form: not what a keyboard slip produces. */
const NOT_TYPED = /[^\x21-\x7e]|(^|\.)xn--/;

/** A one-character substitution on a short name only counts when the keys touch. */
function plausibleShortSlip(typed: string, meant: string): boolean {
  const pair = substitutionOf(typed, meant);
  return pair === undefined || areKeyboardNeighbours(pair[0], pair[1]);
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-domain-typo",
    category: "recipients",
    description: {
      "zh-CN": "收件人域名疑似拼写错误",
      "zh-TW": "收件者網域疑似拼寫錯誤",
      "en-US": "A recipient's domain looks misspelt",
    },
    messages: {
      typo: {
        "zh-CN": "“{address}”的域名“{domain}”像是拼错了，是不是想写“{suggestion}”？",
        "zh-TW": "「{address}」的網域「{domain}」像是拼錯了，是不是想寫「{suggestion}」？",
        "en-US": "The domain “{domain}” in “{address}” looks misspelt. Did you mean “{suggestion}”?",
      },
      replace: REPLACE_RECIPIENT,
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "recipient-domain-typo",
  },
  check({ message, policy }) {
    const finder = new TypoFinder(policy, message.sender?.address, message.domainChecks);
    const findings: RuleFinding[] = [];
    for (const recipient of message.recipients) {
      // Malformed addresses are recipient-invalid-address's to report.
      const parsed = checkAddress(recipient.address);
      if (!parsed.ok) continue;
      const domain = parsed.domain.toLowerCase();
      // "gmaіl.com" with a Cyrillic і is no slip of the keyboard: it is made to look like
      // gmail.com, and recipient-domain-lookalike says so with the real characters.
      if (NOT_TYPED.test(domain)) continue;
      const suggestion = finder.suggest(domain);
      if (suggestion === undefined) continue;
      const replacement = `${parsed.local}@${suggestion}`;
      findings.push({
        messageId: "typo",
        data: { address: trimAscii(recipient.address), domain, suggestion, replacement },
        target: { kind: "recipient", address: recipient.address, field: recipient.field },
        suggestions: [replaceWith(recipient, replacement)],
      });
    }
    return findings;
  },
};

export default rule;

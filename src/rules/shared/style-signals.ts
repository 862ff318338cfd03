/**
 * Style signals that spam filters score but that ordinary mail shows too: an all-capitals subject,
 * runs of exclamation marks or currency signs, and many links to other sites. Each is weak alone
 * (one `!!!` was in 5 % of normal Chinese mail; SpamAssassin's legitimate newsletters link to
 * dozens of sites), so no rule warns on one of them by itself: content-spam-keywords adds them to
 * the content score, content-shouting needs two kinds together, content-too-many-links needs
 * another signal beside the links. Shared here so the three rules judge the same things.
 */
import type { MessageSnapshot } from "../../engine/snapshot";
import type { EffectivePolicy } from "../../engine/policy/types";
import { bodyAnalysis } from "../../text/body/body";
import { registrableDomain } from "../../text/addresses/url";
import { internalMatcher, isKnownDomain } from "../../text/addresses/domains";
import { domainOf } from "../../text/addresses/address";

/** A reply or forward prefix, one at a time ("RE: FW: " is stripped in two steps). */
const REPLY_PREFIX = /\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|antw|回复|回覆|答复|答覆|转发|轉發|轉寄)\s*(?:\[\d{1,4}\])?\s*[:：]/iy;
const TAGS = /\[[^[\]]{0,40}\]/g;
/** Exclamation marks of every width; "‼" and "⁉" count as two. */
export const EXCLAMATIONS = /[!！❗❕‼⁉]{2,}/g;
export const CURRENCY = /[$＄￥¥]{2,}/g;

function stripReplyPrefixes(subject: string): string {
  // Sticky matching from one prefix to the next: no re-slicing of the subject per prefix.
  let end = 0;
  REPLY_PREFIX.lastIndex = 0;
  while (REPLY_PREFIX.exec(subject) !== null) end = REPLY_PREFIX.lastIndex;
  return subject.slice(end);
}

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3);
}

/**
 * True for a Latin subject in capitals: at least 5 letters, 80 % of them upper case, fewer than
 * two CJK characters (capitals inside a Chinese subject are names: 招JAVA、ORACLE工程师), and not
 * only short acronyms ("FYI", "KPI YTD": every word ≤ 4 letters, ≤ 8 in all). Reply prefixes
 * and bracketed list tags are ignored.
 */
export function isAllCaps(subject: string): boolean {
  // List and gateway tags ("[EXTERNAL]", "[TOEFL]") are not the writer's words.
  const s = stripReplyPrefixes(subject).normalize("NFKC").replace(TAGS, " ");
  let upper = 0;
  let lower = 0;
  let cjk = 0;
  let word = 0;
  let longestWord = 0;
  for (let i = 0; i <= s.length; i += 1) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) upper += 1;
    else if (c >= 97 && c <= 122) lower += 1;
    else {
      if (isCjk(c)) cjk += 1;
      longestWord = Math.max(longestWord, word);
      word = 0;
      continue;
    }
    word += 1;
  }
  const letters = upper + lower;
  if (letters < 5 || upper < 0.8 * letters || cjk >= 2) return false;
  return !(longestWord <= 4 && letters <= 8);
}

/** The first run matching `pattern` that `qualifies`, as [start, end), or undefined. */
export function firstRun(text: string, pattern: RegExp, qualifies: (run: string) => boolean): [number, number] | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (qualifies(m[0])) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

function exclamationWeight(run: string): number {
  let weight = 0;
  for (const ch of run) weight += ch === "‼" || ch === "⁉" ? 2 : 1;
  return weight;
}

export const isShouted = (run: string): boolean => exclamationWeight(run) >= 3;
/** "￥￥" is enough; dollars need three ("$$" shows up in code and templates). */
export const isMoneyRun = (run: string): boolean => run.length >= 3 || /[￥¥]/.test(run);

/**
 * The sender's own site: the registrable domain of the sender's address, or "" when there is no
 * sender or the address is at a mail provider (a qq.com sender owns no qq.com page).
 */
export function senderSite(message: MessageSnapshot): string {
  const domain = domainOf(message.sender?.address ?? "");
  if (!domain.includes(".") || isKnownDomain(domain)) return "";
  return registrableDomain(domain);
}

export interface ExternalLinks {
  /** Distinct addresses: host, port and path, the "#fragment" ignored. */
  readonly distinct: ReadonlySet<string>;
  /** The registrable domains they lead to, in order of appearance. */
  readonly sites: ReadonlySet<string>;
}

const linksCache = new WeakMap<MessageSnapshot, { policy: EffectivePolicy; links: ExternalLinks }>();

/**
 * The http(s) links of the body that lead away from the company and the sender: not image sources,
 * not non-web schemes, not the policy's internal domains, not the sender's own site. Computed once
 * per message and policy: the spam-word score and content-too-many-links both ask.
 */
export function externalLinks(message: MessageSnapshot, policy: EffectivePolicy): ExternalLinks {
  const cached = linksCache.get(message);
  if (cached !== undefined && cached.policy === policy) return cached.links;
  // The company's domains as every rule reads them: the sender's own domain stands in only when
  // the policy names none, and never a provider's.
  const internal = internalMatcher(policy.internalDomains, message.sender?.address);
  const ownSite = senderSite(message);
  const distinct = new Set<string>();
  const sites = new Set<string>();
  const isInternal = new Map<string, boolean>();
  const parsedSeen = new Set<object>();
  for (const link of bodyAnalysis(message).links) {
    const url = link.url;
    if (link.kind === "img" || url === undefined || (url.scheme !== "http" && url.scheme !== "https")) continue;
    // Repeats of one address share one parsed object: skip them cheaply.
    if (parsedSeen.has(url)) continue;
    parsedSeen.add(url);
    let inside = isInternal.get(url.host);
    if (inside === undefined) {
      inside = internal.matches(url.host) || registrableDomain(url.host, url.hostKind) === ownSite;
      isInternal.set(url.host, inside);
    }
    if (inside) continue;
    const hash = url.rest.indexOf("#");
    const path = (hash < 0 ? url.rest : url.rest.slice(0, hash)) || "/";
    distinct.add(`${url.host}:${url.port}${path}`);
    sites.add(registrableDomain(url.displayHost, url.hostKind));
  }
  const links: ExternalLinks = { distinct, sites };
  linksCache.set(message, { policy, links });
  return links;
}

/** More distinct external links than this is the "many links" signal (content-too-many-links' default). */
export const MANY_LINKS = 10;

/** Which style signals a message shows; subject and body are both read. */
export interface StyleSignals {
  readonly allCaps: boolean;
  readonly exclamations: boolean;
  readonly money: boolean;
  readonly manyLinks: boolean;
}

/** The style signals of a message. */
export function styleSignals(message: MessageSnapshot, policy: EffectivePolicy): StyleSignals {
  const subject = message.subject;
  const body = bodyAnalysis(message).text;
  const has = (pattern: RegExp, qualifies: (run: string) => boolean): boolean =>
    firstRun(subject, pattern, qualifies) !== undefined || firstRun(body, pattern, qualifies) !== undefined;
  return {
    allCaps: isAllCaps(subject),
    exclamations: has(EXCLAMATIONS, isShouted),
    money: has(CURRENCY, isMoneyRun),
    manyLinks: externalLinks(message, policy).distinct.size > MANY_LINKS,
  };
}

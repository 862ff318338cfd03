import type { Rule } from "../engine/rule";
import { bodyAnalysis } from "../text/body/body";
import { registrableDomain } from "../text/addresses/url";
import { internalMatcher, isKnownDomain } from "../text/addresses/domains";
import { domainOf } from "../text/addresses/address";

/**
 * More distinct external web links than the policy allows. Link-heavy mail reads as advertising
 * to filters (manual A §一.7: external links trigger content filters; B §三(二)1: keep the body
 * simple). Counted: http(s) links in anchors, image maps and plain text, each distinct address
 * once (the fragment after "#" ignored). Not counted: mailto: and other non-web links, image
 * sources, links to the internal domains of the policy, and links to the sender's own sites: the
 * registrable domain of the sender's address and every host under it (news.fabrikam.com from
 * mailer.fabrikam.com), whatever the policy lists. A newsletter that links forty times into its
 * own site is not sending the reader elsewhere; on SpamAssassin's legitimate newsletters that was
 * most of this rule's findings.
 */
export interface Options {
  /** The most distinct external links a message may have without a finding. */
  readonly max: number;
}

/** How many of the linked sites the finding names. */
const MAX_DOMAINS_SHOWN = 5;

const rule: Rule<Options> = {
  meta: {
    id: "content-too-many-links",
    category: "content",
    description: {
      "zh-CN": "外部链接数量超过上限",
      "zh-TW": "外部連結數量超過上限",
      "en-US": "More external links than the policy allows",
    },
    messages: {
      tooMany: {
        "zh-CN": "邮件里有 {count} 个不同的外部链接，超过了 {limit} 个的上限（{domains}）。链接太多的邮件容易被当成广告过滤掉。",
        "zh-TW": "郵件中有 {count} 個不同的外部連結，超過 {limit} 個的上限（{domains}）。連結太多的郵件容易被當成廣告過濾掉。",
        "en-US": "The message has {count} distinct external links, more than the limit of {limit} ({domains}). Mail with many links is easily filtered as advertising.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: { max: 10 },
    optionsSchema: { max: { type: "integer", minimum: 0, description: "External links allowed." } },
    hasSuggestions: false,
    remedyId: "content-too-many-links",
  },
  check({ message, policy, options }) {
    const limit = Number.isFinite(options.max) ? Math.max(0, Math.floor(options.max)) : 10;
    // The company's domains as every rule reads them: the sender's own domain stands in only when
    // the policy names none, and never a provider's (a qq.com sender makes no qq.com link internal).
    const internal = internalMatcher(policy.internalDomains, message.sender?.address);
    // The sender's own site, unless the address is at a provider (a qq.com sender owns no qq.com page).
    const senderDomain = domainOf(message.sender?.address ?? "");
    const ownSite = senderDomain.includes(".") && !isKnownDomain(senderDomain) ? registrableDomain(senderDomain) : "";

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
    if (distinct.size <= limit) return [];
    const shown = [...sites].slice(0, MAX_DOMAINS_SHOWN);
    const domains = sites.size > shown.length ? [...shown, "…"] : shown;
    return [{ messageId: "tooMany", data: { count: distinct.size, limit, domains }, target: { kind: "body" } }];
  },
};

export default rule;

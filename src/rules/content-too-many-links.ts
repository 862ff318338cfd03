import type { Rule } from "../engine/rule";
import { externalLinks } from "./shared/style-signals";
import { contentScore } from "./shared/content-score";

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
 *
 * Many links are a weak signal alone: legitimate newsletters and link round-ups have dozens. So the
 * rule reports them only beside another signal: an all-capitals subject, a run of "!!!" or of
 * currency signs, or advertising wording that brings the content score to its threshold (the many
 * links add their points to that score; shared/content-score.ts).
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
    const { distinct, sites } = externalLinks(message, policy);
    if (distinct.size <= limit) return [];
    // Weak alone: only beside another style signal or ad wording at the threshold.
    const content = contentScore(message, policy, 1);
    const { allCaps, exclamations, money } = content.signals;
    if (!allCaps && !exclamations && !money && !content.reached) return [];
    const shown = [...sites].slice(0, MAX_DOMAINS_SHOWN);
    const domains = sites.size > shown.length ? [...shown, "…"] : shown;
    return [{ messageId: "tooMany", data: { count: distinct.size, limit, domains }, target: { kind: "body" } }];
  },
};

export default rule;

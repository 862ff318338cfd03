import type { Rule } from "../engine/rule";
import { domainOf, normalizeAddress } from "../text/addresses/address";
import { internalMatcher } from "../text/addresses/domains";

export interface ExposedListOptions {
  /** Visible external addresses at or above which the rule reports. */
  readonly threshold: number;
}

/**
 * Many outside addresses in To/Cc show every recipient everyone else's address (a privacy leak),
 * and spam filters score long visible lists. The manual's answer for a mass mailing: a list and
 * Bcc, or batches (B §三(二)1). The fix moves the visible external addresses to Bcc.
 *
 * Without any internal domain (none in the policy, no sender) every visible address counts as
 * external: a long visible list exposes addresses whoever owns them.
 */
const rule: Rule<ExposedListOptions> = {
  meta: {
    id: "recipient-exposed-list",
    category: "recipients",
    description: {
      "zh-CN": "大量外部地址在收件人或抄送中互相可见",
      "zh-TW": "大量外部地址在收件者或副本中互相可見",
      "en-US": "Many external addresses are visible to each other in To or Cc",
    },
    messages: {
      exposed: {
        "zh-CN": "收件人和抄送中有 {count} 个外部地址，每个收件人都能看到其他人的地址（阈值 {threshold}）。群发时请把他们放到密件抄送，或分批发送。",
        "zh-TW": "收件者和副本中有 {count} 個外部地址，每位收件者都能看到其他人的地址（門檻 {threshold}）。群發時請把他們放到密件副本，或分批寄送。",
        "en-US": "To and Cc hold {count} external addresses, so every recipient sees all the others (threshold {threshold}). For a mass mailing, put them in Bcc or send in batches.",
      },
      moveToBcc: {
        "zh-CN": "把这 {count} 个外部地址移到密件抄送",
        "zh-TW": "把這 {count} 個外部地址移到密件副本",
        "en-US": "Move these {count} external addresses to Bcc",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: { threshold: 10 },
    optionsSchema: { threshold: { type: "integer", minimum: 1, description: "Visible external recipients from which the rule warns." } },
    hasSuggestions: true,
    remedyId: "recipient-exposed-list",
  },
  check({ message, policy, options }) {
    const internal = internalMatcher(policy.internalDomains, message.sender?.address);
    const seen = new Set<string>();
    const visible: string[] = [];
    for (const r of message.recipients) {
      if (r.field === "bcc") continue;
      const domain = domainOf(r.address);
      if (domain === "" || internal.matches(domain)) continue;
      const key = normalizeAddress(r.address);
      if (seen.has(key)) continue;
      seen.add(key);
      visible.push(r.address);
    }
    const threshold = options.threshold;
    if (visible.length === 0 || visible.length < threshold) return [];
    return [
      {
        messageId: "exposed",
        data: { count: visible.length, threshold },
        target: { kind: "recipients", addresses: visible },
        suggestions: [
          { messageId: "moveToBcc", data: { count: visible.length }, edit: { type: "moveRecipientsToBcc", addresses: visible } },
        ],
      },
    ];
  },
};

export default rule;

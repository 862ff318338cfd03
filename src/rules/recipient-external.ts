import type { Rule } from "../engine/rule";
import { domainOf, listAddresses, normalizeAddress } from "../text/addresses/address";
import { internalMatcher } from "../text/addresses/domains";

/**
 * Names the recipients outside the company, so a reply-all to a customer or a forwarded
 * internal thread is a choice, not an accident. Subdomains of an internal domain are internal.
 * With no internal domains in the policy the sender's own domain stands in; with neither there
 * is nothing to compare with and the rule stays quiet.
 */

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-external",
    category: "recipients",
    description: {
      "zh-CN": "有公司外部的收件人",
      "zh-TW": "有公司外部的收件者",
      "en-US": "Some recipients are outside the company",
    },
    messages: {
      external: {
        "zh-CN": "这封邮件会发给 {count} 个公司外部地址：{addresses}。发送前请确认内容可以对外。",
        "zh-TW": "這封郵件會寄給 {count} 個公司外部地址：{addresses}。寄出前請確認內容可以對外。",
        "en-US": "This message goes to {count:address|addresses} outside the company: {addresses}. Make sure its content may leave the company.",
      },
    },
    defaultSeverity: "info",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "recipient-external",
  },
  check({ message, policy }) {
    const internal = internalMatcher(policy.internalDomains, message.sender?.address);
    if (internal.size === 0) return [];
    const seen = new Set<string>();
    const external: string[] = [];
    for (const r of message.recipients) {
      const domain = domainOf(r.address);
      // No domain: recipient-invalid-address reports it; it is not evidence of an outsider.
      if (domain === "" || internal.matches(domain)) continue;
      const key = normalizeAddress(r.address);
      if (seen.has(key)) continue;
      seen.add(key);
      external.push(r.address);
    }
    if (external.length === 0) return [];
    return [
      {
        messageId: "external",
        data: { count: external.length, addresses: listAddresses(external) },
        target: { kind: "recipients", addresses: external },
      },
    ];
  },
};

export default rule;

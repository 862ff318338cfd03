import type { Rule, RuleFinding } from "../engine/rule";
import type { DomainCheck } from "../engine/snapshot";
import { domainOf, listAddresses } from "../text/addresses/address";
import { normalizeDomain } from "../text/addresses/domains";

/**
 * Recipients whose domain cannot receive mail: no MX and no A record, a "null MX" (RFC 7505:
 * the domain declares it accepts no mail), or no such domain at all. Such mail bounces for sure
 * (manual A §一.6; B §六 on MX/DNS). The rule stays pure: the shell looks the domains up (opt-in,
 * DNS over HTTPS, bounded in time) and puts the answers in `message.domainChecks`. Without them
 * the rule says nothing; a failed look-up ("error") is not evidence either.
 */

type BadStatus = Exclude<DomainCheck["status"], "ok" | "error">;
const MESSAGE_FOR: Record<BadStatus, string> = { "no-mail-host": "noMailHost", "null-mx": "nullMx", "not-found": "notFound" };

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-domain-unreachable",
    category: "recipients",
    description: {
      "zh-CN": "收件人域名无法接收邮件",
      "zh-TW": "收件者網域無法接收郵件",
      "en-US": "A recipient's domain cannot receive mail",
    },
    messages: {
      noMailHost: {
        "zh-CN": "域名“{domain}”没有邮件服务器（查不到 MX 和 A 记录），发给 {addresses} 的邮件会被退回。请向对方确认地址。",
        "zh-TW": "網域「{domain}」沒有郵件伺服器（查不到 MX 和 A 記錄），寄給 {addresses} 的郵件會被退回。請向對方確認地址。",
        "en-US": "The domain “{domain}” has no mail server (no MX or A record), so mail to {addresses} will bounce. Check the address with the recipient.",
      },
      nullMx: {
        "zh-CN": "域名“{domain}”声明自己不接收邮件（空 MX 记录），发给 {addresses} 的邮件会被退回。请向对方确认地址。",
        "zh-TW": "網域「{domain}」宣告自己不接收郵件（空 MX 記錄），寄給 {addresses} 的郵件會被退回。請向對方確認地址。",
        "en-US": "The domain “{domain}” declares that it accepts no mail (null MX), so mail to {addresses} will bounce. Check the address with the recipient.",
      },
      notFound: {
        "zh-CN": "域名“{domain}”不存在，发给 {addresses} 的邮件无法送达。请检查拼写或向对方确认地址。",
        "zh-TW": "網域「{domain}」不存在，寄給 {addresses} 的郵件無法送達。請檢查拼字或向對方確認地址。",
        "en-US": "The domain “{domain}” does not exist, so mail to {addresses} cannot be delivered. Check the spelling or confirm the address with the recipient.",
      },
    },
    defaultSeverity: "off",
    defaultOptions: {},
    hasSuggestions: false,
    needs: ["dns"],
    remedyId: "recipient-domain-unreachable",
  },
  check({ message }) {
    if (!message.domainChecks || message.domainChecks.length === 0) return [];
    const bad = new Map<string, BadStatus>();
    for (const check of message.domainChecks) {
      if (check.status !== "ok" && check.status !== "error") bad.set(normalizeDomain(check.domain), check.status);
    }
    if (bad.size === 0) return [];
    // One finding per domain, in the order its first recipient appears.
    const byDomain = new Map<string, string[]>();
    for (const r of message.recipients) {
      const domain = domainOf(r.address);
      if (!bad.has(domain)) continue;
      const list = byDomain.get(domain);
      if (list) list.push(r.address);
      else byDomain.set(domain, [r.address]);
    }
    const findings: RuleFinding[] = [];
    for (const [domain, addresses] of byDomain) {
      const status = bad.get(domain) as BadStatus;
      findings.push({
        messageId: MESSAGE_FOR[status],
        data: { domain, addresses: listAddresses(addresses), count: addresses.length },
        target: { kind: "recipients", addresses },
      });
    }
    return findings;
  },
};

export default rule;

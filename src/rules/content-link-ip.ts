import type { Rule, RuleFinding } from "../engine/rule";
import { bodyAnalysis, clipLine } from "../text/body/body";

/**
 * Links (and remote images) whose host is a bare IP address: any IPv4 notation a browser accepts
 * (`http://203.0.113.5/`, `http://3405803781/`, `http://0xCB.0.113.5/`) and IPv6 (`http://[2001:db8::1]/`).
 * Filters treat them as suspicious (manual B §二(六); A §一.7: external links trigger filters).
 *
 * Every address is reported, private and loopback ones included: a recipient outside the
 * company cannot open http://10.0.0.5/ or http://127.0.0.1/ either, so the link is a mistake
 * even when it is not a trick. One finding per address.
 */

const MAX_FINDINGS = 10;

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "content-link-ip",
    category: "content",
    description: {
      "zh-CN": "链接直接指向 IP 地址",
      "zh-TW": "連結直接指向 IP 位址",
      "en-US": "Links point to a bare IP address",
    },
    messages: {
      ipLink: {
        "zh-CN": "有链接直接指向 IP 地址 {host}（{url}）。这类链接常被过滤器视为可疑。",
        "zh-TW": "有連結直接指向 IP 位址 {host}（{url}）。這類連結常被過濾器視為可疑。",
        "en-US": "A link points straight to the IP address {host} ({url}). Filters often treat such links as suspicious.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "content-link-ip",
  },
  check({ message }) {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const link of bodyAnalysis(message).links) {
      const url = link.url;
      if (url === undefined || url.hostKind === "domain" || seen.has(url.host)) continue;
      seen.add(url.host);
      findings.push({
        messageId: "ipLink",
        data: { host: url.displayHost, url: clipLine(link.href) },
        target: { kind: "body", excerpt: clipLine(link.href) },
      });
      if (findings.length === MAX_FINDINGS) break;
    }
    return findings;
  },
};

export default rule;

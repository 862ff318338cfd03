import type { Rule, RuleFinding } from "../engine/rule";
import { bodyAnalysis, clipLine } from "../text/body/body";
import { URL_SHORTENER_HOSTS } from "../text/addresses/shorteners.generated";

/**
 * Links through URL shorteners and open redirectors (bit.ly, t.cn, dwz.cn, url.cn, tinyurl.com…,
 * 1,195 hosts from the shared reference list). They hide where a link leads, and content filters
 * score them as phishing and spam signs (manual A §一.7: external links trigger filters;
 * B §二(六)). A link matches when its host or any parent domain is on the list
 * (`s.bit.ly` is bit.ly). Some listed hosts are ordinary sites that also redirect, which is why
 * this is a warning. One finding per shortener, naming the first link and how many use it.
 */

/** Findings beyond this would only repeat the point. */
const MAX_FINDINGS = 10;

let shorteners: ReadonlySet<string> | undefined;

/** The list entry `host` falls under (itself or a parent domain), or undefined. */
export function shortenerOf(host: string): string | undefined {
  shorteners ??= new Set(URL_SHORTENER_HOSTS);
  for (let candidate = host; ; ) {
    if (shorteners.has(candidate)) return candidate;
    const dot = candidate.indexOf(".");
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "content-link-shortener",
    category: "content",
    description: {
      "zh-CN": "链接经过短网址或跳转服务",
      "zh-TW": "連結經過短網址或轉址服務",
      "en-US": "Links go through a URL shortener or redirector",
    },
    messages: {
      shortener: {
        "zh-CN": "有 {count} 个链接经过短网址服务 {host}（例如 {url}），收件人看不出它真正指向哪里，过滤器也常因此拦截。",
        "zh-TW": "有 {count} 個連結經過短網址服務 {host}（例如 {url}），收件者看不出它實際指向哪裡，過濾器也常因此攔截。",
        "en-US": "{count:link goes|links go} through the URL shortener {host} (e.g. {url}): the reader cannot see where they lead, and filters often block them.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    // The 1,195-host list (src/text/addresses/shorteners.generated.ts, about 4 KB gzip) would push the Send
    // handler past its 40 KB: the pane flags these links while the message is written.
    needs: ["large-data"],
    remedyId: "content-link-shortener",
  },
  check({ message }) {
    const byShortener = new Map<string, { url: string; count: number }>();
    // A body repeats a few hosts many times: look each one up once.
    const lookedUp = new Map<string, string | undefined>();
    for (const link of bodyAnalysis(message).links) {
      // Images are not clicked; a shortened image source is not what this rule is about.
      if (link.kind === "img" || link.url === undefined || link.url.hostKind !== "domain") continue;
      let host = lookedUp.get(link.url.host);
      if (!lookedUp.has(link.url.host)) {
        host = shortenerOf(link.url.host);
        lookedUp.set(link.url.host, host);
      }
      if (host === undefined) continue;
      const seen = byShortener.get(host);
      if (seen) seen.count += 1;
      else byShortener.set(host, { url: link.href, count: 1 });
    }
    const findings: RuleFinding[] = [];
    for (const [host, { url, count }] of byShortener) {
      if (findings.length === MAX_FINDINGS) break;
      findings.push({ messageId: "shortener", data: { host, url: clipLine(url), count }, target: { kind: "body", excerpt: clipLine(url) } });
    }
    return findings;
  },
};

export default rule;

import type { Rule, RuleFinding } from "../engine/rule";
import type { EffectivePolicy } from "../engine/policy/types";
import { checkAddress, domainOf, trimAscii } from "../text/addresses/address";
import { internalDomainsFor, KNOWN_DOMAINS, normalizeDomain } from "../text/addresses/domains";
import { hostToUnicode } from "../text/addresses/idn";
import { lookalikeOf, skeleton } from "../text/addresses/lookalike";
import { REPLACE_RECIPIENT, replaceWith } from "./shared/recipient-fixes";

/**
 * A recipient domain written with characters that only look like the expected ones: "gmaіl.com"
 * with a Cyrillic "і", the company's own "ехаmple.cn" in Cyrillic letters, "qq.cоm", or any
 * label that mixes alphabets (Unicode TR39). Mail to it reaches whoever registered the look-alike
 * (manual B §三(二)1: check the address character by character; A §一.6 on wrong addresses).
 *
 * Not in the Send handler's bundle (see webpack.config.js): the confusables table and Unicode
 * normalisation do not fit classic Outlook's runtime and budget. The pane shows it while writing.
 */

/** Skeletons of the built-in provider and real mail domains, made on first need. */
let builtIn: Map<string, string> | undefined;

function addSkeletons(into: Map<string, string>, domains: Iterable<string>): Map<string, string> {
  for (const domain of domains) {
    const key = skeleton(domain);
    if (!into.has(key)) into.set(key, domain);
  }
  return into;
}

/** The domains worth imitating: the company's, the admin's partners' and the big providers. */
class Protected {
  private own: Map<string, string> | undefined;
  private readonly listed: readonly string[];
  readonly exact: ReadonlySet<string>;

  constructor(policy: EffectivePolicy, senderAddress: string | undefined) {
    const sender = senderAddress ? domainOf(senderAddress) : "";
    this.listed = [...internalDomainsFor(policy.internalDomains, senderAddress), ...policy.knownDomains.map(normalizeDomain), sender]
      .filter((d) => d.includes("."))
      .map(hostToUnicode);
    this.exact = new Set([...this.listed, ...KNOWN_DOMAINS]);
  }

  imitated(key: string): string | undefined {
    // Only built when a recipient domain is not plain ASCII: with 200,000 company domains this
    // costs one pass, and most messages never need it.
    this.own ??= addSkeletons(new Map(), this.listed);
    builtIn ??= addSkeletons(new Map(), KNOWN_DOMAINS);
    return this.own.get(key) ?? builtIn.get(key);
  }
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-domain-lookalike",
    category: "recipients",
    description: {
      "zh-CN": "收件人域名用形近字符冒充其他域名",
      "zh-TW": "收件者網域用形近字元冒充其他網域",
      "en-US": "A recipient's domain imitates another with look-alike characters",
    },
    messages: {
      lookalike: {
        "zh-CN": "“{address}”的域名“{domain}”看起来像“{lookalike}”，但其中的 {characters} 并不是看上去的那些字母，它的真实名称是 {ascii}。",
        "zh-TW": "「{address}」的網域「{domain}」看起來像「{lookalike}」，但其中的 {characters} 並不是看上去的那些字母，它的真實名稱是 {ascii}。",
        "en-US": "The domain “{domain}” in “{address}” looks like “{lookalike}”, but {characters} are not the letters they seem to be: its real name is {ascii}.",
      },
      mixedScript: {
        "zh-CN": "“{address}”的域名“{domain}”在同一段名称里混用了不同文字的字母（{characters}），这是把一个域名伪装成另一个的常见手法。它的真实名称是 {ascii}。",
        "zh-TW": "「{address}」的網域「{domain}」在同一段名稱中混用了不同文字的字母（{characters}），這是把一個網域偽裝成另一個的常見手法。它的真實名稱是 {ascii}。",
        "en-US": "The domain “{domain}” in “{address}” mixes letters from different alphabets in one name ({characters}), a common way to pass one domain off as another. Its real name is {ascii}.",
      },
      fakeLatin: {
        "zh-CN": "“{address}”的域名“{domain}”看起来是拉丁字母，其实是其他文字的字母（{characters}）。它的真实名称是 {ascii}。",
        "zh-TW": "「{address}」的網域「{domain}」看起來是拉丁字母，其實是其他文字的字母（{characters}）。它的真實名稱是 {ascii}。",
        "en-US": "The domain “{domain}” in “{address}” reads as Latin letters but is written in another alphabet ({characters}). Its real name is {ascii}.",
      },
      replace: REPLACE_RECIPIENT,
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: true,
    // The confusables table (src/text/addresses/confusables.generated.ts) would not fit the Send handler.
    needs: ["large-data"],
    remedyId: "recipient-domain-lookalike",
  },
  check({ message, policy }) {
    let known: Protected | undefined;
    const findings: RuleFinding[] = [];
    for (const recipient of message.recipients) {
      // Malformed addresses are recipient-invalid-address's to report.
      const parsed = checkAddress(recipient.address);
      if (!parsed.ok) continue;
      const domain = parsed.domain.toLowerCase();
      // Plain ASCII without an xn-- label cannot hide another script: the common case, kept cheap.
      if (!/[^\x20-\x7e]|(^|\.)xn--/.test(domain)) continue;
      known ??= new Protected(policy, message.sender?.address);
      const protector = known;
      if (protector.exact.has(hostToUnicode(domain))) continue;
      const found = lookalikeOf(domain, (key) => protector.imitated(key));
      if (!found) continue;
      const address = trimAscii(recipient.address);
      const target = { kind: "recipient", address: recipient.address, field: recipient.field } as const;
      const data = { address, domain: found.unicode, ascii: found.ascii, characters: [...found.characters] };
      if (found.imitates === undefined) {
        findings.push({ messageId: found.kind, data, target });
        continue;
      }
      if (!found.whole) {
        // Only a parent domain is imitated ("mail.ехаmple.cn"): no safe replacement for the whole name.
        findings.push({ messageId: found.kind, data: { ...data, lookalike: found.imitates }, target });
        continue;
      }
      const replacement = `${parsed.local}@${found.imitates}`;
      findings.push({
        messageId: found.kind,
        data: { ...data, lookalike: found.imitates, replacement },
        target,
        suggestions: [replaceWith(recipient, replacement)],
      });
    }
    return findings;
  },
};

export default rule;

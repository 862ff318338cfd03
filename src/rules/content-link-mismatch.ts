import type { Rule, RuleFinding } from "../engine/rule";
import { bodyAnalysis, clipLine } from "../text/body/body";
import { findTextLinks } from "../text/body/links";
import { describeHost, parseWebUrl, registrableDomain, type ParsedUrl } from "../text/addresses/url";
import { domainMatcher } from "../text/addresses/domains";
import { senderSite } from "./shared/style-signals";

/**
 * A link whose visible text shows one address while the link goes to another site — the classic
 * phishing pattern, and one filters look for (manual B §二(六); A §一.7). Also links that hide
 * the real host behind user info: `http://paypal.com@evil.com` opens evil.com.
 *
 * "Another site" compares registrable domains (the last two labels, or three under suffixes like
 * com.cn / co.uk), on the Unicode reading of the host, so `www.example.com` shown for
 * `https://example.com/x` is fine while `apple.com` shown for `xn--pple-43d.com` (a Cyrillic "а")
 * is not. Links rewritten by mail-security gateways (Safe Links, Proofpoint, Mimecast…) in quoted
 * replies are skipped: their text shows the original address by design.
 *
 * Links into the sender's own registrable domain are skipped too (not for an address at a mail
 * provider): a newsletter's click tracking (`dilbert.com` shown, `ummail4.unitedmedia.com` opened,
 * for a sender at unitedmedia.com) leads through the sender's own servers, which the From address
 * already names. On SpamAssassin's legitimate newsletters that was most of this rule's findings.
 */

const MAX_FINDINGS = 10;
/** Anchor texts longer than this are prose, not an address. */
const MAX_SHOWN = 300;

/**
 * Top-level domains accepted for a bare "example.com" anchor text. Without a scheme or "www."
 * only these count, so file names such as "notes.md", "setup.sh" or "photos.zip" (all real TLDs)
 * are not taken for addresses.
 */
const COMMON_TLDS = new Set(
  ("com net org edu gov mil int info biz name pro mobi asia cn hk tw mo jp kr sg my th vn ph id in au nz uk us ca " +
    "de fr it es nl be ch at se no dk fi ie pt pl ru ua tr br mx ar za ae sa il eu io co me tv cc ai app dev xyz top " +
    "vip club site online shop store tech cloud link live news email group work ltd 中国 中國 公司 网络 網絡").split(" "),
);
const BARE_HOST = /^((?:[a-z0-9\u00a1-\uffff][a-z0-9\u00a1-\uffff-]{0,62}\.)+([a-z\u00a1-\uffff]{2,63}))(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const SCHEME_OR_WWW = /^(?:https?:\/\/|www\.)/i;
const WRAPPERS = domainMatcher([
  "safelinks.protection.outlook.com",
  "safelinks.protection.office365.us",
  "urldefense.com",
  "urldefense.proofpoint.com",
  "mimecast.com",
  "mimecastprotect.com",
  "cudasvc.com",
  "avanan.click",
]);
const OPENERS = "<([{\"'「『“‘";
const CLOSERS = ">)]}\"'」』”’";
const TRAILING = ".,;:!?。，；：！？";

function unwrap(text: string): string {
  let t = text;
  for (;;) {
    const open = OPENERS.indexOf(t[0]);
    if (t.length >= 2 && open >= 0 && t[t.length - 1] === CLOSERS[open]) t = t.slice(1, -1).trim();
    else if (t.length > 0 && TRAILING.includes(t[t.length - 1])) t = t.slice(0, -1);
    else return t;
  }
}

/** The address an anchor's text shows, if it shows one. */
export function shownAddress(text: string): ParsedUrl | undefined {
  if (text === "" || text.length > MAX_SHOWN) return undefined;
  const t = unwrap(text.normalize("NFKC").trim());
  if (/\s/.test(t)) {
    // A sentence ("Visit www.example.com today"): an explicit address inside it counts.
    const [first] = findTextLinks(t);
    return first === undefined ? undefined : parseWebUrl(first.url);
  }
  if (SCHEME_OR_WWW.test(t)) return parseWebUrl(t);
  const bare = BARE_HOST.exec(t);
  if (bare === null || !COMMON_TLDS.has(bare[2].toLowerCase())) return undefined;
  return parseWebUrl(`http://${t}`);
}

function site(url: ParsedUrl): string {
  return registrableDomain(url.displayHost, url.hostKind);
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "content-link-mismatch",
    category: "content",
    description: {
      "zh-CN": "链接显示的地址与实际指向的地址不一致",
      "zh-TW": "連結顯示的網址與實際指向的網址不一致",
      "en-US": "A link shows one address but leads to another",
    },
    messages: {
      mismatch: {
        "zh-CN": "有链接显示为 {shown}，实际却指向 {actual}。这是钓鱼邮件的典型特征，容易被拦截。",
        "zh-TW": "有連結顯示為 {shown}，實際卻指向 {actual}。這是釣魚郵件的典型特徵，容易被攔截。",
        "en-US": "A link shows {shown} but actually goes to {actual}. This is a classic phishing sign and is likely to be blocked.",
      },
      userinfo: {
        "zh-CN": "有链接以 {shown}@ 开头，看起来像是去 {shown}，实际打开的是 {actual}。",
        "zh-TW": "有連結以 {shown}@ 開頭，看起來像是前往 {shown}，實際開啟的是 {actual}。",
        "en-US": "A link starts with {shown}@, so it looks like {shown}, but it opens {actual}.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "content-link-mismatch",
  },
  check({ message }) {
    const ownSite = senderSite(message);
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    const add = (messageId: string, shown: string, actual: string, excerpt: string): void => {
      const key = `${messageId}\n${shown}\n${actual}`;
      if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
      seen.add(key);
      findings.push({ messageId, data: { shown, actual }, target: { kind: "body", excerpt: clipLine(excerpt) } });
    };
    // A newsletter repeats the same link many times: judge each text and address pair once.
    // Repeats of an address share one parsed object, so the pair is keyed without building strings.
    const judged = new Map<ParsedUrl, Set<string>>();
    for (const link of bodyAnalysis(message).links) {
      const actual = link.url;
      if (link.kind === "img" || actual === undefined) continue;
      let texts = judged.get(actual);
      if (texts === undefined) {
        texts = new Set();
        judged.set(actual, texts);
      }
      const key = link.kind === "a" ? link.text : `\u0000${link.kind}`;
      if (texts.has(key)) continue;
      texts.add(key);
      if (actual.userinfo !== "" && actual.scheme !== "ftp") {
        add("userinfo", clipLine(actual.userinfo, 60), describeHost(actual), link.href);
      }
      if (link.kind !== "a" || WRAPPERS.matches(actual.host)) continue;
      const shown = shownAddress(link.text);
      if (shown !== undefined && site(shown) !== site(actual) && (ownSite === "" || site(actual) !== ownSite)) {
        add("mismatch", describeHost(shown), describeHost(actual), link.text);
      }
    }
    return findings;
  },
};

export default rule;

// Regenerates src/text/addresses/mail-domains.generated.ts from the email-providers and tldts packages:
//   node test/text/addresses/generate-mail-domains.mjs          (writes the file)
//   node test/text/addresses/generate-mail-domains.mjs --stdout (prints it; mail-domains.test.ts
//                                                                 compares that with the committed file)
// It lives under test/ because it reads packages with Node, which src/text (pure code) must not.
//
// Why not ship the packages' data: the Send handler carries the typo rule and has about 3 KB of its
// 40 KB gzip budget left; email-providers' all.json (8,800 domains) and tldts' suffix trie are each
// larger than that. The rule only needs to know, for a typed domain, (1) the providers it may
// suggest and (2) whether a domain or a suffix near one of them is real. So the file holds the
// suggestion targets, plus only those real domains and real suffixes that are close enough to a
// target for the rule ever to consider them. Everything farther is never corrected anyway, so
// not knowing it costs nothing.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const require = createRequire(import.meta.url);
const ALL = require("email-providers/all.json");
const COMMON = require("email-providers/common.json");
const { parse } = require("tldts");
const versions = `email-providers ${require("email-providers/package.json").version}, tldts ${require("tldts/package.json").version}`;
const target = path.join(root, "src/text/addresses/mail-domains.generated.ts");

/**
 * The providers the rule may suggest, most used first for a Chinese-speaking workforce (order
 * breaks ties within a brand): DESIGN.md §8's Chinese consumer domains, the Taiwanese and Hong
 * Kong ones, then the international ones in email-providers' common.json order of use. Short names
 * and plain words (me.com, mail.com, web.de, att.net, gmx.com, zoho.com, daum.net, charter.net,
 * libero.it, btinternet.com) are left out as targets: one or two keystrokes from them is another real
 * company too often (gmc.com, soho.com, internet.com), and so are names one key from a bigger target
 * (ymail.com is a slip of gmail.com as often as not). `swap` only for consumer mail brands: an
 * ISP's name under .com is often its own company's mail (comcast.com, earthlink.com). `swap`: a name distinctive enough
 * that the same name under another common ending (gmail.net, gmail.co) can only mean the provider.
 * Domains the package lacks (mostly the Chinese ones) are listed in SUPPLEMENT below.
 */
const TARGETS = [
  ["qq.com", "qq", "swap"], ["163.com", "163", "swap"], ["gmail.com", "gmail", "swap"], ["126.com", "126", "swap"],
  ["outlook.com", "outlook", "swap"], ["hotmail.com", "hotmail", "swap"], ["foxmail.com", "foxmail", "swap"],
  ["sina.com", "sina"], ["yahoo.com", "yahoo", "swap"], ["icloud.com", "icloud", "swap"], ["139.com", "139", "swap"],
  ["sohu.com", "sohu", "swap"], ["aliyun.com", "aliyun", "swap"], ["yeah.net", "yeah", "swap"], ["live.com", "live"],
  ["189.cn", "189", "swap"], ["msn.com", "msn"], ["aol.com", "aol", "swap"], ["sina.cn", "sina"],
  ["vip.163.com", "163"], ["vip.126.com", "126"], ["vip.sina.com", "sina"], ["188.com", "188"],
  ["21cn.com", "21cn", "swap"], ["tom.com", "tom"], ["263.net", "263"], ["protonmail.com", "protonmail", "swap"],
  ["hinet.net", "hinet"], ["yahoo.com.tw", "yahoo"], ["yahoo.com.hk", "yahoo"], ["netvigator.com", "netvigator"],
  ["pchome.com.tw", "pchome"], ["googlemail.com", "googlemail", "swap"], ["comcast.net", "comcast"],
  ["verizon.net", "verizon"], ["sbcglobal.net", "sbcglobal"], ["bellsouth.net", "bellsouth"],
  ["earthlink.net", "earthlink"], ["yandex.ru", "yandex"], ["yandex.com", "yandex"],
  ["t-online.de", "t-online"], ["naver.com", "naver"],
  ["hanmail.net", "hanmail"], ["yahoo.co.jp", "yahoo"], ["yahoo.co.uk", "yahoo"], ["hotmail.co.uk", "hotmail"],
  ["rediffmail.com", "rediffmail"], ["laposte.net", "laposte"], ["wanadoo.fr", "wanadoo"],
  ["virginmedia.com", "virginmedia"], ["ntlworld.com", "ntlworld"], ["blueyonder.co.uk", "blueyonder"],
  ["talktalk.net", "talktalk"], ["optonline.net", "optonline"], ["roadrunner.com", "roadrunner"],
  ["netzero.net", "netzero"], ["sympatico.ca", "sympatico"], ["bigpond.com", "bigpond"], ["optusnet.com.au", "optusnet"],
  ["tiscali.it", "tiscali"], ["virgilio.it", "virgilio"], ["freenet.de", "freenet"], ["seznam.cz", "seznam"], ["interia.pl", "interia"],
];

/**
 * Real mail domains always kept: those the package does not list (DESIGN.md §8's targets, regional
 * and legacy variants, checked by hand to be mail domains) and the providers left out as targets above.
 */
const SUPPLEMENT = `
sohu.com 139.com 189.cn hinet.net netvigator.com vip.163.com vip.126.com 263.net pchome.com.tw
vip.qq.com sina.com.cn sina.com.tw sina.com.hk sina.net sohu.net 163.net 126.net vip.188.com 2980.com wo.cn
msa.hinet.net ms1.hinet.net seed.net.tw so-net.net.tw gmail.de googlemail.de email.com mail.com me.com mac.com
ymail.com proton.me gmx.com gmx.net gmx.de zoho.com daum.net charter.net rambler.ru btinternet.com libero.it
rocketmail.com live.cn hotmail.fr hotmail.de hotmail.it hotmail.es outlook.fr outlook.de outlook.jp pm.me
zohomail.com mail.ru biglobe.ne.jp
`.trim().split(/\s+/);

/** Endings people use, most used first: what a misspelt ending is corrected to. */
export const SUFFIX_TARGETS = `
com cn net org com.cn tw com.tw hk com.hk co.uk uk co.jp jp com.br br edu gov edu.cn gov.cn net.cn
org.cn ac.cn edu.tw gov.tw org.tw net.tw idv.tw edu.hk org.hk gov.hk net.hk ac.uk org.uk gov.uk
ne.jp ac.jp or.jp mo com.mo sg com.sg my com.my kr co.kr au com.au edu.au nz co.nz in co.in
de fr it es nl ch se ru ca us eu io info biz me tv cc co asia
`.trim().split(/\s+/);

/** Optimal string alignment distance (adjacent swaps count one), as the rule measures. */
export function osa(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const mainLabelOf = (domain) => {
  const { domainWithoutSuffix } = parse(domain, { allowPrivateDomains: false });
  return domainWithoutSuffix || domain.split(".")[0];
};

/**
 * Endings under which a swap brand's name can only be a slip (gmail.co, gmail.net, qq.cn): the
 * big generic ones, .cm and .om (real, but far more often a slip of .com: see domains.ts), and
 * the ending typed twice (gmail.com.com).
 */
export const SWAP_SUFFIXES = "com net org co cn com.cn net.cn org.cn cc cm om biz info com.com com.net net.com".split(" ");

/** The rule's reach: one edit from a target whose organisation label has ≤ 5 characters, else two. */
const reach = (target) => (mainLabelOf(target).length <= 5 ? 1 : 2);

/**
 * Whether the rule could take `domain` for a slip of `target`: within reach, or (a swap brand's
 * five-letter name, as recipient-domain-typo stretches it) two edits in the name that keep its
 * first letter and ending (yhao.com for yahoo.com).
 */
function withinReach(target, domain, swapLabels) {
  if (Math.abs(target.length - domain.length) > 2) return false;
  const d = osa(target, domain);
  if (d <= reach(target)) return true;
  const label = mainLabelOf(target);
  const ending = target.slice(target.indexOf(label) + label.length);
  return d === 2 && label.length === 5 && swapLabels.has(label) && domain[0] === label[0] && domain.endsWith(ending);
}

/** Endings provider-label.ts compares names under: SUFFIX_TARGETS less an institution's. */
const NAME_ENDINGS = new Set(SUFFIX_TARGETS.filter((s) => !/^(edu|gov|ac|mil|go|or|ne|idv)(\.|$)/.test(s)));

/** Whether provider-label.ts could take `domain`'s first label for a slip of a swap brand's name. */
function nearByName(domain, swapLabels) {
  const dot = domain.indexOf(".");
  if (dot < 3 || !NAME_ENDINGS.has(domain.slice(dot + 1))) return false;
  const label = domain.slice(0, dot);
  for (const brand of swapLabels) {
    if (brand.length < 5 || /[0-9]/.test(brand) || brand[0] !== label[0]) continue;
    const d = osa(label, brand);
    if (d >= 1 && d <= (brand.length <= 5 ? 1 : 2)) return true;
  }
  return false;
}

/**
 * Real mail domains the rule could take for a typo: those of common.json (the package's list by
 * use) and a swap brand's own regional domains (hotmail.ca, outlook.cl) within the rule's reach
 * of a target. all.json's other near domains are left out on purpose: that list also holds
 * typo-catching registrations (gmial.com, hotmail.con, gmail.co), exactly what the rule must fix.
 * Real domains out of reach (yahoo.de) need no entry: the rule never suggests anything for them.
 */
function protectedDomains() {
  const targets = TARGETS.map(([d]) => d);
  const swapLabels = new Set(TARGETS.filter((t) => t[2] === "swap").map(([d]) => mainLabelOf(d)));
  const near = (domain) => targets.some((t) => withinReach(t, domain, swapLabels)) || nearByName(domain, swapLabels);
  const out = new Set(SUPPLEMENT);
  // common.json's domains under a swap brand's name (yahoo.com.cn) too: the swap would reach them.
  for (const domain of COMMON) if (near(domain) || swapLabels.has(mainLabelOf(domain))) out.add(domain);
  for (const domain of new Set([...ALL, ...COMMON])) {
    if (!swapLabels.has(mainLabelOf(domain)) || !near(domain)) continue;
    const suffix = parse(domain, { allowPrivateDomains: false }).publicSuffix;
    if (isIcannSuffix(suffix) && !SWAP_SUFFIXES.includes(suffix)) out.add(domain);
  }
  for (const t of targets) out.delete(t);
  return [...out].sort();
}

/** A suffix in the Public Suffix List's ICANN section, or one whose labels a wildcard rule covers (ck for *.ck). */
export function isIcannSuffix(suffix) {
  // A probe label no suffix rule names (one-letter labels are suffixes under some TLDs: x.se).
  const parsed = parse(`mail-preflight-probe.${suffix}`, { allowPrivateDomains: false });
  // A wildcard rule (*.ck) names the labels under a suffix, so the suffix itself exists too.
  return parsed.isIcann === true && (parsed.publicSuffix === suffix || parsed.publicSuffix === `mail-preflight-probe.${suffix}`);
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-";

/** Every string one edit (OSA) from `s` over host-name characters without dots, `s` included. */
function oneEdit(s) {
  const out = new Set([s]);
  for (let i = 0; i <= s.length; i++) {
    for (const c of ALPHABET) {
      out.add(s.slice(0, i) + c + s.slice(i));
      if (i < s.length) out.add(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i < s.length) out.add(s.slice(0, i) + s.slice(i + 1));
    if (i + 1 < s.length) out.add(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

/** `s` with up to `dots` dots put between its characters (never first, last or side by side). */
function dottings(s, dots) {
  const out = [s];
  for (let i = 1; i < s.length && dots >= 1; i++) {
    out.push(`${s.slice(0, i)}.${s.slice(i)}`);
    for (let j = i + 1; j < s.length && dots >= 2; j++) out.push(`${s.slice(0, i)}.${s.slice(i, j)}.${s.slice(j)}`);
  }
  return out;
}

/**
 * Real suffixes the rule could take for a slip of a target: those whose letters are within one
 * edit of a target's letters, within two edits with the dots and with no more labels than the
 * target (the rule's limits, see src/text/addresses/suffixes.ts); of two labels, only those under
 * the top-level domain of a two-label target. Any other suffix within those limits is, by construction, not in
 * the Public Suffix List, so no delivery is possible there and suggesting the target is safe.
 */
export function nearRealSuffixes() {
  const targets = new Set(SUFFIX_TARGETS);
  const out = new Set();
  for (const t of SUFFIX_TARGETS) {
    for (const letters of oneEdit(t.replace(/\./g, ""))) {
      if (letters.length < 2) continue;
      for (const s of dottings(letters, t.split(".").length - 1)) {
        // Two-letter top-level domains are all listed apart (TWO_LETTER_TLDS).
        if (targets.has(s) || out.has(s) || osa(s, t) > 2 || /^[a-z]{2}$/.test(s)) continue;
        // The rule asks about a two-label suffix only when it ends in a real top-level domain
        // that a two-label target ends in too (o.uk for co.uk); with any other ending it asks
        // about the top-level domain alone.
        const labels = s.split(".");
        if (labels.length === 2 && !(t.includes(".") && t.endsWith(`.${labels[1]}`))) continue;
        if (s.split(".").some((label) => label.startsWith("-") || label.endsWith("-"))) continue;
        if (isIcannSuffix(s)) out.add(s);
      }
    }
  }
  return [...out].sort();
}

/** Every two-letter ICANN top-level domain (the country codes): a short, exact list. */
export function twoLetterTlds() {
  const out = [];
  for (const a of "abcdefghijklmnopqrstuvwxyz") for (const b of "abcdefghijklmnopqrstuvwxyz") if (isIcannSuffix(a + b)) out.push(a + b);
  return out;
}

/** Words joined by `sep` into ~100-character string literals (cut only after a separator). */
function pack(words, sep = " ") {
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line.length + w.length > 96) {
      lines.push(line);
      line = "";
    }
    line += (line ? sep : "") + w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => `  ${JSON.stringify(i < lines.length - 1 ? `${l}${sep}` : l)}`).join(" +\n");
}

function groupByFirstLabel(domains) {
  const groups = new Map();
  for (const d of domains) {
    const dot = d.indexOf(".");
    const label = d.slice(0, dot);
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(d.slice(dot + 1));
  }
  return [...groups].map(([label, rest]) => `${label}:${rest.join(" ")}`);
}

function groupByFirstLetter(codes) {
  const groups = new Map();
  for (const c of codes) groups.set(c[0], (groups.get(c[0]) ?? "") + c[1]);
  return [...groups].map(([first, seconds]) => first + seconds);
}

export function render() {
  for (const [d] of TARGETS) {
    if (!ALL.includes(d) && !SUPPLEMENT.includes(d)) throw new Error(`${d}: neither in email-providers nor in SUPPLEMENT`);
  }
  for (const s of SUFFIX_TARGETS) if (!isIcannSuffix(s)) throw new Error(`${s}: not an ICANN suffix`);
  const targets = TARGETS.map(([d, brand, swap]) => `${d}:${brand}${swap ? ":s" : ""}`);
  const protectedList = protectedDomains();
  const near = nearRealSuffixes();
  const two = twoLetterTlds();
  return `/**
 * Mail domains and suffixes for the typo rule, from ${versions}.
 * Generated by test/text/addresses/generate-mail-domains.mjs (which says why these and not the whole
 * lists); mail-domains.test.ts fails when it no longer matches the packages. Do not edit by hand.
 */

/** Suggestion targets, most used first: "domain:brand", ":s" when the brand's name may be swapped. */
export const TARGET_DOMAINS =
${pack(targets)};

/**
 * ${protectedList.length} real mail domains near a target or under a swap brand's name: never corrected.
 * Grouped by first label ("hotmail:de fr|…" is hotmail.de and hotmail.fr): about 70 bytes less
 * gzip in the Send handler than a plain list.
 */
export const PROTECTED_DOMAINS =
${pack(groupByFirstLabel(protectedList), "|")};

/** Endings under which a swap brand's name is a slip (gmail.net, qq.cn, gmail.com.com). */
export const SWAP_SUFFIXES = ${JSON.stringify(SWAP_SUFFIXES.join(" "))};

/** Endings people use, most used first: what a suffix that does not exist is corrected to. */
export const SUFFIX_TARGETS =
${pack(SUFFIX_TARGETS)};

/** The ${two.length} two-letter top-level domains by first letter ("acdefg…" is .ac .ad .ae …): real, never corrected. */
export const TWO_LETTER_TLDS =
${pack(groupByFirstLetter(two))};

/** ${near.length} other Public Suffix List (ICANN) suffixes near a target: real, so never corrected. */
export const NEAR_REAL_SUFFIXES =
${pack(near)};
`;
}

const text = render();
if (process.argv.includes("--stdout")) process.stdout.write(text);
else {
  fs.writeFileSync(target, text);
  console.log(`Wrote ${path.relative(root, target)}.`);
}

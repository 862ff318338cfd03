import rule from "../../src/rules/recipient-domain-typo";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { KNOWN_DOMAINS } from "../../src/text/addresses/domains";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import { type InvalidCase, type RuleCase, ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const CONTOSO: EffectivePolicy = { ...DEFAULT_POLICY, internalDomains: ["contoso.cn"] };
const PARTNER: EffectivePolicy = { ...DEFAULT_POLICY, knownDomains: ["fabrikam.com.cn"] };

/** Typed domain → the domain we suggest. */
const TYPOS: [string, string, EffectivePolicy?][] = [
  ["gmial.com", "gmail.com"],
  ["gmai.com", "gmail.com"],
  ["gamil.com", "gmail.com"],
  ["gmaill.com", "gmail.com"],
  ["gmail.co", "gmail.com"], // .co is real, but gmail.co is not a mailbox provider
  ["gmail.cm", "gmail.com"],
  ["gmal.con", "gmail.com"], // a TLD slip and a missing letter
  ["gmail.com.cn", "gmail.com"],
  ["qq.con", "qq.com"],
  ["qq.cim", "qq.com"],
  ["qq.vom", "qq.com"],
  ["qq.co", "qq.com"],
  ["qqq.com", "qq.com"],
  ["qq.cn", "qq.com"], // explicit provider TLD swap
  ["163.cm", "163.com"],
  ["163.con", "163.com"],
  ["163.cn", "163.com"],
  ["126.con", "126.com"],
  ["164.com", "163.com"], // 4 is next to 3 on the keyboard
  ["outlok.com", "outlook.com"],
  ["outllok.com", "outlook.com"],
  ["outlook.cm", "outlook.com"],
  ["hotmial.com", "hotmail.com"],
  ["hotnail.com", "hotmail.com"],
  ["hotmal.con", "hotmail.com"],
  ["yaho.com", "yahoo.com"],
  ["yahooo.com", "yahoo.com"],
  ["sina.con", "sina.com"],
  ["sian.com", "sina.com"],
  ["sina.co", "sina.com"], // ties with sina.cn: same brand, the more used wins
  ["foxmai.com", "foxmail.com"],
  ["foxmail.cn", "foxmail.com"],
  ["icloud.con", "icloud.com"],
  ["iclod.com", "icloud.com"],
  ["alyun.com", "aliyun.com"],
  ["yeah.com", "yeah.net"],
  ["189.com", "189.cn"],
  ["263.nte", "263.net"],
  ["vip.163.con", "vip.163.com"],
  ["protonmial.com", "protonmail.com"],
  ["msn.con", "msn.com"],
  ["contos.cn", "contoso.cn", CONTOSO],
  ["contoso.con", "contoso.cn", CONTOSO], // the internal domain beats the generic .con → .com
  ["ccontoso.cn", "contoso.cn", CONTOSO],
  ["fabrikam.con.cn", "fabrikam.com.cn", PARTNER],
  ["fabrikan.com.cn", "fabrikam.com.cn", PARTNER],
  ["example.con", "example.com"], // TLD slip on any domain
  ["example.cmo", "example.com"],
  ["example.com.cm", "example.com.cn"],
  ["example.nte", "example.net"],
  // Endings that do not exist, on any domain, multi-part suffixes as one unit.
  ["example.ogr", "example.org"],
  ["mail.example.con", "mail.example.com"],
  ["bbc.couk", "bbc.co.uk"],
  ["bbc.co.um", "bbc.co.uk"],
  ["bbc.o.uk", "bbc.co.uk"],
  ["example.cobr", "example.com.br"],
  ["example.cojp", "example.co.jp"],
  ["example.comtw", "example.com.tw"],
  ["example.com.tww", "example.com.tw"],
  ["example.comhk", "example.com.hk"],
  ["example.comcn", "example.com.cn"],
  ["example.con.cn", "example.com.cn"],
  ["example.ocm", "example.com"],
  ["example.nett", "example.net"],
  // A provider's name under an ending it does not use.
  ["gmail.net", "gmail.com"],
  ["gmail.org", "gmail.com"],
  ["hotmail.co", "hotmail.com"],
  ["hotmail.con", "hotmail.com"],
  ["qq.net", "qq.com"],
  ["yahoo.cn", "yahoo.com"],
  ["gmail.cmo", "gmail.com"],
  ["gmail.com.com", "gmail.com"],
  ["qq.com.com", "qq.com"],
  // Providers beyond DESIGN.md §8's: Taiwan, Hong Kong, the big international ones.
  ["googlemial.com", "googlemail.com"],
  ["comcats.net", "comcast.net"],
  ["hinte.net", "hinet.net"],
  ["yahooo.com.tw", "yahoo.com.tw"],
  ["yaho.com.hk", "yahoo.com.hk"],
  ["netvigtor.com", "netvigator.com"],
  // A slip in a big provider's name under another ending: the name is mended, the ending kept
  // where the provider uses it or the user may mean it, else the provider's own.
  ["gmai.co.uk", "gmail.co.uk"],
  ["gamil.co.uk", "gmail.co.uk"],
  ["hotmial.co.uk", "hotmail.co.uk"],
  ["gmial.net", "gmail.com"],
  ["goooglemail.net", "googlemail.com"],
  // Two slips in a distinctive five-letter name, first letter and ending kept.
  ["yhao.com", "yahoo.com"],
  ["yhooo.com", "yahoo.com"],
  ["gmaiil.con", "gmail.com"],
  ["aol.net", "aol.com"],
  // The ending typed twice (no one has mail under com.com), and a country code one letter off.
  ["example.com.com", "example.com"],
  ["example.con.com", "example.com"],
  ["example.co.lp", "example.co.jp"],
];

/** Real domains that must never be "corrected", and slips too ambiguous to guess. */
const CORRECT: [string, EffectivePolicy?][] = [
  ["163.com"], ["126.com"], ["188.com"], ["yeah.net"], ["139.com"], ["189.cn"], ["sina.cn"],
  ["sina.com"], ["vip.sina.com"], ["vip.126.com"], ["21cn.com"], ["263.net"], ["tom.com"],
  ["gmail.com"], ["googlemail.com"], ["mail.com"], ["email.com"], ["ymail.com"], ["live.cn"],
  ["hotmail.co.uk"], ["protonmail.ch"], ["example.com.cn"], ["company.cn"], ["example.co"],
  ["136.com"], // one edit from both 126.com and 163.com: no safe guess
  ["162.com"], // 126.com (swap) or 163.com (neighbouring key): no safe guess
  ["168.com"], // 6 and 8 are not neighbours: not a slip of 163.com or 188.com
  ["soho.com"], // o and u are not neighbours: not a slip of sohu.com
  ["contoso.cn", CONTOSO], ["mail.contoso.cn", CONTOSO],
  ["contoso.com", CONTOSO], // the same name under another real ending may well be real
  ["contoso.com.cn", CONTOSO],
  ["fabrikam.com.cn", PARTNER],
  ["Gmail.COM"],
  // Real domains under multi-part suffixes and near-common endings.
  ["bbc.co.uk"], ["ox.ac.uk"], ["example.com.cn"], ["yahoo.com.tw"], ["yahoo.com.hk"], ["yahoo.co.jp"], ["example.co.jp"],
  ["example.or.jp"], ["example.com.br"], ["example.com.hk"], ["example.com.tw"], ["example.idv.tw"], ["example.sh.cn"],
  ["example.co.za"], ["example.nhs.uk"], ["example.com.au"], ["example.cam"], ["example.cat"], ["example.photography"],
  ["example.local"], ["hotmail.fr"], ["outlook.jp"], ["gmail.de"], ["yahoo.com.cn"], ["sina.net"], ["163.net"],
  ["pchome.com.tw"], ["seed.net.tw"], ["msa.hinet.net"], ["netvigator.com"], ["comcast.net"], ["googlemail.com"],
  ["soho.com"], ["gmc.com"],
  // Real companies one or two keys from a provider, and ISPs' own company domains.
  ["internet.com"], ["comcast.com"], ["earthlink.com"], ["libra.it"],
  // Words one key from a provider's name under another ending, and an institution's domain.
  ["email.co.uk"], ["cloud.de"], ["gial.edu"], ["gmial.gov.uk"], ["mial.com"], ["madil.com"],
  // A dot one key late or a "c" left out: examplec.com and example.com are equally likely.
  ["examplec.om"],
];

const valid: RuleCase[] = CORRECT.map(([domain, policy]) => ({
  name: `${domain} is left alone`,
  message: makeSnapshot({ recipients: [to(`zhang@${domain}`)] }),
  policy,
}));

const invalid: InvalidCase[] = TYPOS.map(([typed, meant, policy]) => ({
  name: `${typed} → ${meant}`,
  message: makeSnapshot({ recipients: [to(`zhang@${typed}`, "cc")] }),
  policy,
  findings: [
    {
      messageId: "typo",
      data: { address: `zhang@${typed}`, domain: typed, suggestion: meant, replacement: `zhang@${meant}` },
      target: { kind: "recipient", address: `zhang@${typed}`, field: "cc" },
      suggestions: [
        {
          messageId: "replace",
          edit: { type: "replaceRecipient", field: "cc", address: `zhang@${typed}`, replacement: `zhang@${meant}` },
        },
      ],
    },
  ],
}));

/** Every built-in provider and every real mail domain the rule knows. */
const EVERY_KNOWN: RuleCase[] = [...KNOWN_DOMAINS].map((domain) => ({
  name: `known ${domain} is left alone`,
  message: makeSnapshot({ recipients: [to(`li@${domain}`)] }),
}));

ruleTester(rule, {
  valid: [
    ...valid,
    ...EVERY_KNOWN,
    {
      name: "the policy's partner domains are never corrected, even under a provider-like name",
      message: makeSnapshot({ recipients: [to("a@gmail.net"), to("b@contoso.co.um")] }),
      policy: { ...DEFAULT_POLICY, knownDomains: ["gmail.net", "contoso.co.um"] },
    },
    {
      name: "a domain the DNS look-up found a mail server for is real, however close to a provider",
      message: { ...makeSnapshot({ recipients: [to("a@hotnail.com"), to("b@contoso.con")] }), domainChecks: [{ domain: "hotnail.com", status: "ok" }, { domain: "Contoso.con", status: "ok" }] },
    },
    { name: "no recipients", message: makeSnapshot() },
    {
      name: "malformed addresses are recipient-invalid-address's",
      message: makeSnapshot({ recipients: [to("zhang＠gmial.com"), to("zhang@gmial")] }),
    },
    {
      name: "a look-alike character is recipient-domain-lookalike's, not a typo",
      message: makeSnapshot({ recipients: [to("alice@gmaіl.com"), to("alice@xn--gmal-n9d.com"), to("li@qq.cоm"), to("li@gmaıl.com")] }),
    },
    {
      name: "the admin's known domains are never flagged",
      message: makeSnapshot({ recipients: [to("a@gmial.com")] }),
      policy: { ...DEFAULT_POLICY, knownDomains: ["gmial.com"] },
    },
  ],
  invalid: [
    ...invalid,
    {
      name: "the sender's domain stands in for internal domains",
      message: makeSnapshot({ sender: { address: "me@contoso.cn", displayName: "" }, recipients: [to("li@contos.cn")] }),
      findings: [{ messageId: "typo", data: { suggestion: "contoso.cn" } }],
    },
    {
      name: "a failed or negative DNS answer is no evidence of a real domain",
      message: {
        ...makeSnapshot({ recipients: [to("a@hotnail.com"), to("b@gmial.com")] }),
        domainChecks: [{ domain: "hotnail.com", status: "not-found" }, { domain: "gmial.com", status: "error" }],
      },
      findings: [{ messageId: "typo", data: { suggestion: "hotmail.com" } }, { messageId: "typo", data: { suggestion: "gmail.com" } }],
    },
    {
      name: "keeps the local part as typed, mixed case and Unicode",
      message: makeSnapshot({ recipients: [to(" 张三.Li@GMIAL.com ")] }),
      findings: [{ messageId: "typo", data: { domain: "gmial.com", replacement: "张三.Li@gmail.com" } }],
    },
    {
      name: "one finding per recipient, in order",
      message: makeSnapshot({ recipients: [to("a@qq.con"), to("b@qq.com"), to("c@qq.con", "bcc")] }),
      findings: [
        { messageId: "typo", target: { kind: "recipient", address: "a@qq.con", field: "to" } },
        { messageId: "typo", target: { kind: "recipient", address: "c@qq.con", field: "bcc" } },
      ],
    },
  ],
});

it("checks at least 40 typo / correct pairs", () => {
  expect(TYPOS.length + CORRECT.length).toBeGreaterThanOrEqual(40);
  expect(TYPOS.length).toBeGreaterThanOrEqual(40);
});

import rule from "../../src/rules/recipient-domain-lookalike";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import { type InvalidCase, type RuleCase, ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const COMPANY: EffectivePolicy = { ...DEFAULT_POLICY, internalDomains: ["example.cn"] };
const msg = (address: string, field: "to" | "cc" | "bcc" = "to") => makeSnapshot({ recipients: [to(address, field)] });

/** Names in one script, or Latin with Chinese, Japanese or Korean, and real names in other scripts. */
const HONEST: [string, EffectivePolicy?][] = [
  ["gmail.com"], ["qq.com"], ["example.cn", COMPANY], ["contoso.cn"], ["xn--fiqs8s.cn"],
  ["例子.中国"], ["中国移动.cn"], ["日本語.jp"], ["한국.kr"], ["abc中文.com"], ["テストabc.jp"],
  ["bücher.de"], ["münchen.de"], ["çok.com.tr"], ["ıstanbul.com"], ["пример.рф"], ["яндекс.рф"],
  ["рос.рф"], ["рос.ru"], ["κυβέρνηση.gr"], ["ωμο.gr"], ["пример.com"],
  ["例子.cn", { ...DEFAULT_POLICY, internalDomains: ["例子.cn"] }],
];

const valid: RuleCase[] = [
  ...HONEST.map(([domain, policy]) => ({ name: `${domain} is left alone`, message: msg(`li@${domain}`), policy })),
  { name: "no recipients", message: makeSnapshot() },
  { name: "malformed addresses are recipient-invalid-address's", message: msg("li@gmaіl") },
  { name: "the admin's known domains are never flagged", message: msg("li@gmaіl.com"), policy: { ...DEFAULT_POLICY, knownDomains: ["gmaіl.com"] } },
];

const invalid: InvalidCase[] = [
  {
    name: "gmaіl.com with a Cyrillic і imitates gmail.com, shown with its real name",
    message: msg(" Alice@gmaіl.com ", "cc"),
    findings: [
      {
        messageId: "lookalike",
        data: { address: "Alice@gmaіl.com", domain: "gmaіl.com", ascii: "xn--gmal-n9d.com", characters: ["і U+0456"], lookalike: "gmail.com", replacement: "Alice@gmail.com" },
        target: { kind: "recipient", address: " Alice@gmaіl.com ", field: "cc" },
        suggestions: [{ messageId: "replace", edit: { type: "replaceRecipient", field: "cc", address: " Alice@gmaіl.com ", replacement: "Alice@gmail.com" } }],
      },
    ],
  },
  {
    name: "the same domain written as xn--gmal-n9d.com",
    message: msg("alice@xn--gmal-n9d.com"),
    findings: [{ messageId: "lookalike", data: { domain: "gmaіl.com", ascii: "xn--gmal-n9d.com", lookalike: "gmail.com" } }],
  },
  {
    name: "qq.cоm: a Cyrillic о in the ending",
    message: msg("li@qq.cоm"),
    findings: [{ messageId: "lookalike", data: { ascii: "qq.xn--cm-fmc", characters: ["о U+043E"], lookalike: "qq.com" } }],
  },
  {
    name: "ехаmple.cn in Cyrillic letters imitates the company's own domain",
    message: msg("wang@ехаmple.cn"),
    policy: COMPANY,
    findings: [{ messageId: "lookalike", data: { ascii: "xn--mple-43d3a6i.cn", characters: ["е U+0435", "х U+0445", "а U+0430"], lookalike: "example.cn", replacement: "wang@example.cn" } }],
  },
  {
    name: "the sender's domain stands in for the company's",
    message: makeSnapshot({ sender: { address: "me@example.cn", displayName: "" }, recipients: [to("wang@ехаmple.cn")] }),
    findings: [{ messageId: "lookalike", data: { lookalike: "example.cn" } }],
  },
  {
    name: "a Latin dotless ı imitates gmail.com too",
    message: msg("li@gmaıl.com"),
    findings: [{ messageId: "lookalike", data: { ascii: "xn--gmal-nza.com", lookalike: "gmail.com" } }],
  },
  {
    name: "a subdomain of a look-alike: named, but no replacement is guessed",
    message: msg("li@mail.ехаmple.cn"),
    policy: COMPANY,
    findings: [{ messageId: "lookalike", data: { lookalike: "example.cn", ascii: "mail.xn--mple-43d3a6i.cn" }, suggestions: [] }],
  },
  {
    name: "a label that mixes Latin and Cyrillic, imitating nothing we know",
    message: msg("li@раураl-support.com"),
    findings: [{ messageId: "mixedScript", data: { domain: "раураl-support.com", ascii: "xn--l-support-zyha4qb5b.com" }, suggestions: [] }],
  },
  {
    name: "a label all in Cyrillic letters that read as Latin, under .com",
    message: msg("li@аррӏе.com"),
    findings: [{ messageId: "fakeLatin", data: { ascii: "xn--80ak6aa92e.com", characters: ["а U+0430", "р U+0440", "ӏ U+04CF", "е U+0435"] } }],
  },
  {
    name: "one finding per recipient, in order",
    message: makeSnapshot({ recipients: [to("a@qq.cоm"), to("b@qq.com"), to("c@gmaіl.com", "bcc")] }),
    findings: [
      { messageId: "lookalike", target: { kind: "recipient", address: "a@qq.cоm", field: "to" } },
      { messageId: "lookalike", target: { kind: "recipient", address: "c@gmaіl.com", field: "bcc" } },
    ],
  },
];

ruleTester(rule, { valid, invalid });

it("builds the company domains' skeletons only for a message that needs them, once", () => {
  const internalDomains = Array.from({ length: 50_000 }, (_, i) => `d${i}.example`);
  const policy = { ...DEFAULT_POLICY, internalDomains };
  const ascii = makeSnapshot({ recipients: Array.from({ length: 1000 }, (_, i) => to(`u${i}@d${i}.example`)) });
  expect(rule.check({ message: ascii, policy, options: {} })).toEqual([]);
  const mixed = makeSnapshot({ recipients: [to("a@d1.exаmple"), to("b@d2.exаmple"), to("c@d3.example")] });
  expect(rule.check({ message: mixed, policy, options: {} }).map((f) => f.data.lookalike)).toEqual(["d1.example", "d2.example"]);
});

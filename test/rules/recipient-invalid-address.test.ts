import rule from "../../src/rules/recipient-invalid-address";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const one = (address: string, field: "to" | "cc" | "bcc" = "to") => makeSnapshot({ recipients: [to(address, field)] });

/** Typed → the problem reported → the one-click fix offered. */
const REPAIRS: [string, string, string][] = [
  ["john.@example.com", "localDotAtEdge", "john@example.com"],
  [".john@example.com", "localDotAtEdge", "john@example.com"],
  ["john..smith@example.com", "doubleDot", "john.smith@example.com"],
  ["zhang@qq..com", "doubleDot", "zhang@qq.com"],
  ["zhang@.qq.com", "domainDotAtEdge", "zhang@qq.com"],
  ["zhang@qq.com.", "domainDotAtEdge", "zhang@qq.com"],
  ["zhang@qq,com", "invalidChar", "zhang@qq.com"],
  ["john,smith@example.com", "invalidChar", "john.smith@example.com"],
  ["zhang@@qq.com", "multipleAt", "zhang@qq.com"],
  ["zhang @qq.com", "space", "zhang@qq.com"],
  ["zhang@ qq.com", "space", "zhang@qq.com"],
  ["zhang@qq. com", "space", "zhang@qq.com"],
  ["zhang\u3000@qq.com", "space", "zhang@qq.com"],
  // What a Chinese input method types: ＠, 。, ， and full-width letters and digits.
  ["zhang＠qq.com", "fullWidth", "zhang@qq.com"],
  ["zhang@qq。com", "fullWidth", "zhang@qq.com"],
  ["zhang@qq，com", "separator", "zhang@qq.com"],
  ["zhang@163，com，cn", "separator", "zhang@163.com.cn"],
  ["ｚｈａｎｇ＠１６３。ｃｏｍ", "fullWidth", "zhang@163.com"],
  ["zhang.＠qq。com", "fullWidth", "zhang@qq.com"],
  ["a@qq.com，", "separator", "a@qq.com"],
  ["a@qq.com;", "invalidChar", "a@qq.com"],
  ["<a@qq.com>", "invalidChar", "a@qq.com"],
  ["《a@qq.com》", "punctuation", "a@qq.com"],
  // A provider's last dot left out.
  ["li@gmailcom", "missingTld", "li@gmail.com"],
  ["li@qqcom", "missingTld", "li@qq.com"],
  ["li@189cn", "missingTld", "li@189.cn"],
  ["li＠163com", "fullWidth", "li@163.com"],
  // Copied with a link, a stray key in the domain, a backslash at the end, "," for the "m" beside it.
  ["mailto:li@qq.com", "invalidChar", "li@qq.com"],
  ["li@#example.com", "invalidChar", "li@example.com"],
  ["li@example.com\\", "invalidChar", "li@example.com"],
  ["li@example.co,", "invalidChar", "li@example.com"],
  ["li@example.co<", "invalidChar", "li@example.com"],
];

/** Problems with more than one reading, or none that makes an address: reported, never "fixed". */
const NO_FIX: [string, string][] = [
  ["zhang san@qq.com", "space"], // zhangsan? zhang.san? zhang_san?
  ["a@qq.com；b@163.com", "separator"], // two addresses
  ["a@qq.com,b@163.com", "invalidChar"],
  ["zhang@qq@com", "multipleAt"],
  ["zhang＠example", "fullWidth"], // no ending to fix towards
  ["a\u200b@qq.com", "invisible"],
  ["li@contosocom", "missingTld"], // not a known domain: an intranet name, or anything
  ["li@intranet", "missingTld"],
  ["li@ex#am#ple.com", "invalidChar"], // more than one stray character: not a slip of one key
];

ruleTester(rule, {
  valid: [
    ...REPAIRS.map(([, , fixed]) => ({ name: `the repaired ${fixed} is valid`, message: one(fixed) })),
    { name: "plain addresses in every field", message: makeSnapshot({ recipients: [to("a@qq.com"), to("b.c+d@contoso.com.cn", "cc"), to("e_f@163.com", "bcc")] }) },
    { name: "an internationalised address", message: one("张三@例子.公司") },
    { name: "a Unicode local part at a provider", message: one("李四@163.com") },
    { name: "surrounding ASCII spaces", message: one("  a@qq.com ") },
    { name: "no recipients", message: makeSnapshot() },
    {
      name: "a contact group, which Outlook lists without an address",
      message: makeSnapshot({ recipients: [{ address: "", displayName: "Sales team", field: "to", recipientType: "distributionList" }] }),
    },
  ],
  invalid: [
    ...REPAIRS.map(([typed, kind, fixed]) => ({
      name: `${typed}: ${kind}, fixed to ${fixed} on click`,
      message: one(typed, "cc"),
      findings: [
        {
          messageId: kind,
          target: { kind: "recipient" as const, address: typed, field: "cc" as const },
          suggestions: [{ messageId: "useFixed", edit: { type: "replaceRecipient" as const, field: "cc" as const, address: typed, replacement: fixed } }],
        },
      ],
    })),
    ...NO_FIX.map(([typed, kind]) => ({ name: `${typed}: ${kind}, no guess`, message: one(typed), findings: [{ messageId: kind, suggestions: [] }] })),
    {
      name: "full-width ＠ and 。 (the manual's classic): named, and fixed to half-width",
      message: one("张三＠qq。com", "cc"),
      findings: [
        {
          messageId: "fullWidth",
          data: { address: "张三＠qq。com", char: "＠", code: "U+FF20", position: 3 },
          target: { kind: "recipient", address: "张三＠qq。com", field: "cc" },
          suggestions: [
            { messageId: "useFixed", edit: { type: "replaceRecipient", field: "cc", address: "张三＠qq。com", replacement: "张三@qq.com" } },
          ],
        },
      ],
    },
    {
      name: "full-width letters and dot",
      message: one("ｌｉ＠１６３．ｃｏｍ"),
      findings: [
        {
          messageId: "fullWidth",
          data: { char: "ｌ", position: 1 },
          suggestions: [{ messageId: "useFixed", edit: { type: "replaceRecipient", field: "to", address: "ｌｉ＠１６３．ｃｏｍ", replacement: "li@163.com" } }],
        },
      ],
    },
    {
      name: "a trailing ideographic space is removable",
      message: one("wang@qq.com\u3000"),
      findings: [
        {
          messageId: "space",
          data: { code: "U+3000", position: 12 },
          suggestions: [{ messageId: "useFixed", edit: { type: "replaceRecipient", field: "to", address: "wang@qq.com\u3000", replacement: "wang@qq.com" } }],
        },
      ],
    },
    {
      name: "full-width plus another problem: no automatic fix",
      message: one("张 三＠qq.com"),
      findings: [{ messageId: "space", data: { code: "U+0020", position: 2 }, suggestions: [] }],
    },
    {
      name: "full-width ＠ in an address without a TLD: no fix",
      message: one("zhang＠example"),
      findings: [{ messageId: "fullWidth", data: { char: "＠" }, suggestions: [] }],
    },
    { name: "a space inside", message: one("zhang san@qq.com"), findings: [{ messageId: "space", data: { position: 6, code: "U+0020" } }] },
    { name: "an ideographic space inside", message: one("zhang\u3000san@qq.com"), findings: [{ messageId: "space", data: { code: "U+3000" } }] },
    {
      name: "two addresses joined by a Chinese semicolon",
      message: one("a@qq.com；b@163.com"),
      findings: [{ messageId: "separator", data: { char: "；", address: "a@qq.com；b@163.com" }, suggestions: [] }],
    },
    { name: "a Chinese comma", message: one("a@qq.com，"), findings: [{ messageId: "separator", data: { char: "，" } }] },
    { name: "book-title marks", message: one("《a@qq.com》"), findings: [{ messageId: "punctuation", data: { char: "《", position: 1, code: "U+300A" } }] },
    { name: "curly quotes", message: one("“a@qq.com”"), findings: [{ messageId: "punctuation", data: { char: "“" } }] },
    { name: "a full-width colon", message: one("mailto：a@qq.com"), findings: [{ messageId: "punctuation", data: { char: "：" } }] },
    { name: "a zero-width space", message: one("a\u200b@qq.com"), findings: [{ messageId: "invisible", data: { code: "U+200B", position: 2 } }] },
    { name: "a display name pasted in", message: one("<a@qq.com>"), findings: [{ messageId: "invalidChar", data: { char: "<", position: 1 } }] },
    { name: "missing @", message: one("zhangsan.qq.com"), findings: [{ messageId: "missingAt", data: { address: "zhangsan.qq.com" } }] },
    { name: "two @", message: one("a@@qq.com"), findings: [{ messageId: "multipleAt" }] },
    { name: "empty local part", message: one("@qq.com"), findings: [{ messageId: "emptyLocal" }] },
    { name: "empty domain", message: one("zhang@"), findings: [{ messageId: "emptyDomain" }] },
    { name: "doubled dots", message: one("zhang..san@qq.com"), findings: [{ messageId: "doubleDot" }] },
    { name: "doubled dots in the domain", message: one("zhang@qq..com"), findings: [{ messageId: "doubleDot" }] },
    { name: "leading dot in the local part", message: one(".zhang@qq.com"), findings: [{ messageId: "localDotAtEdge" }] },
    { name: "trailing dot in the local part", message: one("zhang.@qq.com"), findings: [{ messageId: "localDotAtEdge" }] },
    { name: "trailing dot in the domain", message: one("zhang@qq.com."), findings: [{ messageId: "domainDotAtEdge" }] },
    { name: "no TLD", message: one("user@example"), findings: [{ messageId: "missingTld", data: { domain: "example" } }] },
    { name: "an underscore in the domain", message: one("user@my_company.com"), findings: [{ messageId: "invalidChar", data: { char: "_", position: 8 } }] },
    { name: "an IP without brackets", message: one("user@10.0.0.1"), findings: [{ messageId: "badDomain", data: { domain: "10.0.0.1" } }] },
    { name: "a local part over 64 bytes", message: one(`${"a".repeat(65)}@qq.com`), findings: [{ messageId: "localTooLong", data: { length: 65, limit: 64 } }] },
    {
      name: "an address over 254 bytes",
      message: one(`a@${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.com`),
      findings: [{ messageId: "tooLong", data: { limit: 254 } }],
    },
    { name: "an empty address", message: one(""), findings: [{ messageId: "empty", target: { kind: "recipient", address: "", field: "to" } }] },
    {
      name: "one finding per bad recipient, in order",
      message: makeSnapshot({ recipients: [to("a@qq.com"), to("b＠qq.com", "cc"), to("c d@qq.com", "bcc")] }),
      findings: [
        { messageId: "fullWidth", target: { kind: "recipient", address: "b＠qq.com", field: "cc" } },
        { messageId: "space", target: { kind: "recipient", address: "c d@qq.com", field: "bcc" } },
      ],
    },
  ],
});

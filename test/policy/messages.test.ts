import type { Locale } from "../../src/engine/rule";
import { formatPolicyErrors, parsePolicyText, resolvePolicy } from "../../src/engine/policy/resolve";
import { policyErrorText } from "../../src/engine/policy/errors";
import { POLICY_MESSAGES, policyMessage, type PolicyMessageCode } from "../../src/engine/policy/messages";
import { SCRIPT_PAIRS } from "../manual/texts";
import { expectEveryLocale } from "../helpers/locales";

const CODES = Object.keys(POLICY_MESSAGES) as PolicyMessageCode[];

/** Invalid policies that between them raise most codes, as an admin might write them. */
const BROKEN_FILES: readonly unknown[] = [
  { enforcement: { sendMode: "Block", promptOnWarn: "yes", deadlineMs: 60000 } },
  { internalDomain: ["example.cn"], limits: { colour: 1, maxRecipients: 0 } },
  { internalDomains: ["Example.CN"], blockedExtensions: ["e x e"], support: [{ email: "nobody" }] },
  { limits: { attachmentMaxBytes: "25MB" }, keywords: { threshold: 0 }, cloudShare: { url: "http://drive.example.cn/" } },
  { rules: { "Subject Empty": { severity: "warn" }, "subject-empty": { level: "warn" } } },
  { sensitiveWords: ["机密".repeat(300)], support: Array.from({ length: 21 }, () => ({ name: { "zh-CN": "IT" } })) },
];
const BROKEN_TEXTS = ["{ // comment\n}", '{ "a": "b\n" }', "{ 'extends': 'gmail' }", '{ "extends": "gmail", }', '{ "extends": }', "", "{} x"];

function errorsOf(): ReturnType<typeof resolvePolicy>["errors"] {
  return [...BROKEN_FILES.flatMap((file) => resolvePolicy(file).errors), ...BROKEN_TEXTS.flatMap((text) => parsePolicyText(text).errors)];
}

describe("policy messages: the catalogue", () => {
  it.each(CODES)("%s has all three languages with the same placeholders", (code) => {
    expectEveryLocale(POLICY_MESSAGES[code]);
  });

  it.each(CODES)("%s is written in Traditional characters in zh-TW", (code) => {
    const traditional = POLICY_MESSAGES[code]["zh-TW"];
    for (const [simplified] of SCRIPT_PAIRS) expect(traditional).not.toContain(simplified);
  });

  it("covers every code the examples raise, and they raise most codes", () => {
    const raised = new Set(errorsOf().map((e) => e.code));
    for (const code of raised) expect(CODES).toContain(code);
    expect(raised.size).toBeGreaterThanOrEqual(15);
  });
});

describe("policy messages: in each language", () => {
  it("keeps each error's English message equal to its en-US wording", () => {
    for (const error of errorsOf()) expect(policyErrorText(error, "en-US")).toBe(error.message);
  });

  it.each<Locale>(["zh-CN", "zh-TW"])("leaves no English words in %s, apart from the fields and values it quotes", (locale) => {
    for (const error of errorsOf()) {
      // Field names and values stay as the file has them; so do a few words of JSON itself.
      const quoted = [...(error.params.fields ?? []), ...(error.params.guesses ?? []), ...(error.params.values ?? [])];
      const text = quoted
        .reduce((rest, value) => rest.split(value).join(""), policyErrorText(error, locale))
        .replace(/"[^"]*"/g, "")
        .replace(/\b(JSON|ID|MB|https|true|false|null)\b/g, "");
      expect({ code: error.code, text }).toEqual({ code: error.code, text: expect.not.stringMatching(/[A-Za-z]{3,}/) });
    }
  });

  it("translates JSON types and lists, and leaves field names and values alone", () => {
    const [typeError] = resolvePolicy({ enforcement: { promptOnWarn: "yes" } }).errors;
    expect(policyErrorText(typeError, "zh-CN")).toBe("必须是true 或 false");
    const [guess] = resolvePolicy({ internalDomain: ["example.cn"] }).errors;
    expect(policyErrorText(guess, "zh-TW")).toBe('不是已知的欄位；是不是要寫 "internalDomains"？');
    expect(policyMessage("type", { types: ["string", "array"] }, "zh-TW")).toBe("必須是雙引號括住的文字或清單 [ … ]");
    expect(policyMessage("type", { types: ["string", "array"] }, "en-US")).toBe("must be a text in double quotes or a list [ … ]");
  });

  it("writes the CLI's lines with line and column in the chosen language", () => {
    const { errors } = parsePolicyText('{\n  "enforcement": { "onError": "shut" },\n  "limits": { "maxRecipients": 0 }\n}');
    expect(formatPolicyErrors(errors, "zh-CN").split("\n")).toEqual([
      '第 2 行：enforcement.onError 必须是以下之一："open"、"closed"',
      "第 3 行：limits.maxRecipients 不能小于 1",
    ]);
    expect(formatPolicyErrors(parsePolicyText("{} x").errors, "zh-TW")).toBe("第 1 行第 4 欄：原則檔不是有效的 JSON：JSON 值結束後還有多餘的內容");
    expect(formatPolicyErrors(parsePolicyText("{} x").errors)).toBe("line 1, column 4: the policy is not valid JSON: unexpected text after the end of the JSON value");
  });
});

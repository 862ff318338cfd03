import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { PRESETS, resolvePolicy, ruleSetting } from "../../src/engine/policy/resolve";
import { PRESET_NAMES } from "../../src/engine/policy/types";

const MB = 1024 * 1024;

function valid(file: unknown) {
  const result = resolvePolicy(file);
  expect(result.errors).toEqual([]);
  return result.policy;
}

describe("resolvePolicy: defaults", () => {
  it("gives the defaults, without errors, when there is no policy file", () => {
    expect(resolvePolicy(undefined)).toEqual({ policy: DEFAULT_POLICY, errors: [] });
  });

  it("gives the defaults for an empty policy", () => {
    expect(valid({})).toEqual(DEFAULT_POLICY);
    expect(valid({ $schema: "./policy.schema.json" })).toEqual(DEFAULT_POLICY);
  });
});

describe("resolvePolicy: merging a file over the defaults", () => {
  it("takes internal domains and keeps every other default", () => {
    const policy = valid({ internalDomains: ["contoso.cn"] });
    expect(policy).toEqual({ ...DEFAULT_POLICY, internalDomains: ["contoso.cn"] });
  });

  it("merges objects field by field", () => {
    const policy = valid({ limits: { maxRecipients: 200 }, enforcement: { sendMode: "PromptUser" }, keywords: { threshold: 6 } });
    expect(policy.limits).toEqual({ ...DEFAULT_POLICY.limits, maxRecipients: 200 });
    expect(policy.enforcement).toEqual({ ...DEFAULT_POLICY.enforcement, sendMode: "PromptUser" });
    expect(policy.keywords).toEqual({ ...DEFAULT_POLICY.keywords, threshold: 6 });
  });

  it("replaces lists, and writes extensions lowercase without the dot", () => {
    const policy = valid({
      sensitiveWords: ["机密"],
      blockedExtensions: { add: [".7Z", "docm"], remove: ["URL"] },
      keywords: { add: [{ term: "免费", weight: 3 }], remove: ["free"] },
    });
    expect(policy.sensitiveWords).toEqual(["机密"]);
    expect(policy.blockedExtensions).toEqual({ add: ["7z", "docm"], remove: ["url"] });
    expect(policy.keywords.add).toEqual([{ term: "免费", weight: 3 }]);
    expect(policy.keywords.remove).toEqual(["free"]);
  });

  it("fills languages a localized text leaves out from a given one", () => {
    const policy = valid({
      cloudShare: { name: { "zh-CN": "微云" }, url: "https://share.weiyun.com/" },
      support: [{ name: { "en-US": "IT desk", "zh-TW": "資訊部" }, email: "it@example.cn" }],
    });
    const weiyun = "https://share.weiyun.com/";
    expect(policy.cloudShare).toEqual({ name: { "zh-CN": "微云", "zh-TW": "微云", "en-US": "微云" }, url: { "zh-CN": weiyun, "zh-TW": weiyun, "en-US": weiyun } });
    expect(policy.support).toEqual([{ name: { "zh-CN": "資訊部", "zh-TW": "資訊部", "en-US": "IT desk" }, email: "it@example.cn" }]);
  });

  it("keeps the default drive name when only the URL changes", () => {
    const policy = valid({ cloudShare: { url: "https://pan.example.cn/s" } });
    const pan = "https://pan.example.cn/s";
    expect(policy.cloudShare).toEqual({ ...DEFAULT_POLICY.cloudShare, url: { "zh-CN": pan, "zh-TW": pan, "en-US": pan } });
  });

  it("takes a drive address per language, filling the ones left out", () => {
    const policy = valid({ cloudShare: { url: { "zh-CN": "https://pan.example.cn/", "en-US": "https://drive.example.com/" } } });
    expect(policy.cloudShare.url).toEqual({ "zh-CN": "https://pan.example.cn/", "zh-TW": "https://pan.example.cn/", "en-US": "https://drive.example.com/" });
  });

  it("accepts a rule as a severity string or as an object", () => {
    const policy = valid({
      rules: {
        "subject-empty": "off",
        "attachment-large": { severity: "block" },
        "recipient-exposed-list": { options: { threshold: 5 } },
      },
    });
    expect(policy.rules).toEqual({
      "subject-empty": { severity: "off" },
      "attachment-large": { severity: "block" },
      "recipient-exposed-list": { options: { threshold: 5 } },
    });
  });
});

describe("resolvePolicy: presets", () => {
  it.each([
    ["exchange-online", { messageMaxBytes: 35 * MB, attachmentMaxBytes: 35 * MB, maxRecipients: 500 }],
    ["gmail", { messageMaxBytes: 25 * MB, attachmentMaxBytes: 25 * MB, maxRecipients: 500 }],
    ["tencent-exmail", { messageMaxBytes: 50 * MB, attachmentMaxBytes: 50 * MB }],
    ["aliyun-mail", { shareLinkThresholdBytes: 30 * MB, messageMaxBytes: 60 * MB, attachmentMaxBytes: 60 * MB }],
  ])("%s applies its limits", (name, limits) => {
    const policy = valid({ extends: name });
    expect(policy.presets).toEqual([name]);
    expect(policy.limits).toEqual({ ...DEFAULT_POLICY.limits, ...limits });
  });

  it.each(PRESET_NAMES)("%s keeps share threshold ≤ attachment limit ≤ message limit", (name) => {
    const { limits } = valid({ extends: name });
    expect(limits.shareLinkThresholdBytes).toBeLessThanOrEqual(limits.attachmentMaxBytes);
    expect(limits.attachmentMaxBytes).toBeLessThanOrEqual(limits.messageMaxBytes);
  });

  it("applies presets in order, then the file", () => {
    expect(valid({ extends: ["gmail", "tencent-exmail"] }).limits.attachmentMaxBytes).toBe(50 * MB);
    expect(valid({ extends: ["tencent-exmail", "gmail"] }).limits.attachmentMaxBytes).toBe(25 * MB);
    const policy = valid({ extends: ["aliyun-mail", "gmail"], limits: { messageMaxBytes: 30 * MB } });
    expect(policy.presets).toEqual(["aliyun-mail", "gmail"]);
    // aliyun's threshold survives gmail (which does not set one); the file's message limit wins.
    expect(policy.limits).toEqual({ shareLinkThresholdBytes: 30 * MB, attachmentMaxBytes: 25 * MB, messageMaxBytes: 30 * MB, maxRecipients: 500 });
  });

  it("lists a preset named twice once", () => {
    expect(valid({ extends: ["gmail", "gmail"] }).presets).toEqual(["gmail"]);
  });

  it("offers exactly the preset names of the policy types", () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_NAMES].sort());
  });
});

describe("ruleSetting", () => {
  const defaults = { threshold: 10, countCc: true };

  it("gives the rule's defaults when the policy says nothing", () => {
    expect(ruleSetting(DEFAULT_POLICY, "recipient-exposed-list", "warn", defaults)).toEqual({ severity: "warn", options: defaults });
  });

  it("merges the policy's options over the defaults and takes its severity", () => {
    const policy = valid({ rules: { "recipient-exposed-list": { severity: "block", options: { threshold: 3 } } } });
    expect(ruleSetting(policy, "recipient-exposed-list", "warn", defaults)).toEqual({
      severity: "block",
      options: { threshold: 3, countCc: true },
    });
  });

  it("takes a severity given as a string", () => {
    const policy = valid({ rules: { "subject-empty": "off" } });
    expect(ruleSetting(policy, "subject-empty", "warn", {})).toEqual({ severity: "off", options: {} });
  });

  it("does not read inherited object members as rule settings", () => {
    expect(ruleSetting(DEFAULT_POLICY, "constructor", "info", {})).toEqual({ severity: "info", options: {} });
  });
});


describe("resolvePolicy never throws", () => {
  it("for any value, and gives the defaults whenever it reports errors", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const { policy, errors } = resolvePolicy(value);
        if (errors.length > 0) expect(policy).toBe(DEFAULT_POLICY);
        for (const error of errors) expect(typeof error.message).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("for objects shaped like a policy", () => {
    const field = fc.constantFrom("extends", "limits", "rules", "enforcement", "cloudShare", "support", "keywords", "internalDomains");
    fc.assert(
      fc.property(fc.dictionary(field, fc.anything()), (value) => {
        expect(() => resolvePolicy(value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

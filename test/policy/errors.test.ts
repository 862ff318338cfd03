import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { formatPolicyErrors, parsePolicyText, resolvePolicy, type PolicyError } from "../../src/engine/policy/resolve";
import { policyError } from "../../src/engine/policy/errors";

/** What an admin reads (field, English message, place); the code and its values are tested in policy-messages.test.ts. */
type Shown = Omit<PolicyError, "code" | "params">;
const shown = (errors: readonly PolicyError[]): Shown[] => errors.map(({ code: _code, params: _params, ...rest }) => rest);

const ONE_OF_SEVERITIES = 'must be one of "off", "info", "warn", "block"';

describe("an invalid policy", () => {
  it.each<[string, unknown, Shown[]]>([
    ["a wrong enum value", { enforcement: { sendMode: "Block" } }, [{ path: "enforcement.sendMode", message: 'must be one of "SoftBlock", "PromptUser"' }]],
    ["a misspelt field", { internalDomain: ["example.cn"] }, [{ path: "internalDomain", message: 'is not a known field; did you mean "internalDomains"?' }]],
    ["a misspelt nested field", { enforcement: { sendmode: "PromptUser" } }, [{ path: "enforcement.sendmode", message: 'is not a known field; did you mean "sendMode"?' }]],
    [
      "an unknown field nothing resembles",
      { limits: { colour: 1 } },
      [{ path: "limits.colour", message: "is not a known field (expected one of: shareLinkThresholdBytes, attachmentMaxBytes, messageMaxBytes, maxRecipients)" }],
    ],
    ["a wrong type", { enforcement: { promptOnWarn: "yes" } }, [{ path: "enforcement.promptOnWarn", message: "must be true or false" }]],
    ["a size as text", { limits: { attachmentMaxBytes: "25MB" } }, [{ path: "limits.attachmentMaxBytes", message: "must be a whole number of bytes greater than 0, e.g. 26214400 for 25 MB" }]],
    ["a negative size", { limits: { messageMaxBytes: -1 } }, [{ path: "limits.messageMaxBytes", message: "must be a whole number of bytes greater than 0, e.g. 26214400 for 25 MB" }]],
    ["a deadline out of range", { enforcement: { deadlineMs: 60000 } }, [{ path: "enforcement.deadlineMs", message: "must be at most 10000" }]],
    ["a zero threshold", { keywords: { threshold: 0 } }, [{ path: "keywords.threshold", message: "must be greater than 0" }]],
    ["an http:// drive", { cloudShare: { url: "http://pan.example.cn/" } }, [{ path: "cloudShare.url", message: 'must be an https:// address, e.g. "https://drive.example.cn/"' }]],
    ["an http:// drive for one language", { cloudShare: { url: { "zh-CN": "http://pan.example.cn/" } } }, [{ path: 'cloudShare.url["zh-CN"]', message: 'must be an https:// address, e.g. "https://drive.example.cn/"' }]],
    ["a drive address that is neither", { cloudShare: { url: 42 } }, [{ path: "cloudShare.url", message: "must be a text in double quotes or an object { … }" }]],
    ["an uppercase domain", { internalDomains: ["example.cn", "Example.COM"] }, [{ path: "internalDomains[1]", message: 'must be a lowercase domain name such as "example.cn"' }]],
    ["a bad extension", { blockedExtensions: { add: ["*.exe"] } }, [{ path: "blockedExtensions.add[0]", message: 'must be a file extension such as "exe" or ".exe" (letters, digits, "-" and "_")' }]],
    ["an unknown preset", { extends: "gmial" }, [{ path: "extends", message: 'must be one of "exchange-online", "gmail", "tencent-exmail", "aliyun-mail"' }]],
    ["an unknown preset in a list", { extends: ["gmail", "qq"] }, [{ path: "extends[1]", message: 'must be one of "exchange-online", "gmail", "tencent-exmail", "aliyun-mail"' }]],
    ["extends as a number", { extends: 3 }, [{ path: "extends", message: "must be a text in double quotes or a list [ … ]" }]],
    ["a wrong severity string", { rules: { "attachment-large": "error" } }, [{ path: 'rules["attachment-large"]', message: ONE_OF_SEVERITIES }]],
    ["a wrong severity in an object", { rules: { "attachment-large": { severity: "high" } } }, [{ path: 'rules["attachment-large"].severity', message: ONE_OF_SEVERITIES }]],
    ["a misspelt rule field", { rules: { "subject-empty": { level: "warn" } } }, [{ path: 'rules["subject-empty"].level', message: "is not a known field (expected one of: severity, options)" }]],
    ["a rule id that is not one", { rules: { Subject_Empty: "off" } }, [{ path: "rules.Subject_Empty", message: 'is not a known field; did you mean "subject-empty"?' }]],
    ["a misspelt rule id", { rules: { "attachment-larg": "warn" } }, [{ path: 'rules["attachment-larg"]', message: 'is not a known field; did you mean "attachment-large"?' }]],
    ["an option the rule does not have", { rules: { "subject-empty": { options: { max: 3 } } } }, [{ path: 'rules["subject-empty"].options.max', message: "is not a known field" }]],
    ["a misspelt option", { rules: { "recipient-exposed-list": { options: { treshold: 5 } } } }, [{ path: 'rules["recipient-exposed-list"].options.treshold', message: 'is not a known field; did you mean "threshold"?' }]],
    ["an option of the wrong type", { rules: { "recipient-exposed-list": { options: { threshold: "ten" } } } }, [{ path: 'rules["recipient-exposed-list"].options.threshold', message: "must be a whole number" }]],
    ["options that are not an object", { rules: { "subject-empty": { options: [1] } } }, [{ path: 'rules["subject-empty"].options', message: "must be an object { … }" }]],
    ["a contact without a name", { support: [{ email: "it@example.cn" }] }, [{ path: "support[0].name", message: "is required" }]],
    ["a bad contact mail", { support: [{ name: { "en-US": "IT" }, email: "it at example.cn" }] }, [{ path: "support[0].email", message: 'must be a mail address such as "it@example.cn"' }]],
    ["an empty localized text", { cloudShare: { name: {} } }, [{ path: "cloudShare.name", message: "must have at least one of: zh-CN, zh-TW, en-US" }]],
    ["an unknown language", { cloudShare: { name: { "zh-HK": "網盤" } } }, [{ path: 'cloudShare.name["zh-HK"]', message: 'is not a known field; did you mean "zh-CN" or "zh-TW"?' }]],
    ["a blank sensitive word", { sensitiveWords: ["  "] }, [{ path: "sensitiveWords[0]", message: "must be a text that is not blank" }]],
    ["a keyword without weight", { keywords: { add: [{ term: "免费" }] } }, [{ path: "keywords.add[0].weight", message: "is required" }]],
    ["a list where an object belongs", [], [{ path: "", message: "must be an object { … }" }]],
    ["null", null, [{ path: "", message: "must be an object { … }" }]],
  ])("%s: the defaults apply and the error names the field", (_name, file, expected) => {
    const { policy, errors } = resolvePolicy(file);
    expect(policy).toBe(DEFAULT_POLICY);
    expect(shown(errors)).toEqual(expected);
  });

  it("reports every problem, not only the first", () => {
    const { errors } = resolvePolicy({ enforcement: { sendMode: "x", onError: "maybe" }, limits: { maxRecipients: 0 } });
    expect(errors.map((e) => e.path).sort()).toEqual(["enforcement.onError", "enforcement.sendMode", "limits.maxRecipients"]);
  });
});

describe("parsePolicyText", () => {
  it("reads a valid policy", () => {
    const { policy, errors } = parsePolicyText('{ "extends": "gmail" }');
    expect(errors).toEqual([]);
    expect(policy.presets).toEqual(["gmail"]);
  });

  it("accepts a byte-order mark", () => {
    expect(parsePolicyText('\uFEFF{ "internalDomains": ["example.cn"] }').errors).toEqual([]);
  });

  it.each([
    ["a trailing comma", '{\n  "internalDomains": ["example.cn"],\n}', 3, 1, 'remove the comma before "}"'],
    ["a missing comma", '{\n  "extends": "gmail"\n  "internalDomains": []\n}', 3, 3, 'expected "," or "}"'],
    ["a comment", '{\n  // our policy\n  "extends": "gmail"\n}', 2, 3, "comments are not allowed in JSON"],
    ["single quotes", "{\n  'extends': 'gmail'\n}", 2, 3, "expected a field name in double quotes"],
    ["an unclosed string", '{\n  "extends": "gmail\n}', 2, 14, "this string is not closed on its line (write a line break inside it as \\n)"],
    ["a missing value", '{ "limits": { "maxRecipients": } }', 1, 32, 'unexpected "}" where a value is expected'],
    ["an empty file", "", 1, 1, "the file ends where a value is expected"],
    ["a cut-off file", '{ "support": [', 1, 15, "the file ends where a value is expected"],
    ["text after the end", '{ "extends": "gmail" } x', 1, 24, "unexpected text after the end of the JSON value"],
  ])("reports %s with its line and column", (_name, text, line, column, message) => {
    const { policy, errors } = parsePolicyText(text);
    expect(policy).toBe(DEFAULT_POLICY);
    expect(shown(errors)).toEqual([{ path: "", message: `is not valid JSON: ${message}`, line, column }]);
  });

  it("gives the line of each invalid field", () => {
    const text = [
      "{",
      '  "enforcement": {',
      '    "sendMode": "Block",',
      '    "deadlineMs": 3000',
      "  },",
      '  "rules": { "attachment-large": { "severity": "high" } },',
      '  "support": [',
      '    { "email": "it@example.cn" }',
      "  ],",
      '  "cloudShare": { "ur1": "https://pan.example.cn" }',
      "}",
    ].join("\n");
    const { errors } = parsePolicyText(text);
    expect(errors.map((e) => [e.path, e.line])).toEqual(
      expect.arrayContaining([
        ["enforcement.sendMode", 3],
        ['rules["attachment-large"].severity', 6],
        // A missing field points at the object that lacks it.
        ["support[0].name", 8],
        ["cloudShare.ur1", 10],
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it("finds keys written with escapes", () => {
    const { errors } = parsePolicyText('{\n  "limits": {\n    "max\\u0052ecipients": -5\n  }\n}');
    expect(shown(errors)).toEqual([{ path: "limits.maxRecipients", message: "must be at least 1", line: 3 }]);
  });
});

describe("formatPolicyErrors", () => {
  it("writes one line per error, with its position when known", () => {
    const errors: PolicyError[] = [
      { ...policyError("", "jsonComment"), line: 2, column: 3 },
      { ...policyError("enforcement.sendMode", "oneOf", { values: ['"SoftBlock"', '"PromptUser"'] }), line: 4 },
      policyError("limits.maxRecipients", "minimum", { limit: 1 }),
    ];
    expect(formatPolicyErrors(errors)).toBe(
      [
        "line 2, column 3: the policy is not valid JSON: comments are not allowed in JSON",
        'line 4: enforcement.sendMode must be one of "SoftBlock", "PromptUser"',
        "limits.maxRecipients must be at least 1",
      ].join("\n"),
    );
  });

  it("formats what parsePolicyText reports", () => {
    const { errors } = parsePolicyText('{\n  "enforcement": { "onError": "shut" }\n}');
    expect(formatPolicyErrors(errors)).toBe('line 2: enforcement.onError must be one of "open", "closed"');
  });
});

/** The Send handler's copy of the policy, and the committed copy of policy/policy.json. */
import fs from "node:fs";
import path from "node:path";
import { parsePolicyText } from "../../src/engine/policy/resolve";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { DEADLINE_MAX_MS, DEADLINE_MIN_MS, describeEffectivePolicyFault, EFFECTIVE_POLICY_FORMAT, effectivePolicyFile, parseEffectivePolicy, readEffectivePolicy, sourceHash } from "../../src/engine/policy/effective";

const ROOT = path.resolve(__dirname, "../..");

describe("sourceHash", () => {
  it("changes with any edit and ignores a byte-order mark", () => {
    expect(sourceHash('{"a":1}')).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash('{"a":1}')).not.toBe(sourceHash('{"a":2}'));
    expect(sourceHash('\ufeff{"a":1}')).toBe(sourceHash('{"a":1}'));
  });
});

describe("readEffectivePolicy", () => {
  const file = effectivePolicyFile("{}", { ...DEFAULT_POLICY, internalDomains: ["contoso.cn"] });

  it("reads what effectivePolicyFile wrote", () => {
    expect(readEffectivePolicy(JSON.stringify(file))).toEqual(file);
  });

  it("keeps the defaults for sections an older compiler did not write", () => {
    const { archiveScanMaxBytes: _gone, ...older } = file.policy;
    const read = readEffectivePolicy(JSON.stringify({ ...file, policy: { ...older, limits: {}, enforcement: { onError: "closed" } } }));
    expect(read?.policy.archiveScanMaxBytes).toBe(DEFAULT_POLICY.archiveScanMaxBytes);
    expect(read?.policy.limits).toEqual(DEFAULT_POLICY.limits);
    expect(read?.policy.enforcement).toEqual({ ...DEFAULT_POLICY.enforcement, onError: "closed" });
  });

  it.each([
    ["not JSON", "{"],
    ["a plain policy.json", JSON.stringify({ internalDomains: ["contoso.cn"] })],
    ["another format", JSON.stringify({ ...file, format: "mail-preflight/effective-policy@2" })],
    ["no policy object", JSON.stringify({ format: EFFECTIVE_POLICY_FORMAT, sourceHash: "00000000", policy: [] })],
    ["a policy without enforcement", JSON.stringify({ ...file, policy: { ...file.policy, enforcement: null } })],
  ])("refuses %s", (_name, text) => {
    expect(readEffectivePolicy(text)).toBeUndefined();
  });
});

describe("policy/policy.effective.json", () => {
  it("is policy/policy.json compiled (after editing policy.json run: mail-preflight policy compile policy/policy.json > policy/policy.effective.json)", () => {
    const text = fs.readFileSync(path.join(ROOT, "policy/policy.json"), "utf8");
    const { policy, errors } = parsePolicyText(text);
    expect(errors).toEqual([]);
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, "policy/policy.effective.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(effectivePolicyFile(text, policy))));
  });
});

describe("the shape check of a hand-edited copy", () => {
  type Edit = (policy: Record<string, any>) => void;
  const withEdit = (edit: Edit): string => {
    const data = JSON.parse(JSON.stringify(effectivePolicyFile("{}", DEFAULT_POLICY)));
    edit(data.policy);
    return JSON.stringify(data);
  };

  it.each<[string, Edit, string, object]>([
    ['deadlineMs "3000ms"', (p) => (p.enforcement.deadlineMs = "3000ms"), "enforcement.deadlineMs", { code: "type", params: { types: ["integer"] } }],
    ['deadlineMs "abc"', (p) => (p.enforcement.deadlineMs = "abc"), "enforcement.deadlineMs", { code: "type" }],
    ["deadlineMs 1e12", (p) => (p.enforcement.deadlineMs = 1e12), "enforcement.deadlineMs", { code: "maximum", params: { limit: 10000 } }],
    ["deadlineMs 600000", (p) => (p.enforcement.deadlineMs = 600000), "enforcement.deadlineMs", { code: "maximum" }],
    ["deadlineMs -1", (p) => (p.enforcement.deadlineMs = -1), "enforcement.deadlineMs", { code: "minimum", params: { limit: 500 } }],
    ["deadlineMs 2999.5", (p) => (p.enforcement.deadlineMs = 2999.5), "enforcement.deadlineMs", { code: "type" }],
    ["deadlineMs null (NaN in JSON)", (p) => (p.enforcement.deadlineMs = null), "enforcement.deadlineMs", { code: "type" }],
    ['onError "closd"', (p) => (p.enforcement.onError = "closd"), "enforcement.onError", { code: "oneOf", params: { values: ['"open"', '"closed"'] } }],
    ["blockOn true", (p) => (p.enforcement.blockOn = true), "enforcement.blockOn", { code: "oneOf" }],

    ['promptOnWarn "yes"', (p) => (p.enforcement.promptOnWarn = "yes"), "enforcement.promptOnWarn", { code: "type", params: { types: ["boolean"] } }],
    ['maxRecipients "50"', (p) => (p.limits.maxRecipients = "50"), "limits.maxRecipients", { code: "byteSize" }],
    ["attachmentMaxBytes 0", (p) => (p.limits.attachmentMaxBytes = 0), "limits.attachmentMaxBytes", { code: "byteSize" }],
    ["messageMaxBytes -5", (p) => (p.limits.messageMaxBytes = -5), "limits.messageMaxBytes", { code: "byteSize" }],
    ["internalDomains as a string", (p) => (p.internalDomains = "contoso.cn"), "internalDomains", { code: "type", params: { types: ["array"] } }],
    ["sensitiveWords with a number", (p) => (p.sensitiveWords = ["x", 1]), "sensitiveWords", { code: "type" }],
    ["blockedExtensions null", (p) => (p.blockedExtensions = null), "blockedExtensions.add", { code: "type" }],
  ])("refuses %s and says where", (_what, edit, path, described) => {
    const text = withEdit(edit);
    expect(readEffectivePolicy(text)).toBeUndefined();
    const read = parseEffectivePolicy(text);
    expect(read.fault).toBe(path);
    expect(describeEffectivePolicyFault(path, read.value)).toMatchObject(described);
  });

  it.each([500, 3000, 10000])("accepts deadlineMs %d and what the compiler writes", (deadlineMs) => {
    const text = withEdit((p) => (p.enforcement.deadlineMs = deadlineMs));
    expect(parseEffectivePolicy(text).fault).toBeUndefined();
    expect(readEffectivePolicy(text)?.policy.enforcement.deadlineMs).toBe(deadlineMs);
    const compiled = fs.readFileSync(path.join(ROOT, "policy/policy.effective.json"), "utf8");
    expect(parseEffectivePolicy(compiled)).toEqual({ file: readEffectivePolicy(compiled) });
  });

  it("keeps the bounds of policy.schema.json, which the compiler enforces", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "policy/policy.schema.json"), "utf8"));
    const deadline = JSON.stringify(schema).match(/"deadlineMs":\{"type":"integer","minimum":(\d+),"maximum":(\d+)/);
    expect(deadline?.slice(1).map(Number)).toEqual([DEADLINE_MIN_MS, DEADLINE_MAX_MS]);
  });
});

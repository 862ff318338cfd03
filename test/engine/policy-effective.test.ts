/** The Send handler's copy of the policy, and the committed copy of policy/policy.json. */
import fs from "node:fs";
import path from "node:path";
import { parsePolicyText } from "../../src/engine/policy";
import { DEFAULT_POLICY } from "../../src/engine/policy-defaults";
import { EFFECTIVE_POLICY_FORMAT, effectivePolicyFile, readEffectivePolicy, sourceHash } from "../../src/engine/policy-effective";

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

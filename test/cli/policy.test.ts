import { runCli } from "../../src/cli/program";
import { readEffectivePolicy, sourceHash } from "../../src/engine/policy/effective";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { memoryIO } from "./memory-io";
import { WITH_EXE } from "./messages";

const VALID = `{
  "extends": "gmail",
  "internalDomains": ["contoso.cn"]
}
`;

const INVALID = `{
  "internalDomains": ["contoso.cn"],
  "enforcement": {
    "sendMode": "Block"
  }
}
`;

describe("mail-preflight policy validate", () => {
  it("exits 0 for a valid policy", async () => {
    const io = memoryIO({ "policy.json": VALID });
    expect(await runCli(["policy", "validate", "policy.json"], io)).toBe(0);
    expect(io.out()).toBe("policy.json: the policy is valid\n");
  });

  it("exits 2 and names the bad field and its line", async () => {
    const io = memoryIO({ "policy.json": INVALID });
    expect(await runCli(["policy", "validate", "policy.json"], io)).toBe(2);
    expect(io.out()).toContain("policy.json: the policy is invalid");
    expect(io.out()).toMatch(/line 4: enforcement\.sendMode must be one of "SoftBlock", "PromptUser"/);
  });

  it("exits 2 for broken JSON, a missing file, and a non-UTF-8 file", async () => {
    const broken = memoryIO({ "p.json": '{"internalDomains": [\'contoso.cn\']}' });
    expect(await runCli(["policy", "validate", "p.json"], broken)).toBe(2);
    expect(broken.out()).toMatch(/line 1, column \d+: the policy is not valid JSON/);
    const missing = memoryIO({});
    expect(await runCli(["policy", "validate", "p.json"], missing)).toBe(2);
    expect(missing.out()).toContain("no such file or directory");
    expect(missing.out()).toContain("p.json: the policy file could not be read:");
    expect(missing.out()).not.toContain("fix these fields");
    const latin1 = memoryIO({ "p.json": new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) });
    expect(await runCli(["policy", "validate", "p.json"], latin1)).toBe(2);
    expect(latin1.out()).toContain("not UTF-8");
  });

  it("lists the bad fields in the order of the file's lines", async () => {
    const text = '{\n  "rules": { "subject-emty": "warn" },\n  "limits": { "maxRecipients": "a" },\n  "internalDomains": [1]\n}\n';
    const io = memoryIO({ "p.json": text });
    await runCli(["policy", "validate", "p.json"], io);
    const lines = io.out().split("\n").filter((l) => /^ {2}line \d+/.test(l)).map((l) => Number(/line (\d+)/.exec(l)?.[1]));
    expect(lines).toEqual([2, 3, 4]);
  });

  it.each([
    ["zh-CN", "policy.json：策略无效", '  第 4 行：enforcement.sendMode 必须是以下之一："SoftBlock"、"PromptUser"'],
    ["zh-TW", "policy.json：原則無效", '  第 4 行：enforcement.sendMode 必須是下列之一："SoftBlock"、"PromptUser"'],
  ])("speaks %s, the field messages included", async (locale, header, line) => {
    const io = memoryIO({ "policy.json": INVALID });
    await runCli(["policy", "validate", "--locale", locale, "policy.json"], io);
    expect(io.out()).toContain(header);
    expect(io.out().split("\n")).toContain(line);
    expect(io.out()).not.toMatch(/must|line \d/);
  });

  it("says a broken file is not JSON, and where, in the chosen language", async () => {
    const io = memoryIO({ "policy.json": '{\n  "extends": "gmail"\n  "internalDomains": []\n}' });
    expect(await runCli(["policy", "validate", "--locale", "zh-CN", "policy.json"], io)).toBe(2);
    expect(io.out().split("\n")).toContain("  第 3 行第 3 列：策略文件不是有效的 JSON：这里应是“,”或“}”");
  });
});

describe("mail-preflight policy show", () => {
  it("prints the defaults without a file", async () => {
    const io = memoryIO({});
    expect(await runCli(["policy", "show"], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(JSON.parse(JSON.stringify(DEFAULT_POLICY)));
  });

  it("merges the file over the defaults", async () => {
    const io = memoryIO({ "p.json": '{"internalDomains": ["contoso.cn"]}' });
    expect(await runCli(["policy", "show", "p.json"], io)).toBe(0);
    const shown = JSON.parse(io.out());
    expect(shown.internalDomains).toEqual(["contoso.cn"]);
    // Everything the file leaves out keeps its default.
    expect(shown.limits).toEqual(DEFAULT_POLICY.limits);
    expect(shown.enforcement).toEqual(DEFAULT_POLICY.enforcement);
  });

  it("applies presets named in extends", async () => {
    const io = memoryIO({ "p.json": VALID });
    await runCli(["policy", "show", "p.json"], io);
    expect(JSON.parse(io.out())).toMatchObject({ presets: ["gmail"], limits: { attachmentMaxBytes: 25 * 1024 * 1024 } });
  });

  it("exits 2 with the errors on stderr for an invalid file", async () => {
    const io = memoryIO({ "p.json": INVALID });
    expect(await runCli(["policy", "show", "p.json"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("enforcement.sendMode");
  });

  it("says so in the chosen language", async () => {
    const io = memoryIO({ "p.json": INVALID });
    expect(await runCli(["policy", "show", "--locale", "zh-TW", "p.json"], io)).toBe(2);
    expect(io.err().split("\n")).toEqual(expect.arrayContaining(["mail-preflight: p.json 不是有效的原則：", '第 4 行：enforcement.sendMode 必須是下列之一："SoftBlock"、"PromptUser"']));
  });
});

describe("the policy inside check", () => {
  it("names the company drive from the policy in the remedies", async () => {
    const policy = JSON.stringify({ cloudShare: { name: { "en-US": "Contoso Drive", "zh-CN": "康托索网盘" } } });
    const io = memoryIO({ "p.json": policy, "a.eml": WITH_EXE });
    await runCli(["check", "--policy", "p.json", "--format", "json", "a.eml"], io);
    const finding = JSON.parse(io.out()).results[0].findings.find((f: { ruleId: string }) => f.ruleId === "attachment-blocked-type");
    expect(finding.remedy).toContain("Contoso Drive");
    expect(finding.remedyDetail.steps.join(" ")).toContain("Contoso Drive");
  });
});

describe("mail-preflight policy compile", () => {
  it("prints the Send handler's copy: the effective policy and the hash of the file it came from", async () => {
    const io = memoryIO({ "policy.json": VALID });
    expect(await runCli(["policy", "compile", "policy.json"], io)).toBe(0);
    const file = readEffectivePolicy(io.out());
    expect(file?.sourceHash).toBe(sourceHash(VALID));
    expect(file?.policy).toMatchObject({ presets: ["gmail"], internalDomains: ["contoso.cn"], limits: { attachmentMaxBytes: 25 * 1024 * 1024 } });
  });

  it("compiles nothing from an invalid file and says why", async () => {
    const io = memoryIO({ "policy.json": INVALID });
    expect(await runCli(["policy", "compile", "policy.json"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("nothing was compiled");
    expect(io.err()).toContain("enforcement.sendMode");
  });

  it("says why in Chinese under a Chinese LANG", async () => {
    const io = memoryIO({ "policy.json": INVALID }, { env: { LANG: "zh_CN.UTF-8" } });
    expect(await runCli(["policy", "compile", "policy.json"], io)).toBe(2);
    expect(io.err()).toContain("policy.json 不是有效的策略，未编译任何内容：");
    expect(io.err()).toContain('第 4 行：enforcement.sendMode 必须是以下之一："SoftBlock"、"PromptUser"');
  });
});

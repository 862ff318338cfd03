import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packageJson from "../../package.json";
import { localeFromEnv } from "../../src/cli/locale";
import { nodeIO } from "../../src/cli/node-io";
import { runCli, VERSION } from "../../src/cli/program";
import { RULES } from "../../src/rules";
import { memoryIO } from "./memory-io";
import { CLEAN, WITH_EXE } from "./messages";

describe("mail-preflight rules", () => {
  it("lists every rule with category and default severity", async () => {
    const io = memoryIO({});
    expect(await runCli(["rules"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toHaveLength(RULES.length + 1);
    for (const rule of RULES) {
      const line = lines.find((l) => l.startsWith(`${rule.meta.id} `));
      expect(line).toBeDefined();
      expect(line).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.category} +${rule.meta.defaultSeverity} +${escape(rule.meta.description["en-US"])}$`));
    }
  });

  it("describes the rules in the chosen or environment language, and as JSON", async () => {
    const tw = memoryIO({});
    await runCli(["rules", "--locale", "zh-TW"], tw);
    expect(tw.out()).toContain(RULES[0].meta.description["zh-TW"]);
    const env = memoryIO({}, { env: { LANG: "zh_CN.UTF-8" } });
    await runCli(["rules"], env);
    expect(env.out()).toContain(RULES[0].meta.description["zh-CN"]);
    const json = memoryIO({});
    await runCli(["rules", "--format", "json"], json);
    expect(JSON.parse(json.out()).map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("help, version and usage errors", () => {
  it.each([[[]], [["check"]], [["policy"]], [["policy", "validate"]], [["policy", "show"]], [["rules"]]])(
    "%j has --help and --version (exit 0)",
    async (command) => {
      const help = memoryIO({});
      expect(await runCli([...command, "--help"], help)).toBe(0);
      expect(help.out()).toMatch(/^Usage: mail-preflight/);
      const version = memoryIO({});
      expect(await runCli([...command, "--version"], version)).toBe(0);
      expect(version.out()).toBe(`${packageJson.version}\n`);
    },
  );

  it("takes the version from package.json", () => {
    expect(VERSION).toBe(packageJson.version);
  });

  it.each([
    [["bogus"], "unknown command"],
    [["check"], "missing required argument"],
    [["check", "--format", "xml", "a.eml"], "argument 'xml' is invalid"],
    [["check", "--locale", "fr", "a.eml"], "argument 'fr' is invalid"],
    [["check", "--fail-on", "info", "a.eml"], "argument 'info' is invalid"],
    [["check", "--frobnicate", "a.eml"], "unknown option"],
    [["policy", "validate"], "missing required argument"],
    [[], "Usage:"],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const io = memoryIO({ "a.eml": CLEAN });
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe("");
  });
});

describe("localeFromEnv", () => {
  it.each([
    [{}, "en-US"],
    [{ LANG: "C.UTF-8" }, "en-US"],
    [{ LANG: "en_GB.UTF-8" }, "en-US"],
    [{ LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [{ LANG: "zh_SG" }, "zh-CN"],
    [{ LANG: "zh_TW.Big5" }, "zh-TW"],
    [{ LANG: "zh_HK.UTF-8" }, "zh-TW"],
    [{ LANG: "zh_CN.UTF-8", LC_MESSAGES: "zh_TW.UTF-8" }, "zh-TW"],
    [{ LANG: "zh_TW.UTF-8", LC_ALL: "en_US.UTF-8" }, "en-US"],
    [{ LANG: "zh_TW.UTF-8", LC_ALL: "" }, "zh-TW"],
  ])("%j → %s", (env, locale) => {
    expect(localeFromEnv(env)).toBe(locale);
  });
});

describe("on the real file system (nodeIO)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "mail-preflight-cli-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("walks a folder, follows file links, does not loop on a folder link", async () => {
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.eml"), WITH_EXE);
    writeFileSync(join(dir, "sub", "b.eml"), CLEAN);
    writeFileSync(join(dir, "sub", "c.txt"), "not mail");
    symlinkSync(join(dir, "a.eml"), join(dir, "sub", "link.eml"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    let out = "";
    const io = { ...nodeIO(), stdout: (text: string) => void (out += text), stderr: () => undefined, isTTY: { stdout: false, stderr: false } };
    expect(await runCli(["check", "--format", "json", dir], io)).toBe(1);
    const files = JSON.parse(out).results.map((r: { file: string; verdict: string }) => [r.file.slice(dir.length + 1), r.verdict]);
    expect(files).toEqual([
      ["a.eml", "block"],
      ["sub/b.eml", "pass"],
      ["sub/link.eml", "block"],
    ]);
  });

  it("reports a missing path and checks the rest", async () => {
    writeFileSync(join(dir, "ok.eml"), CLEAN);
    let out = "";
    const io = { ...nodeIO(), stdout: (text: string) => void (out += text), stderr: () => undefined, isTTY: { stdout: false, stderr: false } };
    expect(await runCli(["check", join(dir, "missing.eml"), join(dir, "ok.eml")], io)).toBe(2);
    expect(out).toContain("missing.eml: ERROR  cannot read: no such file or directory");
    expect(out).toContain("ok.eml: PASS");
  });
});

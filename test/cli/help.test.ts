import { HELP_TEXT, helpExtras, helpLocale } from "../../src/cli/help-text";
import { runCli } from "../../src/cli/program";
import { expectEveryLocale } from "../helpers/locales";
import { SCRIPT_PAIRS } from "../manual/texts";
import { memoryIO } from "./memory-io";

const COMMANDS = [[], ["check"], ["policy"], ["policy", "validate"], ["policy", "show"], ["policy", "compile"], ["rules"]];

describe("mail-preflight --help in the admin's language", () => {
  it.each(Object.keys(HELP_TEXT) as (keyof typeof HELP_TEXT)[])("%s has all three languages, zh-TW in Traditional characters", (id) => {
    expectEveryLocale(HELP_TEXT[id]);
    for (const [simplified] of SCRIPT_PAIRS) expect(HELP_TEXT[id]["zh-TW"]).not.toContain(simplified);
  });

  it.each(COMMANDS)("%j --help --locale zh-CN has Chinese headings and descriptions", async (...command) => {
    const io = memoryIO({});
    expect(await runCli([...command, "--help", "--locale", "zh-CN"], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^用法： mail-preflight/);
    expect(out).toContain("选项：");
    expect(out).toContain(HELP_TEXT.help["zh-CN"]);
    // Commander's English headings, descriptions and extras are all replaced.
    expect(out).not.toMatch(/Usage:|Options:|Commands:|Arguments:|display help|choices:|default:/);
  });

  it("follows LANG when no --locale is given, and stays English by default", async () => {
    const tw = memoryIO({}, { env: { LANG: "zh_TW.UTF-8" } });
    await runCli(["check", "--help"], tw);
    expect(tw.out()).toContain(HELP_TEXT.check["zh-TW"]);
    expect(tw.out()).toContain("（可用值：\"text\", \"json\", \"jsonl\"；預設：\"text\"）");
    const en = memoryIO({});
    await runCli(["check", "--help"], en);
    expect(en.out()).toMatch(/^Usage: mail-preflight check/);
    // Commander wraps the line to the terminal width; the words are what matter.
    expect(en.out()).toMatch(/output format \(choices: "text", "json", "jsonl",\s+default: "text"\)/);
  });

  it("reads --locale from the arguments in both spellings and ignores a bad one", () => {
    expect(helpLocale(["check", "--locale", "zh-TW", "--help"], "en-US")).toBe("zh-TW");
    expect(helpLocale(["--locale=zh-CN"], "en-US")).toBe("zh-CN");
    expect(helpLocale(["--locale", "fr"], "zh-TW")).toBe("zh-TW");
    expect(helpLocale(["--locale"], "en-US")).toBe("en-US");
  });

  it("leaves a description without extras alone", () => {
    expect(helpExtras("输出格式", "zh-CN")).toBe("输出格式");
    expect(helpExtras('output format (choices: "a")', "en-US")).toBe('output format (choices: "a")');
  });
});

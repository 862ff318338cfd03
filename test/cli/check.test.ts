import fs from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";
import { CLEAN, NO_SUBJECT, NOT_MIME, WITH_EXE } from "./messages";

const ESC = "\u001b";

describe("mail-preflight check", () => {
  it("passes a clean message with exit 0", async () => {
    const io = memoryIO({ "mail/clean.eml": CLEAN });
    expect(await runCli(["check", "mail/clean.eml"], io)).toBe(0);
    expect(io.out()).toContain("mail/clean.eml: PASS");
    expect(io.out()).toContain("Messages checked: 1 (block 0, warn 0, pass 1, errors 0)");
  });

  it("blocks a setup.exe attachment with exit 1 and the exact JSON shape", async () => {
    const io = memoryIO({ "a.eml": WITH_EXE });
    expect(await runCli(["check", "--format", "json", "a.eml"], io)).toBe(1);
    const json = JSON.parse(io.out());
    expect(Object.keys(json)).toEqual(["results", "summary"]);
    expect(json.summary).toEqual({ files: 1, block: 1, warn: 0, pass: 0, errors: 0 });
    const [result] = json.results;
    expect(result.file).toBe("a.eml");
    expect(result.verdict).toBe("block");
    const finding = result.findings.find((f: { ruleId: string }) => f.ruleId === "attachment-blocked-type");
    expect(finding).toMatchObject({
      ruleId: "attachment-blocked-type",
      severity: "block",
      target: { kind: "attachment", name: "setup.exe" },
    });
    expect(typeof finding.message).toBe("string");
    expect(finding.message).toContain("setup.exe");
    // The contract's remedy is one string; the parts and their manual sections come alongside.
    expect(typeof finding.remedy).toBe("string");
    expect(finding.remedy).toContain(finding.remedyDetail.title);
    for (const step of finding.remedyDetail.steps) expect(finding.remedy).toContain(step);
    expect(finding.remedyDetail.sources.length).toBeGreaterThan(0);
    // The drive placeholder is filled from the policy's cloud share.
    expect(finding.remedy).not.toContain("{drive}");
    for (const f of result.findings) {
      for (const key of ["ruleId", "severity", "message", "target", "remedy"]) expect(f).toHaveProperty(key);
    }
  });

  it("reports a malformed file as an error entry, still checks the others, exits 2", async () => {
    const io = memoryIO({ "a.eml": WITH_EXE, "bad.eml": NOT_MIME, "c.eml": CLEAN });
    expect(await runCli(["check", "--format", "json", "a.eml", "bad.eml", "c.eml"], io)).toBe(2);
    const json = JSON.parse(io.out());
    expect(json.results.map((r: { file: string }) => r.file)).toEqual(["a.eml", "bad.eml", "c.eml"]);
    expect(json.results[1]).toEqual({ file: "bad.eml", error: expect.stringContaining("not a MIME message") });
    expect(json.results[0].verdict).toBe("block");
    expect(json.results[2].verdict).toBe("pass");
    expect(json.summary).toEqual({ files: 3, block: 1, warn: 0, pass: 1, errors: 1 });
  });

  it("reports a missing or unreadable path and keeps going", async () => {
    const io = memoryIO({ "c.eml": CLEAN, "locked.eml": { content: CLEAN, readError: "EACCES" } });
    expect(await runCli(["check", "nope.eml", "locked.eml", "c.eml"], io)).toBe(2);
    expect(io.out()).toContain("nope.eml: ERROR  cannot read: no such file or directory");
    expect(io.out()).toContain("locked.eml: ERROR  cannot read: permission denied");
    expect(io.out()).toContain("c.eml: PASS");
  });

  it("refuses a file over 200 MB from its size, without reading it", async () => {
    const io = memoryIO({ "huge.eml": { content: CLEAN, size: 201 * 1024 * 1024 } });
    expect(await runCli(["check", "huge.eml"], io)).toBe(2);
    expect(io.reads).toEqual([]);
    expect(io.out()).toContain("over the 200 MB limit");
  });

  it("walks folders recursively for *.eml only, in name order", async () => {
    const io = memoryIO({
      "inbox/b.eml": CLEAN,
      "inbox/a.EML": CLEAN,
      "inbox/notes.txt": "not mail",
      "inbox/sub/deeper/x.eml": WITH_EXE,
    });
    expect(await runCli(["check", "--format", "json", "inbox"], io)).toBe(1);
    const json = JSON.parse(io.out());
    expect(json.results.map((r: { file: string }) => r.file)).toEqual(["inbox/a.EML", "inbox/b.eml", "inbox/sub/deeper/x.eml"]);
  });

  it("reports a folder it cannot list and walks the rest", async () => {
    const io = memoryIO({ "inbox/a.eml": CLEAN, "inbox/private/b.eml": CLEAN }, { lockedDirs: ["inbox/private"] });
    expect(await runCli(["check", "--format", "json", "inbox"], io)).toBe(2);
    expect(JSON.parse(io.out()).results).toEqual([
      { file: "inbox/a.eml", verdict: "pass", findings: [], notChecked: [] },
      { file: "inbox/private", error: "cannot read folder: permission denied" },
    ]);
  });

  it("fails a folder with no .eml files as a usage problem", async () => {
    const io = memoryIO({ "docs/readme.txt": "x" });
    expect(await runCli(["check", "docs"], io)).toBe(2);
    expect(io.err()).toContain("No mail found to check");
  });

  it("reads standard input for -", async () => {
    const io = memoryIO({}, { stdin: WITH_EXE });
    expect(await runCli(["check", "--format", "json", "-"], io)).toBe(1);
    expect(JSON.parse(io.out()).results[0]).toMatchObject({ file: "-", verdict: "block" });
  });

  it("keeps command-line order with standard input between files, reading ahead of the check", async () => {
    const files: Record<string, string> = { "a.eml": CLEAN, "c.eml": CLEAN, "d.eml": NO_SUBJECT, "e.eml": CLEAN, "f.eml": CLEAN };
    const io = memoryIO(files, { stdin: WITH_EXE });
    expect(await runCli(["check", "--format", "json", "a.eml", "-", "c.eml", "d.eml", "e.eml", "f.eml"], io)).toBe(1);
    const results = JSON.parse(io.out()).results as { file: string; verdict: string }[];
    expect(results.map((r) => [r.file, r.verdict])).toEqual([
      ["a.eml", "pass"],
      ["-", "block"],
      ["c.eml", "pass"],
      ["d.eml", "warn"],
      ["e.eml", "pass"],
      ["f.eml", "pass"],
    ]);
    expect(io.reads.filter((r) => r !== "-").sort()).toEqual(Object.keys(files));
  });

  it("refuses standard input over 200 MB", async () => {
    const io = memoryIO({});
    const big = new Uint8Array(200 * 1024 * 1024 + 1);
    const spy = { ...io, readStdin: async (max: number) => (expect(max).toBe(200 * 1024 * 1024), big) };
    expect(await runCli(["check", "-"], spy)).toBe(2);
    expect(io.out()).toContain("-: ERROR  standard input is over the 200 MB limit");
  });

  it("exits 2 when the --policy file is missing", async () => {
    const io = memoryIO({ "a.eml": CLEAN });
    expect(await runCli(["check", "--policy", "nope.json", "a.eml"], io)).toBe(2);
    expect(io.err()).toContain("no such file or directory");
    expect(io.out()).toBe("");
  });

  it("exits 1 on warnings only with --fail-on warn", async () => {
    const io = memoryIO({ "w.eml": NO_SUBJECT });
    expect(await runCli(["check", "w.eml"], io)).toBe(0);
    expect(io.out()).toContain("w.eml: WARN");
    expect(io.out()).toContain("[subject-empty]");
    expect(await runCli(["check", "--fail-on", "warn", "w.eml"], memoryIO({ "w.eml": NO_SUBJECT }))).toBe(1);
  });

  it("prints each finding with the remedy's first step and a per-rule summary", async () => {
    const io = memoryIO({ "a.eml": WITH_EXE, "b.eml": WITH_EXE });
    await runCli(["check", "a.eml", "b.eml"], io);
    expect(io.out()).toMatch(/a\.eml: BLOCK\n {2}BLOCK {2}.*setup\.exe.*\[attachment-blocked-type\]\n {6}Fix: \S/);
    expect(io.out()).toMatch(/Findings by rule:\n(?:.*\n)*? {2}attachment-blocked-type +2 findings in 2 messages/);
  });

  it("tames control characters in an unusable --policy file's name", async () => {
    const io = memoryIO({ "a.eml": CLEAN });
    expect(await runCli(["check", "--policy", `p${ESC}[2J.json`, "a.eml"], io)).toBe(2);
    expect(io.err()).not.toContain(ESC);
    expect(io.err()).toContain("p[U+001B][2J.json");
  });

  it("applies --policy, and refuses an invalid policy before checking anything", async () => {
    const policy = JSON.stringify({ rules: { "attachment-blocked-type": "off", "attachment-double-extension": "off" } });
    const ok = memoryIO({ "a.eml": WITH_EXE, "p.json": policy });
    expect(await runCli(["check", "--policy", "p.json", "--format", "json", "a.eml"], ok)).toBe(0);
    const bad = memoryIO({ "a.eml": WITH_EXE, "p.json": '{"limits": {"maxRecipients": "many"}}' });
    expect(await runCli(["check", "--policy", "p.json", "a.eml"], bad)).toBe(2);
    expect(bad.err()).toContain("limits.maxRecipients");
    expect(bad.out()).toBe("");
    expect(bad.reads).toEqual(["p.json"]);
  });
});

describe("check output styling and language", () => {
  const run = async (args: string[], options: Parameters<typeof memoryIO>[1]) => {
    const io = memoryIO({ "a.eml": WITH_EXE, "c.eml": CLEAN }, options);
    await runCli(["check", ...args, "a.eml", "c.eml"], io);
    return io;
  };

  it("colours on a terminal, never when not a TTY or with NO_COLOR", async () => {
    expect((await run([], { tty: true })).out()).toContain(ESC);
    expect((await run([], { tty: false })).out()).not.toContain(ESC);
    const noColor = await run([], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.out()).not.toContain(ESC);
    expect(noColor.err()).not.toContain(ESC);
  });

  it("writes Traditional Chinese with --locale zh-TW", async () => {
    const out = (await run(["--locale", "zh-TW"], {})).out();
    expect(out).toContain("a.eml: 攔截");
    expect(out).toContain("c.eml: 通過");
    expect(out).toContain("處理：");
    expect(out).toContain("共檢查 2 封郵件");
    expect(out).not.toMatch(/[拦检处个]/); // Simplified forms of the same words
  });

  it("takes the language from LC_ALL / LANG when --locale is absent", async () => {
    expect((await run([], { env: { LANG: "zh_CN.UTF-8" } })).out()).toContain("a.eml: 拦截");
    expect((await run([], { env: { LANG: "zh_CN.UTF-8", LC_ALL: "zh_HK.UTF-8" } })).out()).toContain("a.eml: 攔截");
    expect((await run([], { env: { LANG: "C" } })).out()).toContain("a.eml: BLOCK");
  });

  it("shows progress on a terminal's stderr for more than 20 files only", async () => {
    const files = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`m/${String(i).padStart(2, "0")}.eml`, CLEAN]));
    const tty = memoryIO(files, { stderrTTY: true });
    expect(await runCli(["check", "m"], tty)).toBe(0);
    expect(tty.err()).toContain("[21/21] m/20.eml");
    expect(tty.out()).not.toContain("[21/21]");
    const piped = memoryIO(files);
    await runCli(["check", "m"], piped);
    expect(piped.err()).toBe("");
    const few = memoryIO({ "m/1.eml": CLEAN }, { stderrTTY: true });
    await runCli(["check", "m"], few);
    expect(few.err()).toBe("");
  });
});

describe("check: what could not be read is said, never passed over", () => {
  const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/eml", name)));

  it("lists the gaps of a truncated message and of one nested too deep (JSON)", async () => {
    const io = memoryIO({ "t.eml": fixture("truncated.eml"), "d.eml": fixture("deeply-nested.eml") });
    await runCli(["check", "--format", "json", "t.eml", "d.eml"], io);
    const [truncated, nested] = JSON.parse(io.out()).results;
    expect(truncated.notChecked.map((g: { kind: string }) => g.kind)).toContain("attachmentsIncomplete");
    expect(nested.notChecked.map((g: { kind: string }) => g.kind)).toContain("nestedTooDeep");
    expect(nested.notChecked[0].message).toMatch(/nested deeper/);
  });

  it("prints them under the findings in the chosen language (text)", async () => {
    const io = memoryIO({ "d.eml": fixture("deeply-nested.eml") });
    await runCli(["check", "--locale", "zh-TW", "d.eml"], io);
    expect(io.out()).toContain("未檢查  郵件中附帶的郵件層層巢狀");
    expect(io.out()).not.toContain("未發現問題");
  });
});

describe("check: reading ahead", () => {
  /** The order of file reads and report lines, from a memory IO. */
  async function order(files: Parameters<typeof memoryIO>[0], args: string[]): Promise<string[]> {
    const io = memoryIO(files);
    const log: string[] = [];
    const readFile = io.readFile.bind(io);
    const stdout = io.stdout.bind(io);
    await runCli(args, {
      ...io,
      readFile: async (path) => {
        log.push(`read ${path}`);
        return readFile(path);
      },
      stdout: (text) => {
        const file = /^(\S+\.eml):/.exec(text)?.[1];
        if (file) log.push(`report ${file}`);
        stdout(text);
      },
    });
    return log;
  }

  it("reads small files ahead of their turn", async () => {
    expect(await order({ "a.eml": CLEAN, "b.eml": CLEAN }, ["check", "a.eml", "b.eml"])).toEqual(["read a.eml", "read b.eml", "report a.eml", "report b.eml"]);
  });

  it("reads a large file only when its turn comes", async () => {
    const big = { content: CLEAN, size: 50 * 1024 * 1024 };
    expect(await order({ "a.eml": CLEAN, "b.eml": big }, ["check", "a.eml", "b.eml"])).toEqual(["read a.eml", "report a.eml", "read b.eml", "report b.eml"]);
  });
});

/** The text report with hostile file names, and files that are no files at all. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CliIO } from "../../src/cli/io";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";
import { CLEAN, NOT_MIME, WITH_EXE } from "./messages";

/** C0 and C1 controls, DEL and the bidi controls: none may reach the terminal from a name. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe("check's text output with hostile file names", () => {
  it("cannot be made to print a forged verdict line by a newline in a name", async () => {
    const forged = "mail/x\nclean.eml: PASS\n  No problems found.\n.eml";
    const io = memoryIO({ [forged]: WITH_EXE });
    expect(await runCli(["check", forged], io)).toBe(1);
    const lines = io.out().split("\n");
    expect(lines.some((l) => l.startsWith("clean.eml: PASS"))).toBe(false);
    expect(lines[0]).toBe("mail/x[U+000A]clean.eml: PASS[U+000A]  No problems found.[U+000A].eml: BLOCK");
  });

  it("lets no escape sequence, C1 control or bidi override through, also for an unreadable file", async () => {
    const names = ["mail/\u001b]0;pwned\u0007\u001b[2J.eml", "mail/\u009b31m.eml", "mail/\u202Elmе.exe.eml", "mail/bad\u001b[31m.eml"];
    const io = memoryIO({ [names[0]]: CLEAN, [names[1]]: CLEAN, [names[2]]: CLEAN, [names[3]]: NOT_MIME });
    await runCli(["check", "mail"], io);
    expect(io.out()).not.toMatch(RAW_CONTROL);
    expect(io.out()).toContain("mail/[U+001B]]0;pwned[U+0007][U+001B][2J.eml: PASS");
    expect(io.out()).toContain("mail/[RLO]lmе.exe.eml: PASS");
    expect(io.out()).toMatch(/mail\/bad\[U\+001B\]\[31m\.eml: ERROR/);
  });

  it("escapes names in the progress line on a terminal", async () => {
    const files = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`m/${String(i).padStart(2, "0")}\u001b[2J.eml`, CLEAN]));
    const io = memoryIO(files, { tty: true });
    await runCli(["check", "m"], io);
    expect(io.err().replace(/\r/g, "")).not.toMatch(RAW_CONTROL);
    expect(io.err()).toContain("[U+001B][2J.eml");
  });
});

describe("a FIFO named *.eml in a folder", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mp-fifo-"));
    fs.writeFileSync(path.join(dir, "a.eml"), CLEAN);
    execFileSync("mkfifo", [path.join(dir, "pipe.eml")]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gets an error line without being opened, and the other files are checked", async () => {
    let out = "";
    const io: CliIO = { ...nodeIO(), stdout: (t) => void (out += t), stderr: () => undefined, isTTY: { stdout: false, stderr: false } };
    // Opening a FIFO with no writer waits forever: the timeout below is the "does not hang" guard.
    const code = await runCli(["check", dir], io);
    expect(code).toBe(2);
    expect(out).toContain(`${path.join(dir, "a.eml")}: PASS`);
    expect(out).toContain(`${path.join(dir, "pipe.eml")}: ERROR  not a regular file`);
    expect(out).toContain("errors 1");
  }, 10_000);
});

/**
 * A policy path that is not a small regular file — a FIFO, a device, something huge — gets a
 * clear error at once: nothing waits on it and nothing reads it into memory.
 */
import { execFileSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeIO } from "../../src/cli/node-io";
import { MAX_POLICY_BYTES } from "../../src/cli/policy-file";
import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";
import { CLEAN } from "./messages";

/** Before the fix a FIFO blocked the read forever: fail after this instead of hanging. */
const GUARD_MS = 5_000;

function withOutput(): { io: ReturnType<typeof nodeIO>; out: () => string } {
  let text = "";
  const write = (t: string): void => void (text += t);
  return { io: { ...nodeIO(), stdout: write, stderr: write, isTTY: { stdout: false, stderr: false } }, out: () => text };
}

async function runGuarded(args: string[], io: ReturnType<typeof nodeIO>): Promise<number | "hung"> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<"hung">((resolve) => {
    timer = setTimeout(() => resolve("hung"), GUARD_MS);
  });
  try {
    return await Promise.race([runCli(args, io), hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe("policy files that are not regular files (real file system, Linux)", () => {
  let dir: string;
  let fifo: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "mail-preflight-policy-"));
    fifo = join(dir, "policy.json");
    execFileSync("mkfifo", [fifo]);
  });
  afterEach(() => {
    // Should a read still wait on the FIFO, a writer that opens and closes it ends that read.
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it, which is what the fix is for.
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [["policy", "validate"], "the policy file could not be read:"],
    [["policy", "show"], "is not a valid policy:"],
    [["policy", "compile"], "nothing was compiled"],
  ])("%s refuses a FIFO at once", async (command, heading) => {
    const { io, out } = withOutput();
    expect(await runGuarded([...command, fifo], io)).toBe(2);
    expect(out()).toContain(heading);
    expect(out()).toContain("is not a regular file");
  });

  it("check --policy refuses a FIFO at once and checks nothing", async () => {
    const message = join(dir, "a.eml");
    writeFileSync(message, CLEAN);
    const { io, out } = withOutput();
    expect(await runGuarded(["check", "--policy", fifo, message], io)).toBe(2);
    expect(out()).toContain("nothing was checked");
    expect(out()).toContain("is not a regular file");
    expect(out()).not.toContain("a.eml");
  });

  it("policy show refuses /dev/zero instead of reading it forever", async () => {
    const { io, out } = withOutput();
    expect(await runGuarded(["policy", "show", "/dev/zero"], io)).toBe(2);
    expect(out()).toContain("the file is not a regular file");
  });

  it("says so in Chinese too", async () => {
    const cn = withOutput();
    expect(await runGuarded(["policy", "validate", "--locale", "zh-CN", fifo], cn.io)).toBe(2);
    expect(cn.out()).toContain("不是普通文件（可能是管道或设备），未读取");
    const tw = withOutput();
    expect(await runGuarded(["policy", "show", "--locale", "zh-TW", "/dev/zero"], tw.io)).toBe(2);
    expect(tw.out()).toContain("不是一般檔案（可能是管道或裝置），未讀取");
  });

  it("reads a regular policy file as before", async () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, JSON.stringify({ internalDomains: ["contoso.cn"] }));
    const { io, out } = withOutput();
    expect(await runGuarded(["policy", "validate", file], io)).toBe(0);
    expect(out()).toContain("the policy is valid");
  });

  it("refuses a file over the cap, even when it grew after it was looked at", async () => {
    const file = join(dir, "big.json");
    writeFileSync(file, `{"internalDomains": ["${"a".repeat(MAX_POLICY_BYTES)}"]}`);
    const { io, out } = withOutput();
    expect(await runGuarded(["policy", "validate", file], io)).toBe(2);
    expect(out()).toContain("is over 1 MB; not a policy file");
    // The bounded read alone, as when the size at stat time was still small.
    const read = await nodeIO().readSmallFile(file, MAX_POLICY_BYTES);
    expect(read).toEqual({ refused: "too big" });
  });
});

describe("the policy size cap (in memory)", () => {
  it("names the cap in the reader's language", async () => {
    const io = memoryIO({ "p.json": { content: "{}", size: MAX_POLICY_BYTES + 1 } });
    expect(await runCli(["policy", "validate", "--locale", "zh-TW", "p.json"], io)).toBe(2);
    expect(io.out()).toContain("超過 1 MB，不是原則檔案，未讀取");
  });
});

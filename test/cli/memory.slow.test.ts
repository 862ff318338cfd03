/**
 * Peak memory of `mail-preflight check` on a large message stays about the file's size: its
 * one large attachment is measured, never decoded (src/adapters/eml/elide.ts), and the file is
 * read once, not copied. Each run is a child process (the CLI from source), its peak resident
 * size reported at exit; a run on a tiny message gives the baseline (Node, the TypeScript hook,
 * the modules) to subtract. Before the fix the large run needed about 3.5 times the file's size.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const MB = 1024 * 1024;
/** Decoded size of the attachment; the file is about 4/3 of it. */
const ATTACHMENT_BYTES = 60 * MB;
/** Peak memory above the baseline, as a multiple of the file's size. */
const MAX_GROWTH = 1.5;

/** Writes the message in pieces, so the test itself never holds it whole. */
function writeLargeMessage(file: string): void {
  const fd = openSync(file, "w");
  try {
    writeSync(
      fd,
      'From: a@example.cn\r\nTo: b@example.cn\r\nSubject: video\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n' +
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nthe video\r\n" +
        '--B\r\nContent-Type: video/mp4; name="video.mp4"\r\nContent-Disposition: attachment; filename="video.mp4"\r\n' +
        "Content-Transfer-Encoding: base64\r\n\r\n",
    );
    const raw = Buffer.alloc(57 * 1024);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) & 0xff;
    const lines = `${raw.toString("base64").replace(/.{76}/g, "$&\r\n")}\r\n`;
    for (let written = 0; written < ATTACHMENT_BYTES; written += raw.length) writeSync(fd, lines);
    writeSync(fd, "--B--\r\n");
  } finally {
    closeSync(fd);
  }
}

/** Runs the CLI on `file` in a child process: its peak resident size in bytes, and its output. */
function peakBytes(file: string): { peak: number; stdout: string } {
  const run = spawnSync(
    process.execPath,
    ["-r", join(ROOT, "bench/ts-hook.cjs"), "-r", join(ROOT, "test/helpers/report-max-rss.cjs"), join(ROOT, "src/cli/index.ts"), "check", "--format", "json", file],
    { encoding: "utf8", maxBuffer: 16 * MB, timeout: 120_000 },
  );
  const match = /max-rss-kb=(\d+)/.exec(run.stderr);
  if (!match) throw new Error(`no peak reported (exit ${run.status}): ${run.stderr.slice(-500)}`);
  return { peak: Number(match[1]) * 1024, stdout: run.stdout };
}

describe("memory on a large message", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mail-preflight-memory-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`peaks at less than ${MAX_GROWTH} times the file's size above the baseline`, () => {
    const small = join(dir, "small.eml");
    writeFileSync(small, "From: a@example.cn\r\nTo: b@example.cn\r\nSubject: hi\r\n\r\nhello\r\n");
    const large = join(dir, "large.eml");
    writeLargeMessage(large);
    const size = statSync(large).size;

    const baseline = peakBytes(small).peak;
    const { peak, stdout } = peakBytes(large);
    // The check really ran and saw the attachment.
    const report = JSON.parse(stdout);
    expect(JSON.stringify(report)).toContain("video.mp4");
    expect((peak - baseline) / size).toBeLessThan(MAX_GROWTH);
  }, 180_000);
});

describe("memory on a long --format jsonl run into a pipe", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mail-preflight-memory-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds the check back while the pipe is full instead of queueing the output in memory", async () => {
    // 1,000 messages of 300 invalid addresses each: 6 MB in, about 340 MB of JSON Lines out.
    const to = Array.from({ length: 300 }, (_, i) => `user${i} at example`).join(", ");
    const message = `From a@b Mon Jan  1 00:00:00 2024\r\nFrom: a@contoso.cn\r\nTo: ${to}\r\nSubject: list\r\n\r\nhello\r\n\r\n`;
    const file = join(dir, "many.mbox");
    writeFileSync(file, message.repeat(1000));
    // Queued, the output needs gigabytes; held back, the run fits a 128 MB heap.
    const child = spawn(
      process.execPath,
      ["--max-old-space-size=128", "-r", join(ROOT, "bench/ts-hook.cjs"), join(ROOT, "src/cli/index.ts"), "check", "--format", "jsonl", "--jobs", "1", file],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let lines = 0;
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on("data", (chunk: Buffer) => void (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err.slice(-300)).not.toContain("heap out of memory");
    expect(code).toBe(1);
    expect(lines).toBe(1001);
  }, 180_000);
});

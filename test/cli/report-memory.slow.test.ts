/**
 * `report` counts results as they stream and keeps none: its peak memory on an .mbox of 2n
 * messages is about that on n. Each run is a child process (the CLI from source) reporting its
 * peak resident size; a small young generation (--max-semi-space-size=1) keeps the garbage
 * collector's slack out of the figure. For scale: `check --format jsonl`, which keeps every result
 * for its summary, grows by about 80 MB from 20,000 to 40,000 of these messages; `report` by ~4 MB.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const MB = 1024 * 1024;
const N = 20_000;
/** Allowed growth of the peak from n to 2n messages; keeping each result would take ~4 KB a message. */
const MAX_GROWTH_BYTES = 20 * MB;

/** n messages, each with a finding (no subject) and an outside recipient, written in pieces. */
function writeMbox(file: string, n: number): void {
  const fd = openSync(file, "w");
  try {
    for (let i = 0; i < n; i++) {
      writeSync(fd, `From a@example.cn Mon Dec  7 06:00:00 2026\nFrom: a@example.cn\nTo: b${i % 50}@other${i % 7}.com\nMessage-ID: <${i}@example.cn>\n\nhello ${i}\n\n`);
    }
  } finally {
    closeSync(fd);
  }
}

function peakBytes(mbox: string, out: string): number {
  const run = spawnSync(
    process.execPath,
    ["--max-semi-space-size=1", "-r", join(ROOT, "bench/ts-hook.cjs"), "-r", join(ROOT, "test/helpers/report-max-rss.cjs"), join(ROOT, "src/cli/index.ts"), "report", "--locale", "en-US", "--out", out, mbox],
    { encoding: "utf8", timeout: 240_000 },
  );
  const match = /max-rss-kb=(\d+)/.exec(run.stderr);
  if (!match || run.status !== 0) throw new Error(`report failed or reported no peak (exit ${run.status}): ${run.stderr.slice(-500)}`);
  return Number(match[1]) * 1024;
}

describe("report's memory on a large mbox", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "mail-preflight-report-memory-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`grows by less than ${MAX_GROWTH_BYTES / MB} MB from ${N} to ${2 * N} messages`, () => {
    const [small, large] = [join(dir, "n.mbox"), join(dir, "2n.mbox")];
    writeMbox(small, N);
    writeMbox(large, 2 * N);
    const base = peakBytes(small, join(dir, "n.html"));
    const peak = peakBytes(large, join(dir, "2n.html"));
    // Both really ran over every message.
    expect(readFileSync(join(dir, "n.html"), "utf8")).toContain(`data-count="files">${N}<`);
    expect(readFileSync(join(dir, "2n.html"), "utf8")).toContain(`data-count="files">${2 * N}<`);
    expect(peak - base).toBeLessThan(MAX_GROWTH_BYTES);
  }, 300_000);
});

/**
 * The built CLI (`dist/cli.js` with its worker threads) on the same corpus files with `--jobs 1`
 * and `--jobs N` (N = os.availableParallelism()), and the pool's per-message times; with
 * `--large-mbox`, a generated 1 GB mbox checked end to end for the process's peak memory.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CheckTask } from "../src/cli/check-task";
import { startWorkers } from "../src/cli/node-workers";
import { DEFAULT_POLICY } from "../src/engine/policy/defaults";
import { cliBuild } from "./build";
import { fmt, median } from "./measure";
import { missed, out, table, type BenchOptions } from "./report";

const GIB = 1024 * 1024 * 1024;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Run {
  readonly ms: number;
  readonly lines: number;
  /** Peak resident memory of the whole process, workers included (KB → bytes). */
  readonly maxRss: number;
}

/** Runs the built CLI, counting output lines without holding them, and reads its peak RSS on exit. */
function runCli(build: string, args: readonly string[]): Promise<Run> {
  // The memory tests' helper: the peak RSS in KB on stderr at exit.
  const preload = path.resolve(__dirname, "../test/helpers/report-max-rss.cjs");
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["-r", preload, path.join(build, "cli.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let lines = 0;
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on("data", (chunk: Buffer) => void (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /max-rss-kb=(\d+)/.exec(err);
      if (!rss) return reject(new Error(`the CLI did not finish: ${err.slice(0, 500)}`));
      resolve({ ms, lines, maxRss: Number(rss[1]) * 1024 });
    });
  });
}

/** The sampled files as one folder (symbolic links), so both runs read the same files the same way. */
function linkFolder(files: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-preflight-bench-files-"));
  files.forEach((file, i) => fs.symlinkSync(file, path.join(dir, `${String(i).padStart(6, "0")}.eml`)));
  return dir;
}

/** Per-message times through the pool with N tasks in flight (one per thread: no queueing counted). */
async function poolTimes(build: string, jobs: number, messages: readonly Uint8Array[]): Promise<{ times: number[]; ms: number }> {
  const pool = startWorkers(jobs, { policy: DEFAULT_POLICY }, path.join(build, "check-worker.js"));
  try {
    const task = (i: number): CheckTask => ({ name: String(i), kind: "eml", bytes: messages[i % messages.length] });
    await Promise.all(Array.from({ length: Math.min(300, messages.length) }, (_, i) => pool.run(task(i)))); // warm-up
    const times: number[] = [];
    let next = 0;
    const start = process.hrtime.bigint();
    const lane = async (): Promise<void> => {
      while (next < messages.length) {
        const i = next++;
        const t = process.hrtime.bigint();
        await pool.run(task(i));
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    };
    await Promise.all(Array.from({ length: jobs }, lane));
    return { times, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  } finally {
    await pool.close();
  }
}

/** Writes ≥ `bytes` of mbox made of the messages, repeated, one write at a time (never held whole). */
async function writeMbox(file: string, messages: readonly Uint8Array[], bytes: number): Promise<number> {
  const stream = fs.createWriteStream(file);
  let written = 0;
  let count = 0;
  const separator = Buffer.from("From bench@example.com Mon Jan  1 00:00:00 2024\n");
  while (written < bytes) {
    // mboxrd: a body line starting with "From " (after any ">") gets one more ">".
    const message = Buffer.from(Buffer.from(messages[count % messages.length]).toString("latin1").replace(/^(>*From )/gm, ">$1"), "latin1");
    const chunk = Buffer.concat([separator, message, Buffer.from("\n\n")]);
    written += chunk.length;
    count++;
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return count;
}

export async function workersSection(files: readonly string[], messages: readonly Uint8Array[], options: BenchOptions, target: number): Promise<void> {
  const build = await cliBuild();
  const jobs = os.availableParallelism();
  const dir = linkFolder(files);
  try {
    const runs = new Map<number, number[]>([[1, []], [jobs, []]]);
    for (let round = 0; round < (options.quick ? 1 : 3); round++) {
      for (const j of runs.keys()) {
        const run = await runCli(build, ["check", "--format", "jsonl", "--jobs", String(j), dir]);
        if (run.lines !== files.length + 1) throw new Error(`--jobs ${j} wrote ${run.lines} lines for ${files.length} files`);
        runs.get(j)?.push(run.ms);
      }
    }
    const pool = await poolTimes(build, jobs, messages);
    const rate = (ms: number, n: number): string => ((n / ms) * 1000).toFixed(0);
    out(`\nThe built CLI (\`node dist/cli.js check --format jsonl --jobs J\`, process start and output included) on the same ${files.length} files; ${os.cpus().length} cores here, load ${os.loadavg()[0].toFixed(1)}:\n`);
    table(
      ["run", "messages/s", "p50 per message", "p99 per message"],
      [
        ...[...runs.entries()].map(([j, ms]) => [`\`--jobs ${j}\`${j === 1 ? " (no workers)" : ""}, whole command, median of ${ms.length}`, rate(median(ms), files.length), "", ""]),
        [`the pool alone, ${jobs} workers, ${jobs} messages in flight`, rate(pool.ms, messages.length), fmt(median(pool.times)), fmt(percentile(pool.times, 99))],
      ],
    );
    const one = (files.length / median(runs.get(1) ?? [])) * 1000;
    if (one < target) missed(`\`--jobs 1\` ≥ ${target} messages/s`, `${one.toFixed(0)}/s for the whole command on this machine`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!options.largeMbox) {
    out("\nThe 1 GB mbox run (peak memory) is left out: `npm run bench -- --only=cli --large-mbox` adds it (several minutes).");
    return;
  }
  const file = path.join(os.tmpdir(), `mail-preflight-bench-${process.pid}.mbox`);
  try {
    const count = await writeMbox(file, messages, GIB);
    const size = fs.statSync(file).size;
    const run = await runCli(build, ["check", "--format", "jsonl", "--jobs", String(jobs), file]);
    if (run.lines !== count + 1) throw new Error(`the 1 GB mbox gave ${run.lines} lines for ${count} messages`);
    out(
      `\nA generated ${(size / GIB).toFixed(2)} GB mbox (${count} corpus messages, repeated) checked with \`--jobs ${jobs}\`: ` +
        `${rate1(count, run.ms)} messages/s, ${(run.ms / 1000).toFixed(0)} s; peak RSS of the process, workers included: **${(run.maxRss / (1024 * 1024)).toFixed(0)} MB**.`,
    );
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function rate1(n: number, ms: number): string {
  return ((n / ms) * 1000).toFixed(0);
}

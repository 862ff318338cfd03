/**
 * The CLI over ../shared/corpora: parse + check per message, in one process, as
 * `mail-preflight check` does it (with its byte Blob installed). Baseline, measured in the same
 * run on the same bytes: postal-mime's parse alone, the library the .eml adapter builds on.
 * The ratio says what charset repair, archive listing and all the rules add on top of a bare parse.
 */
import fs from "node:fs";
import PostalMime from "postal-mime";
import { installByteBlob } from "../src/cli/byte-blob";
import { nodeIO } from "../src/cli/node-io";
import { runCli } from "../src/cli/program";
import { checkEml, CORPORA, corporaPresent, emlFiles, missingCorporaNote, sample } from "./corpus";
import { fmt, median } from "./measure";
import { heading, missed, out, table, type BenchOptions } from "./report";
import { percentile, workersSection } from "./cli-workers";

const TARGET_PER_SECOND = 1000;

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Whether a snapshot or report still holds bytes (it must not: only listings are kept). */
function holdsBytes(value: unknown): boolean {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return true;
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(holdsBytes);
}

/** The whole command, files read from disk, JSON output discarded. */
async function wholeCommand(): Promise<number> {
  const io = { ...nodeIO(), stdout: () => undefined, stderr: () => undefined };
  return ms(() => runCli(["check", "--format", "json", CORPORA], io));
}

export async function main(options: BenchOptions): Promise<void> {
  heading("CLI over ../shared/corpora: parse + check vs postal-mime's bare parse (one process)");
  if (!corporaPresent()) {
    out(missingCorporaNote());
    return;
  }
  installByteBlob();
  const files = emlFiles(".");
  const messages = (options.quick ? sample(files, 600) : files).map((file) => new Uint8Array(fs.readFileSync(file)));
  // Warm-up: JIT and the rules' lazily built tables.
  for (const bytes of messages.slice(0, 300)) await checkEml(bytes);

  const ours: number[] = [];
  const base: number[] = [];
  // Alternate message by message so machine noise hits both sides alike.
  for (const bytes of messages) {
    ours.push(await ms(() => checkEml(bytes)));
    base.push(await ms(() => PostalMime.parse(bytes)));
  }
  const total = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const rate = (values: number[]): number => (values.length / total(values)) * 1000;
  const commandMs = await wholeCommand();
  let retained = 0;
  for (const bytes of messages) if (holdsBytes(await checkEml(bytes))) retained += 1;

  table(
    ["side", "messages/s", "p50 per message", "p99 per message"],
    [
      ["parse + all rules (ours)", rate(ours).toFixed(0), fmt(median(ours)), fmt(percentile(ours, 99))],
      ["baseline: postal-mime parse only", rate(base).toFixed(0), fmt(median(base)), fmt(percentile(base, 99))],
      // The command always reads every corpus file, also in --quick runs.
      ["`mail-preflight check --format json` (reads the files too)", ((files.length / commandMs) * 1000).toFixed(0), "", ""],
    ],
  );
  if (rate(ours) < TARGET_PER_SECOND) {
    missed(
      `CLI ≥ ${TARGET_PER_SECOND} messages/s: ${rate(ours).toFixed(0)}`,
      `machine speed first: postal-mime's bare parse alone ran at ${rate(base).toFixed(0)}/s here; parse + check costs ${(total(ours) / total(base)).toFixed(2)}× a bare parse`,
    );
  }
  out(
    `\n${messages.length} messages. Ours / baseline: ${(total(ours) / total(base)).toFixed(2)}× the time of a bare parse. ` +
      `Target ≥ ${TARGET_PER_SECOND} messages/s for parse + check: ${rate(ours) >= TARGET_PER_SECOND ? "met" : "NOT met"}.`,
  );
  out(`Snapshots or reports that still hold attachment bytes after the check: ${retained} of ${messages.length}.`);
  const sampled = options.quick ? sample(files, 600) : files;
  await workersSection(sampled, messages, options, TARGET_PER_SECOND);
}

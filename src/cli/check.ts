/**
 * `mail-preflight check`: collect the files, run the engine on each, report, and choose the exit
 * code. Files are read and checked one at a time so memory stays bounded by the largest message.
 */
import { parseEml } from "../adapters/eml";
import { listZip } from "../archive/zip";
import { formatPolicyErrors } from "../engine/policy";
import type { EffectivePolicy } from "../engine/policy-types";
import { runRules } from "../engine/run";
import type { Locale, Report } from "../engine/rule";
import { RULES } from "../rules";
import { collectInputs, MAX_MESSAGE_BYTES, readInput, type Input } from "./files";
import type { CliIO } from "./io";
import { TEXT } from "./locale";
import { formatJson } from "./output-json";
import { createProgress, formatFileResult, formatSummary, useColor } from "./output-text";
import { loadPolicy } from "./policy-file";

export type Format = "text" | "json";
export type FailOn = "block" | "warn";

export interface CheckOptions {
  readonly policy?: string;
  readonly format: Format;
  readonly locale: Locale;
  readonly failOn: FailOn;
}

export type FileResult =
  | { readonly file: string; readonly report: Report }
  | { readonly file: string; readonly error: string };

export interface Summary {
  readonly files: number;
  readonly block: number;
  readonly warn: number;
  readonly pass: number;
  readonly errors: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Above this many files, a TTY gets a progress line on stderr. */
const PROGRESS_THRESHOLD = 20;

/** Reads, parses and checks one input; every failure becomes the file's error, never a throw. */
export async function checkInput(input: Input, policy: EffectivePolicy, io: CliIO): Promise<FileResult> {
  if ("error" in input) return input;
  try {
    const read = await readInput(input, io);
    if (!read.ok) return { file: input.file, error: read.error };
    const parsed = await parseEml(read.bytes, {
      maxBytes: MAX_MESSAGE_BYTES,
      listArchive: (bytes) => listZip(bytes),
      archiveMaxBytes: policy.archiveScanMaxBytes,
    });
    if (!parsed.ok) return { file: input.file, error: parsed.error };
    return { file: input.file, report: runRules(parsed.snapshot, policy, RULES) };
  } catch (error) {
    // A bug in a parser or rule must cost one file, not the whole run.
    return { file: input.file, error: `could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function summarize(results: readonly FileResult[]): Summary {
  const counts = { files: results.length, block: 0, warn: 0, pass: 0, errors: 0 };
  for (const result of results) {
    if ("error" in result) counts.errors++;
    else counts[result.report.verdict]++;
  }
  return counts;
}

/** 2 when any input could not be checked, else 1 when any message fails at `failOn`, else 0. */
export function exitCodeFor(results: readonly FileResult[], failOn: FailOn): number {
  if (results.some((r) => "error" in r)) return EXIT_ERROR;
  const failing = results.some(
    (r) => "report" in r && (r.report.verdict === "block" || (failOn === "warn" && r.report.verdict === "warn")),
  );
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCheck(paths: readonly string[], options: CheckOptions, io: CliIO): Promise<number> {
  const loaded = await loadPolicy(options.policy, io);
  if (!loaded.ok) {
    const detail = loaded.reason ?? formatPolicyErrors(loaded.errors);
    io.stderr(`mail-preflight: the policy ${options.policy ?? ""} is not usable; nothing was checked.\n${detail}\n`);
    return EXIT_ERROR;
  }
  const policy = loaded.policy;
  const inputs = await collectInputs(paths, io);
  if (inputs.length === 0) {
    io.stderr(`mail-preflight: ${TEXT.noInputs[options.locale]}\n`);
    return EXIT_ERROR;
  }
  const context = { locale: options.locale, policy, color: useColor(io) };
  const progress = inputs.length > PROGRESS_THRESHOLD && io.isTTY.stderr ? createProgress(io, inputs.length) : undefined;
  const results: FileResult[] = [];
  for (const [index, input] of inputs.entries()) {
    progress?.update(index, input.file);
    const result = await checkInput(input, policy, io);
    results.push(result);
    if (options.format === "text") {
      // On a shared terminal, clear the progress line first so it never splits a report line.
      if (io.isTTY.stdout) progress?.clear();
      io.stdout(formatFileResult(result, context));
    }
  }
  progress?.clear();
  const summary = summarize(results);
  io.stdout(options.format === "json" ? formatJson(results, summary, policy, options.locale) : formatSummary(results, summary, context));
  return exitCodeFor(results, options.failOn);
}

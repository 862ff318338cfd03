/**
 * `mail-preflight check`: collect the files, run the engine on each message, report, and choose
 * the exit code. Containers (.mbox, .pst/.ost) are read message by message. With `--jobs N` > 1
 * the checks run in N worker threads while this thread reads and splits the inputs; results
 * still come out in input order. Memory stays bounded by the messages in flight.
 */
import { formatText } from "../engine/format";
import { formatPolicyErrors, ruleSetting } from "../engine/policy/resolve";
import { DEFAULT_DOH_URL, DomainChecker } from "./dns";
import { localizeFileError } from "./file-errors";
import type { Locale } from "../engine/rule";
import { RULES } from "../rules";
import { collectInputs, MAX_MESSAGE_BYTES, readInput, type Input, type ReadResult } from "./files";
import type { CliIO } from "./io";
import { TEXT } from "./locale";
import { formatJson, formatJsonLine, formatJsonlSummary } from "./output-json";
import { EXIT_ERROR, Tally, type CheckFormat, type FailOn, type FileResult } from "./results";
import { createProgress, formatFileResult, formatSummaryCounts, useColor } from "./output-text";
import { readPolicyFile } from "./policy-file";
import { isMbox, mboxItems } from "./mbox-input";
import { isPst, pstItems } from "./pst-input";
import { isTask, runTask, type CheckItem } from "./check-task";
import { inOrder, type CheckWorkers } from "./pool";
import type { EffectivePolicy } from "../engine/policy/types";

export interface CheckOptions {
  readonly policy?: string;
  readonly format: CheckFormat;
  readonly locale: Locale;
  readonly failOn: FailOn;
  /** DNS-over-HTTPS endpoint for recipient-domain-unreachable (default: AliDNS). */
  readonly dnsUrl?: string;
  /** The cap on one message inside an archive (default 200 MB, the .eml adapter's); tests lower it. */
  readonly maxMessageBytes?: number;
  /** Checks at once (default: io.cores); 1 checks everything in this thread, without workers. */
  readonly jobs?: number;
}

/** Above this many files, or with any container, a TTY gets a progress line on stderr. */
const PROGRESS_THRESHOLD = 20;

/** The one rule that needs the network (a DNS look-up), and only when the policy turns it on. */
const DOMAIN_RULE = "recipient-domain-unreachable";

/** How many files are read ahead of the one being checked, and the largest one read ahead. */
const READ_AHEAD = 3;
const READ_AHEAD_MAX_BYTES = 8 * 1024 * 1024;

/** Tasks in flight per worker: enough to keep each busy while this thread reads the next ones. */
const TASKS_PER_WORKER = 4;
/** …and no new message while this many message bytes are in flight (a 200 MB one still goes). */
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Placeholder for an input that is read only when its turn comes (standard input, large files). */
const READ_LATER: ReadResult = { ok: false, error: "" };

/** Containers are read in chunks or through a file descriptor, message by message. */
export function isContainer(input: Input): boolean {
  return !("error" in input) && input.source === "file" && (isMbox(input.file) || isPst(input.file));
}

/** Reads one input; never throws. */
function readOne(input: Input, io: CliIO): Promise<ReadResult> {
  if ("error" in input) return Promise.resolve({ ok: false, error: input.error });
  return readInput(input, io).catch((error: unknown) => ({ ok: false as const, error: `cannot read: ${String(error)}` }));
}

/**
 * Reads a file ahead of its turn only when it is small: a folder of 190 MB messages must not
 * hold four of them at once. Standard input and large files are read when their turn comes.
 */
async function readAhead(input: Input, io: CliIO): Promise<ReadResult> {
  if ("error" in input || input.source === "stdin") return READ_LATER;
  try {
    if ((await io.stat(input.file)).size > READ_AHEAD_MAX_BYTES) return READ_LATER;
  } catch {
    return READ_LATER; // its own turn reports the problem
  }
  return readOne(input, io);
}

/**
 * Every message of every input, in order, as a task or a known error. The next files are read
 * while this one is checked, so the disk and the parser overlap (about 1.6× faster over the
 * corpus); besides the messages in flight, at most READ_AHEAD small files are held.
 */
async function* inputItems(inputs: readonly Input[], io: CliIO, policy: EffectivePolicy, maxMessageBytes: number): AsyncGenerator<CheckItem> {
  const reads: Promise<ReadResult>[] = [];
  const ahead = (i: number, current: number): void => {
    const later = inputs[i];
    if (!later || reads[i] !== undefined || isContainer(later)) return;
    reads[i] = i === current ? readOne(later, io) : readAhead(later, io);
  };
  for (const [index, input] of inputs.entries()) {
    for (let k = index; k <= index + READ_AHEAD; k++) ahead(k, index);
    if (isContainer(input)) {
      yield* isPst(input.file) ? pstItems(input.file, io, policy) : mboxItems(input.file, io, maxMessageBytes);
      continue;
    }
    const early = await reads[index];
    delete reads[index];
    const read = early === READ_LATER ? await readOne(input, io) : early;
    // An Outlook item file by its name; everything else (standard input too) is read as .eml.
    yield read.ok ? { name: input.file, kind: /\.msg$/i.test(input.file) ? "msg" : "eml", bytes: read.bytes } : { file: input.file, error: read.error };
  }
}

/** What checkInputs needs besides the inputs and the policy. */
export interface CheckRun {
  readonly dnsUrl?: string;
  readonly maxMessageBytes?: number;
  /** Checks at once (default 1: this thread only). */
  readonly jobs?: number;
  /** Adds each message's sizes, recipients and domains to its result (for `report`; costs a body count). */
  readonly facts?: boolean;
}

/**
 * Every message's result in input order, each as soon as it and every earlier one are ready: the
 * one walk over the inputs that `check` and `report` share, so each new kind of input reaches both.
 * With jobs > 1 (and more than one message) the checks run in worker threads.
 */
export async function* checkInputs(inputs: readonly Input[], policy: EffectivePolicy, io: CliIO, run: CheckRun = {}): AsyncGenerator<FileResult> {
  const unreachable = RULES.find((r) => r.meta.id === DOMAIN_RULE);
  const lookUp = unreachable !== undefined && ruleSetting(policy, DOMAIN_RULE, unreachable.meta.defaultSeverity, {}).severity !== "off";
  const jobs = Math.max(1, Math.floor(run.jobs ?? 1));
  // Workers only pay off with more than one message; `--jobs 1` never starts them.
  let workers: CheckWorkers | undefined;
  if (jobs > 1 && io.startWorkers !== undefined && (inputs.length > 1 || inputs.some(isContainer))) {
    workers = io.startWorkers(jobs, { policy, ...(lookUp ? { dnsUrl: run.dnsUrl ?? DEFAULT_DOH_URL } : {}) });
  }
  const domains = lookUp && !workers ? new DomainChecker((url, ms) => io.fetchJson(url, ms), run.dnsUrl) : undefined;
  const check = workers ? workers.run.bind(workers) : (task: Parameters<typeof runTask>[0]) => runTask(task, policy, domains);
  const items = inputItems(inputs, io, policy, run.maxMessageBytes ?? MAX_MESSAGE_BYTES);
  const tasks = run.facts === true ? withFacts(items) : items;
  try {
    yield* inOrder(tasks, check, workers ? jobs * TASKS_PER_WORKER : 1, BYTES_IN_FLIGHT);
  } finally {
    await workers?.close();
  }
}

async function* withFacts(items: AsyncIterable<CheckItem>): AsyncGenerator<CheckItem> {
  for await (const item of items) yield isTask(item) ? { ...item, facts: true } : item;
}

export async function runCheck(paths: readonly string[], options: CheckOptions, io: CliIO): Promise<number> {
  const loaded = await readPolicyFile(options.policy, io);
  if (!loaded.ok) {
    const detail = loaded.reason !== undefined ? localizeFileError(loaded.reason, options.locale) : formatPolicyErrors(loaded.errors, options.locale);
    io.stderr(`mail-preflight: ${formatText(TEXT.policyUnusable[options.locale], { file: options.policy ?? "" })}\n${detail}\n`);
    return EXIT_ERROR;
  }
  const policy = loaded.policy;
  const inputs = await collectInputs(paths, io);
  if (inputs.length === 0) {
    io.stderr(`mail-preflight: ${TEXT.noInputs[options.locale]}\n`);
    return EXIT_ERROR;
  }
  const context = { locale: options.locale, policy, color: useColor(io) };
  const containers = inputs.some(isContainer);
  const progress = io.isTTY.stderr && (inputs.length > PROGRESS_THRESHOLD || containers) ? createProgress(io, containers ? undefined : inputs.length) : undefined;
  const run = { dnsUrl: options.dnsUrl, maxMessageBytes: options.maxMessageBytes, jobs: options.jobs ?? io.cores };
  // Only the JSON document needs every result at the end; the other formats keep counts.
  const results: FileResult[] = [];
  const tally = new Tally();
  for await (const result of checkInputs(inputs, policy, io, run)) {
    tally.add(result);
    if (options.format === "json") results.push(result);
    else {
      // On a shared terminal, clear the progress line first so it never splits a report line.
      if (io.isTTY.stdout) progress?.clear();
      io.stdout(options.format === "jsonl" ? formatJsonLine(result, policy, options.locale) : formatFileResult(result, context));
      await io.stdoutWritten?.();
    }
    progress?.update(tally.summary.files, result.file);
  }
  progress?.clear();
  const summary = tally.summary;
  const last = { json: () => formatJson(results, summary, policy, options.locale), jsonl: () => formatJsonlSummary(summary), text: () => formatSummaryCounts(tally.byRule, summary, context) };
  io.stdout(last[options.format]());
  return tally.exitCode(options.failOn);
}

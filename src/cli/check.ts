/**
 * `mail-preflight check`: collect the files, run the engine on each, report, and choose the exit
 * code. Files are read and checked one at a time so memory stays bounded by the largest message.
 */
import { parseEml } from "../adapters/eml";
import { parseMsg } from "../adapters/msg";
import { archiveLister } from "./archives";
import { formatText } from "../engine/format";
import { formatPolicyErrors, ruleSetting } from "../engine/policy/resolve";
import type { MessageSnapshot } from "../engine/snapshot";
import { domainOf } from "../text/addresses/address";
import { DomainChecker } from "./dns";
import { localizeFileError } from "./file-errors";
import type { EffectivePolicy } from "../engine/policy/types";
import { checkMessage } from "../check/check";
import type { Locale } from "../engine/rule";
import { RULES } from "../rules";
import { collectInputs, MAX_MESSAGE_BYTES, readInput, type Input, type ReadResult } from "./files";
import type { CliIO } from "./io";
import { TEXT } from "./locale";
import { formatJson, formatJsonLine, formatJsonlSummary } from "./output-json";
import { EXIT_ERROR, exitCodeFor, summarize, type CheckFormat, type FailOn, type FileResult } from "./results";
import { createProgress, formatFileResult, formatSummary, useColor } from "./output-text";
import { readPolicyFile } from "./policy-file";
import { checkMbox, isMbox } from "./mbox-input";
import { messageFacts } from "./report/facts";

export interface CheckOptions {
  readonly policy?: string;
  readonly format: CheckFormat;
  readonly locale: Locale;
  readonly failOn: FailOn;
  /** DNS-over-HTTPS endpoint for recipient-domain-unreachable (default: AliDNS). */
  readonly dnsUrl?: string;
  /** The cap on one message inside an archive (default 200 MB, the .eml adapter's); tests lower it. */
  readonly maxMessageBytes?: number;
}

/** Above this many files, a TTY gets a progress line on stderr. */
const PROGRESS_THRESHOLD = 20;

/** The one rule that needs the network (a DNS look-up), and only when the policy turns it on. */
const DOMAIN_RULE = "recipient-domain-unreachable";

/** How many files are read ahead of the one being checked, and the largest one read ahead. */
const READ_AHEAD = 3;
const READ_AHEAD_MAX_BYTES = 8 * 1024 * 1024;

/** Placeholder for an input that is read only when its turn comes (standard input). */
const READ_LATER: Read = { ok: false, error: "", input: true };

type Read = ReadResult | { readonly ok: false; readonly error: string; readonly input: true };

/** An .mbox named on the command line or found in a folder: read in chunks, message by message. */
function isMboxInput(input: Input): boolean {
  return !("error" in input) && input.source === "file" && isMbox(input.file);
}

/** Reads one input; never throws. */
function readOne(input: Input, io: CliIO): Promise<Read> {
  if ("error" in input) return Promise.resolve({ ok: false, error: input.error, input: true });
  return readInput(input, io).catch((error: unknown) => ({ ok: false as const, error: `cannot read: ${String(error)}` }));
}

/** Adds the DNS answers recipient-domain-unreachable needs, when the policy turns it on. */
async function withDomainChecks(snapshot: MessageSnapshot, domains: DomainChecker | undefined): Promise<MessageSnapshot> {
  if (!domains || snapshot.recipients.length === 0) return snapshot;
  return { ...snapshot, domainChecks: await domains.check(snapshot.recipients.map((r) => domainOf(r.address))) };
}

/**
 * Reads a file ahead of its turn only when it is small: a folder of 190 MB messages must not
 * hold four of them at once. Standard input and large files are read when their turn comes.
 */
async function readAhead(input: Input, io: CliIO): Promise<Read> {
  if ("error" in input || input.source === "stdin") return READ_LATER;
  try {
    if ((await io.stat(input.file)).size > READ_AHEAD_MAX_BYTES) return READ_LATER;
  } catch {
    return READ_LATER; // its own turn reports the problem
  }
  return readOne(input, io);
}

/** Parses and checks bytes already read; every failure becomes the file's error, never a throw. */
async function checkRead(file: string, read: Read, policy: EffectivePolicy, domains?: DomainChecker, facts = false): Promise<FileResult> {
  if (!read.ok) return { file, error: read.error };
  try {
    const listArchive = await archiveLister();
    // An Outlook item file by its name; everything else (standard input too) is read as .eml.
    const parsed = /\.msg$/i.test(file)
      ? parseMsg(read.bytes, { listArchive, archiveMaxBytes: policy.archiveScanMaxBytes })
      : await parseEml(read.bytes, { maxBytes: MAX_MESSAGE_BYTES, listArchive, archiveMaxBytes: policy.archiveScanMaxBytes });
    if (!parsed.ok) return { file, error: parsed.error };
    const snapshot = await withDomainChecks(parsed.snapshot, domains);
    const report = checkMessage(snapshot, policy);
    return facts ? { file, report, facts: messageFacts(snapshot, policy) } : { file, report };
  } catch (error) {
    // A bug in a parser or rule must cost one file, not the whole run.
    return { file, error: `could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What checkInputs needs besides the inputs and the policy. */
export interface CheckRun {
  readonly dnsUrl?: string;
  readonly maxMessageBytes?: number;
  /** Adds each message's sizes, recipients and domains to its result (for `report`; costs a body count). */
  readonly facts?: boolean;
  /** Called as each input's turn comes (progress). */
  readonly onInput?: (index: number, file: string) => void;
}

/**
 * Every input's results in input order, one at a time as they are ready: the one walk over the
 * inputs that `check` and `report` share, so each new kind of input reaches both.
 */
export async function* checkInputs(inputs: readonly Input[], policy: EffectivePolicy, io: CliIO, run: CheckRun = {}): AsyncGenerator<FileResult> {
  const unreachable = RULES.find((r) => r.meta.id === DOMAIN_RULE);
  const lookUp = unreachable !== undefined && ruleSetting(policy, DOMAIN_RULE, unreachable.meta.defaultSeverity, {}).severity !== "off";
  const domains = lookUp ? new DomainChecker((url, ms) => io.fetchJson(url, ms), run.dnsUrl) : undefined;
  const facts = run.facts === true;
  // The next files are read while this one is checked, so the disk and the parser overlap (about
  // 1.6× faster over the corpus). Besides the message being checked, at most READ_AHEAD small
  // ones are held (see readAhead).
  const reads: Promise<Read>[] = [];
  const ahead = (i: number, current: number): void => {
    const later = inputs[i];
    if (!later || reads[i] !== undefined || isMboxInput(later)) return;
    reads[i] = i === current ? readOne(later, io) : readAhead(later, io);
  };
  for (const [index, input] of inputs.entries()) {
    run.onInput?.(index, input.file);
    for (let k = index; k <= index + READ_AHEAD; k++) ahead(k, index);
    if (isMboxInput(input)) {
      const checkOne = (name: string, bytes: Uint8Array): Promise<FileResult> => checkRead(name, { ok: true, bytes }, policy, domains, facts);
      yield* checkMbox(input.file, io, checkOne, run.maxMessageBytes ?? MAX_MESSAGE_BYTES);
      continue;
    }
    const read = await reads[index];
    delete reads[index];
    yield await checkRead(input.file, read === READ_LATER ? await readOne(input, io) : read, policy, domains, facts);
  }
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
  const progress = inputs.length > PROGRESS_THRESHOLD && io.isTTY.stderr ? createProgress(io, inputs.length) : undefined;
  const results: FileResult[] = [];
  const report = (result: FileResult): void => {
    results.push(result);
    if (options.format === "json") return;
    // On a shared terminal, clear the progress line first so it never splits a report line.
    if (io.isTTY.stdout) progress?.clear();
    io.stdout(options.format === "jsonl" ? formatJsonLine(result, policy, options.locale) : formatFileResult(result, context));
  };
  const run = { dnsUrl: options.dnsUrl, maxMessageBytes: options.maxMessageBytes, onInput: (index: number, file: string) => progress?.update(index, file) };
  for await (const result of checkInputs(inputs, policy, io, run)) report(result);
  progress?.clear();
  const summary = summarize(results);
  const last = { json: () => formatJson(results, summary, policy, options.locale), jsonl: () => formatJsonlSummary(summary), text: () => formatSummary(results, summary, context) };
  io.stdout(last[options.format]());
  return exitCodeFor(results, options.failOn);
}

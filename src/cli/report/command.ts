/**
 * `mail-preflight report`: check the same inputs as `check` (through its checkInputs, so every
 * input kind `check` reads is read here too), count the results as they come, and write one
 * self-contained HTML page. With `--compare` the inputs are checked under both policies side by
 * side, pair by pair, so memory stays bounded whatever the number of messages.
 */
import { resolve } from "node:path";
import { formatText, localize } from "../../engine/format";
import { formatPolicyErrors } from "../../engine/policy/resolve";
import type { EffectivePolicy } from "../../engine/policy/types";
import type { Locale } from "../../engine/rule";
import { checkInputs, isContainer } from "../check";
import { localizeFileError } from "../file-errors";
import { collectInputs, type Input } from "../files";
import { describeError, type CliIO } from "../io";
import { TEXT } from "../locale";
import { createProgress } from "../output-text";
import { readPolicyFile } from "../policy-file";
import { EXIT_ERROR, EXIT_OK } from "../results";
import { ReportData } from "./aggregate";
import { CompareData } from "./compare";
import { renderReport } from "./render";
import { REPORT_CLI_TEXT } from "./text";
import { writerOf } from "./write";

export interface ReportOptions {
  readonly policy?: string;
  readonly compare?: string;
  readonly locale: Locale;
  readonly out?: string;
  readonly dnsUrl?: string;
  readonly maxMessageBytes?: number;
  /** Checks at once (default: io.cores), shared between the two policies' runs with --compare. */
  readonly jobs?: number;
}

/** Above this many inputs, a terminal gets a progress line (as `check` does). */
const PROGRESS_THRESHOLD = 20;

async function loadPolicy(file: string | undefined, locale: Locale, io: CliIO): Promise<EffectivePolicy | undefined> {
  const loaded = await readPolicyFile(file, io);
  if (loaded.ok) return loaded.policy;
  const detail = loaded.reason !== undefined ? localizeFileError(loaded.reason, locale) : formatPolicyErrors(loaded.errors, locale);
  io.stderr(`mail-preflight: ${formatText(TEXT.policyUnusable[locale], { file: file ?? "" })}\n${detail}\n`);
  return undefined;
}

/** Why the report cannot go to `out`, or undefined when it can. */
async function outProblem(out: string, inputs: readonly Input[], io: CliIO, locale: Locale): Promise<string | undefined> {
  const say = (id: keyof typeof REPORT_CLI_TEXT): string => localize(REPORT_CLI_TEXT[id], locale, { file: out });
  if (!/\.html?$/i.test(out)) return say("outNotHtml");
  const target = resolve(out);
  if (inputs.some((input) => resolve(input.file) === target)) return say("outIsInput");
  try {
    if ((await io.stat(out)).isDirectory()) return say("outIsFolder");
  } catch {
    // Not there yet: the usual case.
  }
  return undefined;
}

export async function runReport(paths: readonly string[], options: ReportOptions, io: CliIO): Promise<number> {
  const { locale, out } = options;
  const fail = (text: string): number => {
    io.stderr(`mail-preflight: ${text}\n`);
    return EXIT_ERROR;
  };
  if (out === undefined || out === "") return fail(localize(REPORT_CLI_TEXT.needsOut, locale));
  const policy = await loadPolicy(options.policy, locale, io);
  if (!policy) return EXIT_ERROR;
  const second = options.compare !== undefined ? await loadPolicy(options.compare, locale, io) : undefined;
  if (options.compare !== undefined && !second) return EXIT_ERROR;
  const inputs = await collectInputs(paths, io);
  if (inputs.length === 0) return fail(TEXT.noInputs[locale]);
  const problem = await outProblem(out, inputs, io, locale);
  if (problem !== undefined) return fail(problem);

  const data = new ReportData(second ? [policy, second] : [policy], locale);
  const compare = second ? new CompareData(locale) : undefined;
  const containers = inputs.some(isContainer);
  const progress = (inputs.length > PROGRESS_THRESHOLD || containers) && io.isTTY.stderr ? createProgress(io, containers ? undefined : inputs.length) : undefined;
  // The two runs advance in step, so they share the cores.
  const jobs = Math.max(1, Math.floor((options.jobs ?? io.cores) / (second ? 2 : 1)));
  const run = { dnsUrl: options.dnsUrl, maxMessageBytes: options.maxMessageBytes, jobs };
  const firstRun = checkInputs(inputs, policy, io, { ...run, facts: true });
  // The second policy walks the same inputs in the same order; each pair is counted and dropped.
  const secondRun = second ? checkInputs(inputs, second, io, run) : undefined;
  let done = 0;
  for await (const result of firstRun) {
    data.add(result);
    progress?.update(++done, result.file);
    if (!secondRun || !compare) continue;
    const other = await secondRun.next();
    if (other.done === true) throw new Error("compare: the second run ended early");
    compare.add(result, other.value);
  }
  // Lets the second run finish (and close its workers) once the first has ended.
  await secondRun?.return(undefined);
  progress?.clear();

  const html = renderReport({ data, policyName: options.policy, compare: compare ? { data: compare, policyName: options.compare } : undefined });
  try {
    await writerOf(io).writeFileAtomic(out, html);
  } catch (error) {
    return fail(localize(REPORT_CLI_TEXT.notWritten, locale, { file: out, reason: localizeFileError(describeError(error), locale) }));
  }
  io.stdout(`${localize(REPORT_CLI_TEXT.written, locale, { file: out, ...data.summary })}\n`);
  if (compare) io.stdout(`${localize(REPORT_CLI_TEXT.compared, locale, { file: options.compare ?? "", moved: compare.moved() })}\n`);
  return EXIT_OK;
}

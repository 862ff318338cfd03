/**
 * What one run of `check` produces, file by file, and how it ends: the shapes the outputs print
 * and the exit codes scripts read. Apart from check.ts so the outputs can import them without
 * importing the command that imports the outputs.
 */
import type { Report } from "../engine/rule";
import type { MessageFacts } from "./report/facts";

export type Format = "text" | "json";
/** `check` also writes JSON Lines: one result per line as soon as it is ready, then the summary. */
export type CheckFormat = Format | "jsonl";
export type FailOn = "block" | "warn";

export type FileResult =
  /** `facts` only when asked for (checkInputs' `facts`: the report's charts). */
  | { readonly file: string; readonly report: Report; readonly facts?: MessageFacts }
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

/**
 * The summary, the exit code and the findings per rule, counted as results go by, so a run over
 * a 300,000-message archive keeps counts, not every report (only `--format json` keeps them all).
 */
export class Tally {
  private readonly counts = { files: 0, block: 0, warn: 0, pass: 0, errors: 0 };
  private readonly rules = new Map<string, { count: number; files: number }>();

  add(result: FileResult): void {
    this.counts.files++;
    if ("error" in result) {
      this.counts.errors++;
      return;
    }
    this.counts[result.report.verdict]++;
    const seen = new Set<string>();
    for (const finding of result.report.findings) {
      const entry = this.rules.get(finding.ruleId) ?? { count: 0, files: 0 };
      entry.count++;
      if (!seen.has(finding.ruleId)) entry.files++;
      seen.add(finding.ruleId);
      this.rules.set(finding.ruleId, entry);
    }
  }

  get summary(): Summary {
    return { ...this.counts };
  }

  /** Findings and files per rule, in no particular order (see output-text's ruleCountsInOrder). */
  get byRule(): { ruleId: string; count: number; files: number }[] {
    return [...this.rules.entries()].map(([ruleId, c]) => ({ ruleId, ...c }));
  }

  /** As exitCodeFor. */
  exitCode(failOn: FailOn): number {
    if (this.counts.errors > 0) return EXIT_ERROR;
    return this.counts.block > 0 || (failOn === "warn" && this.counts.warn > 0) ? EXIT_FINDINGS : EXIT_OK;
  }
}

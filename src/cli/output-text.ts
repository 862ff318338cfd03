/**
 * The human report: per file its verdict and findings with the first step of the remedy, then a
 * summary with counts per rule. Colour only on a terminal and never when NO_COLOR is set
 * (https://no-color.org: any non-empty value).
 */
import { formatText, localize } from "../engine/format";
import { describeFinding } from "../check/describe";
import { describeNotChecked } from "../check/not-checked";
import type { EffectivePolicy } from "../engine/policy/types";
import type { Finding, Locale, Severity, Verdict } from "../engine/rule";
import { RULES } from "../rules";
import { Tally, type FileResult, type Summary } from "./results";
import type { CliIO } from "./io";
import { SEVERITY_LABEL, TEXT, VERDICT_LABEL } from "./locale";
import { localizeFileError } from "./file-errors";
import { remedyFor } from "./remedy";
import { clipLine } from "../text/body/body";
import { escapeControls } from "../engine/shown";

export interface TextContext {
  readonly locale: Locale;
  readonly policy: EffectivePolicy;
  readonly color: boolean;
}

const MAX_MESSAGE_CHARS = 600;

type Tone = Verdict | Exclude<Severity, "off"> | "error" | "dim";

const SGR: Readonly<Record<Tone, string>> = {
  block: "31;1",
  error: "31;1",
  warn: "33;1",
  pass: "32;1",
  info: "36",
  dim: "2",
};

export function useColor(io: CliIO): boolean {
  const noColor = io.env.NO_COLOR;
  return io.isTTY.stdout && (noColor === undefined || noColor === "") && io.env.TERM !== "dumb";
}

function paint(text: string, tone: Tone, color: boolean): string {
  return color ? `\u001b[${SGR[tone]}m${text}\u001b[0m` : text;
}

function findingLines(finding: Finding, context: TextContext): string[] {
  const { locale, color } = context;
  const label = paint(SEVERITY_LABEL[finding.severity][locale], finding.severity, color);
  // A hostile message can carry a 500 KB "address": one finding stays one readable line.
  const message = clipLine(describeFinding(finding, RULES, locale), MAX_MESSAGE_CHARS);
  const lines = [`  ${label}  ${message}  ${paint(`[${finding.ruleId}]`, "dim", color)}`];
  const step = remedyFor(finding, context.policy, locale)?.steps[0];
  if (step !== undefined) lines.push(`      ${paint(`${TEXT.fix[locale]}${step}`, "dim", color)}`);
  return lines;
}

export function formatFileResult(result: FileResult, context: TextContext): string {
  const { locale, color } = context;
  // A file name is the one thing printed here that no template shaped: a newline in it could
  // forge a "clean.eml: PASS" line, an escape sequence could drive the terminal.
  const file = escapeControls(result.file);
  if ("error" in result) {
    return `${file}: ${paint(VERDICT_LABEL.error[locale], "error", color)}  ${escapeControls(localizeFileError(result.error, locale))}\n`;
  }
  const { verdict, findings } = result.report;
  const lines = [`${file}: ${paint(VERDICT_LABEL[verdict][locale], verdict, color)}`];
  if (findings.length === 0 && result.report.notChecked.length === 0) lines.push(`  ${TEXT.noFindings[locale]}`);
  for (const finding of findings) lines.push(...findingLines(finding, context));
  for (const part of result.report.notChecked) {
    lines.push(`  ${paint(TEXT.notChecked[locale], "info", color)}  ${describeNotChecked(part, locale)}`);
  }
  return `${lines.join("\n")}\n`;
}

type RuleCount = { ruleId: string; count: number; files: number };

/** Most frequent first, catalogue order within a tie. */
function ruleCountsInOrder(counts: readonly RuleCount[]): RuleCount[] {
  const order = RULES.map((r) => r.meta.id);
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...counts].sort((a, b) => b.count - a.count || rank(a.ruleId) - rank(b.ruleId));
}

/** Findings and files per rule, most frequent first, catalogue order within a tie. */
export function countByRule(results: readonly FileResult[]): RuleCount[] {
  const tally = new Tally();
  for (const result of results) tally.add(result);
  return ruleCountsInOrder(tally.byRule);
}

export function formatSummary(results: readonly FileResult[], summary: Summary, context: TextContext): string {
  return formatSummaryCounts(countByRule(results), summary, context);
}

/** The summary from counts alone (see Tally): what `check` prints after a run of any size. */
export function formatSummaryCounts(counts: readonly RuleCount[], summary: Summary, context: TextContext): string {
  const { locale } = context;
  const lines = ["", localize(TEXT.summary, locale, { ...summary })];
  const byRule = ruleCountsInOrder(counts);
  if (byRule.length > 0) {
    lines.push(TEXT.byRule[locale]);
    const width = Math.max(...byRule.map((r) => r.ruleId.length));
    for (const { ruleId, count, files } of byRule) {
      lines.push(`  ${ruleId.padEnd(width)}  ${formatText(TEXT.ruleCount[locale], { count, files })}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Terminal columns a string takes: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return width;
}

/** The end of `text` that fits `columns` terminal columns, "…" first: a path's end names the file. */
function keepEndColumns(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && displayWidth(`…${chars.join("")}`) > columns) chars.shift();
  return `…${chars.join("")}`;
}

export interface Progress {
  /** `done` results so far, the last one from `file`. */
  update(done: number, file: string): void;
  clear(): void;
}

/** Redraws at most this often: a fast run must not spend its time writing to the terminal. */
const PROGRESS_EVERY_MS = 100;

/**
 * "[12/340] path  850 msg/s" rewritten in place on stderr ("[12] …" when the total is not known
 * ahead, as inside an .mbox or .pst); the rate once a second has passed. It uses only carriage
 * returns and spaces (no escape sequences), so even a terminal that ignores them shows nothing
 * worse than a line.
 */
export function createProgress(io: CliIO, total: number | undefined, now: () => number = () => performance.now()): Progress {
  let shown = 0;
  const started = now();
  let drawn = Number.NEGATIVE_INFINITY;
  return {
    update(done, file) {
      const time = now();
      if (time - drawn < PROGRESS_EVERY_MS && done !== total) return;
      drawn = time;
      const seconds = (time - started) / 1000;
      const rate = seconds >= 1 ? `  ${Math.round(done / seconds)} msg/s` : "";
      const count = total === undefined ? `[${done}]` : `[${done}/${total}]`;
      const text = `${keepEndColumns(`${count} ${escapeControls(file)}`, 70 - rate.length)}${rate}`;
      const width = displayWidth(text);
      io.stderr(`\r${text}${" ".repeat(Math.max(0, shown - width))}`);
      shown = width;
    },
    clear() {
      if (shown === 0) return;
      io.stderr(`\r${" ".repeat(shown)}\r`);
      shown = 0;
    },
  };
}

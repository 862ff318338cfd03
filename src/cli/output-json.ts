/**
 * `--format json`: one document for scripts and CI. The shape is a contract:
 * {"results": [{file, verdict, findings: [{ruleId, severity, message, target, remedy, …}]} | {file, error}],
 *  "summary": {files, block, warn, pass, errors}}. Fields may be added, never renamed or removed.
 * `remedy` is one readable string (title and steps); `remedyDetail` has the same parts separately
 * with the manual sections they come from, for tools that lay them out themselves.
 */
import { describeFinding } from "../check/describe";
import { describeNotChecked } from "../check/not-checked";
import type { EffectivePolicy } from "../engine/policy/types";
import type { Finding, Locale, Target } from "../engine/rule";
import { clipLine } from "../text/body/body";
import { RULES } from "../rules";
import type { FileResult, Summary } from "./results";
import { remedyFor } from "./remedy";

/** Every target gets a `name`: what a script would print for it (file, address, or the part). */
function targetJson(target: Target): Record<string, unknown> {
  switch (target.kind) {
    case "attachment":
      return { ...target };
    case "recipient":
      return { ...target, name: target.address };
    case "recipients":
      return { ...target, name: clipLine(target.addresses.join(", "), 200) };
    default:
      return { ...target, name: target.kind };
  }
}

function findingJson(finding: Finding, policy: EffectivePolicy, locale: Locale): Record<string, unknown> {
  const remedy = remedyFor(finding, policy, locale);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: describeFinding(finding, RULES, locale),
    target: targetJson(finding.target),
    remedy: remedy ? `${remedy.title}: ${remedy.steps.join(" ")}` : null,
    remedyDetail: remedy ? { id: finding.remedyId, title: remedy.title, steps: remedy.steps, sources: remedy.sources } : null,
    category: finding.category,
    messageId: finding.messageId,
    data: finding.data,
  };
}

export function resultJson(result: FileResult, policy: EffectivePolicy, locale: Locale): Record<string, unknown> {
  if ("error" in result) return { file: result.file, error: result.error };
  return {
    file: result.file,
    verdict: result.report.verdict,
    findings: result.report.findings.map((f) => findingJson(f, policy, locale)),
    // What the check could not look at: a "pass" with entries here is a pass of what was read.
    notChecked: result.report.notChecked.map((part) => ({ kind: part.kind, message: describeNotChecked(part, locale), data: part.data })),
  };
}

function summaryJson(summary: Summary): Summary {
  return { files: summary.files, block: summary.block, warn: summary.warn, pass: summary.pass, errors: summary.errors };
}

/**
 * `--format jsonl`: one result per line, exactly a `results[]` entry of the JSON document, written
 * as soon as it is ready; the last line is `{"summary": …}`, so `jq 'select(.file)'` keeps the
 * results and `jq 'select(.summary)'` the totals.
 */
export function formatJsonLine(result: FileResult, policy: EffectivePolicy, locale: Locale): string {
  return `${JSON.stringify(resultJson(result, policy, locale))}\n`;
}

export function formatJsonlSummary(summary: Summary): string {
  return `${JSON.stringify({ summary: summaryJson(summary) })}\n`;
}

export function formatJson(results: readonly FileResult[], summary: Summary, policy: EffectivePolicy, locale: Locale): string {
  const document = {
    results: results.map((r) => resultJson(r, policy, locale)),
    summary: summaryJson(summary),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

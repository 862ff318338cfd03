/**
 * `report --compare`: the same messages under two policies, counted pair by pair as they stream.
 * The what-if an admin asks before changing a limit: which verdicts move (a pass/warn/block
 * matrix; unreadable files apart) and, per rule, how many findings each policy gives and which
 * files gain or lose the rule.
 */
import { describeFinding } from "../../check/describe";
import type { Finding, Verdict } from "../../engine/rule";
import type { Locale } from "../../engine/rule";
import { RULES } from "../../rules";
import type { FileResult } from "../results";
import { Examples, rank, type FindingSeverity } from "./aggregate";

export const VERDICTS: readonly Verdict[] = ["pass", "warn", "block"];

export interface RuleChange {
  readonly file: string;
  /**
   * "added": the rule reports under the second policy only; "removed": under the first only;
   * "severity": under both, at another severity (its worst finding's).
   */
  readonly change: "added" | "removed" | "severity";
  readonly message: string;
  /** The worst severity under each policy, for "severity". */
  readonly severities?: readonly [FindingSeverity, FindingSeverity];
}

export interface RuleDiff {
  readonly ruleId: string;
  /** Findings under the first and the second policy. */
  readonly findings: [number, number];
  /** Messages with the rule under the first and the second policy. */
  readonly files: [number, number];
  /** Messages where the rule reports under one policy only, or at another severity. */
  changed: number;
  readonly examples: Examples<RuleChange>;
}

export class CompareData {
  /** matrix[from][to]: messages whose verdict is `from` under the first policy and `to` under the second. */
  readonly matrix: Record<Verdict, Record<Verdict, number>> = {
    pass: { pass: 0, warn: 0, block: 0 },
    warn: { pass: 0, warn: 0, block: 0 },
    block: { pass: 0, warn: 0, block: 0 },
  };
  /** Inputs that could not be read or checked (the same under both policies: reading does not depend on it). */
  errors = 0;
  readonly rules = new Map<string, RuleDiff>();

  constructor(readonly locale: Locale) {}

  add(first: FileResult, second: FileResult): void {
    if (first.file !== second.file) throw new Error(`compare: results out of step (${first.file} / ${second.file})`);
    if (!("report" in first) || !("report" in second)) {
      this.errors++;
      return;
    }
    this.matrix[first.report.verdict][second.report.verdict]++;
    const before = byRule(first.report.findings);
    const after = byRule(second.report.findings);
    for (const ruleId of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(ruleId) ?? [];
      const b = after.get(ruleId) ?? [];
      const diff = this.rule(ruleId);
      diff.findings[0] += a.length;
      diff.findings[1] += b.length;
      if (a.length > 0) diff.files[0]++;
      if (b.length > 0) diff.files[1]++;
      if (a.length > 0 && b.length > 0) {
        const severities: [FindingSeverity, FindingSeverity] = [worst(a), worst(b)];
        if (severities[0] === severities[1]) continue;
        diff.changed++;
        diff.examples.push({ file: first.file, change: "severity", message: describeFinding(b[0], RULES, this.locale), severities });
        continue;
      }
      diff.changed++;
      const shown = a.length > 0 ? a[0] : b[0];
      diff.examples.push({ file: first.file, change: a.length > 0 ? "removed" : "added", message: describeFinding(shown, RULES, this.locale) });
    }
  }

  rule(ruleId: string): RuleDiff {
    let diff = this.rules.get(ruleId);
    if (!diff) {
      diff = { ruleId, findings: [0, 0], files: [0, 0], changed: 0, examples: new Examples() };
      this.rules.set(ruleId, diff);
    }
    return diff;
  }

  /** Messages whose verdict differs between the two policies. */
  moved(): number {
    let total = 0;
    for (const from of VERDICTS) for (const to of VERDICTS) if (from !== to) total += this.matrix[from][to];
    return total;
  }

  /** Rules that changed first (most changed files first), then the rest, catalogue order in a tie. */
  rulesByChange(): RuleDiff[] {
    return [...this.rules.values()].sort((a, b) => b.changed - a.changed || rank(a.ruleId) - rank(b.ruleId));
  }
}

function byRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = map.get(finding.ruleId);
    if (list) list.push(finding);
    else map.set(finding.ruleId, [finding]);
  }
  return map;
}

const SEVERITY_RANK: Readonly<Record<FindingSeverity, number>> = { info: 0, warn: 1, block: 2 };

function worst(findings: readonly Finding[]): FindingSeverity {
  let result: FindingSeverity = "info";
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[result]) result = f.severity;
  return result;
}

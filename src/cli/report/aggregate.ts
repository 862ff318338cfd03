/**
 * What the report shows, counted as results stream in: one result at a time is added and dropped,
 * so a run over a million messages holds counters, a few capped example lists and the distinct
 * outside domains (themselves capped), never the messages. Pure: tests feed it the results
 * `check` produces and compare its counts with `check --format json`.
 */
import { describeFinding } from "../../check/describe";
import { describeNotChecked } from "../../check/not-checked";
import type { EffectivePolicy } from "../../engine/policy/types";
import type { Locale, Severity } from "../../engine/rule";
import { RULES } from "../../rules";
import type { FileResult, Summary } from "../results";
import { attachmentHistogram, messageHistogram, recipientHistogram, type Histogram } from "./bins";

/** Example files listed per rule (and per error list); the rest are counted as "and N more". */
export const MAX_EXAMPLES = 20;
/** Distinct outside domains counted one by one; later new ones are counted together. */
export const MAX_DOMAINS = 50_000;

export type FindingSeverity = Exclude<Severity, "off">;

export interface Example {
  readonly file: string;
  readonly severity: FindingSeverity;
  readonly message: string;
}

/** A capped list: the first MAX_EXAMPLES items and how many more there were. */
export class Examples<T> {
  readonly items: T[] = [];
  more = 0;
  push(item: T): void {
    if (this.items.length < MAX_EXAMPLES) this.items.push(item);
    else this.more++;
  }
}

export interface RuleTally {
  readonly ruleId: string;
  readonly findings: Record<FindingSeverity, number>;
  /** Messages with at least one finding of the rule. */
  files: number;
  readonly examples: Examples<Example>;
}

export interface NotCheckedTally {
  readonly kind: string;
  count: number;
  /** The reason in words, from its first message. */
  readonly message: string;
}

export class ReportData {
  readonly summary = { files: 0, block: 0, warn: 0, pass: 0, errors: 0 };
  readonly rules = new Map<string, RuleTally>();
  readonly attachments: Histogram;
  readonly messages: Histogram;
  readonly recipients: Histogram;
  /** Messages per outside domain. */
  readonly domains = new Map<string, number>();
  /** Messages to domains beyond MAX_DOMAINS distinct ones. */
  otherDomains = 0;
  readonly notChecked = new Map<string, NotCheckedTally>();
  readonly errors = new Examples<{ readonly file: string; readonly error: string }>();
  /** Messages that carried facts (all checked ones when checkInputs was asked for them). */
  measured = 0;

  constructor(
    readonly policies: readonly EffectivePolicy[],
    readonly locale: Locale,
  ) {
    this.attachments = attachmentHistogram(policies);
    this.messages = messageHistogram(policies);
    this.recipients = recipientHistogram(policies);
  }

  add(result: FileResult): void {
    this.summary.files++;
    if ("error" in result) {
      this.summary.errors++;
      this.errors.push({ file: result.file, error: result.error });
      return;
    }
    const report = result.report;
    this.summary[report.verdict]++;
    const seen = new Set<string>();
    for (const finding of report.findings) {
      const tally = this.rule(finding.ruleId);
      tally.findings[finding.severity]++;
      if (!seen.has(finding.ruleId)) {
        seen.add(finding.ruleId);
        tally.files++;
        tally.examples.push({ file: result.file, severity: finding.severity, message: describeFinding(finding, RULES, this.locale) });
      }
    }
    const kinds = new Set<string>();
    for (const part of report.notChecked) {
      if (kinds.has(part.kind)) continue;
      kinds.add(part.kind);
      const tally = this.notChecked.get(part.kind);
      if (tally) tally.count++;
      else this.notChecked.set(part.kind, { kind: part.kind, count: 1, message: describeNotChecked(part, this.locale) });
    }
    const facts = result.facts;
    if (!facts) return;
    this.measured++;
    this.messages.add(facts.messageBytes);
    for (const size of facts.attachmentBytes) this.attachments.add(size);
    this.recipients.add(facts.recipients);
    for (const domain of facts.externalDomains) {
      const count = this.domains.get(domain);
      if (count !== undefined) this.domains.set(domain, count + 1);
      else if (this.domains.size < MAX_DOMAINS) this.domains.set(domain, 1);
      else this.otherDomains++;
    }
  }

  rule(ruleId: string): RuleTally {
    let tally = this.rules.get(ruleId);
    if (!tally) {
      tally = { ruleId, findings: { block: 0, warn: 0, info: 0 }, files: 0, examples: new Examples() };
      this.rules.set(ruleId, tally);
    }
    return tally;
  }

  /** Rules by findings, most first; catalogue order within a tie (as the text summary sorts). */
  rulesByCount(): RuleTally[] {
    return [...this.rules.values()].sort((a, b) => findingCount(b) - findingCount(a) || rank(a.ruleId) - rank(b.ruleId));
  }

  /** The `top` outside domains by messages, then by name. */
  topDomains(top: number): { domain: string; count: number }[] {
    return [...this.domains.entries()]
      .map(([domain, count]) => ({ domain, count }))
      .sort((a, b) => b.count - a.count || (a.domain < b.domain ? -1 : 1))
      .slice(0, top);
  }

  summaryCounts(): Summary {
    return { ...this.summary };
  }
}

export function findingCount(tally: RuleTally): number {
  return tally.findings.block + tally.findings.warn + tally.findings.info;
}

const ORDER = RULES.map((r) => r.meta.id);
export function rank(ruleId: string): number {
  const at = ORDER.indexOf(ruleId);
  return at < 0 ? ORDER.length : at;
}

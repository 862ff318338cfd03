/** Pure helpers between a Report and what the pane shows: keys, summaries, highlighted excerpts. */
import type { Category, Finding, Locale, Report } from "../engine/rule";
import { MAX_NOTIFICATION } from "../ports/host";
import { countsSummary, t } from "./strings";

/** A fix in progress, or one that failed (a fix that worked just leaves the re-checked report). */
export type FixState = { readonly status: "running" } | { readonly status: "failed"; readonly error: string };

/** Identifies "the same problem" across re-checks: the rule and what it points at. */
export function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${JSON.stringify(finding.target)}`;
}

export function counts(findings: readonly Finding[]): { block: number; warn: number } {
  return {
    block: findings.filter((f) => f.severity === "block").length,
    warn: findings.filter((f) => f.severity === "warn").length,
  };
}

export function statusText(locale: Locale, report: Report): string {
  if (report.verdict === "pass") return t(locale, "ready");
  const { block, warn } = counts(report.findings);
  return countsSummary(locale, block, warn);
}

/** The notification bar's text, or undefined on pass (the bar is then removed). */
export function notificationText(locale: Locale, report: Report): string | undefined {
  if (report.verdict === "pass") return undefined;
  const text = t(locale, "notifySummary", { summary: statusText(locale, report) });
  const chars = Array.from(text);
  return chars.length <= MAX_NOTIFICATION ? text : `${chars.slice(0, MAX_NOTIFICATION - 1).join("")}…`;
}

export const CATEGORIES: readonly Category[] = ["recipients", "attachments", "content"];

export function groupByCategory(findings: readonly Finding[]): { category: Category; findings: Finding[] }[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter(
    (group) => group.findings.length > 0,
  );
}

export interface ExcerptPart {
  readonly text: string;
  readonly hit: boolean;
}

/**
 * The excerpt cut into plain and matched parts, matching case-insensitively. Words the matcher
 * found in a folded form (full-width, other script) may not occur verbatim: those parts stay plain.
 */
export function highlightParts(excerpt: string, words: readonly string[]): ExcerptPart[] {
  const wanted = words.map((w) => w.trim().toLowerCase()).filter((w) => w !== "");
  // toLowerCase keeps the length for the scripts we match, so indices line up with the excerpt.
  const lower = excerpt.toLowerCase();
  const parts: ExcerptPart[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < excerpt.length) {
    // Longest word first, so "free money" wins over "free" at the same place.
    const word = wanted.filter((w) => lower.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
    if (word === undefined) {
      i += 1;
      continue;
    }
    if (i > plainFrom) parts.push({ text: excerpt.slice(plainFrom, i), hit: false });
    parts.push({ text: excerpt.slice(i, i + word.length), hit: true });
    i += word.length;
    plainFrom = i;
  }
  if (plainFrom < excerpt.length) parts.push({ text: excerpt.slice(plainFrom), hit: false });
  return parts;
}

/** The matched words a content finding names in its data. */
export function matchedWords(finding: Finding): string[] {
  const raw = finding.data.words ?? finding.data.terms;
  return typeof raw === "object" ? raw.filter((w) => w !== "") : [];
}

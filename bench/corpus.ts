/**
 * The development corpora beside the checkout (../shared/corpora, never copied into the project)
 * and the check the CLI runs on each message, shared by the sections that read them.
 */
import fs from "node:fs";
import path from "node:path";
import { parseEml } from "../src/adapters/eml";
import { listZip } from "../src/archive/zip";
import { DEFAULT_POLICY } from "../src/engine/policy/defaults";
import type { Report } from "../src/engine/rule";
import { runRules } from "../src/engine/run";
import type { MessageSnapshot } from "../src/engine/snapshot";
import { RULES } from "../src/rules";

export const CORPORA = path.resolve(__dirname, "../../shared/corpora");

/** The labelled folders: ham is mail a spam warning would wrongly annoy, spam is spam received. */
export const LABELLED = [
  { corpus: "trec06c-dev", ham: "trec06c-dev/ham", spam: "trec06c-dev/spam" },
  { corpus: "spamassassin-dev", ham: "spamassassin-dev/easy-ham", spam: "spamassassin-dev/spam" },
] as const;

export function corporaPresent(): boolean {
  return fs.existsSync(CORPORA);
}

export function missingCorporaNote(): string {
  return `Skipped: ${CORPORA} is missing (the corpora sit beside the checkout, see its README).`;
}

/** Every .eml below `dir`, sorted, so samples are the same files on every run and machine. */
export function emlFiles(relative: string): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith(".eml") ? [full] : [];
    });
  return walk(path.join(CORPORA, relative)).sort();
}

/** `n` files spread evenly over the sorted list (not the first n: those may share a source). */
export function sample<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

export interface Checked {
  readonly snapshot: MessageSnapshot;
  readonly report: Report;
}

/** Parse + all rules with the default policy, as `mail-preflight check` does it. */
export async function checkEml(bytes: Uint8Array): Promise<Checked | undefined> {
  const parsed = await parseEml(bytes, { listArchive: (b) => listZip(b), archiveMaxBytes: DEFAULT_POLICY.archiveScanMaxBytes });
  return parsed.ok ? { snapshot: parsed.snapshot, report: runRules(parsed.snapshot, DEFAULT_POLICY, RULES) } : undefined;
}

export function flaggedBy(checked: Checked | undefined, ruleId: string): boolean {
  return checked?.report.findings.some((f) => f.ruleId === ruleId) ?? false;
}

/** The value of `fn` and how long it took in milliseconds (awaited when it returns a promise). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

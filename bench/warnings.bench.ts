/**
 * "Warnings on normal mail": how often a writer of ordinary mail sees a warning or a block, per
 * corpus of normal mail and per rule, beside how much spam the spam-word rule still catches. A
 * warning that fires on one ordinary message in twenty teaches people to ignore warnings, so the
 * targets are on the share of messages with ANY warning, not on each rule alone. Every message
 * goes through the .eml adapter and all rules with the default policy, as `mail-preflight check`
 * runs it (test/corpus/warnings.test.ts holds the same targets).
 */
import fs from "node:fs";
import { checkEml, corporaPresent, emlFiles, missingCorporaNote, sample } from "./corpus";
import { heading, missed, out, percent, table, type BenchOptions } from "./report";

/** Normal mail, with the most of it any warning may touch (%). */
const NORMAL = [
  { folder: "trec06c-dev/ham", what: "Chinese normal mail", target: 2 },
  { folder: "spamassassin-dev/easy-ham", what: "English normal mail", target: 2 },
  { folder: "spamassassin-dev/hard-ham", what: "English newsletters (hard ham)", target: 30 },
] as const;
/** Spam, with the least of it content-spam-keywords must still catch (%). */
const SPAM = [
  { folder: "trec06c-dev/spam", what: "Chinese spam", target: 60 },
  { folder: "spamassassin-dev/spam", what: "English spam", target: 50 },
] as const;
const SPAM_RULE = "content-spam-keywords";

interface Count {
  total: number;
  unreadable: number;
  /** Messages with at least one warning or block. */
  any: number;
  /** Per rule: messages where it warned or blocked. */
  byRule: Map<string, number>;
}

async function count(folder: string, quick: boolean): Promise<Count> {
  const files = emlFiles(folder);
  const result: Count = { total: 0, unreadable: 0, any: 0, byRule: new Map() };
  for (const file of quick ? sample(files, 300) : files) {
    result.total += 1;
    const checked = await checkEml(new Uint8Array(fs.readFileSync(file)));
    if (!checked) {
      result.unreadable += 1;
      continue;
    }
    const rules = new Set(checked.report.findings.filter((f) => f.severity === "warn" || f.severity === "block").map((f) => f.ruleId));
    if (rules.size > 0) result.any += 1;
    for (const id of rules) result.byRule.set(id, (result.byRule.get(id) ?? 0) + 1);
  }
  return result;
}

const rulesBy = (c: Count): string =>
  [...c.byRule]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `${id} ${percent(n, c.total)} (${n})`)
    .join("; ") || "—";

export async function main(options: BenchOptions): Promise<void> {
  heading("Warnings on normal mail");
  if (!corporaPresent()) {
    out(missingCorporaNote());
    return;
  }
  out("Default policy, every rule, every message of each folder" + (options.quick ? " (quick: 300 per folder)" : "") + ".");
  out();
  const rows: string[][] = [];
  for (const { folder, what, target } of NORMAL) {
    const c = await count(folder, options.quick);
    const rate = (100 * c.any) / Math.max(1, c.total);
    rows.push([`${what} (${folder})`, String(c.total), `${percent(c.any, c.total)} (${c.any})`, `≤ ${target} %`, rulesBy(c)]);
    if (rate > target) missed(`any warning on ≤ ${target} % of ${what}`, `${percent(c.any, c.total)}: ${rulesBy(c)}`);
  }
  for (const { folder, what, target } of SPAM) {
    const c = await count(folder, options.quick);
    const caught = c.byRule.get(SPAM_RULE) ?? 0;
    rows.push([`${what} (${folder})`, String(c.total), `${percent(c.any, c.total)} (${c.any})`, `${SPAM_RULE} ≥ ${target} %: ${percent(caught, c.total)}`, rulesBy(c)]);
    if ((100 * caught) / Math.max(1, c.total) < target) missed(`${SPAM_RULE} catches ≥ ${target} % of ${what}`, percent(caught, c.total));
  }
  table(["folder", "messages", "any warning or block", "target", "by rule (messages with its warning or block)"], rows);
}

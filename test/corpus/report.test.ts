/**
 * `report` over every shared corpus (../shared/corpora beside the checkout, never copied; the test
 * fails, never skips, when they are missing): the page's numbers are `check --format json`'s for
 * the same inputs, verdict by verdict, rule by rule and severity by severity, "not checked" reason
 * by reason; and with `--compare` its matrix is the pairs of the two policies' verdicts.
 */
import fs from "node:fs";
import path from "node:path";
import { installByteBlob } from "../../src/cli/byte-blob";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";
import { corpusFiles } from "../helpers/corpora";
import { pageCounts } from "../cli/report-fixtures";

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["trec06c-dev/ham", "trec06c-dev/spam", "spamassassin-dev/easy-ham", "spamassassin-dev/spam", "spamassassin-dev/hard-ham", "parser-fixtures/mikel-mail", "parser-fixtures/nodemailer-mailparser", "msg-samples"];

interface JsonDocument {
  readonly results: readonly { file: string; verdict?: string; findings?: readonly { ruleId: string; severity: string }[]; notChecked?: readonly { kind: string }[] }[];
  readonly summary: Record<string, number>;
}

/** Runs the CLI in-process; a report goes to memory instead of a file. */
async function run(args: readonly string[]): Promise<{ code: number; out: string; page: string }> {
  let out = "";
  let page = "";
  const io = {
    ...nodeIO(),
    stdout: (t: string) => void (out += t),
    stderr: () => undefined,
    isTTY: { stdout: false, stderr: false },
    env: {},
    writeFileAtomic: (_: string, text: string) => {
      page = text;
      return Promise.resolve();
    },
  };
  const code = await runCli(args, io);
  return { code, out, page };
}

/** The folder of each corpus; corpusFiles throws a clear error when one is missing or empty. */
function folders(list: readonly string[]): string[] {
  return list.map((relative) => path.dirname(corpusFiles(relative)[0]));
}

function tally(json: JsonDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string): void => void (counts[key] = (counts[key] ?? 0) + 1);
  for (const result of json.results) {
    for (const f of result.findings ?? []) add(`rule-${f.ruleId}-${f.severity}`);
    for (const id of new Set((result.findings ?? []).map((f) => f.ruleId))) add(`rule-${id}-files`);
    for (const kind of new Set((result.notChecked ?? []).map((n) => n.kind))) add(`not-checked-${kind}`);
  }
  return counts;
}

beforeAll(() => installByteBlob());

describe("report on the shared corpora", () => {
  it("shows check --format json's numbers for every corpus together", async () => {
    const inputs = folders(FOLDERS);
    const policy = path.join(ROOT, "policy/policy.json");
    const json = JSON.parse((await run(["check", "--format", "json", "--policy", policy, ...inputs])).out) as JsonDocument;
    const { code, page } = await run(["report", "--locale", "en-US", "--policy", policy, "--out", "corpora.html", ...inputs]);
    expect(code).toBe(0);
    const counts = pageCounts(page);
    expect(json.summary.files).toBeGreaterThan(6900);
    expect({ files: counts.files, block: counts["verdict-block"], warn: counts["verdict-warn"], pass: counts["verdict-pass"], errors: counts["verdict-errors"] }).toEqual(json.summary);
    const shown = Object.fromEntries(Object.entries(counts).filter(([k, v]) => /^(rule|not-checked)-/.test(k) && v > 0));
    expect(shown).toEqual(tally(json));
    // Messages whose recipients were counted: every one that could be checked.
    const recipients = Object.entries(counts).filter(([k]) => k.startsWith("recipients-bin-")).reduce((s, [, v]) => s + v, 0);
    expect(recipients).toBe(json.summary.files - json.summary.errors);
    // Attachments over the limit are the findings of the rule that draws it.
    const tooLarge = json.results.flatMap((r) => r.findings ?? []).filter((f) => f.ruleId === "attachment-too-large").length;
    expect(counts["attachments-over-attachmentMax-0"]).toBe(tooLarge);
  });

  it("with --compare shows the pairs of the two policies' verdicts", async () => {
    const inputs = folders(["spamassassin-dev/hard-ham", "spamassassin-dev/spam", "parser-fixtures/mikel-mail", "msg-samples"]);
    const [first, second] = [path.join(ROOT, "policy/policy.json"), path.join(ROOT, "test/fixtures/policy/stricter.json")];
    const a = JSON.parse((await run(["check", "--format", "json", "--policy", first, ...inputs])).out) as JsonDocument;
    const b = JSON.parse((await run(["check", "--format", "json", "--policy", second, ...inputs])).out) as JsonDocument;
    const { code, page } = await run(["report", "--policy", first, "--compare", second, "--out", "compare.html", ...inputs]);
    expect(code).toBe(0);
    const expected: Record<string, number> = {};
    a.results.forEach((r, i) => {
      expect(b.results[i].file).toBe(r.file);
      const v = b.results[i].verdict;
      if (r.verdict !== undefined && v !== undefined) expected[`matrix-${r.verdict}-${v}`] = (expected[`matrix-${r.verdict}-${v}`] ?? 0) + 1;
    });
    const counts = pageCounts(page);
    expect(Object.fromEntries(Object.entries(counts).filter(([k, v]) => /^matrix-(pass|warn|block)-/.test(k) && v > 0))).toEqual(expected);
    expect(counts["matrix-errors"]).toBe(a.summary.errors);
    // The stricter policy moves messages: the what-if shows something to decide on.
    expect((expected["matrix-pass-warn"] ?? 0) + (expected["matrix-pass-block"] ?? 0) + (expected["matrix-warn-block"] ?? 0)).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(ROOT, "compare.html"))).toBe(false);
  });
});

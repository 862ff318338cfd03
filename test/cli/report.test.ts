/**
 * `mail-preflight report`: its numbers are `check --format json`'s for the same inputs, its limits
 * split the histograms where the rules split the messages, `--compare` shows the transitions a
 * tighter limit causes, and bad options end with a clear error and nothing written.
 */
import { runCli } from "../../src/cli/program";
import { REPORT_CLI_TEXT, REPORT_HELP, REPORT_TEXT } from "../../src/cli/report/text";
import { expectEveryLocale } from "../helpers/locales";
import { SCRIPT_PAIRS } from "../manual/texts";
import { memoryIO } from "./memory-io";
import { NO_SUBJECT } from "./messages";
import { MAIL, pageCounts, POLICY_10MB, POLICY_5MB, reportIO } from "./report-fixtures";

interface JsonFinding {
  readonly ruleId: string;
  readonly severity: "block" | "warn" | "info";
}
interface JsonDocument {
  readonly results: readonly { file: string; verdict?: string; findings?: readonly JsonFinding[]; error?: string }[];
  readonly summary: Record<"files" | "block" | "warn" | "pass" | "errors", number>;
}

const FILES = { ...MAIL, "p10.json": POLICY_10MB, "p5.json": POLICY_5MB };

async function checkJson(policy: string): Promise<JsonDocument> {
  const io = memoryIO(FILES);
  await runCli(["check", "--format", "json", "--locale", "en-US", "--policy", policy, "mail"], io);
  return JSON.parse(io.out()) as JsonDocument;
}

async function report(args: readonly string[], files: Readonly<Record<string, string>> = FILES): Promise<{ code: number; html: string; out: string; err: string }> {
  const io = reportIO(files);
  const code = await runCli(["report", "--locale", "en-US", ...args], io);
  return { code, html: io.written.get("out/report.html") ?? "", out: io.out(), err: io.err() };
}

describe("report's numbers are check --format json's", () => {
  it("has the same verdict totals and the same findings per rule and severity", async () => {
    const json = await checkJson("p10.json");
    const { code, html, out } = await report(["--policy", "p10.json", "--out", "out/report.html", "mail"]);
    expect(code).toBe(0);
    expect(out).toContain("wrote out/report.html: 10 checked (block 2, warn 2, pass 5, errors 1).");
    const counts = pageCounts(html);
    const { summary } = json;
    expect({ block: counts["verdict-block"], warn: counts["verdict-warn"], pass: counts["verdict-pass"], errors: counts["verdict-errors"], files: counts.files }).toEqual(summary);
    expect(html).toContain(`data-summary="files=${summary.files} block=${summary.block} warn=${summary.warn} pass=${summary.pass} errors=${summary.errors}"`);
    const expected: Record<string, number> = {};
    for (const result of json.results) {
      const rules = new Set<string>();
      for (const f of result.findings ?? []) {
        expected[`rule-${f.ruleId}-${f.severity}`] = (expected[`rule-${f.ruleId}-${f.severity}`] ?? 0) + 1;
        rules.add(f.ruleId);
      }
      for (const r of rules) expected[`rule-${r}-files`] = (expected[`rule-${r}-files`] ?? 0) + 1;
    }
    const shown = Object.fromEntries(Object.entries(counts).filter(([k, v]) => k.startsWith("rule-") && v > 0));
    expect(shown).toEqual(expected);
    expect(Object.keys(expected).length).toBeGreaterThan(3);
  });

  it("draws each limit where the rules draw it: the bars over a limit are the messages its rule reports", async () => {
    const json = await checkJson("p10.json");
    const { html } = await report(["--policy", "p10.json", "--out", "out/report.html", "mail"]);
    const counts = pageCounts(html);
    const findings = (id: string): number => json.results.flatMap((r) => r.findings ?? []).filter((f) => f.ruleId === id).length;
    expect(counts["attachments-over-attachmentMax-0"]).toBe(findings("attachment-too-large"));
    expect(counts["attachments-over-attachmentMax-0"]).toBe(1);
    // attachment-large reports between the two lines.
    expect(counts["attachments-over-shareLink-0"] - counts["attachments-over-attachmentMax-0"]).toBe(findings("attachment-large"));
    expect(counts["messages-over-messageMax-0"]).toBe(0);
    // Every attachment with a known size is in one bin: small, mid, big, huge and the .exe.
    const bins = Object.entries(counts).filter(([k]) => k.startsWith("attachments-bin-"));
    expect(bins.reduce((s, [, v]) => s + v, 0)).toBe(5);
    // Every checked message is in one recipient bin (not the unreadable one).
    const recipientBins = Object.entries(counts).filter(([k]) => k.startsWith("recipients-bin-"));
    expect(recipientBins.reduce((s, [, v]) => s + v, 0)).toBe(9);
  });

  it("counts the outside domains per message, most frequent first", async () => {
    const { html } = await report(["--policy", "p10.json", "--out", "out/report.html", "mail"]);
    const counts = pageCounts(html);
    expect([counts["domain-0"], counts["domain-1"], counts["domain-2"]]).toEqual([2, 1, undefined]);
    expect(html.indexOf("fabrikam.com")).toBeLessThan(html.indexOf("northwind.cn"));
    expect(html).not.toMatch(/<bdi>contoso\.cn<\/bdi>/);
  });

  it("lists at most 20 example files per rule and says how many more", async () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`mail/n${String(i).padStart(2, "0")}.eml`, NO_SUBJECT]));
    const { html } = await report(["--out", "out/report.html", "mail"], many);
    const section = html.slice(html.indexOf('id="ex-subject-empty"'));
    const rows = section.slice(0, section.indexOf("</table>")).match(/<tr>/g) ?? [];
    expect(rows.length).toBe(1 + 20);
    expect(section).toContain("And 5 more.");
    expect(pageCounts(html)["rule-subject-empty-warn"]).toBe(25);
  });
});

describe("report --compare", () => {
  it("shows the verdict changes and the per-rule differences of a 10 MB and a 5 MB attachment limit", async () => {
    const [first, second] = [await checkJson("p10.json"), await checkJson("p5.json")];
    const { code, html } = await report(["--policy", "p10.json", "--compare", "p5.json", "--out", "out/report.html", "mail"]);
    expect(code).toBe(0);
    const counts = pageCounts(html);
    // The matrix is the pairs of check's verdicts.
    const expected: Record<string, number> = {};
    first.results.forEach((a, i) => {
      const b = second.results[i];
      if (a.verdict === undefined || b.verdict === undefined) return;
      expected[`matrix-${a.verdict}-${b.verdict}`] = (expected[`matrix-${a.verdict}-${b.verdict}`] ?? 0) + 1;
    });
    const matrix = Object.fromEntries(Object.entries(counts).filter(([k, v]) => /^matrix-(pass|warn|block)-/.test(k) && v > 0));
    expect(matrix).toEqual(expected);
    // The transitions the limits cause: the 4.8 MB file pass→warn, the 8.2 MB one warn→block.
    expect(counts["matrix-pass-warn"]).toBe(1);
    expect(counts["matrix-warn-block"]).toBe(1);
    expect(counts["matrix-block-block"]).toBe(2);
    expect(counts["matrix-errors"]).toBe(1);
    expect([counts["diff-attachment-too-large-first"], counts["diff-attachment-too-large-second"], counts["diff-attachment-too-large-changed"]]).toEqual([1, 2, 1]);
    expect([counts["diff-attachment-large-first"], counts["diff-attachment-large-second"], counts["diff-attachment-large-changed"]]).toEqual([1, 1, 2]);
    expect(counts["diff-subject-empty-changed"]).toBe(0);
    const changed = html.slice(html.indexOf("<h4><code>attachment-too-large"));
    expect(changed.slice(0, changed.indexOf("</table>"))).toMatch(/mail\/f-big\.eml<\/bdi><\/th><td>only under policy 2/);
    // Both policies' limits are drawn, told apart.
    expect(counts["attachments-over-attachmentMax-1"]).toBe(2);
    expect(html).toContain("attachment limit (policy 2): 5 MB");
  });

  it("counts a rule reported at another severity as a change (recipient-external info → warn)", async () => {
    const warnOutside = JSON.stringify({ ...(JSON.parse(POLICY_10MB) as object), rules: { "recipient-external": "warn" } });
    const { html } = await report(["--policy", "p10.json", "--compare", "warn.json", "--out", "out/report.html", "mail"], { ...FILES, "warn.json": warnOutside });
    const counts = pageCounts(html);
    expect([counts["diff-recipient-external-first"], counts["diff-recipient-external-second"], counts["diff-recipient-external-changed"]]).toEqual([2, 2, 2]);
    expect(counts["matrix-pass-warn"]).toBe(2);
    expect(html).toMatch(/mail\/h-outside\.eml<\/bdi><\/th><td>INFO → WARN<\/td>/);
  });

  it("says so when the two policies give the same findings", async () => {
    const { html } = await report(["--policy", "p10.json", "--compare", "p10.json", "--out", "out/report.html", "mail"]);
    expect(html).toContain("Both policies give the same findings.");
    expect(html).toContain("0 messages change verdict");
  });
});

describe("report's errors", () => {
  it.each([
    [["mail"], /say where to write the report with --out/],
    [["--out", "mail/report.eml", "mail"], /must end in \.html or \.htm/],
    [["--out", "out.html", "out.html"], /is also one of the inputs; it will not be overwritten/],
    [["--out", "dir.html", "mail"], /dir\.html is a folder/],
    [["--policy", "missing.json", "--out", "r.html", "mail"], /the policy missing\.json is not usable; nothing was checked\.\n.*no such file/],
    [["--compare", "bad.json", "--out", "r.html", "mail"], /the policy bad\.json is not usable/],
    [["--out", "r.html", "empty"], /No mail found to check/],
  ])("%j ends with a clear error and writes nothing", async (args, message) => {
    const io = reportIO({ ...FILES, "out.html": "<p>not mail</p>", "dir.html/x.eml": NO_SUBJECT, "bad.json": "{ nope", "empty/readme.txt": "" });
    expect(await runCli(["report", "--locale", "en-US", ...args], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.written.size).toBe(0);
  });

  it("answers in the admin's language", async () => {
    const io = reportIO(FILES);
    expect(await runCli(["report", "--locale", "zh-TW", "mail"], io)).toBe(2);
    expect(io.err()).toContain(REPORT_CLI_TEXT.needsOut["zh-TW"]);
  });
});

describe("report's words", () => {
  const tables = { ...REPORT_TEXT, ...REPORT_CLI_TEXT, ...REPORT_HELP };
  it.each(Object.keys(tables) as (keyof typeof tables)[])("%s exists in all three languages, zh-TW in Traditional characters", (id) => {
    expectEveryLocale(tables[id]);
    for (const [simplified] of SCRIPT_PAIRS) expect(tables[id]["zh-TW"]).not.toContain(simplified);
  });

  it.each(["zh-CN", "zh-TW"])("writes the page in %s, lang attribute included", async (locale) => {
    const io = reportIO(FILES);
    expect(await runCli(["report", "--locale", locale, "--out", "out/report.html", "mail"], io)).toBe(0);
    const html = io.written.get("out/report.html") ?? "";
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(REPORT_TEXT.verdicts[locale as "zh-CN" | "zh-TW"]);
    expect(html).not.toContain(REPORT_TEXT.verdicts["en-US"]);
  });

  it("has --help in the admin's language", async () => {
    const io = memoryIO({});
    expect(await runCli(["report", "--help", "--locale", "zh-CN"], io)).toBe(0);
    expect(io.out()).toContain(REPORT_HELP.compare["zh-CN"]);
    expect(io.out()).not.toMatch(/Usage:|Options:/);
  });
});

/**
 * The `report` page in real Chromium, opened from disk as an admin opens it: it renders with no
 * console error and no request beyond its own file, axe finds nothing serious, hostile file names
 * stay text, and the numbers it shows are `check --format json`'s for the same inputs (real
 * corpora, built fixtures and the test fixtures; the corpora must be there: this never skips).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { installByteBlob } from "../../src/cli/byte-blob";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";
import { corpusFiles } from "../helpers/corpora";
import { launchBrowser } from "./browser";
import { MAIL, POLICY_10MB, POLICY_5MB } from "../cli/report-fixtures";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../..");
const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

/** Names a folder of mail can carry: markup, quotes, a bidi override, a newline, a control. */
const HOSTILE = ['<svg onload="window.pwned=1">.eml', "<script>window.pwned=3<.eml", '"><img src=x onerror="window.pwned=2">.eml', "invoice\u202Efdp.exe.eml", "line\nbreak.eml", "bell\u0007.eml"];

interface JsonDocument {
  readonly results: readonly { file: string; verdict?: string; findings?: readonly { ruleId: string; severity: string }[] }[];
  readonly summary: Record<string, number>;
}

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io = { ...nodeIO(), stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), isTTY: { stdout: false, stderr: false }, env: {} };
  const code = await runCli(args, io);
  return { code, out, err };
}

let dir: string;
let browser: Browser;
let inputs: string[];

beforeAll(async () => {
  installByteBlob();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mp-report-e2e-"));
  const built = path.join(dir, "built");
  fs.mkdirSync(built);
  for (const [name, text] of Object.entries(MAIL)) fs.writeFileSync(path.join(built, path.basename(name)), text);
  for (const name of HOSTILE) fs.writeFileSync(path.join(built, name), MAIL["mail/c-exe.eml"]);
  fs.writeFileSync(path.join(dir, "p10.json"), POLICY_10MB);
  fs.writeFileSync(path.join(dir, "p5.json"), POLICY_5MB);
  // Real mail: Outlook items, parser torture tests, commercial mail that looks like spam.
  inputs = [path.dirname(corpusFiles("msg-samples")[0]), path.dirname(corpusFiles("parser-fixtures/mikel-mail")[0]), path.dirname(corpusFiles("spamassassin-dev/hard-ham")[0]), path.join(ROOT, "test/fixtures/eml"), built];
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
}

async function open(file: string): Promise<Opened> {
  // bypassCSP only so axe can be injected later; the page's own policy is tested for below.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  await page.waitForLoadState("load");
  return { page, problems, requests };
}

async function shownCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll("[data-count]")].map((el) => [el.getAttribute("data-count") ?? "", Number(el.textContent)])));
}

async function serious(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.targets.join(" ")}`);
}

describe("report in Chromium", () => {
  it("shows check --format json's numbers, loads nothing, logs no error and passes axe", async () => {
    const out = path.join(dir, "report.html");
    const policy = path.join(dir, "p10.json");
    const made = await run(["report", "--locale", "en-US", "--policy", policy, "--out", out, ...inputs]);
    expect(made.err).toBe("");
    expect(made.code).toBe(0);
    const json = JSON.parse((await run(["check", "--format", "json", "--locale", "en-US", "--policy", policy, ...inputs])).out) as JsonDocument;
    expect(json.summary.files).toBeGreaterThan(200);

    const { page, problems, requests } = await open(out);
    const counts = await shownCounts(page);
    const { summary } = json;
    expect({ files: counts.files, block: counts["verdict-block"], warn: counts["verdict-warn"], pass: counts["verdict-pass"], errors: counts["verdict-errors"] }).toEqual(summary);
    const perRule: Record<string, number> = {};
    for (const f of json.results.flatMap((r) => r.findings ?? [])) perRule[`rule-${f.ruleId}-${f.severity}`] = (perRule[`rule-${f.ruleId}-${f.severity}`] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(counts).filter(([k, v]) => /^rule-.*-(block|warn|info)$/.test(k) && v > 0))).toEqual(perRule);
    // The visible sentence says the same as the table.
    await expect(page.locator("header .lead").textContent()).resolves.toContain(`${summary.files} messages or files checked: ${summary.block} blocked`);
    // Every chart has a name and a description for screen readers.
    const charts = await page.locator("svg[role=img]").evaluateAll((svgs) => svgs.map((s) => (s.querySelector("title")?.textContent ?? "") !== "" && (s.querySelector("desc")?.textContent ?? "") !== ""));
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(charts.every(Boolean)).toBe(true);

    expect(requests).toEqual([`file://${out}`]);
    expect(problems).toEqual([]);
    expect(await serious(page)).toEqual([]);
    await page.context().close();
  });

  it("keeps hostile file names as visible text: no markup, no script, no reordering", async () => {
    const out = path.join(dir, "hostile.html");
    expect((await run(["report", "--locale", "zh-CN", "--out", out, path.join(dir, "built")])).code).toBe(0);
    const { page, problems, requests } = await open(out);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await expect(page.locator("main img, main script").count()).resolves.toBe(0);
    const text = (await page.locator("#examples").textContent()) ?? "";
    expect(text).toContain('<svg onload="window.pwned=1">.eml');
    expect(text).toContain("<script>window.pwned=3<.eml");
    expect(text).toContain("invoice[RLO]fdp.exe.eml");
    expect(text).toContain("line[U+000A]break.eml");
    expect(text).toContain("bell[U+0007].eml");
    // eslint-disable-next-line no-control-regex
    expect(await page.content()).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/u);
    expect(requests).toEqual([`file://${out}`]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("with --compare, shows the matrix of check's verdict pairs and passes axe", async () => {
    const out = path.join(dir, "compare.html");
    const [p10, p5] = [path.join(dir, "p10.json"), path.join(dir, "p5.json")];
    const built = path.join(dir, "built");
    expect((await run(["report", "--locale", "zh-TW", "--policy", p10, "--compare", p5, "--out", out, built])).code).toBe(0);
    const first = JSON.parse((await run(["check", "--format", "json", "--policy", p10, built])).out) as JsonDocument;
    const second = JSON.parse((await run(["check", "--format", "json", "--policy", p5, built])).out) as JsonDocument;
    const expected: Record<string, number> = {};
    first.results.forEach((a, i) => {
      const b = second.results[i];
      if (a.verdict !== undefined && b.verdict !== undefined) expected[`matrix-${a.verdict}-${b.verdict}`] = (expected[`matrix-${a.verdict}-${b.verdict}`] ?? 0) + 1;
    });
    const { page, problems, requests } = await open(out);
    const counts = await shownCounts(page);
    expect(Object.fromEntries(Object.entries(counts).filter(([k, v]) => /^matrix-(pass|warn|block)-/.test(k) && v > 0))).toEqual(expected);
    expect(counts["matrix-pass-warn"]).toBe(1);
    expect(counts["matrix-warn-block"]).toBe(1);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-TW");
    expect(requests).toEqual([`file://${out}`]);
    expect(problems).toEqual([]);
    expect(await serious(page)).toEqual([]);
    await page.context().close();
  });
});

/**
 * The report's parts on their own: the counting (fed the results check produces), the bins, the
 * escaping of hostile values, and the all-or-nothing write.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkInputs } from "../../src/cli/check";
import { collectInputs } from "../../src/cli/files";
import { parsePolicyText } from "../../src/engine/policy/resolve";
import { runCli } from "../../src/cli/program";
import { MAX_DOMAINS, ReportData } from "../../src/cli/report/aggregate";
import { attachmentHistogram, Histogram, recipientHistogram } from "../../src/cli/report/bins";
import { shown } from "../../src/cli/report/html";
import { renderReport } from "../../src/cli/report/render";
import { nodeWriter } from "../../src/cli/report/write";
import { summarize, type FileResult } from "../../src/cli/results";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { memoryIO } from "./memory-io";
import { MAIL, POLICY_10MB } from "./report-fixtures";

const MB = 1024 * 1024;

describe("ReportData, fed check's results", () => {
  it("counts what check --format json sums up, and holds only capped lists", async () => {
    const io = memoryIO({ ...MAIL, "p10.json": POLICY_10MB });
    const policy = parsePolicyText(POLICY_10MB).policy;
    const results: FileResult[] = [];
    const data = new ReportData([policy], "en-US");
    for await (const result of checkInputs(await collectInputs(["mail"], io), policy, io, { facts: true })) {
      results.push(result);
      data.add(result);
    }
    const json = memoryIO({ ...MAIL, "p10.json": POLICY_10MB });
    await runCli(["check", "--format", "json", "--policy", "p10.json", "mail"], json);
    const summary = (JSON.parse(json.out()) as { summary: unknown }).summary;
    expect(data.summaryCounts()).toEqual(summary);
    expect(data.summaryCounts()).toEqual(summarize(results));
    expect(data.measured).toBe(9);
    expect(data.topDomains(10)).toEqual([
      { domain: "fabrikam.com", count: 2 },
      { domain: "northwind.cn", count: 1 },
    ]);
    expect(data.errors.items.map((e) => e.file)).toEqual(["mail/j-not-mail.eml"]);
  });

  it("gets facts only when asked: check itself does not pay for them", async () => {
    const io = memoryIO(MAIL);
    for await (const result of checkInputs(await collectInputs(["mail/d-small.eml"], io), DEFAULT_POLICY, io)) expect("facts" in result).toBe(false);
  });
});

describe("outside domains", () => {
  it("are counted one by one up to MAX_DOMAINS distinct ones, the rest together", () => {
    const data = new ReportData([DEFAULT_POLICY], "en-US");
    const report = { verdict: "pass" as const, findings: [], notChecked: [], timing: { totalMs: 0 } };
    const facts = (domain: string) => ({ messageBytes: 1, attachmentBytes: [], recipients: 1, externalDomains: [domain] });
    for (let i = 0; i < MAX_DOMAINS + 10; i++) data.add({ file: `m${i}`, report, facts: facts(`d${i}.example`) });
    data.add({ file: "again", report, facts: facts("d0.example") });
    expect(data.domains.size).toBe(MAX_DOMAINS);
    expect(data.otherDomains).toBe(10);
    expect(data.topDomains(1)).toEqual([{ domain: "d0.example", count: 2 }]);
    expect(renderReport({ data })).toContain("10 more messages went to domains not counted one by one.");
  });
});

describe("histogram bins", () => {
  it("make every limit an edge, so over-the-limit is exact", () => {
    const hist = new Histogram([10, 100], [{ kind: "attachmentMax", edge: 50, policy: 0 }]);
    for (const v of [0, 10, 11, 50, 51, 100, 101, 1e9]) hist.add(v);
    expect(hist.edges).toEqual([10, 50, 100]);
    expect(hist.counts).toEqual([2, 2, 2, 2]);
    expect(hist.above(50)).toBe(4);
    expect(hist.total()).toBe(8);
  });

  it("draw both policies' limits when comparing", () => {
    const tight = parsePolicyText(JSON.stringify({ limits: { attachmentMaxBytes: 5 * MB, shareLinkThresholdBytes: 3 * MB } })).policy;
    const hist = attachmentHistogram([DEFAULT_POLICY, tight]);
    expect(hist.limits.map((l) => [l.kind, l.edge / MB, l.policy])).toEqual([
      ["shareLink", 10, 0],
      ["attachmentMax", 25, 0],
      ["shareLink", 3, 1],
      ["attachmentMax", 5, 1],
    ]);
    for (const l of hist.limits) expect(hist.edges).toContain(l.edge);
  });

  it("put the exposed-list line below its threshold: the rule reports from the threshold on", () => {
    const hist = recipientHistogram([DEFAULT_POLICY]);
    const exposed = hist.limits.find((l) => l.kind === "exposedList");
    expect(exposed).toEqual({ kind: "exposedList", edge: 9, policy: 0, value: 10 });
    hist.add(10);
    expect(hist.above(9)).toBe(1);
  });
});

describe("hostile values in the page", () => {
  const HOSTILE = ['<img src=x onerror="alert(1)">.eml', "invoice\u202Efdp.exe.eml", "a\nb\u0007c.eml", "&amp;\"'.eml", `${"A".repeat(100_000)}.eml`];

  it("are escaped, their controls made visible and long ones shortened", () => {
    expect(shown(HOSTILE[0])).toBe("<bdi>&#60;img src=x onerror=&#34;alert(1)&#34;&#62;.eml</bdi>");
    expect(shown(HOSTILE[1])).toBe("<bdi>invoice[RLO]fdp.exe.eml</bdi>");
    expect(shown(HOSTILE[2])).toBe("<bdi>a[U+000A]b[U+0007]c.eml</bdi>");
    expect(shown(HOSTILE[3])).toBe("<bdi>&#38;amp;&#34;&#39;.eml</bdi>");
    const long = shown(HOSTILE[4]);
    expect(long.length).toBeLessThan(500);
    expect(long).toMatch(/…A+\.eml<\/bdi>$/);
  });

  it("leave no markup, control or bidi character in a whole page", async () => {
    const files = Object.fromEntries(HOSTILE.map((name) => [`mail/${name}`, MAIL["mail/c-exe.eml"]]));
    files["mail/<script>x.eml"] = "not mail";
    const io = memoryIO(files);
    const policy = DEFAULT_POLICY;
    const data = new ReportData([policy], "en-US");
    for await (const result of checkInputs(await collectInputs(["mail"], io), policy, io, { facts: true })) data.add(result);
    const html = renderReport({ data, policyName: "<b>policy</b>\u202E.json" });
    expect(html).not.toMatch(/<img|<script|<b>policy/);
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(html).toContain("invoice[RLO]fdp.exe.eml");
    expect(html).toContain("&#60;script&#62;x.eml");
    expect(html).toContain("&#60;b&#62;policy&#60;/b&#62;[RLO].json");
  });
});

describe("writing the page", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "mp-report-write-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("replaces an old report whole and leaves no temporary file", async () => {
    const target = path.join(dir, "report.html");
    fs.writeFileSync(target, "old");
    await nodeWriter.writeFileAtomic(target, "<!DOCTYPE html>new");
    expect(fs.readFileSync(target, "utf8")).toBe("<!DOCTYPE html>new");
    expect(fs.readdirSync(dir)).toEqual(["report.html"]);
  });

  it("fails cleanly, leaving the old report and no temporary file, when it cannot rename", async () => {
    // A folder where the report should go: the temporary file is written, the rename refused.
    const target = path.join(dir, "report.html");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "keep"), "x");
    await expect(nodeWriter.writeFileAtomic(target, "new")).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(["report.html"]);
    expect(fs.readdirSync(target)).toEqual(["keep"]);
  });

  it("reports a folder that does not exist as a clear error from the command", async () => {
    const io = memoryIO(MAIL);
    const out = path.join(dir, "missing", "report.html");
    expect(await runCli(["report", "--locale", "en-US", "--out", out, "mail/a-clean.eml"], io)).toBe(2);
    expect(io.err()).toContain(`could not write the report ${out}: no such file or directory`);
    expect(fs.existsSync(path.join(dir, "missing"))).toBe(false);
  });
});

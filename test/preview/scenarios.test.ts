/**
 * Every scenario, loaded into the simulated Office.js and read by the REAL Office adapter (with
 * the pane's zip listing), shows the findings it is named for; the clean one shows none.
 */
import { decodeBase64 } from "../../src/archive/base64";
import { listZip } from "../../src/archive/zip";
import { archiveReader } from "../../src/adapters/office/archive-content";
import { readComposeSnapshot } from "../../src/adapters/office/read";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { runRules } from "../../src/engine/run";
import { RULES } from "../../src/rules";
import { createOfficeSim } from "../../src/preview/office-sim/office";
import { emptyState } from "../../src/preview/office-sim/state";
import type { Locale } from "../../src/engine/rule";
import { SCENARIOS, encodeBase64, scenarioById, zipWithBatchFile } from "../../src/preview/scenarios";

async function check(id: string, locale: Locale = "zh-CN") {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const sim = createOfficeSim({ ...emptyState(), ...scenario.build(locale) });
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
  const item = (sim.office as { context: { mailbox: { item: Office.MessageCompose } } }).context.mailbox.item;
  const snapshot = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes)) });
  return runRules(snapshot, DEFAULT_POLICY, RULES);
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("preview scenarios", () => {
  const LOCALES: readonly Locale[] = ["zh-CN", "zh-TW", "en-US"];
  const cases = SCENARIOS.filter((s) => s.shows.length > 0).flatMap((s) => LOCALES.map((l) => [s.id, l, s.shows] as const));
  it.each(cases)("%s (%s) shows %j", async (id, locale, shows) => {
    const report = await check(id, locale);
    const ruleIds = report.findings.map((f) => f.ruleId);
    for (const rule of shows) expect(ruleIds).toContain(rule);
  });

  it.each(["zh-CN", "zh-TW", "en-US"] as const)("the clean message (%s) passes with no findings at all", async (locale) => {
    const report = await check("clean", locale);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("pass");
  });

  it("writes the English messages in English", () => {
    for (const s of SCENARIOS.filter((x) => x.id !== "spam-zh")) expect(s.build("en-US").subject + s.build("en-US").bodyHtml).not.toMatch(/[\u3400-\u9fff]/);
  });

  it("ids are unique and every scenario has a label in each language", () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) for (const locale of ["zh-CN", "zh-TW", "en-US"] as const) expect(s.label[locale].length).toBeGreaterThan(0);
  });

  it("mass mail has more than 60 addresses, all distinct", () => {
    const to = scenarioById("mass-mail")?.build().to ?? [];
    expect(to.length).toBeGreaterThanOrEqual(60);
    expect(new Set(to.map((r) => r.emailAddress)).size).toBe(to.length);
  });

  it("the zip really contains the batch file", () => {
    const listing = listZip(zipWithBatchFile());
    expect(JSON.stringify(listing)).toContain("tools/install.bat");
  });

  it("each build gives fresh attachment ids", () => {
    const a = scenarioById("exe")?.build().attachments[0]?.id;
    const b = scenarioById("exe")?.build().attachments[0]?.id;
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it("encodes base64 like Node does, for every padding length", () => {
    for (const text of ["", "a", "ab", "abc", "abcd", "邮件\u0000\u00ff"]) {
      const bytes = new TextEncoder().encode(text);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      expect(Array.from(decodeBase64(encodeBase64(bytes)) ?? [])).toEqual(Array.from(bytes));
    }
  });
});

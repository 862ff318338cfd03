/**
 * A first look tells one story: the sample policy (policy/policy.json, which the preview serves),
 * the preview's sample messages and the README name the same company. Were they to drift apart,
 * the preview would call the user's own colleague "outside the company" in every scenario.
 */
import fs from "node:fs";
import path from "node:path";
import { listZip } from "../../src/archive/zip";
import { archiveReader } from "../../src/adapters/office/archive-content";
import { readComposeSnapshot } from "../../src/adapters/office/read";
import { parsePolicyText } from "../../src/engine/policy/resolve";
import { checkMessage } from "../../src/check/check";
import type { Locale } from "../../src/engine/rule";
import { domainOf } from "../../src/text/addresses/address";
import { internalMatcher } from "../../src/text/addresses/domains";
import { createOfficeSim } from "../../src/preview/office-sim/office";
import { emptyState } from "../../src/preview/office-sim/state";
import { SCENARIOS } from "../../src/preview/scenarios";

const ROOT = path.resolve(__dirname, "../..");
const sample = parsePolicyText(fs.readFileSync(path.join(ROOT, "policy/policy.json"), "utf8"));
const company = internalMatcher(sample.policy.internalDomains);
const SENDER = emptyState().from.emailAddress;

async function checkUnderSample(id: string, locale: Locale) {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const sim = createOfficeSim({ ...emptyState(), ...scenario.build(locale) });
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
  const item = (sim.office as { context: { mailbox: { item: Office.MessageCompose } } }).context.mailbox.item;
  const snapshot = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes)) });
  return { snapshot, report: checkMessage(snapshot, sample.policy) };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the sample policy, the preview and the README name one company", () => {
  it("the sample policy is valid and names the company's domain", () => {
    expect(sample.errors).toEqual([]);
    expect(sample.policy.internalDomains.length).toBeGreaterThan(0);
  });

  it("the preview's sender is at the company's domain", () => {
    expect(company.matches(domainOf(SENDER))).toBe(true);
  });

  const cases = SCENARIOS.flatMap((s) => (["zh-CN", "zh-TW", "en-US"] as const).map((l) => [s.id, l] as const));
  it.each(cases)("%s (%s): every colleague at the sender's domain is inside the company", async (id, locale) => {
    const { snapshot, report } = await checkUnderSample(id, locale);
    const colleagues = snapshot.recipients.filter((r) => domainOf(r.address) === domainOf(SENDER));
    for (const r of colleagues) expect(company.matches(domainOf(r.address))).toBe(true);
    const outside = report.findings.filter((f) => f.ruleId === "recipient-external").flatMap((f) => (f.target.kind === "recipients" ? f.target.addresses : []));
    expect(outside.filter((a) => domainOf(a) === domainOf(SENDER))).toEqual([]);
  });

  it("the clean scenario has no finding at all under the sample policy", async () => {
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const) expect((await checkUnderSample("clean", locale)).report.findings).toEqual([]);
  });

  it("every company domain the README shows is the sample policy's", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const shown = [...readme.matchAll(/"internalDomains":\s*(\[[^\]]*\])/g)].map((m) => JSON.parse(m[1]) as string[]);
    expect(shown.length).toBeGreaterThan(0);
    for (const domains of shown) expect(domains).toEqual(sample.policy.internalDomains);
    // The policy files the README's examples use name the same company.
    for (const file of new Set([...readme.matchAll(/test\/fixtures\/policy\/[\w.-]+\.json/g)].map((m) => m[0]))) {
      const policy = parsePolicyText(fs.readFileSync(path.join(ROOT, file), "utf8"));
      if (policy.errors.length > 0) continue; // the invalid example is there to show errors
      expect([file, policy.policy.internalDomains]).toEqual([file, sample.policy.internalDomains]);
    }
  });
});

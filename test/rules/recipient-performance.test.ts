/**
 * 10,000 recipients (a mass mailing pasted into Bcc) through all seven recipient rules together:
 * every typo, bad address and duplicate among them is found. How long it takes is the bench's
 * business (npm run bench, "10,000 recipients"): tests never assert wall-clock times.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy-defaults";
import type { EffectivePolicy } from "../../src/engine/policy-types";
import type { AnyRule } from "../../src/engine/rule";
import type { DomainCheck, Recipient } from "../../src/engine/snapshot";
import invalidAddress from "../../src/rules/recipient-invalid-address";
import domainTypo from "../../src/rules/recipient-domain-typo";
import duplicate from "../../src/rules/recipient-duplicate";
import external from "../../src/rules/recipient-external";
import tooMany from "../../src/rules/recipient-too-many";
import exposedList from "../../src/rules/recipient-exposed-list";
import domainUnreachable from "../../src/rules/recipient-domain-unreachable";
import { makeSnapshot, to } from "../helpers/snapshot";

const RECIPIENT_RULES: AnyRule[] = [invalidAddress, domainTypo, duplicate, external, tooMany, exposedList, domainUnreachable];
const POLICY: EffectivePolicy = { ...DEFAULT_POLICY, internalDomains: ["contoso.cn"], knownDomains: ["fabrikam.com"] };
const PROVIDERS = ["qq.com", "163.com", "126.com", "gmail.com", "sina.com", "outlook.com", "contoso.cn", "139.com"];
const FIELDS = ["to", "cc", "bcc"] as const;

/** Mostly provider addresses, a third at distinct company domains, and some typos, bad and repeated ones. */
function addressFor(i: number): string {
  if (i % 50 === 0) return `user${i}＠qq。com`;
  if (i % 40 === 0) return `user${i}@gmial.com`;
  if (i % 30 === 0) return addressFor(i - 1); // a duplicate
  if (i % 3 === 0) return `user${i}@company${i}.com.cn`;
  return `user.${i}@${PROVIDERS[i % PROVIDERS.length]}`;
}

function bigList(n: number): Recipient[] {
  return Array.from({ length: n }, (_, i) => to(addressFor(i), FIELDS[i % 3]));
}

function runAll(recipients: Recipient[], domainChecks: DomainCheck[]): number {
  const message = makeSnapshot({ recipients, domainChecks });
  let findings = 0;
  for (const rule of RECIPIENT_RULES) {
    findings += rule.check({ message, policy: POLICY, options: rule.meta.defaultOptions }).length;
  }
  return findings;
}

it("finds the typos, bad addresses and duplicates among 10,000 recipients", () => {
  const recipients = bigList(10_000);
  const checks: DomainCheck[] = Array.from({ length: 3000 }, (_, i) => ({
    domain: `company${i * 3}.com.cn`,
    status: i % 10 === 0 ? "not-found" : "ok",
  }));
  const seeded = recipients.filter((_, i) => i % 50 === 0 || i % 40 === 0).length;
  const found = runAll(recipients, checks);
  expect(found).toBeGreaterThan(seeded);
  // Deterministic: the same list gives the same findings every time.
  expect(runAll(recipients, checks)).toBe(found);
});

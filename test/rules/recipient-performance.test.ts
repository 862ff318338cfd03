/**
 * 10,000 recipients (a mass mailing pasted into Bcc) through all seven recipient rules together:
 * each rule finds exactly what the list was seeded with. The expected counts come from how the
 * list is built, not from the rules' own helpers, so any one rule breaking alone fails here.
 * How long it takes is the bench's business (npm run bench, "10,000 recipients"): tests never
 * assert wall-clock times.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import type { AnyRule, RuleFinding } from "../../src/engine/rule";
import type { DomainCheck, Recipient } from "../../src/engine/snapshot";
import invalidAddress from "../../src/rules/recipient-invalid-address";
import domainTypo from "../../src/rules/recipient-domain-typo";
import duplicate from "../../src/rules/recipient-duplicate";
import external from "../../src/rules/recipient-external";
import tooMany from "../../src/rules/recipient-too-many";
import exposedList from "../../src/rules/recipient-exposed-list";
import domainUnreachable from "../../src/rules/recipient-domain-unreachable";
import { makeSnapshot, to } from "../helpers/snapshot";

const N = 10_000;
const INTERNAL = "contoso.cn";
const POLICY: EffectivePolicy = { ...DEFAULT_POLICY, internalDomains: [INTERNAL], knownDomains: ["fabrikam.com"] };
const PROVIDERS = ["qq.com", "163.com", "126.com", "gmail.com", "sina.com", "outlook.com", INTERNAL, "139.com"];
const FIELDS = ["to", "cc", "bcc"] as const;

type Kind = "invalid" | "typo" | "duplicate" | "company" | "provider";
interface Seeded {
  readonly address: string;
  readonly kind: Kind;
  /** The domain as written; "" for the full-width addresses, which have no ASCII "@". */
  readonly domain: string;
}

/** Mostly provider addresses, a third at distinct company domains, and some typos, bad and repeated ones. */
function seed(i: number): Seeded {
  if (i % 50 === 0) return { address: `user${i}＠qq。com`, kind: "invalid", domain: "" };
  if (i % 40 === 0) return { address: `user${i}@gmial.com`, kind: "typo", domain: "gmial.com" };
  if (i % 30 === 0) return { ...seed(i - 1), kind: "duplicate" };
  if (i % 3 === 0) return { address: `user${i}@company${i}.com.cn`, kind: "company", domain: `company${i}.com.cn` };
  const domain = PROVIDERS[i % PROVIDERS.length];
  return { address: `user.${i}@${domain}`, kind: "provider", domain };
}

const SEEDED = Array.from({ length: N }, (_, i) => seed(i));
const RECIPIENTS: Recipient[] = SEEDED.map((s, i) => to(s.address, FIELDS[i % 3]));
/** One company domain in ten that the list uses does not exist. */
const DEAD = new Set(SEEDED.filter((s, i) => s.kind === "company" && i % 10 === 3).map((s) => s.domain));
const CHECKS: DomainCheck[] = SEEDED.filter((s) => s.kind === "company").map((s) => ({ domain: s.domain, status: DEAD.has(s.domain) ? "not-found" : "ok" }));

const count = (kind: Kind): number => SEEDED.filter((s) => s.kind === kind).length;
/** Distinct external addresses (valid, not the company's own), optionally only those in To/Cc. */
function externalAddresses(visibleOnly: boolean): number {
  const set = new Set<string>();
  SEEDED.forEach((s, i) => {
    if (s.domain === "" || s.domain === INTERNAL) return;
    if (visibleOnly && FIELDS[i % 3] === "bcc") return;
    set.add(s.address);
  });
  return set.size;
}

function run(rule: AnyRule): readonly RuleFinding[] {
  const message = makeSnapshot({ recipients: RECIPIENTS, domainChecks: CHECKS });
  return rule.check({ message, policy: POLICY, options: rule.meta.defaultOptions });
}

describe("10,000 recipients through every recipient rule", () => {
  it("seeds every kind of problem, so no expectation below is empty", () => {
    for (const kind of ["invalid", "typo", "duplicate", "company"] as const) expect(count(kind)).toBeGreaterThan(100);
    expect(DEAD.size).toBeGreaterThan(100);
  });

  it("recipient-invalid-address reports each full-width address once", () => {
    const findings = run(invalidAddress);
    expect(findings).toHaveLength(count("invalid"));
    expect(new Set(findings.map((f) => f.target.kind === "recipient" && f.target.address))).toEqual(
      new Set(SEEDED.filter((s) => s.kind === "invalid").map((s) => s.address)),
    );
  });

  it("recipient-domain-typo suggests gmail.com for each gmial.com, and nothing else", () => {
    const findings = run(domainTypo);
    expect(findings).toHaveLength(count("typo"));
    expect(findings.every((f) => f.data?.suggestion === "gmail.com")).toBe(true);
  });

  it("recipient-duplicate reports each repeated address", () => {
    expect(run(duplicate)).toHaveLength(count("duplicate"));
  });

  it("recipient-external counts every distinct outside address once", () => {
    const findings = run(external);
    expect(findings).toHaveLength(1);
    expect(findings[0].data?.count).toBe(externalAddresses(false));
  });

  it("recipient-too-many reports the whole count against the limit", () => {
    const findings = run(tooMany);
    expect(findings).toHaveLength(1);
    expect(findings[0].data?.count).toBe(N);
  });

  it("recipient-exposed-list counts the outside addresses visible in To and Cc", () => {
    const findings = run(exposedList);
    expect(findings).toHaveLength(1);
    expect(findings[0].data?.count).toBe(externalAddresses(true));
  });

  it("recipient-domain-unreachable names every domain that does not exist, with its address", () => {
    const findings = run(domainUnreachable);
    const named = findings.flatMap((f) => (f.target.kind === "recipients" ? f.target.addresses : []));
    expect(named).toHaveLength(DEAD.size);
    for (const address of named) expect(DEAD.has(address.split("@")[1])).toBe(true);
  });

  it("gives the same findings every time", () => {
    const all = (): string => JSON.stringify([invalidAddress, domainTypo, duplicate, external, tooMany, exposedList, domainUnreachable].map(run));
    expect(all()).toBe(all());
  });
});

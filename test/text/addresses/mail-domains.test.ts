/**
 * src/text/addresses/mail-domains.generated.ts must be what the generator makes from the installed
 * email-providers and tldts packages. When this fails after an update of either, regenerate:
 * `node test/text/addresses/generate-mail-domains.mjs`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "tldts";
import all from "email-providers/all.json";
import { NEAR_REAL_SUFFIXES, PROTECTED_DOMAINS, SUFFIX_TARGETS, TARGET_DOMAINS, TWO_LETTER_TLDS } from "../../../src/text/addresses/mail-domains.generated";
import { fixSuffix, isKnownSuffix } from "../../../src/text/addresses/suffixes";

const GENERATOR = path.join(__dirname, "generate-mail-domains.mjs");
const GENERATED = path.resolve(__dirname, "../../../src/text/addresses/mail-domains.generated.ts");

const isIcannSuffix = (s: string): boolean => {
  const parsed = parse(`mail-preflight-probe.${s}`, { allowPrivateDomains: false });
  return parsed.isIcann === true && (parsed.publicSuffix === s || parsed.publicSuffix === `mail-preflight-probe.${s}`);
};

describe("generated mail domains and suffixes", () => {
  it("are up to date with the email-providers and tldts packages", () => {
    const run = spawnSync(process.execPath, [GENERATOR, "--stdout"], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(fs.readFileSync(GENERATED, "utf8"));
  }, 90_000);

  it("hold only real suffixes and name every two-letter top-level domain", () => {
    for (const s of [...SUFFIX_TARGETS.split(" "), ...NEAR_REAL_SUFFIXES.split(" ")]) expect(isIcannSuffix(s)).toBe(true);
    const two = TWO_LETTER_TLDS.split(" ").flatMap((g) => [...g.slice(1)].map((c) => g[0] + c));
    for (const tld of ["cn", "tw", "hk", "uk", "cm", "om", "co", "ne"]) expect(two).toContain(tld);
    for (const tld of two) expect(isIcannSuffix(tld)).toBe(true);
    expect(two.length).toBeGreaterThan(240);
    expect(isIcannSuffix("con")).toBe(false);
  });

  it("take most targets from the package, and never protect a domain one edit from a target under the same ending", () => {
    const targets = TARGET_DOMAINS.split(" ").map((e) => e.split(":")[0]);
    const inPackage = targets.filter((d) => (all as string[]).includes(d));
    expect(inPackage.length).toBeGreaterThan(targets.length / 2);
    // gmial.com and hotmail.con are in the package's list (registered to catch typos): never protected.
    const protectedSet = new Set(PROTECTED_DOMAINS.split("|").flatMap((g) => g.split(":")[1].split(" ").map((s) => `${g.split(":")[0]}.${s}`)));
    expect(protectedSet.has("hotmail.ca")).toBe(true);
    for (const typo of ["gmial.com", "gamil.com", "hotmial.com", "hotmail.con", "gmail.co", "yaho.com"]) expect(protectedSet.has(typo)).toBe(false);
  });

  it("agree with the Public Suffix List on every suffix the repair would touch", () => {
    // Every one-edit variant of a target (a letter swapped in, added, left out, two swapped, a dot
    // left out): whatever the repair corrects must not be in the list.
    const variants = (t: string): string[] => {
      const out = new Set<string>([t.replace(".", "")]);
      for (let i = 0; i <= t.length; i += 1) {
        for (const c of "abcdefghijklmnopqrstuvwxyz0") {
          if (i < t.length) out.add(t.slice(0, i) + c + t.slice(i + 1));
          out.add(t.slice(0, i) + c + t.slice(i));
        }
        if (i < t.length) out.add(t.slice(0, i) + t.slice(i + 1));
        if (i + 1 < t.length) out.add(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2));
      }
      return [...out].filter((v) => /^[a-z0-9]+(\.[a-z0-9]+)*$/.test(v));
    };
    let checked = 0;
    for (const t of SUFFIX_TARGETS.split(" ")) {
      for (const typed of variants(t)) {
        for (const domain of [`contoso.${typed}`, `mail.contoso.${typed}`]) {
          if (fixSuffix(domain) === undefined) continue;
          checked += 1;
          expect(isIcannSuffix(typed)).toBe(false);
          expect(isKnownSuffix(typed)).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("never corrects a real suffix it knows", () => {
    const two = TWO_LETTER_TLDS.split(" ").flatMap((g) => [...g.slice(1)].map((c) => g[0] + c));
    const real = [...SUFFIX_TARGETS.split(" "), ...NEAR_REAL_SUFFIXES.split(" "), ...two];
    for (const s of real) {
      expect(fixSuffix(`contoso.${s}`)).toBeUndefined();
      expect(fixSuffix(`mail.contoso.${s}`)).toBeUndefined();
    }
  });
});

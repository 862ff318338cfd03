/**
 * Adding a rule means: its file, its table test, its doc page, one index line, its remedy and
 * every string in all three locales. This test fails when any of those is missing.
 */
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/rules";
import { LOCALES } from "../../src/engine/rule";
import { getRemedy } from "../../src/manual/remedies";
import { expectEveryLocale } from "../helpers/locales";

const ROOT = path.resolve(__dirname, "../..");
const ruleFiles = fs
  .readdirSync(path.join(ROOT, "src/rules"))
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();

// The catalogue of DESIGN.md §3: ids are stable (policy files and the CLI use them).
const CATALOGUE = [
  "recipient-invalid-address", "recipient-domain-typo", "recipient-domain-lookalike", "recipient-duplicate", "recipient-external",
  "recipient-too-many", "recipient-exposed-list", "recipient-domain-unreachable", "attachment-large",
  "attachment-too-large", "message-too-large", "attachment-blocked-type", "attachment-double-extension",
  "attachment-spoofed-name", "attachment-archive-blocked-content", "attachment-archive-encrypted",
  "attachment-macro-document", "subject-empty", "content-spam-keywords", "content-sensitive-words",
  "content-shouting", "content-link-shortener", "content-link-mismatch", "content-link-ip",
  "content-too-many-links", "content-image-only", "content-forgotten-attachment",
];

describe("rule completeness", () => {
  it("lists every rule file in the index, once", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual(ruleFiles);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has every rule of the catalogue", () => {
    expect([...RULES.map((r) => r.meta.id)].sort()).toEqual([...CATALOGUE].sort());
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    it("has a table test and a doc page", () => {
      expect(fs.existsSync(path.join(ROOT, "test/rules", `${id}.test.ts`))).toBe(true);
      const doc = path.join(ROOT, "docs/rules", `${id}.md`);
      expect(fs.existsSync(doc)).toBe(true);
      expect(fs.readFileSync(doc, "utf8")).toMatch(new RegExp(`^# ${id}\\b`));
    });

    it("has a remedy in every locale", () => {
      const remedy = getRemedy(rule.meta.remedyId);
      expect(remedy).toBeDefined();
      for (const locale of LOCALES) {
        expect(remedy?.title[locale]).toBeTruthy();
        for (const step of remedy?.steps ?? []) expect(step[locale]).toBeTruthy();
      }
    });

    it("has every message and its description in all locales with the same placeholders", () => {
      const texts = [rule.meta.description, ...Object.values(rule.meta.messages)];
      for (const text of texts) expectEveryLocale(text);
    });
  });
});

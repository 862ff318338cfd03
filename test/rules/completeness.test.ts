/**
 * Adding a rule means five files: the rule (its meta says everything else about it), its table
 * test, its doc page, its remedy in the manual and its line in the index (docs/adding-a-rule.md).
 * This test fails when any of those is missing; the policy schema's rules section and the Send
 * handler's exclusions follow from the meta.
 */
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/rules";
import { LOCALES } from "../../src/engine/rule";
import { getRemedy } from "../../src/manual/remedies";
import { expectEveryLocale } from "../helpers/locales";
import { CATALOGUE } from "../helpers/catalogue";

const ROOT = path.resolve(__dirname, "../..");
/** The list of rules: the only file here that is not a rule. */
const NOT_RULES = ["index.ts"];
const ruleFiles = fs
  .readdirSync(path.join(ROOT, "src/rules"))
  .filter((f) => f.endsWith(".ts") && !NOT_RULES.includes(f))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();


describe("rule completeness", () => {
  it("lists every rule file in the index, once", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual(ruleFiles);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("still has every rule of the catalogue: ids are stable", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(CATALOGUE.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("leaves out of the Send handler exactly the rules that need what it never gathers", () => {
    const { HANDLER_UNAVAILABLE_RULES } = require("../../webpack.config.js") as { HANDLER_UNAVAILABLE_RULES: RegExp };
    const left = RULES.filter((r) => HANDLER_UNAVAILABLE_RULES.test(`./${r.meta.id}`)).map((r) => r.meta.id);
    expect(left).toEqual(RULES.filter((r) => (r.meta.needs ?? []).length > 0).map((r) => r.meta.id));
    expect(left.length).toBeGreaterThan(0);
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

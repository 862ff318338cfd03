import { LOCALES } from "../../src/engine/rule";
import { placeholdersOf } from "../../src/engine/format";
import { RULES } from "../../src/rules";
import { REMEDIES, REMEDY_LIST, REMEDY_PLACEHOLDERS, getRemedy, renderRemedy } from "../../src/manual/remedies";
import { RECIPIENT_REMEDIES } from "../../src/manual/remedies-recipients";
import { ATTACHMENT_REMEDIES } from "../../src/manual/remedies-attachments";
import { CONTENT_REMEDIES } from "../../src/manual/remedies-content";
import { catalogueTexts } from "./texts";

/** The rule catalogue of DESIGN.md §3, copied by hand on purpose: a rename must be noticed here. */
const RULE_IDS = [
  "recipient-invalid-address",
  "recipient-domain-typo",
  "recipient-domain-lookalike",
  "recipient-duplicate",
  "recipient-external",
  "recipient-too-many",
  "recipient-exposed-list",
  "recipient-domain-unreachable",
  "attachment-large",
  "attachment-too-large",
  "message-too-large",
  "attachment-blocked-type",
  "attachment-double-extension",
  "attachment-spoofed-name",
  "attachment-archive-blocked-content",
  "attachment-archive-encrypted",
  "attachment-macro-document",
  "subject-empty",
  "content-spam-keywords",
  "content-sensitive-words",
  "content-shouting",
  "content-link-shortener",
  "content-link-mismatch",
  "content-link-ip",
  "content-too-many-links",
  "content-image-only",
  "content-forgotten-attachment",
];

/** The same pattern the brief asks for, independent of the engine's helper. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{[a-zA-Z]+\}/g) ?? [])].sort();
}

describe("remedy catalogue", () => {
  it("has exactly one remedy per rule id of DESIGN.md", () => {
    expect(RULE_IDS).toHaveLength(27);
    expect(REMEDY_LIST.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(REMEDIES.size).toBe(REMEDY_LIST.length);
  });

  it.each(RULE_IDS)("%s has a remedy", (id) => {
    const remedy = getRemedy(id);
    expect(remedy).toBeDefined();
    expect(remedy?.id).toBe(id);
  });

  it("returns undefined for an unknown id", () => {
    expect(getRemedy("no-such-rule")).toBeUndefined();
  });

  it("files each remedy under its rule's category", () => {
    expect(RECIPIENT_REMEDIES.every((r) => r.id.startsWith("recipient-"))).toBe(true);
    expect(ATTACHMENT_REMEDIES.every((r) => /^(attachment|message)-/.test(r.id))).toBe(true);
    expect(CONTENT_REMEDIES.every((r) => /^(content|subject)-/.test(r.id))).toBe(true);
  });

  it("points every registered rule at an existing remedy", () => {
    for (const rule of RULES) expect(getRemedy(rule.meta.remedyId)?.id).toBe(rule.meta.id);
  });

  it.each(REMEDY_LIST.map((r) => [r.id, r] as const))("%s has 2–5 steps and at least one source", (_id, remedy) => {
    expect(remedy.steps.length).toBeGreaterThanOrEqual(2);
    expect(remedy.steps.length).toBeLessThanOrEqual(5);
    expect(remedy.sources.length).toBeGreaterThan(0);
  });

  it("points large-file remedies to the company drive", () => {
    for (const id of ["attachment-large", "attachment-too-large", "message-too-large", "attachment-blocked-type"]) {
      const text = getRemedy(id)!.steps.map((s) => s["en-US"]).join(" ");
      expect(text).toContain("{drive}");
    }
    const tooLarge = getRemedy("attachment-too-large")!.steps.map((s) => s["zh-CN"]).join("");
    for (const tool of ["7-Zip", "WinRAR", "{limit}"]) expect(tooLarge).toContain(tool);
  });
});

describe("localized texts", () => {
  const texts = catalogueTexts();

  it.each(texts.map((t) => [t.label, t.text] as const))("%s is non-empty in every locale", (_label, text) => {
    for (const locale of LOCALES) expect(text[locale].trim()).not.toBe("");
    expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
  });

  it.each(texts.map((t) => [t.label, t.text] as const))("%s has the same placeholders in every locale", (_label, text) => {
    const expected = placeholders(text["en-US"]);
    for (const locale of LOCALES) {
      expect(placeholders(text[locale])).toEqual(expected);
      expect(placeholdersOf(text[locale])).toEqual(expected.map((p) => p.slice(1, -1)));
    }
  });

  it("uses only the placeholders a renderer can fill", () => {
    const used = new Set(texts.flatMap((t) => LOCALES.flatMap((l) => placeholdersOf(t.text[l]))));
    for (const name of used) expect(REMEDY_PLACEHOLDERS).toContain(name);
    // Help topics are shown without a finding, so they take no placeholders at all.
    expect(texts.filter((t) => t.label.startsWith("help") && placeholders(t.text["en-US"]).length > 0)).toEqual([]);
  });
});

describe("renderRemedy", () => {
  it("fills {drive} and {limit} and cites the sources", () => {
    const remedy = getRemedy("attachment-too-large")!;
    const rendered = renderRemedy(remedy, "zh-CN", { drive: "企业网盘", limit: "25 MB" });
    expect(rendered.title).toBe(remedy.title["zh-CN"]);
    expect(rendered.steps.join("")).toContain("企业网盘");
    expect(rendered.steps.join("")).toContain("25 MB");
    expect(rendered.steps.join("")).not.toMatch(/\{(drive|limit)\}/);
    expect(rendered.sources).toContain("A §一.5");
  });

  it("leaves a placeholder visible when no value is given", () => {
    const rendered = renderRemedy(getRemedy("attachment-large")!, "en-US");
    expect(rendered.steps.join(" ")).toContain("{drive}");
  });
});

/**
 * Our texts retell the manual in our own words: no zh-TW text (the manual's own script) may share
 * a run of 12 or more characters with any guide. Spaces and punctuation are dropped on both sides
 * first, so swapping "," for "，" does not make a copied sentence new.
 */
import fs from "node:fs";
import path from "node:path";
import { catalogueTexts, SCRIPT_PAIRS } from "./texts";

const MANUAL_DIR = path.resolve(__dirname, "../../../shared/manual");
const RUN = 12;

function loadGuides(): string {
  if (!fs.existsSync(MANUAL_DIR)) {
    throw new Error(`The company mail manual was not found at ${MANUAL_DIR}; the originality check needs the five guide files there.`);
  }
  const files = fs.readdirSync(MANUAL_DIR).filter((name) => /^[A-E]-.*\.txt$/.test(name));
  if (files.length !== 5) throw new Error(`Expected the five guides A–E in ${MANUAL_DIR}, found: ${files.join(", ") || "none"}`);
  return files.map((name) => fs.readFileSync(path.join(MANUAL_DIR, name), "utf8")).join("\n");
}

/** Letters, digits and CJK only: what a sentence is made of once punctuation is ignored. */
function core(text: string): string {
  return text.normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The first run of `RUN` characters of `text` that also occurs in `source`, if any. */
function sharedRun(text: string, source: string): string | undefined {
  const chars = [...core(text)];
  for (let i = 0; i + RUN <= chars.length; i++) {
    const run = chars.slice(i, i + RUN).join("");
    if (source.includes(run)) return run;
  }
  return undefined;
}

const TO_TRADITIONAL = new Map(SCRIPT_PAIRS.map(([simplified, traditional]) => [simplified, traditional]));

/** zh-CN moved towards Traditional with our pair table: partial, so it can miss a copy but never invent one. */
function towardsTraditional(text: string): string {
  return [...text].map((c) => TO_TRADITIONAL.get(c) ?? c).join("");
}

describe("texts are our own words", () => {
  const guides = core(loadGuides());

  it("reads the five guides", () => {
    expect(guides.length).toBeGreaterThan(8000);
  });

  it("detects a copied sentence, even with other punctuation", () => {
    expect(sharedRun("檢查網絡連接，確保設備已連接到有效的網絡", guides)).toBeDefined();
    expect(sharedRun("先確認網路正常，再重新寄送一次。", guides)).toBeUndefined();
  });

  it.each(catalogueTexts().map((t) => [t.label, t.text["zh-TW"]] as const))("%s shares no 12-character run with the manual", (label, text) => {
    const run = sharedRun(text, guides);
    if (run !== undefined) throw new Error(`${label}: "${run}" is copied from the manual; rewrite it in our own words`);
  });

  it.each(catalogueTexts().map((t) => [t.label, t.text["zh-CN"]] as const))("%s (zh-CN) shares no 12-character run with the manual", (label, text) => {
    const run = sharedRun(towardsTraditional(text), guides);
    if (run !== undefined) throw new Error(`${label}: "${run}" is copied from the manual; rewrite it in our own words`);
  });
});

/** zh-TW must really be Traditional with Taiwan wording, zh-CN really Simplified. */
import { catalogueTexts, SCRIPT_PAIRS, NOT_TAIWAN_USAGE, NOT_MAINLAND_USAGE } from "./texts";
import { GUIDES } from "../../src/manual/guides";

const texts = catalogueTexts();
const SIMPLIFIED_ONLY = SCRIPT_PAIRS.map(([s]) => s);
const TRADITIONAL_ONLY = SCRIPT_PAIRS.map(([, t]) => t);

function found(text: string, chars: readonly string[]): string[] {
  return chars.filter((c) => text.includes(c));
}

describe("Chinese scripts", () => {
  it("covers at least the characters the brief names", () => {
    for (const c of "这发邮说为们网压缩链务户设录过请认") expect(SIMPLIFIED_ONLY).toContain(c);
    for (const c of "這發郵說為們網壓縮鏈務戶設錄過請認") expect(TRADITIONAL_ONLY).toContain(c);
  });

  it.each(texts.map((t) => [t.label, t.text] as const))("%s: zh-TW differs from zh-CN", (_label, text) => {
    expect(text["zh-TW"]).not.toBe(text["zh-CN"]);
  });

  it.each(texts.map((t) => [t.label, t.text] as const))("%s: zh-TW has no Simplified-only characters", (_label, text) => {
    expect(found(text["zh-TW"], SIMPLIFIED_ONLY)).toEqual([]);
  });

  it.each(texts.map((t) => [t.label, t.text] as const))("%s: zh-CN has no Traditional-only characters", (_label, text) => {
    expect(found(text["zh-CN"], TRADITIONAL_ONLY)).toEqual([]);
  });

  it.each(texts.map((t) => [t.label, t.text] as const))("%s: zh-TW uses Taiwan wording, zh-CN mainland wording", (_label, text) => {
    expect(NOT_TAIWAN_USAGE.filter((w) => text["zh-TW"].includes(w))).toEqual([]);
    expect(NOT_MAINLAND_USAGE.filter((w) => text["zh-CN"].includes(w))).toEqual([]);
  });

  it("guide titles are written in the right script too", () => {
    for (const title of Object.values(GUIDES)) {
      expect(found(title["zh-TW"], SIMPLIFIED_ONLY)).toEqual([]);
      expect(found(title["zh-CN"], TRADITIONAL_ONLY)).toEqual([]);
    }
  });

  it("the checker itself catches a wrong script", () => {
    expect(found("请检查邮件", SIMPLIFIED_ONLY)).toEqual(["请", "检", "邮"].sort((a, b) => SIMPLIFIED_ONLY.indexOf(a) - SIMPLIFIED_ONLY.indexOf(b)));
    expect(found("請檢查郵件", TRADITIONAL_ONLY).length).toBe(3);
  });
});

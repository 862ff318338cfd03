import { STRING_IDS, STRING_TABLE, countsSummary, t } from "../../src/taskpane/strings";
import { expectEveryLocale } from "../helpers/locales";
import { SCRIPT_PAIRS } from "../manual/texts";

describe("pane strings", () => {
  it.each(STRING_IDS)("%s has all three languages with the same placeholders", (id) => {
    expectEveryLocale(STRING_TABLE[id]);
  });

  it.each(STRING_IDS)("%s uses Chinese punctuation next to Chinese words", (id) => {
    for (const locale of ["zh-CN", "zh-TW"] as const) {
      // "标签: 值" or "问题,": the half-width marks belong to English text.
      expect(STRING_TABLE[id][locale]).not.toMatch(/[\u4e00-\u9fff][:,;!?]|[:,;!?] ?[\u4e00-\u9fff]/);
    }
  });

  it.each(STRING_IDS)("%s writes zh-TW without Simplified-only characters and zh-CN without Traditional-only ones", (id) => {
    const inText = (text: string, chars: readonly string[]) => chars.filter((c) => text.includes(c));
    expect(inText(STRING_TABLE[id]["zh-TW"], SCRIPT_PAIRS.map(([simplified]) => simplified))).toEqual([]);
    expect(inText(STRING_TABLE[id]["zh-CN"], SCRIPT_PAIRS.map(([, traditional]) => traditional))).toEqual([]);
  });

  it("writes Chinese in each script (no Simplified in zh-TW for the words that differ)", () => {
    expect(t("zh-TW", "recheck")).toBe("重新檢查");
    expect(t("zh-CN", "recheck")).toBe("重新检查");
  });

  it("counts in English with singular and plural, leaving a zero count out", () => {
    expect(countsSummary("en-US", 2, 3)).toBe("2 problems must be fixed, 3 warnings");
    expect(countsSummary("en-US", 1, 1)).toBe("1 problem must be fixed, 1 warning");
    expect(countsSummary("en-US", 0, 2)).toBe("2 warnings");
    expect(countsSummary("en-US", 1, 0)).toBe("1 problem must be fixed");
    expect(countsSummary("zh-CN", 2, 3)).toBe("2 个问题必须修复，3 个警告");
    expect(countsSummary("zh-TW", 0, 1)).toBe("1 個警告");
  });

  it("keeps an unknown placeholder visible instead of dropping it", () => {
    expect(t("en-US", "remedySource")).toBe("Source: {sources}");
  });
});

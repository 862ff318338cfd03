import { formatText, listSeparator, localize, pickLocale, placeholdersOf } from "../../src/engine/format";
import { renderRemedy } from "../../src/manual/remedies";
import { RULES } from "../../src/rules";
import { TEXT } from "../../src/cli/locale";

describe("formatText and localize", () => {
  it("fills placeholders and keeps an unknown one visible", () => {
    expect(formatText("{n} of {total}, {missing}", { n: 1, total: "3" })).toBe("1 of 3, {missing}");
  });

  it("joins a list with the reader's separator: 、 in Chinese, a comma in English", () => {
    const text = { "zh-CN": "外部地址：{addresses}", "zh-TW": "外部地址：{addresses}", "en-US": "Outside: {addresses}" } as const;
    const data = { addresses: ["a@x.cn", "b@y.com", "…"] };
    expect(localize(text, "zh-CN", data)).toBe("外部地址：a@x.cn、b@y.com、…");
    expect(localize(text, "zh-TW", data)).toBe("外部地址：a@x.cn、b@y.com、…");
    expect(localize(text, "en-US", data)).toBe("Outside: a@x.cn, b@y.com, …");
    expect(formatText("{list}", { list: [] })).toBe("");
    expect(listSeparator(pickLocale("zh-HK"))).toBe("、");
  });

  it("joins lists the same way in the manual's remedy steps", () => {
    const remedy = { id: "x", title: { "zh-CN": "{words}", "zh-TW": "{words}", "en-US": "{words}" }, steps: [], sources: [] };
    expect(renderRemedy(remedy as never, "zh-CN", { words: ["机密", "secret"] }).title).toBe("机密、secret");
    expect(renderRemedy(remedy as never, "en-US", { words: ["机密", "secret"] }).title).toBe("机密, secret");
  });
});

describe("English plurals", () => {
  it("writes a number with its noun in the singular or the plural", () => {
    const text = "{count:file|files} in {name}";
    expect(formatText(text, { count: 1, name: "a.zip" })).toBe("1 file in a.zip");
    expect(formatText(text, { count: 0, name: "a.zip" })).toBe("0 files in a.zip");
    expect(formatText(text, { count: 12, name: "a.zip" })).toBe("12 files in a.zip");
    expect(formatText(text, { name: "a.zip" })).toBe("{count:file|files} in a.zip");
    expect(placeholdersOf(text)).toEqual(["count", "name"]);
  });

  it("leaves no '(s)' or '(es)' in any English rule or CLI message", () => {
    const english = [
      ...RULES.flatMap((rule) => Object.values(rule.meta.messages).map((m) => m["en-US"])),
      ...Object.values(TEXT).map((m) => m["en-US"]),
    ];
    expect(english.length).toBeGreaterThan(50);
    expect(english.filter((text) => /\w\((?:s|es)\)/.test(text))).toEqual([]);
  });
});

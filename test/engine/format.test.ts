import { formatText, listSeparator, localize, pickLocale } from "../../src/engine/format";
import { renderRemedy } from "../../src/manual/remedies";

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

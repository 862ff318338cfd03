import fc from "fast-check";
import {
  checkAddress,
  codePointLabel,
  domainOf,
  listAddresses,
  normalizeAddress,
  toHalfWidth,
  utf8Length,
} from "../../../src/text/addresses/address";

describe("checkAddress: valid", () => {
  it.each([
    "zhangsan@qq.com",
    "first.last+tag@example.com.cn",
    "a_b-c@mail.contoso.cn",
    "x@a-b.io",
    "o'brien@example.ie",
    "!#$%&'*+-/=?^_`{|}~@example.org",
    "张三@例子.公司", // RFC 6531 local part and an IDN domain
    "用户@qq.com",
    "josé@correo.es",
    "δοκιμή@παράδειγμα.δοκιμή",
    "  padded@example.com \t", // surrounding ASCII whitespace is dropped by every client
    `${"a".repeat(64)}@example.com`,
  ])("%s", (address) => {
    expect(checkAddress(address)).toMatchObject({ ok: true });
  });

  it("splits at the @", () => {
    expect(checkAddress("张三@QQ.com")).toEqual({ ok: true, local: "张三", domain: "QQ.com" });
  });
});

describe("checkAddress: invalid, naming the problem", () => {
  it.each([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["张三＠qq.com", { kind: "fullWidth", char: "＠", position: 3 }],
    ["zhangsan@qq。com", { kind: "fullWidth", char: "。", position: 12 }],
    ["zhangsan@qq．com", { kind: "fullWidth", char: "．", position: 12 }],
    ["ｚhang@qq.com", { kind: "fullWidth", char: "ｚ", position: 1 }],
    ["zhang san@qq.com", { kind: "space", char: " ", position: 6 }],
    ["zhangsan@qq.com\u3000", { kind: "space", char: "\u3000", position: 16 }],
    ["zhang\u00a0san@qq.com", { kind: "space", char: "\u00a0", position: 6 }],
    ["a@qq.com；b@163.com", { kind: "separator", char: "；", position: 9 }],
    ["a@qq.com，b@163.com", { kind: "separator", char: "，" }],
    ["a、b@qq.com", { kind: "separator", char: "、" }],
    ["《a@qq.com》", { kind: "punctuation", char: "《", position: 1 }],
    ["“a@qq.com”", { kind: "punctuation", char: "“" }],
    ["a：b@qq.com", { kind: "punctuation", char: "：" }],
    ["a\u200b@qq.com", { kind: "invisible", char: "\u200b", position: 2 }],
    ["a@qq.com\u202e", { kind: "invisible" }],
    ["a,b@qq.com", { kind: "invalidChar", char: ",", position: 2 }],
    ["Zhang San <zs@qq.com>", { kind: "space" }],
    ["<zs@qq.com>", { kind: "invalidChar", char: "<" }],
    ['"john smith"@example.com', { kind: "invalidChar", char: '"' }],
    ["zhangsan.qq.com", { kind: "missingAt" }],
    ["a@@qq.com", { kind: "multipleAt" }],
    ["a@b@qq.com", { kind: "multipleAt" }],
    ["@qq.com", { kind: "emptyLocal" }],
    ["zhangsan@", { kind: "emptyDomain" }],
    [".zhang@qq.com", { kind: "localDotAtEdge" }],
    ["zhang.@qq.com", { kind: "localDotAtEdge" }],
    ["zhang..san@qq.com", { kind: "doubleDot" }],
    ["zhang@qq..com", { kind: "doubleDot" }],
    ["zhang@.qq.com", { kind: "domainDotAtEdge" }],
    ["zhang@qq.com.", { kind: "domainDotAtEdge" }],
    ["user@example", { kind: "missingTld", domain: "example" }],
    ["user@exa_mple.com", { kind: "invalidChar", char: "_", position: 9 }],
    ["user@ex+ample.com", { kind: "invalidChar", char: "+" }],
    ["user@-example.com", { kind: "badDomain", domain: "-example.com" }],
    ["user@example-.com", { kind: "badDomain" }],
    ["user@192.168.1.1", { kind: "badDomain" }],
    ["user@example.c", { kind: "badDomain" }],
    [`user@${"a".repeat(64)}.com`, { kind: "badDomain" }],
    [`${"a".repeat(65)}@example.com`, { kind: "localTooLong", length: 65, limit: 64 }],
    [`${"张".repeat(22)}@qq.com`, { kind: "localTooLong", length: 66, limit: 64 }],
    [`a@${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.${"e".repeat(60)}.${"f".repeat(10)}.com`, { kind: "tooLong", limit: 254 }],
  ])("%s", (address, problem) => {
    const result = checkAddress(address);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject(problem);
  });

  it("counts positions in characters, not UTF-16 units", () => {
    const result = checkAddress("𠀀𠀀＠qq.com");
    expect(result).toMatchObject({ ok: false, problem: { kind: "fullWidth", position: 3 } });
  });

  it("never throws and always answers ok or one named problem", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const result = checkAddress(text);
        if (!result.ok) expect(typeof result.problem.kind).toBe("string");
        else expect(`${result.local}@${result.domain}`).toBe(text.trim());
      }),
      { numRuns: 1000 },
    );
  });
});

describe("toHalfWidth", () => {
  it.each([
    ["张三＠qq。com", "张三@qq.com"],
    ["ｚｈａｎｇ＠ｑｑ．ｃｏｍ", "zhang@qq.com"],
    ["a＿b－c＋d＠x｡cn", "a_b-c+d@x.cn"],
    ["\u3000a@qq.com\u3000", "a@qq.com"],
    ["a，b@qq.com", "a，b@qq.com"], // punctuation is not a full-width letter: left for the user
  ])("%s → %s", (typed, fixed) => {
    expect(toHalfWidth(typed)).toBe(fixed);
  });
});

describe("small helpers", () => {
  it("domainOf lower-cases the part after the last @", () => {
    expect(domainOf(" Zhang@Mail.Contoso.CN ")).toBe("mail.contoso.cn");
    expect(domainOf("x@example.com.")).toBe("example.com");
    expect(domainOf("no-at-sign")).toBe("");
  });

  it("normalizeAddress trims and lower-cases", () => {
    expect(normalizeAddress("  Zhang@QQ.com ")).toBe("zhang@qq.com");
  });

  it("codePointLabel pads to four digits", () => {
    expect(codePointLabel("＠")).toBe("U+FF20");
    expect(codePointLabel(" ")).toBe("U+0020");
    expect(codePointLabel("𠀀")).toBe("U+20000");
  });

  it("utf8Length counts bytes", () => {
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("张")).toBe(3);
    expect(utf8Length("𠀀")).toBe(4);
  });

  it("listAddresses caps the list at ten by default", () => {
    expect(listAddresses(["a@x.cn", "b@x.cn"])).toEqual(["a@x.cn", "b@x.cn"]);
    const many = Array.from({ length: 12 }, (_, i) => `u${i}@x.cn`);
    expect(listAddresses(many)).toEqual([...many.slice(0, 10), "…"]);
    expect(listAddresses(many, 2)).toEqual(["u0@x.cn", "u1@x.cn", "…"]);
  });
});

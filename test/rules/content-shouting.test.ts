import rule, { adMarkers, isAllCaps } from "../../src/rules/content-shouting";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const subject = (s: string) => makeSnapshot({ subject: s });
const body = (text: string) => makeSnapshot({ body: { text } });

ruleTester(rule, {
  valid: [
    { name: "a normal subject", message: subject("Q3 budget review") },
    { name: "a short acronym", message: subject("FYI") },
    { name: "acronyms only", message: subject("RE: KPI YTD") },
    { name: "capitals inside a Chinese subject", message: subject("关于ABCDE项目的会议通知") },
    { name: "product names in a Chinese subject", message: subject("● 招资深JAVA、ORACLE工程师") },
    { name: "list tags in capitals", message: subject("[SPAM-TEST] [TOEFL] Re: 本周讨论会") },
    { name: "body runs with the body option off", message: body("Wow!!! $$$"), options: { body: false } },
    { name: "normal 【】 business style", message: subject("【通知】周五例会改到三楼") },
    { name: "two exclamation marks", message: makeSnapshot({ subject: "Thanks!!", body: { text: "Great job!!" } }) },
    { name: "two dollar signs in the body", message: body("Use $$ for math mode.") },
    { name: "prices", message: body("总价 ￥1,200，折合 $170。") },
    // One weak signal alone is ordinary writing: a joke, a thank-you, a heading in capitals.
    { name: "a single !!! in the body", message: body("Thanks a lot!!! See you on Friday.") },
    { name: "a single ！！！ in a Chinese body", message: body("太好了！！！周五见") },
    { name: "a single !!! in the subject", message: subject("We won!!!") },
    { name: "only an all-capitals subject", message: subject("URGENT PAYMENT REQUIRED") },
    { name: "only ￥￥ in the subject", message: subject("日赚￥￥不是梦") },
    { name: "only $$$ in the body", message: body("Make $$$ fast") },
    { name: "the same kind twice", message: makeSnapshot({ subject: "Act now!!!", body: { text: "Wow!!! Really!!!" } }) },
  ],
  invalid: [
    { name: "capitals and !!!", message: subject("URGENT PAYMENT REQUIRED!!!"), findings: [{ messageId: "allCaps", data: { fragment: "URGENT PAYMENT REQUIRED!!!" }, target: { kind: "subject" } }, { messageId: "exclamations", data: { fragment: "!!!" }, target: { kind: "subject" } }] },
    { name: "capitals after RE: and $$$ in the body", message: makeSnapshot({ subject: "RE: PLEASE READ THIS", body: { text: "Make $$$ fast" } }), findings: [{ messageId: "allCaps" }, { messageId: "money", data: { fragment: "$$$" }, target: { kind: "body", excerpt: "Make $$$ fast" } }] },
    { name: "full-width capitals and ￥￥", message: subject("ＦＲＥＥ ＧＩＦＴ ＣＡＲＤ ￥￥"), findings: [{ messageId: "allCaps" }, { messageId: "money", data: { fragment: "￥￥" } }] },
    { name: "full-width ！！！ and ￥￥ in the body", message: body("恭喜您！！！点击领取￥￥"), findings: [{ messageId: "exclamations", data: { fragment: "！！！" }, target: { kind: "body", excerpt: "恭喜您！！！点击领取￥￥" } }, { messageId: "money", data: { fragment: "￥￥" } }] },
    { name: "mixed ! and ！ and ‼ with $$$", message: body("Wow!‼ $$$"), findings: [{ messageId: "exclamations", data: { fragment: "!‼" } }, { messageId: "money" }] },
    { name: "!!! plus capitals plus ￥￥", message: makeSnapshot({ subject: "BIG SALE TODAY", body: { text: "Only ￥￥99!!!" } }), findings: [{ messageId: "allCaps" }, { messageId: "exclamations", target: { kind: "body", excerpt: "Only ￥￥99!!!" } }, { messageId: "money", target: { kind: "body", excerpt: "Only ￥￥99!!!" } }] },
    { name: "!!! with an ad bracket", message: subject("【限时特惠】全场五折！！！"), findings: [{ messageId: "exclamations", data: { fragment: "！！！" } }, { messageId: "adMarker", data: { fragment: "【限时特惠】" } }] },
    { name: "an ad bracket", message: subject("【限时特惠】全场五折"), findings: [{ messageId: "adMarker", data: { fragment: "【限时特惠】" } }] },
    { name: "AD in a bracket", message: subject("【AD】New arrivals"), findings: [{ messageId: "adMarker", data: { fragment: "【AD】" } }] },
    { name: "two brackets", message: subject("【通知】【重要】请查收"), findings: [{ messageId: "adMarker", data: { fragment: "【通知】【重要】" } }] },
    {
      name: "every kind at once, one finding each",
      message: makeSnapshot({ subject: "【AD】BIG SALE NOW!!! $$$", body: { text: "!!! ￥￥" } }),
      findings: [{ messageId: "allCaps" }, { messageId: "exclamations", target: { kind: "subject" } }, { messageId: "money", target: { kind: "subject" } }, { messageId: "adMarker" }],
    },
  ],
});

describe("content-shouting helpers", () => {
  it("reads capitals with care", () => {
    expect(isAllCaps("HELLO")).toBe(true);
    expect(isAllCaps("HELLO world")).toBe(false);
    expect(isAllCaps("FW: RE: ASAP")).toBe(false);
    expect(isAllCaps("FREE GIFT CARD")).toBe(true);
    expect(isAllCaps("紧急 URGENT")).toBe(false);
    expect(isAllCaps("急 URGENT")).toBe(true);
    expect(isAllCaps("[EXTERNAL] [TOEFL] Re: meeting")).toBe(false);
    expect(isAllCaps("")).toBe(false);
  });

  it("does not take words containing 'ad' for AD", () => {
    expect(adMarkers("【ADMIN】系统维护")).toEqual([]);
    expect(adMarkers("【Ad】")).toEqual(["【Ad】"]);
  });

  it("finishes on hostile input", () => {
    const many = `${"!".repeat(100_000)}￥￥`;
    expect(rule.check({ message: body(many), policy: undefined as never, options: { body: true } })[0].data.fragment).toHaveLength(20);
    expect(rule.check({ message: body("!!a".repeat(100_000)), policy: undefined as never, options: { body: true } })).toEqual([]);
    expect(rule.check({ message: subject("【".repeat(100_000)), policy: undefined as never, options: { body: true } })).toEqual([]);
    expect(isAllCaps("RE:".repeat(100_000))).toBe(false);
    expect(isAllCaps(`${"[".repeat(100_000)}HELLO`)).toBe(true);
    expect(rule.check({ message: body("$$a".repeat(100_000)), policy: undefined as never, options: { body: true } })).toEqual([]);
  });
});

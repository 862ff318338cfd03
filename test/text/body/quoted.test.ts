import { ownText } from "../../../src/text/body/quoted";

describe("ownText", () => {
  it.each([
    ["Thanks\n-----Original Message-----\nFrom: A", "Thanks\n"],
    ["收到\n----- 原始邮件 -----\n附件", "收到\n"],
    ["好\n---------- Forwarded message ---------\nx", "好\n"],
    ["OK\n发件人：张三\n时间：周一", "OK\n"],
    ["OK\n寄件者: 陳\n", "OK\n"],
    ["Hi\nFrom: Ann <a@x.com>\nSent: Monday\nTo: Li\n", "Hi\n"],
    ["Hi\nFROM: Ann\nDate: 1 Jan\n", "Hi\n"],
    ["Sure\nOn Mon, Jan 1, 2024 at 9:00 AM Ann <a@x.com> wrote:\nold", "Sure\n"],
    ["好的\n在 2024年1月1日 周一 09:00，王五 写道：\n旧内容", "好的\n"],
    ["a\n> quoted\n  > also\nb", "a\n\n\nb"],
  ])("%j", (text, own) => {
    expect(ownText(text)).toBe(own);
  });

  it("keeps text that only looks a little like a header", () => {
    const text = "From: the team, thanks for the update.\nNo sent line follows.\n5 > 3 is true";
    expect(ownText(text)).toBe(text);
  });

  it("finishes on hostile input", () => {
    expect(ownText("From: x\n".repeat(50_000))).toBe("From: x\n".repeat(50_000));
    expect(ownText(">".repeat(1_000_000))).toBe("");
    expect(ownText(`On ${"a".repeat(1_000_000)}`)).toHaveLength(1_000_003);
  });
});

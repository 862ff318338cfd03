import { searchHelp, normalizeForSearch, tokenize } from "../../src/manual/search";
import { HELP_TOPICS } from "../../src/manual/help";

const ids = (query: string, locale: "zh-CN" | "zh-TW" | "en-US" = "en-US") => searchHelp(query, locale).map((t) => t.id);

describe("searchHelp", () => {
  it("returns every topic in catalogue order for an empty query", () => {
    const all = HELP_TOPICS.map((t) => t.id);
    expect(ids("")).toEqual(all);
    expect(ids("   \u3000 ", "zh-CN")).toEqual(all);
    expect(searchHelp("", "zh-TW")).not.toBe(HELP_TOPICS);
  });

  it.each([
    ["退信", "zh-CN", "bounce-recipient"],
    ["SPF", "en-US", "send-spf-dns"],
    ["spf", "zh-TW", "send-spf-dns"],
    ["ＳＰＦ", "zh-CN", "send-spf-dns"],
    ["quota", "en-US", "mailbox-full"],
    ["收不到", "zh-CN", "receive-missing"],
    ["邮箱已满", "zh-CN", "mailbox-full"],
    ["信箱已滿", "zh-TW", "mailbox-full"],
    ["Spamhaus", "en-US", "send-ip-blocklist"],
    ["發件人地址不存在", "zh-TW", "bounce-sender-not-exist"],
    ["sender address does not exist", "en-US", "bounce-sender-not-exist"],
    ["登录", "zh-CN", "login-failed"],
    ["登入", "zh-TW", "login-failed"],
    ["sign in", "en-US", "login-failed"],
    ["端口", "zh-CN", "send-smtp-auth"],
    ["連接埠", "zh-TW", "send-smtp-auth"],
    ["天气预报", "zh-CN", undefined],
    ["同步", "zh-CN", "receive-sync"],
    ["port", "en-US", "send-smtp-auth"],
  ] as const)("%s (%s) finds %s first", (query, locale, expected) => {
    const found = ids(query, locale);
    if (expected === undefined) expect(found).toEqual([]);
    else expect(found[0]).toBe(expected);
  });

  it("finds a topic in every locale's text whatever the UI language", () => {
    expect(ids("垃圾郵件匣", "en-US")).toContain("send-filtered");
    expect(ids("junk", "zh-CN")).toContain("receive-missing");
    expect(ids("收不到", "en-US")).toEqual(expect.arrayContaining(["receive-missing", "receive-sender-side"]));
  });

  it("is case-insensitive and NFKC-normalised", () => {
    expect(ids("QUOTA")).toEqual(ids("quota"));
    expect(ids("ｎｓｌｏｏｋｕｐ")).toEqual(ids("nslookup"));
    expect(ids("nslookup").length).toBeGreaterThan(0);
  });

  it("prefers topics with every term, else those with the most terms", () => {
    expect(ids("SPF DNS")).toEqual(["send-spf-dns"]);
    expect(ids("SPF xyzzy")).toEqual(ids("SPF"));
    expect(ids("xyzzy")).toEqual([]);
  });

  it.each([
    ["cannot receive", "receive-missing"],
    ["can't receive", "receive-missing"],
    ["mail not arriving", "receive-missing"],
    ["client configuration", "client-config"],
    ["email client", "client-config"],
    ["IP blacklisted", "send-ip-blocklist"],
    ["why is my mailbox full", "mailbox-full"],
    ["login", "login-failed"],
  ])("reads the English question %j as %s", (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it("matches a Chinese phrase that is not written verbatim when most of it is", () => {
    expect(ids("收不到信件", "zh-TW")).toContain("receive-missing");
    expect(ids("邮箱满了吗", "zh-CN")[0]).toBe("mailbox-full");
    expect(ids("天气预报", "zh-CN")).toEqual([]);
  });

  it("ranks title matches above matches deep in the steps", () => {
    // Both titles contain the words; the one that is nothing but them comes first.
    expect(ids("mailbox full").slice(0, 2)).toEqual(["mailbox-full", "bounce-recipient"]);
    expect(ids("邮箱已满", "zh-CN").slice(0, 2)).toEqual(["mailbox-full", "bounce-recipient"]);
    // "Outlook" is in receive-sync's title but only in client-config's symptoms and steps.
    const found = ids("Outlook");
    expect(found.indexOf("receive-sync")).toBeLessThan(found.indexOf("client-config"));
  });

  it("keeps results stable between calls", () => {
    expect(ids("密码", "zh-CN")).toEqual(ids("密码", "zh-CN"));
  });
});

describe("query normalisation", () => {
  it("folds width and case and splits on Chinese punctuation", () => {
    expect(normalizeForSearch("ＱＵＯＴＡ  Full")).toBe("quota full");
    expect(tokenize("退信，SPF、quota")).toEqual(["退信", "spf", "quota"]);
    expect(tokenize("163.com -type=mx")).toEqual(["163.com", "-type=mx"]);
  });
});

import { localize } from "../../src/engine/format";
import rule, { matcherFor, phraseKey, scoreMatches } from "../../src/rules/content-spam-keywords";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { contentScore } from "../../src/rules/shared/content-score";
import type { EffectivePolicy, KeywordPolicy } from "../../src/engine/policy/types";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

function withKeywords(keywords: Partial<KeywordPolicy>): EffectivePolicy {
  return { ...DEFAULT_POLICY, keywords: { ...DEFAULT_POLICY.keywords, ...keywords } };
}

const mail = (subject: string, text: string) => makeSnapshot({ subject, body: { text } });

const CN_AD = mail(
  "【广告】本公司长期代开发票",
  "尊敬的客户：本公司可代开各类发票，税点优惠，可先验票后付款。欢迎来电咨询！联系人：李先生",
);
const TW_AD = mail(
  "限時優惠",
  "親愛的朋友您好！即日起免費領取紅包，點擊這裡立即參加，名額有限，加LINE了解詳情。",
);
const EN_AD = mail(
  "Quarterly update",
  "Dear friend,\nEarn money from home with our 100% free program. It is risk free and you can act now: click here.\nTo be removed, reply with REMOVE ME.",
);
const CN_BUSINESS = mail(
  "关于三月份发票",
  "王经理您好：请贵公司按合同开具增值税普通发票，寄到我司财务部。联系人：张敏，联系电话：010-12345678，传真：010-12345679。谢谢！",
);
const EN_BUSINESS = mail(
  "Q3 budget review",
  "Hi Ann,\nThe draft budget is attached. Feel free to add comments before Friday's meeting.\nBest, Li",
);
const FREE_FIVE_TIMES = mail("通知", "免费 免费 免费 免费 免费");
/** Plain prose with no listed term, to make a text long: `n` characters. */
const prose = (n: number) => "The committee reviewed the quarterly figures and the plans for the new office. ".repeat(Math.ceil(n / 80)).slice(0, n);
/** 12 points of sales wording: click here 5, lowest price 4, special offer 3. */
const SALES = " Click here for a special offer at the lowest price. ";
const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href="https://site${i}.com/p">site ${i}</a>`).join(" ");

ruleTester(rule, {
  valid: [
    { name: "normal English business mail with 'free' once", message: EN_BUSINESS },
    { name: "Chinese business mail about an invoice, with contact lines", message: CN_BUSINESS },
    { name: "an empty message", message: mail("", "") },
    { name: "one strong term in the body only (below threshold)", message: mail("Hello", "恭喜你中奖了？真的吗") },
    { name: "a repeated term counts once by default", message: FREE_FIVE_TIMES },
    {
      name: "'freedom' does not match a heavy 'free'",
      message: mail("Essay", "Freedom of speech; carefree freedom."),
      policy: withKeywords({ add: [{ term: "free", weight: 10 }] }),
    },
    {
      name: "the subject weight can be lowered",
      message: mail("中奖通知", "请查看"),
      policy: withKeywords({ subjectWeight: 1 }),
    },
    { name: "a higher threshold lets ad mail through", message: CN_AD, policy: withKeywords({ threshold: 1000 }) },
    { name: "a removed term no longer counts", message: mail("中奖通知", "请查看"), policy: withKeywords({ remove: ["中奖"] }) },
    {
      name: "removal ignores case and width",
      message: mail("Click here", "Thanks"),
      policy: withKeywords({ remove: ["ＣＬＩＣＫ HERE"] }),
    },
    { name: "a threshold of 0 still needs a matched term", message: EN_BUSINESS, policy: withKeywords({ threshold: 0, remove: ["free"] }) },
    // 16,000 characters: the threshold doubles to 20; the same 12 points flag a short message.
    { name: "a long newsletter mentioning a few sales phrases in passing", message: mail("Weekly digest", `${prose(8000)}${SALES}${prose(8000)}`) },
    { name: "style signals alone, with no ad wording", message: makeSnapshot({ subject: "BOARD MEETING MOVED", body: { html: `<p>Sorry!!!</p>${links(20)}` } }) },
    { name: "click here and a special offer (8 points) without style signals", message: mail("Offers", "Click here for a special offer.") },
    // Two spellings of one phrase are one phrase: 4 + 5, not 4 + 4 + 5.
    { name: "singular and plural of one phrase count once", message: mail("Shop news", "The lowest price on laptops, the lowest prices on phones: click here.") },
  ],
  invalid: [
    {
      name: "Chinese ad spam (Simplified), mostly in the subject",
      message: CN_AD,
      findings: [
        {
          messageId: "spammy",
          data: { threshold: 10, terms: ["代开发票", "【广告】", "可先验票", "代开", "税点", "欢迎来电", "尊敬的客户", "本公司", "优惠", "发票"] },
          target: { kind: "subject" },
        },
      ],
    },
    {
      name: "Traditional Chinese spam",
      message: TW_AD,
      findings: [{ messageId: "spammy", data: { terms: ["限時", "免費領取", "點擊這裡", "名額有限", "加LINE", "優惠", "親愛的朋友", "即日起", "紅包", "立即"] } }],
    },
    {
      name: "English spam, pointing at the body",
      message: EN_AD,
      findings: [
        {
          messageId: "spammy",
          data: { score: 39, terms: ["100% free", "dear friend", "earn money", "risk free", "act now", "click here", "to be removed", "remove me"] },
        },
      ],
    },
    {
      name: "an HTML body is read as its visible text",
      message: makeSnapshot({
        subject: "Newsletter",
        body: {
          html: '<p>Dear <b>friend</b>,</p><p><a href="https://example.com/x">Click&nbsp;here</a> to claim your <span>100% FREE</span> gift</p><!-- risk free -->',
        },
      }),
      findings: [{ messageId: "spammy", data: { score: 20, terms: ["100% free", "dear friend", "click here", "claim your"] } }],
    },
    {
      name: "a repeated term counts up to maxCountPerTerm",
      message: FREE_FIVE_TIMES,
      options: { maxCountPerTerm: 5 },
      findings: [{ messageId: "spammy", data: { score: 10, terms: ["免费"] } }],
    },
    {
      name: "a term in the subject weighs subjectWeight times",
      message: mail("中奖通知", "请查看"),
      findings: [{ messageId: "spammy", data: { score: 10, terms: ["中奖"] }, target: { kind: "subject" } }],
    },
    {
      name: "a policy term is added",
      message: mail("Spring sale", "Our widget blowout starts today."),
      policy: withKeywords({ add: [{ term: "Widget Blowout", weight: 10 }] }),
      findings: [{ messageId: "spammy", data: { score: 10, terms: ["Widget Blowout"] } }],
    },
    {
      name: "a policy term re-weights a built-in one",
      message: EN_BUSINESS,
      policy: withKeywords({ add: [{ term: "free", weight: 12 }] }),
      findings: [{ messageId: "spammy", data: { score: 12, terms: ["free"] } }],
    },
    {
      name: "a lower threshold flags milder wording",
      message: mail("Offer", "A free gift for you."),
      policy: withKeywords({ threshold: 4 }),
      findings: [{ messageId: "spammy", data: { score: 4, threshold: 4, terms: ["free gift"] } }],
    },
    {
      name: "the same sales phrases in a short message",
      message: mail("Weekly digest", `${prose(2000)}${SALES}`),
      findings: [{ messageId: "spammy", data: { score: 12, threshold: 10 } }],
    },
    {
      name: "dense ad wording in a long text reaches the raised threshold",
      message: mail("Weekly digest", `${prose(8000)}${SALES} Act now, order today: 100% free, risk free, no obligation.${prose(8000)}`),
      findings: [{ messageId: "spammy", data: { score: 37, threshold: 19.9 } }],
    },
    {
      name: "an all-capitals subject adds its points to the wording",
      message: mail("YOUR OFFERS INSIDE", "Click here for a special offer."),
      findings: [{ messageId: "spammyStyled", data: { score: 10, threshold: 10, styles: 1, terms: ["click here", "special offer"] } }],
    },
    {
      name: "many external links add their points to the wording",
      message: makeSnapshot({ subject: "Offers", body: { html: `<p>Click here for a special offer.</p>${links(11)}` } }),
      findings: [{ messageId: "spammyStyled", data: { score: 10, styles: 1 } }],
    },
    {
      name: "a run of exclamation marks and of dollar signs add up with the wording",
      message: mail("Offers", "Click here!!! Only $$$ for you."),
      findings: [{ messageId: "spammyStyled", data: { styles: 2 } }],
    },
  ],
});

describe("content-spam-keywords details", () => {
  it("gives the body excerpt around the weightiest body term", () => {
    const [finding] = rule.check({ message: EN_AD, policy: DEFAULT_POLICY, options: rule.meta.defaultOptions });
    expect(finding.target.kind).toBe("body");
    expect(finding.target.kind === "body" && finding.target.excerpt).toContain("100% free");
  });

  it("names at most ten terms", () => {
    const [finding] = rule.check({ message: CN_AD, policy: DEFAULT_POLICY, options: rule.meta.defaultOptions });
    expect(finding.data.terms).toHaveLength(10);
  });

  it("lists the terms with the language's own separator", () => {
    const [finding] = rule.check({ message: CN_AD, policy: DEFAULT_POLICY, options: rule.meta.defaultOptions });
    const terms = finding.data.terms as readonly string[];
    const zh = localize(rule.meta.messages.spammy, "zh-CN", finding.data);
    expect(zh).toContain(terms.slice(0, 3).join("、"));
    expect(zh).not.toMatch(/[\u4e00-\u9fff], /);
    expect(localize(rule.meta.messages.spammy, "en-US", finding.data)).toContain(terms.slice(0, 3).join(", "));
  });

  it("caps subject and body occurrences of a term together, subject first", () => {
    const m = matcherFor(DEFAULT_POLICY.keywords);
    const score = scoreMatches(m.find("免费"), m.find("免费 免费 免费"), 2, 3);
    expect(score.score).toBe(2 * 2 + 2 + 2);
    expect(score.subjectPoints).toBe(4);
  });

  it("keys the spellings of one English phrase together, and leaves other scripts alone", () => {
    expect(phraseKey("Lowest Prices")).toBe("lowest price");
    expect(phraseKey("risk-free")).toBe(phraseKey("risk free"));
    expect(phraseKey("loans")).toBe("loan");
    expect(phraseKey("yes")).toBe("yes");
    expect(phraseKey("免费")).toBe("免费");
    const m = matcherFor(DEFAULT_POLICY.keywords);
    const score = scoreMatches([], m.find("risk free, risk-free, lowest price, lowest prices"), 2, 1);
    expect(score.terms.map((t) => t.term)).toEqual(["risk free", "lowest price"]);
    expect(score.score).toBe(9);
  });

  it("scores a message once per policy, and again for another policy", () => {
    const message = mail("YOUR OFFERS INSIDE", "Click here for a special offer.");
    const first = contentScore(message, DEFAULT_POLICY, 1);
    expect(contentScore(message, DEFAULT_POLICY, 1)).toBe(first);
    const strict = withKeywords({ threshold: 30 });
    expect(contentScore(message, strict, 1)).not.toBe(first);
    expect(contentScore(message, strict, 1)).toMatchObject({ score: 10, threshold: 30, reached: false, styles: 1 });
    expect(first).toMatchObject({ score: 10, threshold: 10, reached: true });
  });

  it("builds the default automaton once and a custom one only when the lists change", () => {
    expect(matcherFor(DEFAULT_POLICY.keywords)).toBe(matcherFor({ ...DEFAULT_POLICY.keywords }));
    const custom = { ...DEFAULT_POLICY.keywords, add: [{ term: "x-offer", weight: 3 }] };
    expect(matcherFor(custom)).toBe(matcherFor({ ...custom, add: [{ term: "x-offer", weight: 3 }] }));
    expect(matcherFor(custom)).not.toBe(matcherFor(DEFAULT_POLICY.keywords));
  });

  it("treats a nonsense maxCountPerTerm as 1", () => {
    const found = rule.check({ message: FREE_FIVE_TIMES, policy: DEFAULT_POLICY, options: { maxCountPerTerm: Number.NaN } });
    expect(found).toEqual([]);
  });
});

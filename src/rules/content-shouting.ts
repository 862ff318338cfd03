import type { Rule, RuleFinding, Target } from "../engine/rule";
import { bodyAnalysis, clipLine, excerptAround } from "../text/body/body";
import { CURRENCY, EXCLAMATIONS, firstRun, isAllCaps, isMoneyRun, isShouted } from "./shared/style-signals";

export { isAllCaps };

/**
 * Typography spam filters score: an all-capitals subject, runs of exclamation marks (!!!, ！！！),
 * runs of currency signs (￥￥, $$$), and advertising brackets in the subject (【限时特惠】).
 * The manual's sending procedure asks for a plain subject and body without advertising wording
 * (B §三(二)1) and lists spam marking among the interception symptoms (B §二(六)).
 * One finding per kind, with the offending fragment.
 *
 * Capitals, exclamation runs and currency runs are weak alone: on the development corpora one
 * `!!!` somewhere in the body was in 5 % of normal Chinese mail, quoted jokes and thanks included.
 * So they are reported only when the message shows at least two different kinds of these signals
 * (an advertising bracket counts as one). An advertising bracket is reported on its own: it is the
 * writer labelling the message as an advert.
 */

const BRACKETED = /【([^【】]{0,40})】|〖([^〖〗]{0,40})〗/g;
/** Words that make a bracket an advertising marker; plain 【通知】 or 【会议纪要】 is normal style. */
const AD_WORDS = ["特惠", "优惠", "優惠", "促销", "促銷", "免费", "免費", "限时", "限時", "广告", "廣告", "秒杀", "秒殺", "大促", "中奖", "中獎", "福利"];
const AD_LATIN = /(?:^|[^a-z0-9])ad(?:$|[^a-z0-9])/;

/** The advertising brackets of a subject: all of them when there are two or more. */
export function adMarkers(subject: string): string[] {
  const brackets: { whole: string; inner: string }[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(subject); m !== null; m = BRACKETED.exec(subject)) {
    brackets.push({ whole: m[0], inner: (m[1] ?? m[2]).normalize("NFKC").toLowerCase() });
  }
  if (brackets.length >= 2) return brackets.map((b) => b.whole);
  return brackets.filter((b) => AD_WORDS.some((w) => b.inner.includes(w)) || AD_LATIN.test(b.inner)).map((b) => b.whole);
}

/** How many different kinds of signal a message needs before the weak ones are reported. */
const KINDS_NEEDED = 2;

/** Looks in the subject first, then the body; the first place found is reported. */
function findRun(subject: string, body: string, pattern: RegExp, qualifies: (run: string) => boolean): { fragment: string; target: Target } | undefined {
  const inSubject = firstRun(subject, pattern, qualifies);
  if (inSubject) return { fragment: clipLine(subject.slice(...inSubject), 20), target: { kind: "subject" } };
  const inBody = firstRun(body, pattern, qualifies);
  if (inBody) {
    return { fragment: clipLine(body.slice(...inBody), 20), target: { kind: "body", excerpt: excerptAround(body, inBody[0], inBody[1]) } };
  }
  return undefined;
}

export interface Options {
  /** Also look for exclamation and currency runs in the body (the subject is always read). */
  readonly body: boolean;
}

const rule: Rule<Options> = {
  meta: {
    id: "content-shouting",
    category: "content",
    description: {
      "zh-CN": "全大写主题、连串感叹号或货币符号、【】广告标记",
      "zh-TW": "全大寫主旨、連串驚嘆號或貨幣符號、【】廣告標記",
      "en-US": "All-capitals subject, runs of exclamation marks or currency signs, 【】 advertising brackets",
    },
    messages: {
      allCaps: {
        "zh-CN": "主题几乎全是大写字母（{fragment}）。垃圾邮件过滤器会把这当作“喊叫”式的广告写法。",
        "zh-TW": "主旨幾乎全是大寫字母（{fragment}）。垃圾郵件過濾器會把這視為「大聲嚷嚷」的廣告寫法。",
        "en-US": "The subject is almost all capitals ({fragment}). Spam filters read this as shouting, typical of advertising.",
      },
      exclamations: {
        "zh-CN": "出现了连串的感叹号（{fragment}），这是广告和垃圾邮件常见的写法。",
        "zh-TW": "出現連串的驚嘆號（{fragment}），這是廣告和垃圾郵件常見的寫法。",
        "en-US": "There is a run of exclamation marks ({fragment}), a common mark of advertising and spam.",
      },
      money: {
        "zh-CN": "出现了连串的货币符号（{fragment}），垃圾邮件过滤器对此很敏感。",
        "zh-TW": "出現連串的貨幣符號（{fragment}），垃圾郵件過濾器對此很敏感。",
        "en-US": "There is a run of currency signs ({fragment}); spam filters are sensitive to it.",
      },
      adMarker: {
        "zh-CN": "主题用了广告式的括号标记：{fragment}。这类写法容易被当成推销邮件。",
        "zh-TW": "主旨用了廣告式的括號標記：{fragment}。這類寫法容易被當成推銷郵件。",
        "en-US": "The subject uses advertising-style brackets: {fragment}. Filters tend to treat this as promotional mail.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: { body: true },
    optionsSchema: { body: { type: "boolean", description: "Also look at the body (runs of !!!, ￥￥, 【】 markers)." } },
    hasSuggestions: false,
    remedyId: "content-shouting",
  },
  check({ message, options }) {
    const weak: RuleFinding[] = [];
    const subject = message.subject;
    if (isAllCaps(subject)) {
      weak.push({ messageId: "allCaps", data: { fragment: clipLine(subject.trim(), 60) }, target: { kind: "subject" } });
    }
    const body = options.body === false ? "" : bodyAnalysis(message).text;
    const exclaimed = findRun(subject, body, EXCLAMATIONS, isShouted);
    if (exclaimed) weak.push({ messageId: "exclamations", data: { fragment: exclaimed.fragment }, target: exclaimed.target });
    const money = findRun(subject, body, CURRENCY, isMoneyRun);
    if (money) weak.push({ messageId: "money", data: { fragment: money.fragment }, target: money.target });
    const markers = adMarkers(subject);
    const marker: RuleFinding[] = [];
    if (markers.length > 0) {
      marker.push({ messageId: "adMarker", data: { fragment: clipLine(markers.join(""), 60) }, target: { kind: "subject" } });
    }
    // A single weak signal is ordinary writing; together they read as an advert.
    if (weak.length + marker.length < KINDS_NEEDED) return marker;
    return [...weak, ...marker];
  },
};

export default rule;

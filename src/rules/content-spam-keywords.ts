import type { Rule, RuleFinding } from "../engine/rule";
import type { Match } from "../text/keywords/keyword-matcher";
import { contentScore } from "./shared/content-score";

export { matcherFor, phraseKey, scoreMatches, type SpamScore, type TermScore } from "./shared/content-score";

/**
 * Weighted advertising and scam vocabulary in the subject and body (manual A §一.7: content
 * filters stop mail over keywords; B §三(二)1: simplify subject and body, avoid ad keywords).
 * Each term adds its weight per occurrence, at most `maxCountPerTerm` times; subject occurrences
 * count `keywords.subjectWeight` times. Style signals (all-capitals subject, runs of "!!!" or
 * currency signs, many external links) add a few points each: weak alone, telling together. The
 * threshold grows with the length of a long text (shared/content-score.ts says why).
 *
 * Why the cap defaults to 1: on the tuning corpora, repeating a word was weak evidence. The normal
 * mail that scored high did so by repeating one topic word (a job post saying 兼职 five times, a
 * thread quoting the same subject); ads stand out by using many different ad phrases. Counting
 * distinct terms cut false alarms on normal mail by three quarters for about five points of spam.
 */
export interface Options {
  /** How many occurrences of one term count towards the score (at least 1). */
  readonly maxCountPerTerm: number;
}

/** How many matched terms a finding names. */
const MAX_TERMS_SHOWN = 10;
/** Characters of context on each side of the excerpt shown for a body finding. */
const EXCERPT_CONTEXT = 30;

function excerptAround(text: string, match: Match): string {
  const from = Math.max(0, match.start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, match.end + EXCERPT_CONTEXT);
  const core = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${core}${to < text.length ? "…" : ""}`;
}

const rule: Rule<Options> = {
  meta: {
    id: "content-spam-keywords",
    category: "content",
    description: {
      "zh-CN": "主题和正文中的广告、垃圾邮件常用词",
      "zh-TW": "主旨和內文中的廣告、垃圾郵件常用詞",
      "en-US": "Advertising and spam wording in the subject and body",
    },
    messages: {
      spammy: {
        "zh-CN":
          "主题和正文里广告或垃圾邮件常用的词语偏多（得分 {score}，阈值 {threshold}）：{terms}。收件方的过滤器可能据此拦截或把邮件放进垃圾箱。",
        "zh-TW":
          "主旨和內文裡廣告或垃圾郵件常用的詞語偏多（分數 {score}，門檻 {threshold}）：{terms}。收件方的過濾器可能因此攔截，或把郵件歸入垃圾郵件。",
        "en-US":
          "The subject and body use a lot of wording typical of advertising or spam (score {score}, threshold {threshold}): {terms}. Recipients' filters may reject the message or file it as junk.",
      },
      spammyStyled: {
        "zh-CN":
          "主题和正文里广告或垃圾邮件常用的词语偏多（得分 {score}，阈值 {threshold}）：{terms}；另有 {styles} 种广告式写法（全大写主题、连串感叹号或货币符号、大量外部链接）也计入了得分。收件方的过滤器可能据此拦截或把邮件放进垃圾箱。",
        "zh-TW":
          "主旨和內文裡廣告或垃圾郵件常用的詞語偏多（分數 {score}，門檻 {threshold}）：{terms}；另有 {styles} 種廣告式寫法（全大寫主旨、連串驚嘆號或貨幣符號、大量外部連結）也計入分數。收件方的過濾器可能因此攔截，或把郵件歸入垃圾郵件。",
        "en-US":
          "The subject and body use a lot of wording typical of advertising or spam (score {score}, threshold {threshold}): {terms}; {styles} advertising-style signals (an all-capitals subject, runs of exclamation marks or currency signs, many external links) add to the score. Recipients' filters may reject the message or file it as junk.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: { maxCountPerTerm: 1 },
    optionsSchema: { maxCountPerTerm: { type: "integer", minimum: 1, description: "How many times one term counts." } },
    hasSuggestions: false,
    remedyId: "content-spam-keywords",
  },
  check({ message, policy, options }) {
    const cap = Number.isFinite(options.maxCountPerTerm) ? Math.max(1, Math.floor(options.maxCountPerTerm)) : 1;
    const result = contentScore(message, policy, cap);
    if (!result.reached) return [];
    const { body, bodyMatches, threshold } = result;

    // Point at the subject when most of the score comes from it, else at the weightiest body term.
    const top = result.terms.map((t) => t.term);
    const firstInBody = new Map<string, Match>();
    for (const m of bodyMatches) if (!firstInBody.has(m.term)) firstInBody.set(m.term, m);
    const bodyHit = top.map((term) => firstInBody.get(term)).find((m) => m !== undefined);
    const target: RuleFinding["target"] =
      result.subjectPoints * 2 >= result.score || bodyHit === undefined
        ? { kind: "subject" }
        : { kind: "body", excerpt: excerptAround(body, bodyHit) };
    const data = { score: result.score, threshold, terms: top.slice(0, MAX_TERMS_SHOWN), styles: result.styles };
    if (result.styles > 0) return [{ messageId: "spammyStyled", data, target }];
    return [{ messageId: "spammy", data, target }];
  },
};

export default rule;

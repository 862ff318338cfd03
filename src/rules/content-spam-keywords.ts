import type { Rule, RuleFinding } from "../engine/rule";
import type { KeywordPolicy } from "../engine/policy/types";
import { createMatcher, foldTerm, type Match, type Matcher, type WeightedTerm } from "../text/keywords/keyword-matcher";
import { SPAM_TERMS } from "../text/keywords/spam-terms";
import { bodyAnalysis } from "../text/body/body";

/**
 * Weighted advertising and scam vocabulary in the subject and body (manual A §一.7: content
 * filters stop mail over keywords; B §三(二)1: simplify subject and body, avoid ad keywords).
 * Each term adds its weight per occurrence, at most `maxCountPerTerm` times; subject occurrences
 * count `keywords.subjectWeight` times.
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

let defaultMatcher: Matcher | undefined;
let customMatcher: { key: string; matcher: Matcher } | undefined;

/**
 * The automaton for the built-in list merged with the policy's additions and removals. Built once:
 * the default lazily, a custom one again only when the policy's lists change.
 */
export function matcherFor(keywords: KeywordPolicy): Matcher {
  if (keywords.add.length === 0 && keywords.remove.length === 0) {
    defaultMatcher ??= createMatcher(SPAM_TERMS);
    return defaultMatcher;
  }
  const key = JSON.stringify([keywords.add, keywords.remove]);
  if (customMatcher?.key !== key) {
    const removed = new Set(keywords.remove.map(foldTerm));
    const kept = SPAM_TERMS.filter((t) => !removed.has(foldTerm(t.term)));
    // Additions come last: the matcher keeps the last weight, so they also re-weight built-ins.
    const terms: WeightedTerm[] = [...kept, ...keywords.add];
    customMatcher = { key, matcher: createMatcher(terms) };
  }
  return customMatcher.matcher;
}

export interface TermScore {
  readonly term: string;
  readonly points: number;
}

export interface SpamScore {
  readonly score: number;
  readonly subjectPoints: number;
  /** Matched terms, largest contribution first. */
  readonly terms: readonly TermScore[];
}

/** Scores subject and body matches; exported for the corpus test and for tuning. */
export function scoreMatches(
  subject: readonly Match[],
  body: readonly Match[],
  subjectWeight: number,
  maxCountPerTerm: number,
): SpamScore {
  const tally = new Map<string, { weight: number; subject: number; body: number }>();
  const count = (matches: readonly Match[], where: "subject" | "body"): void => {
    for (const m of matches) {
      const t = tally.get(m.term) ?? { weight: m.weight, subject: 0, body: 0 };
      t[where] += 1;
      tally.set(m.term, t);
    }
  };
  count(subject, "subject");
  count(body, "body");
  let score = 0;
  let subjectPoints = 0;
  const terms: TermScore[] = [];
  for (const [term, t] of tally) {
    // The cap covers subject and body together; subject hits use it first, they weigh more.
    const inSubject = Math.min(t.subject, maxCountPerTerm);
    const inBody = Math.min(t.body, maxCountPerTerm - inSubject);
    const fromSubject = t.weight * subjectWeight * inSubject;
    const points = fromSubject + t.weight * inBody;
    score += points;
    subjectPoints += fromSubject;
    terms.push({ term, points });
  }
  terms.sort((a, b) => b.points - a.points);
  return { score: round(score), subjectPoints: round(subjectPoints), terms };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

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
    },
    defaultSeverity: "warn",
    defaultOptions: { maxCountPerTerm: 1 },
    optionsSchema: { maxCountPerTerm: { type: "integer", minimum: 1, description: "How many times one term counts." } },
    hasSuggestions: false,
    remedyId: "content-spam-keywords",
  },
  check({ message, policy, options }) {
    const { threshold, subjectWeight } = policy.keywords;
    const matcher = matcherFor(policy.keywords);
    // Visible text: what recipients (and their filters) read, HTML rendered once and shared.
    const body = bodyAnalysis(message).text;
    const subjectMatches = matcher.find(message.subject);
    const bodyMatches = matcher.find(body);
    const cap = Number.isFinite(options.maxCountPerTerm) ? Math.max(1, Math.floor(options.maxCountPerTerm)) : 1;
    const result = scoreMatches(subjectMatches, bodyMatches, subjectWeight, cap);
    // A threshold of 0 must not flag every message: at least one term has to match.
    if (result.terms.length === 0 || result.score < threshold) return [];

    // Point at the subject when most of the score comes from it, else at the weightiest body term.
    const top = result.terms.map((t) => t.term);
    const firstInBody = new Map<string, Match>();
    for (const m of bodyMatches) if (!firstInBody.has(m.term)) firstInBody.set(m.term, m);
    const bodyHit = top.map((term) => firstInBody.get(term)).find((m) => m !== undefined);
    const target: RuleFinding["target"] =
      result.subjectPoints * 2 >= result.score || bodyHit === undefined
        ? { kind: "subject" }
        : { kind: "body", excerpt: excerptAround(body, bodyHit) };
    return [
      {
        messageId: "spammy",
        data: { score: result.score, threshold, terms: top.slice(0, MAX_TERMS_SHOWN) },
        target,
      },
    ];
  },
};

export default rule;

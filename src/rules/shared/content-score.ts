/**
 * The content score: weighted advertising and scam vocabulary in the subject and body, plus the
 * weak style signals (see style-signals.ts), against the policy's threshold. content-spam-keywords
 * reports it; content-too-many-links asks it whether the links come with advertising wording.
 *
 * Why distinct terms by default: on the tuning corpora, repeating a word was weak evidence. The
 * normal mail that scored high did so by repeating one topic word (a job post saying 兼职 five
 * times, a thread quoting the same subject); ads stand out by using many different ad phrases.
 *
 * Why the threshold grows with length: what marks an advert is how densely it uses ad wording,
 * not that the words occur at all. A ten-page newsletter mentions a free trial, a price and an
 * unsubscribe link in passing; a short advert is made of them. On the tuning corpora the spam the
 * list catches is short (nine in ten under 5,000 characters of text) while the legitimate
 * newsletters it flagged were long (half over 7,000). Past LONG_TEXT characters the threshold is
 * scaled by the square root of the length ratio (four times as long: twice the threshold), so a
 * long message still warns when its ad wording is dense, and short mail is judged as before.
 */
import type { MessageSnapshot } from "../../engine/snapshot";
import type { EffectivePolicy, KeywordPolicy } from "../../engine/policy/types";
import { createMatcher, foldTerm, type Match, type Matcher, type WeightedTerm } from "../../text/keywords/keyword-matcher";
import { SPAM_TERMS } from "../../text/keywords/spam-terms";
import { bodyAnalysis } from "../../text/body/body";
import { styleSignals, type StyleSignals } from "./style-signals";

/** Characters of visible text up to which the policy's threshold applies as it is. */
export const LONG_TEXT = 4000;
/** Points each style signal adds (a distinct sales phrase weighs 3–5). */
export const STYLE_POINTS = 2;

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

/**
 * One key for the spellings of one English phrase: hyphens as spaces and a plural "s" dropped
 * ("lowest prices" is "lowest price", "risk-free" is "risk free", "loans" is "loan"). Counting
 * distinct phrases means a newsletter that says "lowest price" in one place and "lowest prices" in
 * another has used one sales phrase, not two. Other scripts are left as they are.
 */
export function phraseKey(term: string): string {
  const key = term.toLowerCase().replace(/-/g, " ");
  if (key.length > 4 && /^[a-z ]+s$/.test(key)) return key.slice(0, -1);
  return key;
}

/** Scores subject and body matches; exported for the corpus test and for tuning. */
export function scoreMatches(
  subject: readonly Match[],
  body: readonly Match[],
  subjectWeight: number,
  maxCountPerTerm: number,
): SpamScore {
  // Keyed by phrase: the spellings of one phrase share a count and weigh as the heaviest of them.
  const tally = new Map<string, { term: string; weight: number; subject: number; body: number }>();
  const count = (matches: readonly Match[], where: "subject" | "body"): void => {
    for (const m of matches) {
      const key = phraseKey(m.term);
      const t = tally.get(key) ?? { term: m.term, weight: m.weight, subject: 0, body: 0 };
      t.weight = Math.max(t.weight, m.weight);
      t[where] += 1;
      tally.set(key, t);
    }
  };
  count(subject, "subject");
  count(body, "body");
  let score = 0;
  let subjectPoints = 0;
  const terms: TermScore[] = [];
  for (const t of tally.values()) {
    // The cap covers subject and body together; subject hits use it first, they weigh more.
    const inSubject = Math.min(t.subject, maxCountPerTerm);
    const inBody = Math.min(t.body, maxCountPerTerm - inSubject);
    const fromSubject = t.weight * subjectWeight * inSubject;
    const points = fromSubject + t.weight * inBody;
    score += points;
    subjectPoints += fromSubject;
    terms.push({ term: t.term, points });
  }
  terms.sort((a, b) => b.points - a.points);
  return { score: round(score), subjectPoints: round(subjectPoints), terms };
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The threshold for a text of `length` characters: the policy's, raised for long texts. */
export function thresholdFor(threshold: number, length: number): number {
  if (length <= LONG_TEXT) return threshold;
  return round(threshold * Math.sqrt(length / LONG_TEXT));
}

export interface ContentScore extends SpamScore {
  /** The threshold this message is held to (the policy's, raised for a long text). */
  readonly threshold: number;
  readonly signals: StyleSignals;
  /** How many style signals added their points. */
  readonly styles: number;
  /** True when at least one term matched and the score reaches the threshold. */
  readonly reached: boolean;
  readonly body: string;
  readonly bodyMatches: readonly Match[];
}

const cache = new WeakMap<MessageSnapshot, { policy: EffectivePolicy; cap: number; score: ContentScore }>();

/** The content score of a message; computed once per message, policy and cap. */
export function contentScore(message: MessageSnapshot, policy: EffectivePolicy, maxCountPerTerm: number): ContentScore {
  const cached = cache.get(message);
  if (cached !== undefined && cached.policy === policy && cached.cap === maxCountPerTerm) return cached.score;
  const matcher = matcherFor(policy.keywords);
  // Visible text: what recipients (and their filters) read, HTML rendered once and shared.
  const body = bodyAnalysis(message).text;
  const bodyMatches = matcher.find(body);
  const words = scoreMatches(matcher.find(message.subject), bodyMatches, policy.keywords.subjectWeight, maxCountPerTerm);
  const signals = styleSignals(message, policy);
  let styles = 0;
  if (signals.allCaps) styles += 1;
  if (signals.exclamations) styles += 1;
  if (signals.money) styles += 1;
  if (signals.manyLinks) styles += 1;
  const score = round(words.score + STYLE_POINTS * styles);
  const threshold = thresholdFor(policy.keywords.threshold, body.length);
  // A threshold of 0 must not flag every message: at least one term has to match.
  const reached = words.terms.length > 0 && score >= threshold;
  const result: ContentScore = { ...words, score, threshold, signals, styles, reached, body, bodyMatches };
  cache.set(message, { policy, cap: maxCountPerTerm, score: result });
  return result;
}

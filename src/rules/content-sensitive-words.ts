import type { Rule, RuleFinding } from "../engine/rule";
import { bodyAnalysis, excerptAround } from "../text/body/body";
import { createMatcher, type Match, type Matcher } from "../text/keywords/keyword-matcher";

/**
 * The company's own sensitive terms (policy `sensitiveWords`, empty by default) in the subject and
 * body. Content filters hold back mail over such terms (manual A §一.7; B §二(六)).
 *
 * Matching is the keyword matcher's: NFKC-folded and case-insensitive (ＳＥＣＲＥＴ is secret),
 * Chinese terms anywhere, English terms as whole words only ("secret" does not flag "secretary").
 */
/** How many distinct terms a finding names. */
const MAX_TERMS_SHOWN = 10;

/** One automaton per word list: a policy's list is one array for the policy's lifetime. */
const matchers = new WeakMap<readonly string[], Matcher>();

function matcherFor(words: readonly string[]): Matcher {
  let matcher = matchers.get(words);
  if (matcher === undefined) {
    matcher = createMatcher(words.map((term) => ({ term, weight: 1 })));
    matchers.set(words, matcher);
  }
  return matcher;
}

/** The distinct terms matched, as the policy lists them, in order of first appearance. */
function termsOf(matches: readonly Match[]): string[] {
  return [...new Set(matches.map((m) => m.term))].slice(0, MAX_TERMS_SHOWN);
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "content-sensitive-words",
    category: "content",
    description: {
      "zh-CN": "主题或正文包含公司规定的敏感词",
      "zh-TW": "主旨或內文含有公司規定的敏感字詞",
      "en-US": "The subject or body contains terms the company marks as sensitive",
    },
    messages: {
      inSubject: {
        "zh-CN": "主题里有公司列为敏感的词语：{words}。含有这些词的邮件可能被内容过滤拦下。",
        "zh-TW": "主旨中有公司列為敏感的字詞：{words}。含有這些字詞的郵件可能被內容過濾攔下。",
        "en-US": "The subject contains terms the company marks as sensitive: {words}. Content filters may hold the message back.",
      },
      inBody: {
        "zh-CN": "正文里有公司列为敏感的词语：{words}。含有这些词的邮件可能被内容过滤拦下。",
        "zh-TW": "內文中有公司列為敏感的字詞：{words}。含有這些字詞的郵件可能被內容過濾攔下。",
        "en-US": "The body contains terms the company marks as sensitive: {words}. Content filters may hold the message back.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "content-sensitive-words",
  },
  check({ message, policy }) {
    if (policy.sensitiveWords.length === 0) return [];
    const matcher = matcherFor(policy.sensitiveWords);
    if (matcher.size === 0) return [];
    const findings: RuleFinding[] = [];
    const inSubject = matcher.find(message.subject);
    if (inSubject.length > 0) {
      findings.push({ messageId: "inSubject", data: { words: termsOf(inSubject) }, target: { kind: "subject" } });
    }
    const text = bodyAnalysis(message).text;
    const inBody = matcher.find(text);
    if (inBody.length > 0) {
      const first = inBody[0];
      findings.push({
        messageId: "inBody",
        data: { words: termsOf(inBody) },
        target: { kind: "body", excerpt: excerptAround(text, first.start, first.end) },
      });
    }
    return findings;
  },
};

export default rule;

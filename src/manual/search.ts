/**
 * Search over the help topics. Every locale's text is searched whatever the UI language, so a
 * user may type Simplified, Traditional or English ("退信", "SPF", "quota", "收不到"); the
 * keyword lists carry both Chinese scripts for the words people actually type. The UI locale only
 * lifts matches in that language's own text. Chinese is not split into words, so a phrase that
 * is not in our text verbatim ("收不到信") still matches when most of its character pairs occur.
 */
import { LOCALES, type Locale, type LocalizedText } from "../engine/rule";
import type { HelpTopic } from "./types";
import { HELP_TOPICS } from "./help";

/** NFKC folds full-width letters and digits (ＳＰＦ → spf) before lower-casing. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

// "." and "-" stay inside tokens so "163.com" or "-type=mx" remain one term.
const SEPARATORS = /[\s,;:!?"'()[\]{}<>/|、。，；：！？“”‘’「」『』（）【】《》→]+/;
// Explicit ranges rather than \p{Script=Han}: property escapes are ES2018 syntax, which older
// Outlook runtimes cannot parse if this module ends up in the Send-time bundle.
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function tokenize(query: string): string[] {
  return normalizeForSearch(query)
    .split(SEPARATORS)
    .filter((token) => token !== "");
}

/**
 * English words a question is made of that say nothing about the problem ("why can't I
 * receive mail"): dropped, so the words that matter decide. Only when something else is left.
 */
const EN_STOP = new Set([
  "i", "me", "my", "we", "our", "the", "a", "an", "to", "of", "in", "on", "for", "from", "is", "are", "was", "be",
  "it", "its", "this", "that", "can", "cannot", "can't", "cant", "could", "not", "no", "don't", "doesn't", "didn't",
  "won't", "isn't", "aren't", "why", "how", "what", "do", "does", "did", "any", "anymore", "get", "getting", "help",
  "email", "e-mail", "emails", "mail", "mails", "message", "messages",
]);

/** Words people type for what our texts call otherwise. */
const EN_SYNONYMS: Readonly<Record<string, string>> = {
  blacklist: "blocklist",
  blacklisted: "blocklist",
  blocklisted: "blocklist",
  configuration: "setup",
  configure: "setup",
  settings: "setup",
  inbox: "mailbox",
  log: "sign",
  login: "sign",
};

/**
 * A light English stem: the query word becomes a prefix ("receiving" → "receiv"), and since a
 * token matches as a substring, "receiv" finds "receive", "received" and "not receiving" alike.
 */
function stem(token: string): string {
  if (!/^[a-z]{5,}$/.test(token)) return token;
  for (const suffix of ["ations", "ation", "ings", "ing", "ions", "ion", "ied", "ies", "ed", "es", "s", "e"]) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 4) return token.slice(0, -suffix.length);
  }
  return token;
}

/** The search terms of a query: stop words out (unless that leaves none), synonyms, stems. */
export function searchTerms(query: string): string[] {
  const tokens = tokenize(query);
  const meaningful = tokens.filter((t) => !EN_STOP.has(t));
  return (meaningful.length > 0 ? meaningful : tokens).map((t) => stem(EN_SYNONYMS[t] ?? t));
}

interface Field {
  readonly text: string;
  readonly weight: number;
  /** The locale the text is written in; keywords belong to all. */
  readonly locale?: Locale;
  /** Keywords one by one, so a term equal to a whole keyword can rank higher. */
  readonly terms?: readonly string[];
}

interface Indexed {
  readonly topic: HelpTopic;
  readonly order: number;
  readonly fields: readonly Field[];
}

const WEIGHT = { title: 4, keywords: 3, symptoms: 2, steps: 1 } as const;
/** Bonus for a hit in the text of the user's own language. */
const OWN_LOCALE_BONUS = 0.5;
/** Bonus for a term that is a whole keyword. */
const EXACT_KEYWORD_BONUS = 1;
/** A Chinese token that is not found verbatim matches when this share of its pairs is found. */
const BIGRAM_SHARE = 0.6;
/** A near match counts for less than an exact one in the same field. */
const FUZZY_FACTOR = 0.5;

function localizedFields(text: LocalizedText, weight: number): Field[] {
  return LOCALES.map((locale) => ({ text: normalizeForSearch(text[locale]), weight, locale }));
}

function indexTopic(topic: HelpTopic, order: number): Indexed {
  const terms = topic.keywords.map(normalizeForSearch);
  const fields: Field[] = [
    ...localizedFields(topic.title, WEIGHT.title),
    { text: terms.join("\n"), weight: WEIGHT.keywords, terms },
    ...localizedFields(topic.symptoms, WEIGHT.symptoms),
    ...topic.steps.flatMap((step) => localizedFields(step, WEIGHT.steps)),
  ];
  return { topic, order, fields };
}

function bigrams(token: string): string[] {
  const chars = [...token];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
  return pairs;
}

/** Chinese is written without spaces, so a phrase may match by most of its character pairs. */
function fuzzyShare(field: Field, pairs: readonly string[]): number {
  if (pairs.length < 2) return 0;
  const share = pairs.filter((pair) => field.text.includes(pair)).length / pairs.length;
  return share >= BIGRAM_SHARE ? share : 0;
}

/** One field's score for a token: higher for important fields, the user's language, a short
 * field the token fills most of (a title that *is* the query), and a whole keyword. */
function fieldScore(field: Field, token: string, locale: Locale, pairs: readonly string[]): number {
  if (field.text.includes(token)) {
    const own = field.locale === undefined || field.locale === locale ? OWN_LOCALE_BONUS : 0;
    const coverage = field.terms ? (field.terms.includes(token) ? EXACT_KEYWORD_BONUS : 0) : token.length / field.text.length;
    return field.weight + own + coverage;
  }
  return field.weight * FUZZY_FACTOR * fuzzyShare(field, pairs);
}

/** The best score one token earns in a topic, 0 when it does not match. */
function scoreToken(entry: Indexed, token: string, locale: Locale): number {
  const pairs = HAN.test(token) && [...token].length >= 3 ? bigrams(token) : [];
  let best = 0;
  for (const field of entry.fields) best = Math.max(best, fieldScore(field, token, locale, pairs));
  return best;
}

let index: readonly Indexed[] | undefined;

/**
 * Topics matching the most terms of the query (all of them, when some topic has all), best
 * first; ties keep the catalogue order. An empty query returns all topics in catalogue order.
 */
export function searchHelp(query: string, locale: Locale): HelpTopic[] {
  const tokens = searchTerms(query);
  if (tokens.length === 0) return [...HELP_TOPICS];
  index ??= HELP_TOPICS.map(indexTopic);
  const hits: { topic: HelpTopic; order: number; matched: number; score: number }[] = [];
  for (const entry of index) {
    let score = 0;
    let matched = 0;
    for (const token of tokens) {
      const tokenScore = scoreToken(entry, token, locale);
      if (tokenScore > 0) matched += 1;
      score += tokenScore;
    }
    if (matched > 0) hits.push({ topic: entry.topic, order: entry.order, matched, score });
  }
  const best = Math.max(0, ...hits.map((h) => h.matched));
  return hits
    .filter((hit) => hit.matched === best)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((hit) => hit.topic);
}

/**
 * The built-in spam-term list of content-spam-keywords: Simplified and Traditional Chinese and
 * English, weighted 1–10. Written for this project; admins add terms, change weights or drop terms
 * through the policy's `keywords.add` / `keywords.remove`.
 */
import type { WeightedTerm } from "./keyword-matcher";
import { EN_TERMS } from "./spam-terms-en";
import { ZH_TERM_ROWS } from "./spam-terms-zh";

/** Symbols shared by every language. "￥" folds to "¥" in the matcher, so one entry covers both. */
const SYMBOLS: readonly WeightedTerm[] = [{ term: "￥", weight: 1 }];

function zhTerms(): WeightedTerm[] {
  const terms: WeightedTerm[] = [];
  for (const [simplified, traditional, weight] of ZH_TERM_ROWS) {
    terms.push({ term: simplified, weight });
    if (traditional !== null && traditional !== simplified) terms.push({ term: traditional, weight });
  }
  return terms;
}

export const SPAM_TERMS: readonly WeightedTerm[] = Object.freeze([...zhTerms(), ...EN_TERMS, ...SYMBOLS]);

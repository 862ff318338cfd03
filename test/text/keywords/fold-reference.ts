/**
 * TEST REFERENCE: the per-character folding that src/text/keywords/keyword-matcher-fold.ts replaced with a
 * faster run-skipping loop. The property test proves both give the same text and offsets.
 *
 * The folding the keyword matcher applies to both terms and text, with a map from folded offsets
 * back to the original text so a finding can point at what the user actually typed.
 *
 * Why per segment instead of `text.normalize("NFKC")` once: a whole-string NFKC loses the link
 * between positions (one character may become three, or two one). Folding segment by segment
 * (a code point plus its combining marks) keeps it, at the same result for all practical text.
 * ASCII and CJK ideographs, which are nearly all of a mail body, take a fast path: NFKC leaves
 * them alone, so only ASCII capitals change.
 */

import { COMBINING_MARK, foldSegment, isIdeograph, isInvisible, isSpace, isStableCjk, withOffsets, type FoldedText } from "../../../src/text/keywords/keyword-matcher-fold";


export function foldText(source: string): FoldedText {
  const parts: string[] = [];
  // Segments whose folded length differs from their source length, in folded order.
  const segFolded: number[] = [];
  const segSource: number[] = [];
  const segFoldedLen: number[] = [];
  const segSourceLen: number[] = [];
  let out = 0;
  let last = 0; // last folded code unit emitted (0 = none yet)
  let verbatimFrom = 0;
  const n = source.length;

  const emit = (from: number, to: number, folded: string): void => {
    if (verbatimFrom < from) parts.push(source.slice(verbatimFrom, from));
    parts.push(folded);
    if (folded.length !== to - from) {
      segFolded.push(out);
      segSource.push(from);
      segFoldedLen.push(folded.length);
      segSourceLen.push(to - from);
    }
    out += folded.length;
    if (folded.length > 0) last = folded.charCodeAt(folded.length - 1);
    verbatimFrom = to;
  };

  /** A combining mark at `j` must be folded with the character before it ("A" + U+0301 is "á"). */
  const markAt = (j: number): boolean => {
    if (j >= n || source.charCodeAt(j) < 0x300) return false;
    return COMBINING_MARK.test(String.fromCodePoint(source.codePointAt(j) ?? 0));
  };

  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    const fast = !markAt(i + 1);
    if (fast && c < 128 && !isSpace(c)) {
      if (c >= 65 && c <= 90) emit(i, i + 1, String.fromCharCode(c + 32));
      else {
        out += 1;
        last = c;
      }
      i += 1;
    } else if (fast && isStableCjk(c)) {
      out += 1;
      last = c;
      i += 1;
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(source.charCodeAt(j))) j += 1;
      // Hard-wrapped or spaced-out Chinese: no space between two ideographs.
      const joinCjk = isIdeograph(last) && j < n && isIdeograph(source.charCodeAt(j));
      const folded = joinCjk ? "" : " ";
      if (folded === " " && j - i === 1 && c === 32) {
        out += 1;
        last = 32;
      } else emit(i, j, folded);
      i = j;
    } else if (isInvisible(c)) {
      emit(i, i + 1, "");
      i += 1;
    } else {
      let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
      while (markAt(j)) j += (source.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      const segment = source.slice(i, j);
      const folded = foldSegment(segment);
      if (folded !== segment) emit(i, j, folded);
      else {
        out += folded.length;
        last = folded.charCodeAt(folded.length - 1);
      }
      i = j;
    }
  }
  if (verbatimFrom < n) parts.push(source.slice(verbatimFrom));
  const text = parts.join("");

  return withOffsets(text, { folded: segFolded, source: segSource, foldedLen: segFoldedLen, sourceLen: segSourceLen });
}

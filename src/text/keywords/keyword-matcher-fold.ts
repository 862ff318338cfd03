/**
 * The folding the keyword matcher applies to both terms and text, with a map from folded offsets
 * back to the original text so a finding can point at what the user actually typed.
 *
 * Why per segment instead of `text.normalize("NFKC")` once: a whole-string NFKC loses the link
 * between positions (one character may become three, or two one). Folding segment by segment
 * (a code point plus its combining marks) keeps it, at the same result for all practical text.
 * ASCII and CJK ideographs, which are nearly all of a mail body, take a fast path: NFKC leaves
 * them alone, so only ASCII capitals change.
 */

// The character classes and the segment fold are exported for test/text/keywords/fold-reference.ts, the
// per-character folding the fast loop below must agree with.

export interface FoldedText {
  readonly text: string;
  /** Original offset where the folded character at `index` came from. */
  sourceStart(index: number): number;
  /** Original offset just past the folded characters before `end` (exclusive end). */
  sourceEnd(end: number): number;
}

/** Ideographs, Hangul syllables and the CJK punctuation NFKC leaves as is. */
export function isStableCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x3001 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011)
  );
}

export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Invisible characters spammers put inside words to split them; they never carry meaning here. */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

export const COMBINING_MARK = /^\p{M}$/u;
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]/g;

/**
 * Full-width ASCII (Ｆ, ，, ！…, U+FF01–U+FF5E) is what Chinese input methods type, so it is in
 * every Chinese mail. NFKC maps each one to the ASCII character 0xFEE0 below it, one for one, so
 * fast stretches may hold it: it is mapped here for the whole text at once.
 */
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Folded forms of single characters already seen: a text repeats few distinct characters. */
const segmentCache = new Map<string, string>();
const SEGMENT_CACHE_MAX = 8192;

export function foldSegment(segment: string): string {
  const cached = segmentCache.get(segment);
  if (cached !== undefined) return cached;
  const folded = segment
    .normalize("NFKC")
    .toLowerCase()
    .replace(TYPOGRAPHIC_QUOTES, (q) => (q <= "\u201b" ? "'" : '"'));
  if (segmentCache.size < SEGMENT_CACHE_MAX) segmentCache.set(segment, folded);
  return folded;
}

/**
 * Where the fast path must stop: anything but ASCII (other than tab, line ends and space),
 * full-width ASCII, NFKC-stable CJK, or a plain space; a space that starts a run of white
 * space; a space between two ideographs (folding removes it). Everything between two stops is only lower-cased, in one
 * call per stretch; irregexp finds the stops far faster than a loop over every character.
 * The last alternative matches the ideograph before such a space (the stop is the space): a
 * look-behind would say it directly, but classic Outlook's ES2016 runtime cannot parse one.
 * Control characters other than tab and line ends fold to themselves, hence they are in the class.
 */
const SLOW_PATH =
  // eslint-disable-next-line no-control-regex -- the control characters are meant: see above.
  /[^\x00-\x08\x0e-\x1f\x21-\x7f\uff01-\uff5e\u3001-\u3003\u3008-\u3011\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3 ]| (?=[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000])|[\u3400-\u4dbf\u4e00-\u9fff] (?=[\u3400-\u4dbf\u4e00-\u9fff])/g;

export function foldText(source: string): FoldedText {
  const parts: string[] = [];
  // Segments whose folded length differs from their source length, in folded order.
  const segFolded: number[] = [];
  const segSource: number[] = [];
  const segFoldedLen: number[] = [];
  const segSourceLen: number[] = [];
  let out = 0;
  let last = 0; // last folded code unit emitted (0 = none yet)
  let verbatimFrom = 0; // start of source text not yet in `parts` that folding leaves unchanged
  const n = source.length;

  const flushVerbatim = (to: number): void => {
    if (verbatimFrom < to) parts.push(source.slice(verbatimFrom, to));
    verbatimFrom = to;
  };

  const emit = (from: number, to: number, folded: string): void => {
    flushVerbatim(from);
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

  /** Folds the one segment (character, white-space run, or character + marks) at `i`. */
  const slowStep = (i: number): number => {
    const c = source.charCodeAt(i);
    const fast = !markAt(i + 1);
    if (fast && c < 128 && !isSpace(c)) {
      if (c >= 65 && c <= 90) emit(i, i + 1, String.fromCharCode(c + 32));
      else {
        out += 1;
        last = c;
      }
      return i + 1;
    }
    if (fast && isStableCjk(c)) {
      out += 1;
      last = c;
      return i + 1;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(source.charCodeAt(j))) j += 1;
      // Hard-wrapped or spaced-out Chinese: no space between two ideographs.
      const joinCjk = isIdeograph(last) && j < n && isIdeograph(source.charCodeAt(j));
      const folded = joinCjk ? "" : " ";
      if (folded === " " && j - i === 1 && c === 32) {
        out += 1;
        last = 32;
      } else emit(i, j, folded);
      return j;
    }
    if (isInvisible(c)) {
      emit(i, i + 1, "");
      return i + 1;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (markAt(j)) j += (source.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    const segment = source.slice(i, j);
    const folded = foldSegment(segment);
    if (folded !== segment) emit(i, j, folded);
    else {
      out += folded.length;
      last = folded.charCodeAt(folded.length - 1);
    }
    return j;
  };

  // One lower-casing of the whole text serves every fast stretch, as long as it changed no
  // length (it never shortens; only rare letters such as "İ" grow). Per-stretch toLowerCase
  // on text with Chinese in it is a runtime call each time, the main cost before.
  const whole = halfWidth(source).toLowerCase();
  const lower =
    whole.length === n ? (from: number, to: number) => whole.slice(from, to) : (from: number, to: number) => halfWidth(source.slice(from, to)).toLowerCase();

  let i = 0;
  while (i < n) {
    SLOW_PATH.lastIndex = i;
    const found = SLOW_PATH.exec(source);
    // Two characters matched: an ideograph and the space after it, which is the stop.
    let stop = found === null ? n : found.index + found[0].length - 1;
    // The character before a combining mark goes with the mark, through the slow path.
    if (stop > i && markAt(stop)) stop -= 1;
    if (stop > i) {
      // Only ASCII capitals and full-width forms change here, one for one (see `whole`).
      flushVerbatim(i);
      parts.push(lower(i, stop));
      out += stop - i;
      last = lower(stop - 1, stop).charCodeAt(0);
      verbatimFrom = stop;
      i = stop;
    }
    if (i >= n) break;
    i = slowStep(i);
    // A space right after a slow segment depends on what that segment folded to (`last`).
    while (i < n && isSpace(source.charCodeAt(i))) i = slowStep(i);
  }
  if (verbatimFrom < n) parts.push(source.slice(verbatimFrom));
  const text = parts.join("");

  return withOffsets(text, { folded: segFolded, source: segSource, foldedLen: segFoldedLen, sourceLen: segSourceLen });
}

/** Segments whose folded length differs from their source length, in folded order. */
export interface FoldSegments {
  readonly folded: readonly number[];
  readonly source: readonly number[];
  readonly foldedLen: readonly number[];
  readonly sourceLen: readonly number[];
}

/** The folded text with its map back to source offsets (a binary search over the segments). */
export function withOffsets(text: string, seg: FoldSegments): FoldedText {
  /** Index of the last segment starting at or before `index`, or -1. */
  function segmentAt(index: number): number {
    let lo = 0;
    let hi = seg.folded.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (seg.folded[mid] <= index) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  function map(index: number, end: boolean): number {
    const k = segmentAt(index);
    if (k < 0) return index + (end ? 1 : 0);
    const foldedEnd = seg.folded[k] + seg.foldedLen[k];
    if (index < foldedEnd) return end ? seg.source[k] + seg.sourceLen[k] : seg.source[k];
    return seg.source[k] + seg.sourceLen[k] + (index - foldedEnd) + (end ? 1 : 0);
  }

  return {
    text,
    sourceStart: (index) => map(index, false),
    sourceEnd: (end) => (end <= 0 ? 0 : map(end - 1, true)),
  };
}

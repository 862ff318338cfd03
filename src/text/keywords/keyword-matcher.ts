/**
 * Finds many weighted terms in a text in one pass (Aho-Corasick), so a 1 MB body costs the same
 * whether the list has ten terms or a thousand. Used by content-spam-keywords and available to any
 * rule that needs "which of these terms occur, and where".
 *
 * Matching rules, in short:
 * - Text and terms are compared after the same folding (see `foldText`): NFKC (full-width
 *   ＦＲＥＥ is free, ￥ is ¥), lower case, typographic quotes as ASCII ones, whitespace runs as
 *   one space, and whitespace between two CJK characters removed (hard-wrapped Chinese lines and
 *   "代 开 发 票"-style spacing must not hide a term).
 * - A term whose first (last) character is an ASCII letter or digit only matches when the text
 *   character before (after) it is not one: "free" does not match inside "freedom" or "carefree".
 *   Other edges match anywhere, so CJK terms match as substrings ("发票" inside "代开发票").
 * - `find` returns leftmost-longest, non-overlapping matches: in "100% free" only the term
 *   "100% free" is reported, not also "free". Pass `{ overlapping: true }` to get every match.
 */
import { foldText, type FoldedText } from "./keyword-matcher-fold";

export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

export interface Match {
  /** The term as written in the list (not as folded). */
  readonly term: string;
  readonly weight: number;
  /** UTF-16 offsets into the ORIGINAL text, end exclusive: `text.slice(start, end)` is the hit. */
  readonly start: number;
  readonly end: number;
  /** The matched stretch of the original text, as the user typed it. */
  readonly text: string;
}

export interface FindOptions {
  /** Report every match, including terms nested in longer ones. Default false. */
  readonly overlapping?: boolean;
}

export interface Matcher {
  /** The terms the automaton holds, after folding and de-duplication (last one wins). */
  readonly size: number;
  find(text: string, options?: FindOptions): Match[];
}

interface Entry {
  readonly term: string;
  readonly weight: number;
  readonly length: number;
  readonly boundaryStart: boolean;
  readonly boundaryEnd: boolean;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Builds the automaton for a list of terms. Build it once and reuse it: construction is linear in
 * the total length of the terms, each `find` is linear in the text plus the matches. Empty terms
 * (after folding) are ignored; a term listed twice keeps the last weight, so a policy's additions
 * placed after the built-in list override built-in weights.
 */
export function createMatcher(terms: readonly WeightedTerm[]): Matcher {
  const byFolded = new Map<string, Entry>();
  for (const { term, weight } of terms) {
    const folded = foldTerm(term);
    if (folded === "") continue;
    byFolded.set(folded, {
      term,
      weight,
      length: folded.length,
      boundaryStart: isAsciiWordCode(folded.charCodeAt(0)),
      boundaryEnd: isAsciiWordCode(folded.charCodeAt(folded.length - 1)),
    });
  }
  const entries = [...byFolded.values()];

  // Trie over UTF-16 code units. `outputs[s]` are the entries ending exactly at state s;
  // `dictLink[s]` is the nearest state on the failure chain that has outputs (0 = none).
  const next: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  [...byFolded.keys()].forEach((folded, index) => {
    let state = 0;
    for (let i = 0; i < folded.length; i += 1) {
      const c = folded.charCodeAt(i);
      let to = next[state].get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outputs.push([]);
        next[state].set(c, to);
      }
      state = to;
    }
    outputs[state].push(index);
  });

  const fail = new Int32Array(next.length);
  const dictLink = new Int32Array(next.length);
  const queue: number[] = [];
  for (const child of next[0].values()) queue.push(child);
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head];
    for (const [c, child] of next[state]) {
      let f = fail[state];
      while (f !== 0 && !next[f].has(c)) f = fail[f];
      const target = next[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dictLink[child] = outputs[fail[child]].length > 0 ? fail[child] : dictLink[fail[child]];
      queue.push(child);
    }
  }

  // ASCII (most of any mail, and what English terms are made of) gets a full DFA row per state,
  // failure links already followed: one array read per character. Columns are only the ASCII
  // characters some term contains (column 0 is every other one, which always leads back to the
  // root), so the table stays small enough to sit in the CPU cache. A row is its failure state's
  // row with the state's own ASCII edges on top; BFS order means that row is already complete.
  const column = new Uint8Array(128);
  let width = 1;
  for (const folded of byFolded.keys()) {
    for (let i = 0; i < folded.length; i += 1) {
      const c = folded.charCodeAt(i);
      if (c < 128 && column[c] === 0) column[c] = width++;
    }
  }
  const ascii = new Uint32Array(next.length * width);
  for (const [c, to] of next[0]) if (c < 128) ascii[column[c]] = to;
  for (const state of queue) {
    ascii.copyWithin(state * width, fail[state] * width, fail[state] * width + width);
    for (const [c, to] of next[state]) if (c < 128) ascii[state * width + column[c]] = to;
  }
  // States where some term ends (here or down the dictionary links): only those need a look.
  const reports = new Uint8Array(next.length);
  for (let state = 1; state < next.length; state += 1) reports[state] = outputs[state].length > 0 || dictLink[state] !== 0 ? 1 : 0;
  // Which other code units start some term. Most CJK text starts none: at the root the scan
  // skips those with one array read instead of a map lookup.
  const startsTerm = new Uint8Array(0x10000);
  for (const c of next[0].keys()) startsTerm[c] = 1;

  function scan(folded: FoldedText, source: string, overlapping: boolean): Match[] {
    const t = folded.text;
    const hits: { entry: Entry; start: number; end: number }[] = [];
    let state = 0;
    for (let i = 0; i < t.length; i += 1) {
      const c = t.charCodeAt(i);
      if (c < 128) state = ascii[state * width + column[c]];
      else if (state === 0 && startsTerm[c] === 0) continue;
      else {
        let to = next[state].get(c);
        while (to === undefined && state !== 0) {
          state = fail[state];
          to = next[state].get(c);
        }
        state = to ?? 0;
      }
      if (reports[state] === 0) continue;
      for (let s = outputs[state].length > 0 ? state : dictLink[state]; s !== 0; s = dictLink[s]) {
        for (const index of outputs[s]) {
          const entry = entries[index];
          const start = i + 1 - entry.length;
          const end = i + 1;
          if (entry.boundaryStart && start > 0 && isAsciiWordCode(t.charCodeAt(start - 1))) continue;
          if (entry.boundaryEnd && end < t.length && isAsciiWordCode(t.charCodeAt(end))) continue;
          hits.push({ entry, start, end });
        }
      }
    }
    let kept = hits;
    if (!overlapping) {
      // Leftmost-longest: sort by start, longer first, then keep what does not overlap.
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      kept = [];
      let reach = 0;
      for (const hit of hits) {
        if (hit.start < reach) continue;
        kept.push(hit);
        reach = hit.end;
      }
    }
    return kept.map(({ entry, start, end }) => {
      const from = folded.sourceStart(start);
      const to = folded.sourceEnd(end);
      return { term: entry.term, weight: entry.weight, start: from, end: to, text: source.slice(from, to) };
    });
  }

  return {
    size: entries.length,
    find(text: string, options: FindOptions = {}): Match[] {
      if (entries.length === 0 || text === "") return [];
      return scan(foldText(text), text, options.overlapping === true);
    },
  };
}

/**
 * The folded form of a term, as the matcher compares it: use it to test whether two spellings are
 * the same term ("FREE", "ｆｒｅｅ" and "free" all give "free").
 */
export function foldTerm(term: string): string {
  return foldText(term).text.trim();
}

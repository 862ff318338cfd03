/**
 * Edit distance for domain typo checks: optimal string alignment, i.e. Damerau–Levenshtein where
 * swapping two neighbouring characters ("gmial") is one edit, as typists make it, and no
 * substring is edited twice (enough for one- and two-edit slips).
 *
 * The typo rule only asks "within 1 or 2 edits?", thousands of times per message, so the
 * computation stays inside a diagonal band of width 2·max+1 and stops as soon as a whole row
 * exceeds max: O(max · length) instead of O(length²). Strings are compared by UTF-16 code unit,
 * which is exact for the ASCII domains this is used on.
 */

// Three reusable rows (two back, previous, current): no allocation per call. Safe because
// JavaScript runs this synchronously and the function does not re-enter itself.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

function ensureRows(size: number): void {
  if (rowA.length >= size) return;
  const grown = Math.max(size, rowA.length * 2);
  rowA = new Int32Array(grown);
  rowB = new Int32Array(grown);
  rowC = new Int32Array(grown);
}

const UNBOUNDED = Number.POSITIVE_INFINITY;

/**
 * Distance between `a` and `b`, exact when it is at most `max`; any value greater than `max`
 * means "further than max" (the function stops early instead of measuring how far).
 */
export function editDistance(a: string, b: string, max: number = UNBOUNDED): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const longer = n > m ? n : m;
  // The distance never exceeds the longer length, so a larger max changes nothing.
  const cap = max < longer ? max : longer;
  const over = cap + 1;
  if (n - m > cap || m - n > cap) return over;
  if (n === 0 || m === 0) return longer;

  ensureRows(m + 2);
  let before = rowA; // row i-2
  let prev = rowB; // row i-1
  let cur = rowC; // row i
  for (let j = 0; j <= m; j += 1) prev[j] = j <= cap ? j : over;

  for (let i = 1; i <= n; i += 1) {
    const lo = i - cap > 1 ? i - cap : 1;
    const hi = i + cap < m ? i + cap : m;
    // Cells just outside the band stand for "too far"; the next row reads them.
    cur[lo - 1] = lo === 1 ? (i <= cap ? i : over) : over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = lo === 1 ? cur[0] : over;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j += 1) {
      const bj = b.charCodeAt(j - 1);
      // Plain comparisons rather than Math.min: cheaper, and global look-ups are slow in
      // sandboxed runtimes (Node's vm, used by Jest).
      let value = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < value) value = prev[j] + 1;
      if (cur[j - 1] + 1 < value) value = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && before[j - 2] + 1 < value) {
        value = before[j - 2] + 1;
      }
      if (value > over) value = over;
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return over;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m] > cap ? over : prev[m];
}

/**
 * When `typed` and `meant` have the same length and differ in exactly one place, the two
 * characters there (typed first); otherwise undefined. Lets callers treat a substitution apart
 * from a swap, an extra or a missing character.
 */
export function substitutionOf(typed: string, meant: string): readonly [string, string] | undefined {
  if (typed.length !== meant.length) return undefined;
  let found: [string, string] | undefined;
  for (let i = 0; i < typed.length; i += 1) {
    if (typed[i] === meant[i]) continue;
    if (found) return undefined;
    found = [typed[i], meant[i]];
  }
  return found;
}

/** US/Chinese QWERTY rows, digits included: the layout Chinese input methods type on. */
const KEY_ROWS = ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
const KEY_POSITION = new Map<string, readonly [number, number]>();
KEY_ROWS.forEach((row, r) => [...row].forEach((key, c) => KEY_POSITION.set(key, [r, c])));

/**
 * True when two keys touch on the keyboard (same row next to each other, or the row above or
 * below, where rows are staggered by about half a key).
 */
export function areKeyboardNeighbours(x: string, y: string): boolean {
  const p = KEY_POSITION.get(x.toLowerCase());
  const q = KEY_POSITION.get(y.toLowerCase());
  if (!p || !q || x === y) return false;
  const rows = q[0] - p[0];
  if (rows === 0) return Math.abs(q[1] - p[1]) === 1;
  if (Math.abs(rows) !== 1) return false;
  // Each lower row is shifted right by ~half a key: key c touches c-1 and c of the row below
  // (seen from the upper row), i.e. offsets 0 and -1; from the lower row, 0 and +1.
  const offset = q[1] - p[1];
  return rows === 1 ? offset === 0 || offset === -1 : offset === 0 || offset === 1;
}

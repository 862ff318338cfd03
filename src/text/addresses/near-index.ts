/**
 * Words near a query, for the typo rule's policy lists: the words sit in a trie that is walked
 * with one edit-distance row per letter (optimal string alignment, as editDistance measures), and
 * a branch is dropped as soon as its row is wholly over the limit. Comparing a recipient domain
 * with 200,000 internal domains one by one took minutes for a large message; the walk only visits
 * the prefixes within reach of the query.
 *
 * Written with `if`, not `?:`: this runs in the Send handler (see webpack.config.js).
 */

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Indexes of the words that end here. */
  readonly ends: number[];
}

const node = (): TrieNode => ({ next: new Map(), ends: [] });

export class NearIndex {
  private readonly root = node();
  private nodes = 1;

  constructor(words: readonly string[]) {
    words.forEach((word, index) => {
      let at = this.root;
      for (let i = 0; i < word.length; i += 1) {
        const code = word.charCodeAt(i);
        let child = at.next.get(code);
        if (!child) {
          child = node();
          at.next.set(code, child);
          this.nodes += 1;
        }
        at = child;
      }
      at.ends.push(index);
    });
  }

  /** How many nodes the trie has. */
  get size(): number {
    return this.nodes;
  }

  /**
   * Calls `found` with the index and distance of every word within `max` edits of `query`.
   * Returns how many trie nodes the walk visited: the work it did, for the tests.
   */
  within(query: string, max: number, found: (index: number, distance: number) => void): number {
    let visited = 0;
    const m = query.length;
    // One row per depth of the walk, reused: a sibling overwrites only what its parent's
    // other children no longer need.
    const rows: Int32Array[] = [new Int32Array(m + 1)];
    for (let j = 0; j <= m; j += 1) rows[0][j] = j;
    const walk = (at: TrieNode, code: number, previousCode: number, depth: number): void => {
      visited += 1;
      if (rows.length <= depth) rows.push(new Int32Array(m + 1));
      const prev = rows[depth - 1];
      const row = rows[depth];
      let before: Int32Array | undefined;
      if (depth > 1) before = rows[depth - 2];
      row[0] = depth;
      let rowMin = depth;
      for (let j = 1; j <= m; j += 1) {
        const q = query.charCodeAt(j - 1);
        let value = prev[j - 1] + 1;
        if (q === code) value = prev[j - 1];
        if (prev[j] + 1 < value) value = prev[j] + 1;
        if (row[j - 1] + 1 < value) value = row[j - 1] + 1;
        // A swap of neighbours ("gmial") is one edit, as in editDistance.
        if (before && j > 1 && code === query.charCodeAt(j - 2) && previousCode === q && before[j - 2] + 1 < value) value = before[j - 2] + 1;
        row[j] = value;
        if (value < rowMin) rowMin = value;
      }
      if (row[m] <= max) for (const index of at.ends) found(index, row[m]);
      if (rowMin > max) return;
      for (const [next, child] of at.next) walk(child, next, code, depth + 1);
    };
    if (m <= max) for (const index of this.root.ends) found(index, m);
    for (const [code, child] of this.root.next) walk(child, code, -1, 1);
    return visited;
  }
}

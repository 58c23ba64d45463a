// Finds any of a fixed set of words in a text, left to right and longest first at each position, through an
// index by first character: one array read a character instead of trying every alternative of a big regex.

export interface LiteralMatch {
  index: number;
  word: string;
}

interface Entry {
  word: string;
  first: number;
  /** Code of the second character (-1 for a one-character word): compared before the whole word is. */
  second: number;
}

/** Buckets by the low bits of the first character's code: few collisions for the lexicons' thousands of words. */
const MAX_BUCKETS = 4096;

export class LiteralMatcher {
  /** Words by the low bits of their first character's code, longest first; most buckets are empty. */
  private readonly byFirst: Array<Entry[] | undefined>;
  /**
   * Flags of the buckets that hold a word: at most positions of a text no word starts, and one read of this table
   * says so (reading the bucket array's holes cost several times more).
   */
  private readonly starts: Uint8Array;
  /** The bucket of a code is `code & mask`. */
  private readonly mask: number;
  /**
   * Flags by a hash of a word's first two characters, and by the first character's bucket for one-character words:
   * most positions where some word starts with the character hold none of its words, which the next character
   * already says (one read here instead of a walk over the bucket's words).
   */
  private readonly pairs: Uint8Array;
  private readonly singles: Uint8Array;

  constructor(words: Iterable<string>) {
    const unique = new Set(words);
    // A matcher built for one document's names holds a few dozen words: a table sized to them, not to a lexicon
    // (two 4096-entry tables a document were a tenth of what the entity stages allocated).
    let buckets = 64;
    while (buckets < MAX_BUCKETS && buckets < unique.size * 8) buckets *= 2;
    this.mask = buckets - 1;
    this.byFirst = new Array(buckets);
    this.starts = new Uint8Array(buckets);
    this.pairs = new Uint8Array(4 * buckets);
    this.singles = new Uint8Array(buckets);
    for (const w of unique) {
      if (!w) continue;
      const first = w.charCodeAt(0);
      const second = w.length > 1 ? w.charCodeAt(1) : -1;
      this.starts[first & this.mask] = 1;
      if (second < 0) this.singles[first & this.mask] = 1;
      else this.pairs[this.pairIndex(first, second)] = 1;
      const list = (this.byFirst[first & this.mask] ??= []);
      list.push({ word: w, first, second });
    }
    for (const list of this.byFirst) list?.sort((a, b) => b.word.length - a.word.length);
  }

  private pairIndex(first: number, second: number): number {
    return ((first << 5) ^ second) & (4 * this.mask + 3);
  }

  /** False when no word can start at `text[at]` (the first character's code given). */
  private mayStart(code: number, text: string, at: number): boolean {
    if (!this.starts[code & this.mask]) return false;
    return this.singles[code & this.mask] === 1 || this.pairs[this.pairIndex(code, text.charCodeAt(at + 1))] === 1;
  }

  /** The longest word starting at `text[at]`, or null. */
  at(text: string, at: number): string | null {
    const code = text.charCodeAt(at);
    if (!this.mayStart(code, text, at)) return null;
    const list = this.byFirst[code & this.mask];
    return list ? firstOf(list, code, text, at) : null;
  }

  /** Non-overlapping matches, as a global regular expression alternation of the words would give them. */
  all(text: string): LiteralMatch[] {
    const out: LiteralMatch[] = [];
    const byFirst = this.byFirst;
    const mask = this.mask;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (!this.mayStart(code, text, i)) {
        i++;
        continue;
      }
      const list = byFirst[code & mask];
      const w = list ? firstOf(list, code, text, i) : null;
      if (w) {
        out.push({ index: i, word: w });
        i += w.length;
      } else i++;
    }
    return out;
  }
}

function firstOf(list: Entry[], code: number, text: string, at: number): string | null {
  // (NaN past the end of the text, which no word's second character equals)
  const second = text.charCodeAt(at + 1);
  for (let k = 0; k < list.length; k++) {
    const e = list[k]!;
    if (e.first !== code) continue;
    if (e.word.length === 1) return e.word;
    if (e.second === second && (e.word.length === 2 || text.startsWith(e.word, at))) return e.word;
  }
  return null;
}

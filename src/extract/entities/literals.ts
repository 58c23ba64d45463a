// Finds any of a fixed set of words in a text, left to right and longest first at each position, through an
// index by first character: one array read a character instead of trying every alternative of a big regex.
import { pairHash } from '../../text/pairHash.js';

export interface LiteralMatch {
  index: number;
  word: string;
}

interface Entry {
  word: string;
  first: number;
  /** Code of the second character (-1 for a one-character word): compared before the whole word is. */
  second: number;
  /**
   * Code of the third character (-1 for a shorter word), likewise: the endings that open alike are many ("产业园",
   * "产业园区", "产业基地" …), and a text that opens as they do but goes on otherwise ("产业发展") was compared with
   * each of them in turn.
   */
  third: number;
}

/** Buckets by the low bits of the first character's code: few collisions for the lexicons' thousands of words. */
const MAX_BUCKETS = 4096;

export class LiteralMatcher {
  /**
   * Words of two characters or more by a hash of their first two characters' codes, longest first: a look-up walks
   * only the few words that open as the text does there (by first character alone, dozens of titles open with 副 or
   * 总, and each was compared in turn).
   */
  private readonly byPair: Array<Entry[] | undefined>;
  /** One-character words by the low bits of their code. */
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
    this.byPair = new Array(4 * buckets);
    this.byFirst = new Array(buckets);
    this.starts = new Uint8Array(buckets);
    this.pairs = new Uint8Array(4 * buckets);
    this.singles = new Uint8Array(buckets);
    // (the lists made, sorted at the end: a walk over the pair index would visit all of its mostly empty slots)
    const made: Entry[][] = [];
    for (const w of unique) {
      if (!w) continue;
      const first = w.charCodeAt(0);
      const entry = { word: w, first, second: w.length > 1 ? w.charCodeAt(1) : -1, third: w.length > 2 ? w.charCodeAt(2) : -1 };
      this.starts[first & this.mask] = 1;
      if (w.length === 1) {
        this.singles[first & this.mask] = 1;
        (this.byFirst[first & this.mask] ??= []).push(entry);
      } else {
        const pair = this.pairIndex(first, entry.second);
        this.pairs[pair] = 1;
        let list = this.byPair[pair];
        if (!list) made.push((list = this.byPair[pair] = []));
        list.push(entry);
      }
    }
    for (const list of made) list.sort((a, b) => b.word.length - a.word.length);
  }

  private pairIndex(first: number, second: number): number {
    return pairHash(first, second, 4 * this.mask + 3);
  }

  /** The longest word starting at `text[at]`, or null. */
  at(text: string, at: number): string | null {
    const code = text.charCodeAt(at);
    if (!this.starts[code & this.mask]) return null;
    // (NaN past the end of the text, which no word's second character equals)
    const second = text.charCodeAt(at + 1);
    const pair = this.pairIndex(code, second);
    // Longer words first: the longest that the text holds here is the answer.
    if (this.pairs[pair] === 1) {
      const list = this.byPair[pair]!;
      const third = text.charCodeAt(at + 2);
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        if (e.first !== code || e.second !== second) continue;
        if (e.word.length === 2 || (e.third === third && (e.word.length === 3 || text.startsWith(e.word, at)))) return e.word;
      }
    }
    if (this.singles[code & this.mask] === 1) {
      const list = this.byFirst[code & this.mask]!;
      for (let k = 0; k < list.length; k++) if (list[k]!.first === code) return list[k]!.word;
    }
    return null;
  }

  /** Non-overlapping matches, as a global regular expression alternation of the words would give them. */
  all(text: string): LiteralMatch[] {
    const out: LiteralMatch[] = [];
    const starts = this.starts;
    const mask = this.mask;
    for (let i = 0; i < text.length; ) {
      // (at most positions no word starts: said here by one table read, before a call of `at`)
      if (starts[text.charCodeAt(i) & mask] === 0) {
        i++;
        continue;
      }
      const w = this.at(text, i);
      if (w) {
        out.push({ index: i, word: w });
        i += w.length;
      } else i++;
    }
    return out;
  }
}

/**
 * Several matchers' `all` in one pass over a text, for word lists that are all looked for in the same texts: most
 * positions start a word of none of them, which one read of a table made from all of their words says, where each
 * matcher's own scan read its tables again at every position; and where some word may start, the table says whose,
 * so only those matchers are asked.
 */
export class LiteralScan {
  readonly matchers: readonly LiteralMatcher[];
  /** Bit k set: list k holds a one-character word whose code has these low 12 bits. */
  private readonly singles = new Uint8Array(4096);
  /** Bit k set: list k holds a longer word whose first two characters' codes have this hash (pairHash). */
  private readonly pairs = new Uint8Array(16384);

  constructor(lists: ReadonlyArray<Iterable<string>>) {
    if (lists.length > 8) throw new Error('LiteralScan: at most 8 lists (one bit each in a byte)');
    this.matchers = lists.map((words, k) => {
      const unique = [...new Set(words)];
      for (const w of unique) {
        if (w.length === 1) this.singles[w.charCodeAt(0) & 4095]! |= 1 << k;
        else if (w) this.pairs[pairHash(w.charCodeAt(0), w.charCodeAt(1), 16383)]! |= 1 << k;
      }
      return new LiteralMatcher(unique);
    });
  }

  /** Each matcher's `all(text)`, in the order of the lists. */
  all(text: string): LiteralMatch[][] {
    const matchers = this.matchers;
    const found = matchers.map((): LiteralMatch[] => []);
    // Where each matcher may match next: past the end of its last match, as its own scan would go on.
    const from = new Int32Array(matchers.length);
    let next = text.charCodeAt(0);
    for (let i = 0; i < text.length; i++) {
      const code = next;
      // (NaN past the end of the text, 0 in the hash: the bits read there may be set, and the matchers decide)
      next = text.charCodeAt(i + 1);
      let lists = this.singles[code & 4095]! | this.pairs[pairHash(code, next, 16383)]!;
      for (let k = 0; lists !== 0; k++, lists >>= 1) {
        if ((lists & 1) === 0 || from[k]! > i) continue;
        const w = matchers[k]!.at(text, i);
        if (w) {
          found[k]!.push({ index: i, word: w });
          from[k] = i + w.length;
        }
      }
    }
    return found;
  }
}

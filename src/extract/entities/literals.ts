// Finds any of a fixed set of words in a text, left to right and longest first at each position, through an
// index by first character: one map look-up a character instead of trying every alternative of a big regex.

export interface LiteralMatch {
  index: number;
  word: string;
}

export class LiteralMatcher {
  private readonly byFirst = new Map<number, string[]>();
  /** Flags of the first characters: a typed-array read a character is cheaper than a map look-up. */
  private readonly firsts = new Uint8Array(65536);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      this.firsts[w.charCodeAt(0)] = 1;
      const list = this.byFirst.get(w.charCodeAt(0)) ?? [];
      list.push(w);
      this.byFirst.set(w.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word starting at `text[at]`, or null. */
  at(text: string, at: number): string | null {
    const list = this.byFirst.get(text.charCodeAt(at));
    if (list) for (const w of list) if (text.startsWith(w, at)) return w;
    return null;
  }

  /** Non-overlapping matches, as a global regular expression alternation of the words would give them. */
  all(text: string): LiteralMatch[] {
    const out: LiteralMatch[] = [];
    for (let i = 0; i < text.length; ) {
      const w = this.firsts[text.charCodeAt(i)] ? this.at(text, i) : null;
      if (w) {
        out.push({ index: i, word: w });
        i += w.length;
      } else i++;
    }
    return out;
  }
}


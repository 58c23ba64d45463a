// Finds any of a fixed set of words in a text, left to right and longest first at each position, through a
// character trie built once: one walk down the trie a position instead of trying every word with that first character.

export interface LiteralMatch {
  index: number;
  word: string;
}

interface TrieNode {
  /** The word that ends at this node, if any. */
  word: string | null;
  children: Map<number, TrieNode>;
}

const newNode = (): TrieNode => ({ word: null, children: new Map() });

export class LiteralMatcher {
  private readonly root = newNode();
  /** Flags of the first characters: a typed-array read a character is cheaper than a map look-up. */
  private readonly firsts = new Uint8Array(65536);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      this.firsts[w.charCodeAt(0)] = 1;
      let node = this.root;
      for (let i = 0; i < w.length; i++) {
        const code = w.charCodeAt(i);
        let child = node.children.get(code);
        if (!child) node.children.set(code, (child = newNode()));
        node = child;
      }
      node.word = w;
    }
  }

  /** The longest word starting at `text[at]`, or null. */
  at(text: string, at: number): string | null {
    let longest: string | null = null;
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.children.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word) longest = node.word;
    }
    return longest;
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

// Word tokens with offsets and dictionary part-of-speech tags: jieba's cut (no HMM) of each clause, tags read from
// jieba's own dictionary (the same tags `tag()` gives without HMM, at a fraction of the cost).
import { NO_NODE, segmenter, type WordNode } from '../../text/segmenter.js';

export interface Token {
  readonly word: string;
  /** Offsets in the text the block was cut from (doc.analysisText). */
  readonly start: number;
  readonly end: number;
  /** jieba dictionary tag ("ns", "v", "n" …); "" when the word is not in the dictionary. */
  readonly tag: string;
}

/** A token whose tag is read from its dictionary node only when a recogniser asks for it (most never are). */
class CutToken implements Token {
  private text: string | null;
  private cached = '';
  constructor(
    source: string,
    readonly start: number,
    readonly end: number,
    private readonly node: WordNode,
  ) {
    this.text = source;
  }
  /** The word, sliced from the text the first time it is read (most tokens are only found by offset). */
  get word(): string {
    if (this.text !== null) {
      this.cached = this.text.slice(this.start, this.end);
      this.text = null;
    }
    return this.cached;
  }
  get tag(): string {
    return this.node === NO_NODE ? '' : segmenter().tagAt(this.node);
  }
}

/** Dictionary tag of a word ("" when unknown). */
export function tagOf(word: string): string {
  return segmenter().tagOf(word);
}

/** True when the word is in jieba's dictionary. */
export function isDictWord(word: string): boolean {
  return segmenter().has(word);
}

/**
 * True when some word of jieba's dictionary that starts at text[at] satisfies `test` (given the word and its tag):
 * the words the cut may give there are among these, read off the dictionary's trie one character at a time.
 */
export function someDictWordAt(text: string, at: number, test: (word: string, tag: string) => boolean): boolean {
  const dictionary = segmenter();
  let node = 0;
  for (let i = at; i < text.length; i++) {
    node = dictionary.child(node, text.charCodeAt(i));
    if (node === NO_NODE) return false;
    const tag = dictionary.tagAt(node);
    if (tag && test(text.slice(at, i + 1), tag)) return true;
  }
  return false;
}

/** Cuts `text.slice(start, end)` into tokens whose offsets are in `text`. Every character is kept. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  segmenter().cut(text, start, end, (s, e, node) => out.push(new CutToken(text, s, e, node)));
  return out;
}

// Word tokens with offsets and dictionary part-of-speech tags: jieba's cut (no HMM) of each clause, tags read from
// jieba's own dictionary (the same tags `tag()` gives without HMM, at a fraction of the cost).
import { NO_NODE, segmenter } from '../../text/segmenter.js';

export interface Token {
  readonly word: string;
  /** Offsets in the text the block was cut from (doc.analysisText). */
  readonly start: number;
  readonly end: number;
  /** jieba dictionary tag ("ns", "v", "n" …); "" when the word is not in the dictionary. */
  readonly tag: string;
}

/**
 * A token of the cut. Its tag is read from the dictionary as it is cut, while the word's trie node is still in cache
 * (read later, when a recogniser asks, it was a cache miss or two a token: the trie is megabytes).
 */
class CutToken implements Token {
  constructor(
    /** The text the token was cut from until its word is first read, then the word: one field, not two. */
    private text: string,
    readonly start: number,
    readonly end: number,
    readonly tag: string,
  ) {}
  /** The word, sliced from the text the first time it is read (most tokens are only found by offset). */
  get word(): string {
    // (a text as long as the word is the word: the token is the whole of it, or the text was sliced already)
    if (this.text.length !== this.end - this.start) this.text = this.text.slice(this.start, this.end);
    return this.text;
  }
}

/** Dictionary tag of a word ("" when unknown). */
export function tagOf(word: string): string {
  return segmenter().tagOf(word);
}

/** True when the dictionary knows the word as a common word, not a name of any kind ("合作" vn; not 阿里 nrt, 邹城 nr). */
export function isCommonWord(word: string): boolean {
  const tag = tagOf(word);
  return tag !== '' && !/^(?:ns|nr|nz|nt|j)/.test(tag);
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
  const dictionary = segmenter();
  dictionary.cut(text, start, end, (s, e, node) => out.push(new CutToken(text, s, e, dictionary.tagAt(node))));
  return out;
}

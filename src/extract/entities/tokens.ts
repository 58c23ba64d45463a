// Word tokens with offsets and dictionary part-of-speech tags: one jieba `cut` (no HMM) per text block,
// tags looked up in jieba's own dictionary (the same tags `tag()` gives without HMM, at a third of the cost).
import { dictionaryTags, jiebaCutter } from '../../text/dictionary.js';

export interface Token {
  readonly word: string;
  /** Offsets in the text the block was cut from (doc.analysisText). */
  readonly start: number;
  readonly end: number;
  /** jieba dictionary tag ("ns", "v", "n" …); "" when the word is not in the dictionary. */
  readonly tag: string;
}

/** A token whose tag is looked up only when a recogniser asks for it (most never are). */
class CutToken implements Token {
  private cachedTag: string | undefined;
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get tag(): string {
    return (this.cachedTag ??= dictionaryTags().get(this.word) ?? '');
  }
}

/** Dictionary tag of a word ("" when unknown). */
export function tagOf(word: string): string {
  return dictionaryTags().get(word) ?? '';
}

/** True when the word is in jieba's dictionary. */
export function isDictWord(word: string): boolean {
  return dictionaryTags().has(word);
}

/** Cuts `text.slice(start, end)` into tokens whose offsets are in `text`. Every character is kept. */
export function tokenize(text: string, start: number, end: number): Token[] {
  // One character is one token whatever jieba would say: clause breaks are cut alone, a quarter of all cuts.
  if (end - start === 1) return [new CutToken(text[start]!, start, end)];
  const jieba = jiebaCutter();
  const piece = text.slice(start, end);
  const words = piece ? jieba.cut(piece, false) : [];
  const out: Token[] = [];
  let at = start;
  for (const word of words) {
    out.push(new CutToken(word, at, at + word.length));
    at += word.length;
  }
  // jieba keeps every character; if a future version does not, fall back to one token a character.
  if (at !== end) {
    out.length = 0;
    for (let i = start; i < end; i++) out.push(new CutToken(text[i]!, i, i + 1));
  }
  return out;
}

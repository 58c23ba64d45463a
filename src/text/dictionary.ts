// jieba with its bundled dictionary, loaded once per process and shared by the reader (word joins across
// line breaks) and the recognisers (word tokens), with the dictionary's part-of-speech tags by word.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;
let tags: Map<string, string> | null = null;

/** The shared jieba instance (~0.2 s to load). */
export function jiebaCutter(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

/**
 * The dictionary's tags by word; no object is made per look-up. Loaded apart from the cutter (~0.4 s, ~45 MB):
 * a search thread only cuts queries and never needs them.
 */
export function dictionaryTags(): Map<string, string> {
  if (!tags) {
    tags = new Map();
    // dict.txt lines are "word freq tag".
    const text = new TextDecoder('utf-8').decode(dict);
    for (let i = 0; i < text.length; ) {
      let nl = text.indexOf('\n', i);
      if (nl < 0) nl = text.length;
      const a = text.indexOf(' ', i);
      const b = text.lastIndexOf(' ', nl);
      if (a > i && a < nl && b > a) tags.set(text.slice(i, a), text.slice(b + 1, nl).trim());
      i = nl + 1;
    }
  }
  return tags;
}

let prefixes: Set<string> | null = null;
/** The first two characters of every dictionary word of two or more: a word can start at a place only with one. */
export function dictionaryPrefixes(): Set<string> {
  if (!prefixes) {
    prefixes = new Set();
    for (const word of dictionaryTags().keys()) if (word.length >= 2) prefixes.add(word.slice(0, 2));
  }
  return prefixes;
}

// The native jieba with its bundled dictionary, loaded once per process: the search index's cuts (search mode and
// the HMM for unknown words). Extraction and the reader cut with the JS segmenter over the same dictionary
// (segmenter.ts), which gives the same words as this one's `cut(text, false)`.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;

/** The shared jieba instance (~0.2 s to load). */
export function jiebaCutter(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

// Word-boundary plausibility across a break: does joining the end of one fragment to the start of
// another make a dictionary word straddle the join ("…创新中心及杭" + "州实验室…" → 杭州)? jieba's cut is asked
// about a few characters on each side only, so the cost per question is constant.
import { segmenter } from '../../text/segmenter.js';
import { simplifiedIfTraditional } from '../convertScript.js';
import { isCjk } from './measureLine.js';

const SIDE = 4;

/** Trailing CJK run of `text` (up to SIDE characters), ignoring nothing: punctuation ends the run. */
function cjkTail(text: string): string {
  let i = text.length;
  while (i > 0 && text.length - i < SIDE && isCjk(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

function cjkHead(text: string): string {
  let i = 0;
  while (i < text.length && i < SIDE && isCjk(text.charCodeAt(i))) i++;
  return text.slice(0, i);
}

/** True when a dictionary word of jieba's cut spans the join of `before` and `after`. */
export function joinsWord(before: string, after: string): boolean {
  const tail = cjkTail(before.trimEnd());
  const head = cjkHead(after.trimStart());
  if (!tail || !head) return false;
  // Without HMM jieba only makes dictionary words of two or more characters: when no dictionary word
  // spans the join, no word of its cut can, and the join need not be cut.
  const dictionary = segmenter();
  // (the dictionary is in simplified script: traditional characters would make words of their own)
  const joined = simplifiedIfTraditional(tail + head);
  let spanning = false;
  for (let i = tail.length - 1; i >= 0 && !spanning; i--) {
    // walk the dictionary trie from i: a word spanning the join ends past the tail
    let node = dictionary.nodeOf(joined, i, tail.length);
    for (let j = tail.length; j < joined.length && node >= 0 && !spanning; j++) {
      node = dictionary.child(node, joined.charCodeAt(j));
      spanning = dictionary.isWord(node);
    }
  }
  if (!spanning) return false;
  let joins = false;
  dictionary.cut(joined, 0, joined.length, (start, end) => {
    if (start < tail.length && end > tail.length) joins = true;
  });
  return joins;
}

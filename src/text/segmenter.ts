// jieba's exact cut (no HMM) over jieba's own dictionary, in JS, with each word's dictionary node: the same words
// as @node-rs/jieba's `cut(text, false)` (a test compares them on every dictionary word, every character and the
// bundled pages), at under half its cost, because no string crosses into native code and back, and with offsets and
// part-of-speech tags for free. The search index keeps the native jieba: it needs the HMM and search modes.
//
// The algorithm is jieba's (github.com/fxsjy/jieba, jieba-rs): the text is split into runs of CJK ideographs and
// ASCII word characters; in each run every dictionary word starting at each character is an edge of a word graph,
// and the cut is the path of highest summed log frequency, found right to left; single ASCII letters and digits the
// path leaves alone are joined into one word ("EPON"). Any other character is a word of its own.
import { dict } from '@node-rs/jieba/dict.js';
import { isAsciiAlnum } from './wordClass.js';

/** Node of the dictionary trie, or NO_NODE. */
export type WordNode = number;
export const NO_NODE = -1;

// Characters jieba's run pattern takes: CJK unified ideographs (with extension A and the compatibility block) and
// ASCII letters, digits and +#&._%- (a test checks every BMP character against the native cut).
const IN_RUN = new Uint8Array(65536);
for (let c = 0x3400; c <= 0x4dbf; c++) IN_RUN[c] = 1;
for (let c = 0x4e00; c <= 0x9fff; c++) IN_RUN[c] = 1;
for (let c = 0xf900; c <= 0xfaff; c++) IN_RUN[c] = 1;
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-') IN_RUN[ch.charCodeAt(0)] = 1;


/**
 * The dictionary as a trie of characters, numbered level by level in character order, so that a node's children
 * are consecutive nodes: a child is found by scanning (or bisecting) a few codes of one small array, and the arrays
 * of the whole trie fit in a few megabytes, which keeps the walk in cache. The root's children are a direct table.
 */
export class Segmenter {
  /** Character code of the edge into each node. */
  private readonly codes: Uint16Array;
  /** Children of node n are the nodes firstChild[n] to firstChild[n + 1] - 1. */
  private readonly firstChild: Int32Array;
  /** The root's child by character code, or NO_NODE. */
  private readonly rootChild = new Int32Array(65536).fill(NO_NODE);
  /** ln(freq / total) of the word ending at a node; NaN where no word ends. */
  private readonly logFreq: Float64Array;
  /** Index into `tagNames` of the word ending at a node. */
  private readonly tagIndex: Uint8Array;
  private readonly tagNames: string[] = [];
  private readonly logTotal: number;
  // The right-to-left route, reused from call to call.
  private routeScore = new Float64Array(256);
  private routeEnd = new Int32Array(256);
  private routeNode = new Int32Array(256);

  /** `text` is a jieba dictionary: lines of "word freq tag". */
  constructor(text: string) {
    const words: string[] = [];
    const freqs: number[] = [];
    const tags: string[] = [];
    let total = 0;
    let chars = 0;
    for (let i = 0; i < text.length; ) {
      let nl = text.indexOf('\n', i);
      if (nl < 0) nl = text.length;
      // "word freq tag", read with two searches and no split (a split per line was half the build time)
      const a = text.indexOf(' ', i);
      if (a > i && a < nl) {
        let b = text.indexOf(' ', a + 1);
        if (b < 0 || b > nl) b = nl;
        // a word of frequency 0 could never win a route; jieba's dictionary has none
        const freq = Number(text.slice(a + 1, b));
        if (freq > 0) {
          words.push(text.slice(i, a));
          freqs.push(freq);
          tags.push(b < nl ? text.slice(b + 1, nl).trim() : '');
          total += freq;
          chars += a - i;
        }
      }
      i = nl + 1;
    }
    this.logTotal = Math.log(total);
    // words in code-unit order (stable: a word listed twice keeps its first entry, as jieba-rs does)
    const order = Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : a - b));
    const sorted = order.map((k) => words[k]!);
    // common prefix of each word with the one before it
    const shared = new Int32Array(sorted.length);
    let longest = 0;
    for (let i = 0; i < sorted.length; i++) {
      const w = sorted[i]!;
      longest = Math.max(longest, w.length);
      if (i === 0) continue;
      const v = sorted[i - 1]!;
      let k = 0;
      while (k < w.length && k < v.length && w.charCodeAt(k) === v.charCodeAt(k)) k++;
      shared[i] = k;
    }
    // Level d + 1 holds the distinct prefixes of d + 1 characters, in order: a word makes a new node there unless
    // the last word long enough shares those d + 1 characters with it (the least common prefix of the words between).
    const codes = new Uint16Array(chars + 1);
    const childCount = new Int32Array(chars + 1);
    const nodeOfWord = new Int32Array(sorted.length);
    let nodes = 1;
    for (let d = 0; d < longest; d++) {
      let last = NO_NODE;
      let sinceLast = Infinity;
      for (let i = 0; i < sorted.length; i++) {
        if (i > 0) sinceLast = Math.min(sinceLast, shared[i]!);
        const w = sorted[i]!;
        if (w.length <= d) continue;
        if (last === NO_NODE || sinceLast < d + 1) {
          last = nodes++;
          codes[last] = w.charCodeAt(d);
          childCount[nodeOfWord[i]!]!++;
        }
        nodeOfWord[i] = last;
        sinceLast = Infinity;
      }
    }
    this.codes = codes.slice(0, nodes);
    this.firstChild = new Int32Array(nodes + 1);
    this.firstChild[0] = 1;
    for (let n = 0; n < nodes; n++) this.firstChild[n + 1] = this.firstChild[n]! + childCount[n]!;
    for (let c = this.firstChild[0]!; c < this.firstChild[1]!; c++) this.rootChild[this.codes[c]!] = c;
    this.logFreq = new Float64Array(nodes).fill(NaN);
    this.tagIndex = new Uint8Array(nodes);
    const tagIds = new Map<string, number>();
    for (let i = 0; i < sorted.length; i++) {
      const node = nodeOfWord[i]!;
      if (this.logFreq[node] === this.logFreq[node]) continue;
      const k = order[i]!;
      this.logFreq[node] = Math.log(freqs[k]!) - this.logTotal;
      let id = tagIds.get(tags[k]!);
      if (id === undefined) {
        id = this.tagNames.length;
        this.tagNames.push(tags[k]!);
        tagIds.set(tags[k]!, id);
      }
      this.tagIndex[node] = id;
    }
  }

  /** The node one character below `node`, or NO_NODE. */
  child(node: WordNode, code: number): WordNode {
    if (node === 0) return this.rootChild[code]!;
    let lo = this.firstChild[node]!;
    let hi = this.firstChild[node + 1]!;
    const codes = this.codes;
    // children are in code order: bisect a long list, scan a short one
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1;
      if (codes[mid]! <= code) lo = mid;
      else hi = mid;
    }
    for (; lo < hi; lo++) if (codes[lo] === code) return lo;
    return NO_NODE;
  }

  /** The node of text[start, end) in the trie (a word or a word's beginning), or NO_NODE. */
  nodeOf(text: string, start = 0, end = text.length): WordNode {
    let node = 0;
    for (let i = start; i < end && node !== NO_NODE; i++) node = this.child(node, text.charCodeAt(i));
    return node;
  }

  /** True when a dictionary word ends at the node. */
  isWord(node: WordNode): boolean {
    return node > 0 && this.logFreq[node] === this.logFreq[node];
  }

  /** The dictionary tag ("ns", "v" …) of the word ending at the node; "" when none does. */
  tagAt(node: WordNode): string {
    return this.isWord(node) ? this.tagNames[this.tagIndex[node]!]! : '';
  }

  /** Dictionary tag of a word ("" when the word is not in the dictionary). */
  tagOf(word: string): string {
    return this.tagAt(this.nodeOf(word));
  }

  /** True when the word is in the dictionary. */
  has(word: string): boolean {
    return this.isWord(this.nodeOf(word));
  }

  /**
   * Cuts text[start, end) as jieba's `cut(…, false)` does and calls `onWord` with each word's offsets in `text` and
   * its trie node (NO_NODE for a character or a joined ASCII run no dictionary word is).
   */
  cut(text: string, start: number, end: number, onWord: (start: number, end: number, node: WordNode) => void): void {
    for (let i = start; i < end; ) {
      const code = text.charCodeAt(i);
      if (IN_RUN[code]) {
        let k = i + 1;
        while (k < end && IN_RUN[text.charCodeAt(k)]) k++;
        this.cutRun(text, i, k, onWord);
        i = k;
      } else {
        // "\r\n" and a surrogate pair are one word each, like any other character outside a run
        const pair = (code === 13 && text.charCodeAt(i + 1) === 10) || (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00);
        const next = i + (pair && i + 1 < end ? 2 : 1);
        onWord(i, next, next - i === 1 ? this.child(0, code) : NO_NODE);
        i = next;
      }
    }
  }

  /** The words of text[start, end), as strings. */
  words(text: string, start = 0, end = text.length): string[] {
    const out: string[] = [];
    this.cut(text, start, end, (s, e) => out.push(text.slice(s, e)));
    return out;
  }

  private cutRun(text: string, start: number, end: number, onWord: (start: number, end: number, node: WordNode) => void): void {
    const n = end - start;
    if (n + 1 > this.routeScore.length) {
      this.routeScore = new Float64Array(2 * n + 2);
      this.routeEnd = new Int32Array(2 * n + 2);
      this.routeNode = new Int32Array(2 * n + 2);
    }
    const score = this.routeScore;
    const to = this.routeEnd;
    const via = this.routeNode;
    const logFreq = this.logFreq;
    // route[k]: the best cut of text[start + k, end); ties go to the longer word, as jieba-rs's max_by on (score, end)
    score[n] = 0;
    for (let k = n - 1; k >= 0; k--) {
      let best = -Infinity;
      let bestEnd = -1;
      let bestNode = NO_NODE;
      let node = 0;
      for (let j = k + 1; j <= n; j++) {
        node = this.child(node, text.charCodeAt(start + j - 1));
        if (node === NO_NODE) break;
        const f = logFreq[node]!;
        if (f !== f) continue;
        const s = f + score[j]!;
        if (s > best || (s === best && j > bestEnd)) {
          best = s;
          bestEnd = j;
          bestNode = node;
        }
      }
      // a character no dictionary word starts with is a word of its own, of frequency 1
      if (bestEnd < 0) {
        best = -this.logTotal + score[k + 1]!;
        bestEnd = k + 1;
      }
      score[k] = best;
      to[k] = bestEnd;
      via[k] = bestNode;
    }
    let ascii = -1;
    for (let k = 0; k < n; ) {
      const next = to[k]!;
      if (next - k === 1 && isAsciiAlnum(text.charCodeAt(start + k))) {
        if (ascii < 0) ascii = k;
      } else {
        if (ascii >= 0) onWord(start + ascii, start + k, this.nodeOf(text, start + ascii, start + k));
        ascii = -1;
        onWord(start + k, start + next, via[k]!);
      }
      k = next;
    }
    if (ascii >= 0) onWord(start + ascii, end, this.nodeOf(text, start + ascii, end));
  }
}

let shared: Segmenter | null = null;

/** The segmenter over jieba's bundled dictionary, built once per process (~0.3 s). */
export function segmenter(): Segmenter {
  return (shared ??= new Segmenter(new TextDecoder('utf-8').decode(dict)));
}

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

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The dictionary as a trie of characters. Edges live in one open-addressing hash table of typed arrays, keyed by
 * (parent node, character code): one multiply-and-probe a character, where a Map of substrings would make and hash
 * a string a character.
 */
export class Segmenter {
  private readonly mask: number;
  private readonly edgeParent: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeChild: Int32Array;
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
    const entries: Array<[string, number, string]> = [];
    let chars = 0;
    let total = 0;
    for (let i = 0; i < text.length; ) {
      let nl = text.indexOf('\n', i);
      if (nl < 0) nl = text.length;
      const [word, freq, tag] = text.slice(i, nl).trim().split(' ');
      i = nl + 1;
      if (!word || !freq) continue;
      entries.push([word, Number(freq), tag ?? '']);
      chars += word.length;
      total += Number(freq);
    }
    this.logTotal = Math.log(total);
    let size = 1024;
    while (size < 2 * chars) size *= 2;
    this.mask = size - 1;
    this.edgeParent = new Int32Array(size).fill(NO_NODE);
    this.edgeCode = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    const logFreq = new Float64Array(chars + 1).fill(NaN);
    const tagIndex = new Uint8Array(chars + 1);
    const tagIds = new Map<string, number>();
    let nodes = 1;
    for (const [word, freq, tag] of entries) {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        let child = this.child(node, code);
        if (child === NO_NODE) {
          child = nodes++;
          let slot = this.slot(node, code);
          while (this.edgeParent[slot] !== NO_NODE) slot = (slot + 1) & this.mask;
          this.edgeParent[slot] = node;
          this.edgeCode[slot] = code;
          this.edgeChild[slot] = child;
        }
        node = child;
      }
      // jieba-rs keeps the first entry of a word listed twice
      if (logFreq[node] === logFreq[node]) continue;
      logFreq[node] = Math.log(freq) - this.logTotal;
      let id = tagIds.get(tag);
      if (id === undefined) {
        id = this.tagNames.length;
        this.tagNames.push(tag);
        tagIds.set(tag, id);
      }
      tagIndex[node] = id;
    }
    this.logFreq = logFreq.subarray(0, nodes);
    this.tagIndex = tagIndex.subarray(0, nodes);
  }

  private slot(node: number, code: number): number {
    return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 11) & this.mask;
  }

  /** The node one character below `node`, or NO_NODE. */
  child(node: WordNode, code: number): WordNode {
    for (let slot = this.slot(node, code); ; slot = (slot + 1) & this.mask) {
      const parent = this.edgeParent[slot]!;
      if (parent === NO_NODE) return NO_NODE;
      if (parent === node && this.edgeCode[slot] === code) return this.edgeChild[slot]!;
    }
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

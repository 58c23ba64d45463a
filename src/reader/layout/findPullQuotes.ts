// Pull quotes: a passage printed a second time in large type. The two copies share most of their
// character 8-grams; the copy that stands alone (or is cut off mid-sentence, or is marked as a
// heading) is the quote, the copy that runs inside a longer paragraph is the body. Only short units
// are quote candidates, and every unit is scanned once with a rolling hash, so this is linear.
import type { Unit } from './classifyLines.js';
import { endsSentence } from './measureLine.js';

const N = 8;
const MAX_QUOTE = 400;
const MIN_QUOTE = 30;
const SHARE = 0.6;

/** The text without whitespace (the two copies of a quote may be broken and spaced differently). */
function normalise(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

// Rolling polynomial hash over 8 UTF-16 units; collisions only cost a spurious count.
const BASE = 31;
let BASE_N = 1;
for (let k = 0; k < N; k++) BASE_N = Math.imul(BASE_N, BASE);

export interface PullQuote {
  /** Index of the quote unit. */
  quote: number;
  /** Index of the unit holding the body copy. */
  twin: number;
}

/** Grams sampled from each candidate to find the units that may hold its twin. */
const SAMPLES = 5;
const FILTER_BITS = 16;
const MAX_COPIES = 8;

export function findPullQuotes(units: Unit[]): PullQuote[] {
  const inFlow = (u: Unit) => u.kind === 'body' || u.kind === 'heading';
  const normalised = new Map<number, string>();
  const textOf = (i: number) => {
    let t = normalised.get(i);
    if (t === undefined) normalised.set(i, (t = normalise(units[i]!.line.text)));
    return t;
  };
  // A few grams spread over each candidate point to the units worth comparing in full; a bit table
  // in front of the map turns away almost every gram of the page without a map lookup.
  const sampled = new Map<number, number[]>(); // gram → candidates it was sampled from
  const filter = new GramFilter();
  units.forEach((u, i) => {
    const text = u.line.text;
    if (!inFlow(u) || text.length < MIN_QUOTE || text.length > MAX_QUOTE) return;
    const last = text.length - N;
    for (let k = 0; k < SAMPLES; k++) {
      const g = hashAt(text, Math.floor((k * last) / (SAMPLES - 1)));
      if (g < 0) continue;
      const list = sampled.get(g);
      if (!list) sampled.set(g, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
      filter.add(g);
    }
  });
  if (!sampled.size) return [];
  // One pass over the page: a rolling hash over the last 8 non-space characters of each unit.
  const pairs: [number, number][] = [];
  for (let j = 0; j < units.length; j++) {
    if (!inFlow(units[j]!)) continue;
    const hits = sampledHits(units[j]!.line.text, j, sampled, filter);
    if (hits) for (const [i, count] of hits) if (count >= 3) pairs.push([i, j]);
  }
  const found: PullQuote[] = [];
  const decided = new Set<string>();
  for (const [i, j] of pairs) {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    if (decided.has(key) || shared(textOf(i), textOf(j)) < SHARE) continue;
    decided.add(key);
    found.push(whichIsQuote(units, textOf(i), textOf(j), i, j));
  }
  // a unit is a quote at most once, and a quote is nobody's body twin
  const quotes = new Set<number>();
  return found.filter((q) => !quotes.has(q.quote) && !quotes.has(q.twin) && quotes.add(q.quote));
}

/** One bit per 16-bit gram prefix: small enough to stay in the processor's nearest cache. */
const FILTER_MASK = (1 << FILTER_BITS) - 1;

class GramFilter {
  readonly bits = new Uint32Array((1 << FILTER_BITS) >>> 5);

  add(gram: number): void {
    const slot = gram & ((1 << FILTER_BITS) - 1);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  mayHold(gram: number): boolean {
    const slot = gram & ((1 << FILTER_BITS) - 1);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

const ring = new Int32Array(N);

// Any of the characters isSpace skips: most paragraphs hold none, and their scan needs no ring of the last 8 characters kept.
const HAS_SPACE = /[ \t\n\r\u3000]/;

/** How many of unit j's 8-grams were sampled from each other candidate unit. */
function sampledHits(text: string, j: number, sampled: Map<number, number[]>, filter: GramFilter): Map<number, number> | null {
  if (HAS_SPACE.test(text)) return sampledHitsSpaced(text, j, sampled, filter);
  let hits: Map<number, number> | null = null;
  const bits = filter.bits;
  const length = text.length;
  if (length < N) return null;
  let h = 0;
  for (let i = 0; i < N - 1; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  // without spaces the gram ending at i is text[i - 7 … i]: the rolling hash drops text[i - 8]
  for (let i = N - 1; i < length; i++) {
    h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    if (i >= N) h = (h - Math.imul(BASE_N, text.charCodeAt(i - N))) | 0;
    // (GramFilter.mayHold, inlined: this runs for every character of the page)
    if ((bits[(h & FILTER_MASK) >>> 5]! & (1 << (h & 31))) !== 0) hits = countHit(hits, h & 0x3fffffff, j, sampled);
  }
  return hits;
}

/** sampledHits over a text with spaces: the grams are of its non-space characters, the last 8 kept in a ring. */
function sampledHitsSpaced(text: string, j: number, sampled: Map<number, number[]>, filter: GramFilter): Map<number, number> | null {
  let hits: Map<number, number> | null = null;
  let h = 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    h = (Math.imul(h, BASE) + c) | 0;
    if (seen >= N) h = (h - Math.imul(BASE_N, ring[seen % N]!)) | 0;
    ring[seen % N] = c;
    seen++;
    if (seen < N) continue;
    const g = h & 0x3fffffff;
    if (filter.mayHold(g)) hits = countHit(hits, g, j, sampled);
  }
  return hits;
}

/** Counts gram g of unit j for each candidate it was sampled from. */
function countHit(hits: Map<number, number> | null, g: number, j: number, sampled: Map<number, number[]>): Map<number, number> | null {
  const list = sampled.get(g);
  // a passage sampled from many units is boilerplate, not a quote
  if (!list || list.length > MAX_COPIES) return hits;
  hits ??= new Map();
  for (const cand of list) if (cand !== j) hits.set(cand, (hits.get(cand) ?? 0) + 1);
  return hits;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;
}

/** The hash of the 8 non-space characters from `at` on, as the page scan computes it; -1 past the end. */
function hashAt(text: string, at: number): number {
  let h = 0;
  let taken = 0;
  for (let i = at; i < text.length && taken < N; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    h = (Math.imul(h, BASE) + c) | 0;
    taken++;
  }
  return taken === N ? h & 0x3fffffff : -1;
}

// Open-addressed set of the distinct 8-gram hashes of one text, reused from call to call: a slot holds
// hash + 1 (0 is empty), and `seenIn` marks the slots found in the other text. Building and probing it is
// linear, where sorting the grams and a binary search for every gram of the other text was not, and it
// counts exactly the same grams (exact keys, no lossy filter).
let gramSlots = new Int32Array(1024);
let seenIn = new Uint8Array(1024);

/** Share of the distinct 8-grams of `a` that occur in `b`: `b` (often a long paragraph) is only scanned. */
/** The slot holding `key` in the open-addressed gram table, or the empty slot where it would go. */
function gramSlot(key: number, mask: number): number {
  let slot = Math.imul(key, 0x9e3779b1) & mask;
  while (gramSlots[slot] !== 0 && gramSlots[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

function shared(a: string, b: string): number {
  if (a.length < N) return 0;
  let size = 1024;
  while (size < 2 * (a.length - N + 1)) size *= 2;
  if (gramSlots.length < size) (gramSlots = new Int32Array(size)), (seenIn = new Uint8Array(size));
  else gramSlots.fill(0, 0, size), seenIn.fill(0, 0, size);
  const mask = size - 1;
  let distinct = 0;
  let h = 0;
  for (let i = 0; i < a.length; i++) {
    h = (Math.imul(h, BASE) + a.charCodeAt(i)) | 0;
    if (i >= N) h = (h - Math.imul(BASE_N, a.charCodeAt(i - N))) | 0;
    if (i < N - 1) continue;
    const key = (h & 0x3fffffff) + 1;
    const slot = gramSlot(key, mask);
    if (gramSlots[slot] === 0) (gramSlots[slot] = key), distinct++;
  }
  let found = 0;
  h = 0;
  for (let i = 0; i < b.length; i++) {
    h = (Math.imul(h, BASE) + b.charCodeAt(i)) | 0;
    if (i >= N) h = (h - Math.imul(BASE_N, b.charCodeAt(i - N))) | 0;
    if (i < N - 1) continue;
    const key = (h & 0x3fffffff) + 1;
    const slot = gramSlot(key, mask);
    if (gramSlots[slot] === key && !seenIn[slot]) (seenIn[slot] = 1), found++;
  }
  return found / distinct;
}

/** Unit i's text is mostly inside unit j's: decide which of the two is the printed quote. */
function whichIsQuote(units: Unit[], textI: string, textJ: string, i: number, j: number): PullQuote {
  // A web page's teaser: the story's opening printed above it and cut off mid-sentence ("…新签约亿"), longer
  // than the paragraph it starts with. The teaser is the copy that leaves the flow, not the paragraph.
  const [first, later, firstText, laterText] = i < j ? [i, j, textI, textJ] : [j, i, textJ, textI];
  if (firstText.length > laterText.length && !endsSentence(units[first]!.line.text) && firstText.includes(laterText.slice(0, Math.min(laterText.length, 24))))
    return { quote: first, twin: later };
  if (textJ.length > 1.3 * textI.length) return { quote: i, twin: j };
  if (textI.length > 1.3 * textJ.length) return { quote: j, twin: i };
  const cutI = !endsSentence(units[i]!.line.text);
  const cutJ = !endsSentence(units[j]!.line.text);
  if (cutI !== cutJ) return cutI ? { quote: i, twin: j } : { quote: j, twin: i };
  if (!!units[i]!.level !== !!units[j]!.level) return units[i]!.level ? { quote: i, twin: j } : { quote: j, twin: i };
  return i < j ? { quote: i, twin: j } : { quote: j, twin: i };
}

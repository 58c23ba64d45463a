// PDF bold is often printed twice (overprinted), and extraction then emits each run of a bold line
// twice: "滨江新区滨江新区：：" → "滨江新区：", "坚持坚持““创新引领创新引领”，”，" → "坚持“创新引领”，",
// "张三张三摄摄" → "张三摄". A line is read as a chain of doubled chunks (X X); the second copies are
// dropped when the chain is long enough that it cannot be a reduplicated word ("谢谢", "高高兴兴",
// "研究研究"). One diagnostic a repaired run, carrying the dropped copies.
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import { isIdeograph as ideograph, isSpace as space } from './repairs/chars.js';
import { dropMasked, maskedPlace } from './repairs/editLine.js';

export const DOUBLED_BOLD_RUN = 'doubled-bold-run';

// Module-local bindings: the TypeScript loader reads imported functions through a getter on every
// call, a measurable cost in the per-character loops below.
const isSpace = space;
const isIdeograph = ideograph;

/** Longest chunk looked for: a bold run is a headline or a caption line, never a whole paragraph. */
const MAX_CHUNK = 96;

interface Chunk {
  /** First copy at [start, start + length), second copy right after it. */
  start: number;
  length: number;
}

interface Run {
  chunks: Chunk[];
  start: number;
  end: number;
}

// The last position of each two-character sequence (hashed to a 16-bit key) in the line being
// scanned, stored as `base + index`. Each scan starts its base above every value written before, so
// entries left by earlier lines read as absent and no table is ever cleared.
//
// The keys are kept in a small open-addressed table of (key, base + index) pairs, at least twice as
// many slots as the line has characters, rather than in a table of all 65536 keys: looked up once a
// character at a random key, a 256 KB table missed the processor's caches on most of them (the
// stage ran ~25% slower), while this one stays in the nearest cache. It answers exactly as the
// 65536-key table did. A slot whose position is below the scan's base is empty.
let lastPair = new Int32Array(2 * 4096);
// The same for building the chain below, hashed to 12 bits: a collision there only adds a candidate
// that is verified anyway, so a table small enough to stay in the nearest cache will do.
const CHAIN_BITS = 12;
const lastChainPair = new Int32Array(1 << CHAIN_BITS);
let base = 1;
let nextBase = 1;

function startScan(length: number): void {
  if (nextBase > 0x7fffffff - length) {
    lastPair.fill(0);
    lastChainPair.fill(0);
    nextBase = 1;
  }
  base = nextBase;
  nextBase += length;
}

const pairHash = (a: number, b: number) => a * 31 + b;
const pairKey = (a: number, b: number) => pairHash(a, b) & 0xffff;

/** Slots of lastPair for a line of `length` characters: a power of two, twice the length at least. */
function pairSlotsFor(length: number): number {
  let slots = lastPair.length >> 1;
  while (slots < 2 * length) slots *= 2;
  if (slots > lastPair.length >> 1) lastPair = new Int32Array(2 * slots);
  return slots;
}

// Reused across lines: the chains are only read while their line is scanned.
let nextBuffer = new Int32Array(256);
let candidateBuffer = new Int32Array(256);

/**
 * `next`: for each position, the next position starting with the same two characters (or with a
 * hash collision; candidates are verified), -1 when none. A doubled chunk X X with |X| ≥ 2 starting
 * at i is always found on this chain at i + |X|, and the chain is far sparser than same-character
 * links. `candidateFrom`: for each position, the first position from there on where a chunk may
 * start at all (its pair recurs within MAX_CHUNK, or its character is doubled), so that the scan
 * can pass over the stretches between them.
 */
function pairChains(text: string): { next: Int32Array; candidateFrom: Int32Array } {
  if (nextBuffer.length <= text.length) (nextBuffer = new Int32Array(2 * text.length + 1)), (candidateBuffer = new Int32Array(2 * text.length + 1));
  const next = nextBuffer;
  const candidateFrom = candidateBuffer;
  candidateFrom[text.length] = text.length;
  if (text.length) (next[text.length - 1] = -1), (candidateFrom[text.length - 1] = text.length - 1);
  startScan(text.length);
  for (let i = text.length - 2; i >= 0; i--) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const key = pairHash(a, b) & ((1 << CHAIN_BITS) - 1);
    const at = lastChainPair[key]!;
    next[i] = at >= base ? at - base : -1;
    lastChainPair[key] = base + i;
    const candidate = a === b || (next[i]! >= 0 && next[i]! - i <= MAX_CHUNK);
    candidateFrom[i] = candidate ? i : candidateFrom[i + 1]!;
  }
  return { next, candidateFrom };
}

/**
 * Every run worth undoing has a chunk of two or more characters with an ideograph, so some
 * two-character sequence holding an ideograph recurs within MAX_CHUNK characters, or else five
 * characters are each doubled; most lines have neither and are passed over after this one scan.
 */
export function mayHoldDoubledRun(text: string): boolean {
  const mask = pairSlotsFor(text.length) - 1;
  startScan(text.length);
  const table = lastPair;
  let doubledCharacters = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!isIdeograph(a) && !isIdeograph(b)) continue; // repeated digits ("1000") are no evidence
    if (a === b && ++doubledCharacters >= 5) return true;
    const key = pairKey(a, b);
    // the key's slot: its entry of this scan, or the first empty slot after the entries of other keys
    let slot = Math.imul(key, 0x9e3779b1) >>> 16 & mask;
    while (table[2 * slot + 1]! >= base && table[2 * slot] !== key) slot = (slot + 1) & mask;
    const at = table[2 * slot + 1]!;
    if (at >= base) {
      const j = at - base;
      if (i - j <= MAX_CHUNK && text.charCodeAt(j) === a && text.charCodeAt(j + 1) === b) return true;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = base + i;
  }
  return false;
}

/** Dashes, ellipses and dots are printed doubled on purpose ("——", "……"): one of them is no evidence. */
function isDoubledByStyle(c: number): boolean {
  return c === 0x2014 || c === 0x2026 || c === 0x2015 || c === 0x00b7 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3d || c === 0x2a;
}

function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** The longest X at `i` with text = …X X…, as a length (0 when none). */
function doubledAt(text: string, i: number, next: Int32Array): number {
  if (isSpace(text.charCodeAt(i))) return 0;
  let best = 0;
  const limit = Math.min(MAX_CHUNK, (text.length - i) >> 1);
  for (let j = next[i]!; j >= 0 && j - i <= limit; j = next[j]!) {
    const length = j - i;
    if (length >= 2 && sameRun(text, i, j, length)) best = length;
  }
  if (best === 0 && limit >= 1 && text.charCodeAt(i) === text.charCodeAt(i + 1) && !isDoubledByStyle(text.charCodeAt(i))) best = 1;
  return best;
}

/** Maximal chains of doubled chunks (single spaces may sit between chunks). */
export function findDoubledRuns(text: string): Run[] {
  const { next, candidateFrom } = pairChains(text);
  const runs: Run[] = [];
  let current: Run | null = null;
  let i = 0;
  while (i < text.length) {
    // outside a chain, positions where no chunk can start are passed over
    if (!current) i = candidateFrom[i]!;
    if (i >= text.length) break;
    const length = doubledAt(text, i, next);
    if (length > 0) {
      current ??= { chunks: [], start: i, end: i };
      current.chunks.push({ start: i, length });
      i += 2 * length;
      current.end = i;
      continue;
    }
    if (current && isSpace(text.charCodeAt(i)) && !(i + 1 < text.length && isSpace(text.charCodeAt(i + 1)))) {
      i++; // a single space between chunks ("摄影。。 张三张三摄摄") does not end the chain
      continue;
    }
    if (current) runs.push(current);
    current = null;
    i++;
  }
  if (current) runs.push(current);
  return runs;
}

function countIdeographs(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isIdeograph(text.charCodeAt(i))) n++;
  return n;
}

function nonSpaceCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Is this chain an extraction double rather than Chinese reduplication? The whole line doubled
 * needs three doubled characters, two of them ideographs ("张三张三摄摄"); a chain inside a line
 * needs four, with a chunk of at least two ideographs, and either two chunks or one of four
 * characters ("记者观察记者观察：：正文…"), so "谢谢", "高高兴兴", "研究研究" stay as printed.
 */
export function isExtractionDouble(text: string, run: Run, wholeLine: boolean): boolean {
  let doubled = 0;
  let ideographs = 0;
  let longest = 0;
  let longestIdeographs = 0;
  for (const c of run.chunks) {
    doubled += c.length;
    const n = countIdeographs(text, c.start, c.start + c.length);
    ideographs += n;
    longest = Math.max(longest, c.length);
    longestIdeographs = Math.max(longestIdeographs, n);
  }
  // Each character doubled on its own ("滨滨江江新新区区园园区区"): five or more in a row, since
  // four can be reduplication ("清清楚楚明明白白").
  if (longest === 1) return doubled >= 5 && ideographs >= 4;
  if (wholeLine) return doubled >= 3 && ideographs >= 2 && longest >= 2;
  return doubled >= 4 && longestIdeographs >= 2 && (run.chunks.length >= 2 || longest >= 4);
}

export function undoubleLine(line: Line): { line: Line; messages: Diagnostic[] } {
  const { text } = line;
  const runs = findDoubledRuns(text);
  if (!runs.length) return { line, messages: [] };
  const total = nonSpaceCount(text);
  const drop = new Uint8Array(text.length);
  const messages: Diagnostic[] = [];
  for (const run of runs) {
    let covered = 0;
    for (const c of run.chunks) covered += 2 * c.length;
    const wholeLine = covered - countSpacesInChunks(text, run) >= total;
    if (!isExtractionDouble(text, run, wholeLine)) continue;
    for (const c of run.chunks) drop.fill(1, c.start + c.length, c.start + 2 * c.length);
    const where = maskedPlace(line, drop, run.start, run.end)!;
    messages.push({
      severity: 'warning',
      ruleId: DOUBLED_BOLD_RUN,
      source: 'undoubleBoldRuns',
      reason: `bold text extracted twice: kept one copy of ${run.chunks.length} doubled run${run.chunks.length > 1 ? 's' : ''}`,
      place: { start: line.map[run.start]!, end: line.map[run.end - 1]! + 1 },
      dropped: where.dropped,
    });
  }
  if (!messages.length) return { line, messages };
  return { line: dropMasked(line, drop), messages };
}

/** Spaces inside doubled chunks are counted by `covered` but not by the line's non-space total. */
function countSpacesInChunks(text: string, run: Run): number {
  let n = 0;
  for (const c of run.chunks) for (let i = c.start; i < c.start + 2 * c.length; i++) if (isSpace(text.charCodeAt(i))) n++;
  return n;
}

export const undoubleBoldRuns = defineStage({
  name: 'undoubleBoldRuns',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    const messages: Diagnostic[] = [];
    const lines = doc.lines.map((line) => {
      if (line.text.length < 4 || !mayHoldDoubledRun(line.text)) return line;
      const result = undoubleLine(line);
      messages.push(...result.messages);
      return result.line;
    });
    return messages.length ? { ...doc, lines, messages: [...doc.messages, ...messages] } : { ...doc, lines };
  },
});

// Pull quotes: a passage printed a second time in large type. The two copies share most of their
// character 8-grams; the copy that stands alone (or is cut off mid-sentence, or is marked as a
// heading) is the quote, the copy that runs inside a longer paragraph is the body. Only short units
// are quote candidates, and the other units are scanned once with a rolling hash, so this is linear.
import type { Unit } from './classifyLines.js';
import { endsSentence } from './measureLine.js';

const N = 8;
const MAX_QUOTE = 400;
const MIN_QUOTE = 30;
const SHARE = 0.6;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Hashes of the 8-grams of a string (a simple polynomial hash; collisions only cost a spurious count). */
function gramHashes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + N <= text.length; i++) {
    let h = 0;
    for (let k = 0; k < N; k++) h = (Math.imul(h, 31) + text.charCodeAt(i + k)) | 0;
    out.push(h);
  }
  return out;
}

export interface PullQuote {
  /** Index of the quote unit. */
  quote: number;
  /** Index of the unit holding the body copy. */
  twin: number;
}

export function findPullQuotes(units: Unit[]): PullQuote[] {
  const texts = units.map((u) => normalise(u.line.text));
  const candidates = new Map<number, number[]>(); // gram → candidate unit indexes
  const size = new Map<number, number>();
  units.forEach((u, i) => {
    if ((u.kind !== 'body' && u.kind !== 'heading') || texts[i]!.length < MIN_QUOTE || texts[i]!.length > MAX_QUOTE) return;
    const grams = new Set(gramHashes(texts[i]!));
    size.set(i, grams.size);
    for (const g of grams) {
      const list = candidates.get(g);
      if (list) list.push(i);
      else candidates.set(g, [i]);
    }
  });
  if (!candidates.size) return [];
  const found: PullQuote[] = [];
  const decided = new Set<string>();
  units.forEach((u, j) => {
    if (u.kind !== 'body' && u.kind !== 'heading') return;
    const hits = new Map<number, number>();
    for (const g of new Set(gramHashes(texts[j]!))) for (const i of candidates.get(g) ?? []) if (i !== j) hits.set(i, (hits.get(i) ?? 0) + 1);
    for (const [i, count] of hits) {
      if (count / size.get(i)! < SHARE) continue;
      const key = i < j ? `${i}:${j}` : `${j}:${i}`;
      if (decided.has(key)) continue;
      decided.add(key);
      found.push(whichIsQuote(units, texts, i, j));
    }
  });
  // a unit is a quote at most once, and a quote is nobody's body twin
  const quotes = new Set<number>();
  return found.filter((q) => !quotes.has(q.quote) && !quotes.has(q.twin) && quotes.add(q.quote));
}

/** Unit i's text is mostly inside unit j's: decide which of the two is the printed quote. */
function whichIsQuote(units: Unit[], texts: string[], i: number, j: number): PullQuote {
  if (texts[j]!.length > 1.3 * texts[i]!.length) return { quote: i, twin: j };
  if (texts[i]!.length > 1.3 * texts[j]!.length) return { quote: j, twin: i };
  const cutI = !endsSentence(units[i]!.line.text);
  const cutJ = !endsSentence(units[j]!.line.text);
  if (cutI !== cutJ) return cutI ? { quote: i, twin: j } : { quote: j, twin: i };
  if (!!units[i]!.level !== !!units[j]!.level) return units[i]!.level ? { quote: i, twin: j } : { quote: j, twin: i };
  return i < j ? { quote: i, twin: j } : { quote: j, twin: i };
}

// Small text helpers shared by the entity recognisers.
import type { SourceDoc } from '../../types.js';
import { LEADING_GENERIC, NATIONAL_BODY } from '../../lexicon/stopWords.js';
import { isAmbiguousPlace, placeAt, type PlaceLevel } from '../../lexicon/places.js';
import { tokenAt, type Block } from './blocks.js';

const PLACE_RANK: Record<PlaceLevel, number> = { province: 3, city: 2, county: 1 };

/**
 * A registered name leads with its places from the largest down ("某省某市…"). Where a larger division follows a
 * smaller one at the front of a name ("某县某省…公司", "某区某省…集团"), the smaller one says where the body is,
 * and the name starts at the larger one. Returns the new start (at most `limit`).
 */
export function skipLocatingPlaces(block: Block, start: number, limit: number): number {
  const head = block.text.slice(start - block.start, limit - block.start);
  let name = 0;
  let prev = placeAt(head, 0);
  for (let at = 0; prev && !isAmbiguousPlace(prev); ) {
    at += prev.form.length;
    const next = placeAt(head, at);
    if (!next || isAmbiguousPlace(next)) break;
    if (PLACE_RANK[next.level] > PLACE_RANK[prev.level] && at < head.length - next.form.length) name = at;
    prev = next;
  }
  return start + name;
}

/** LEADING_GENERIC by first character, each list in the lexicon's order: a head is compared only with the words it can open with. */
const LEADING_GENERIC_BY_FIRST = new Map<string, string[]>();
for (const g of LEADING_GENERIC) {
  const list = LEADING_GENERIC_BY_FIRST.get(g[0]!);
  if (list) list.push(g);
  else LEADING_GENERIC_BY_FIRST.set(g[0]!, [g]);
}
const NONE: readonly string[] = [];

/** Moves `start` past classifier words at the front of a name ("企业", "区内", "该"), up to `limit` (what is left may be generic). */
export function trimLeadingGeneric(block: Block, start: number, limit: number): number {
  for (let changed = true; changed; ) {
    changed = false;
    const head = block.text.slice(start - block.start, limit - block.start);
    for (const g of LEADING_GENERIC_BY_FIRST.get(head[0]!) ?? NONE) {
      // (a whole word only: "全国性上市公司" does not open with 全国)
      if (head.startsWith(g) && !(g === '全国' && NATIONAL_BODY.test(head.slice(2))) && tokenAt(block, start + g.length)?.start === start + g.length) {
        start += g.length;
        changed = true;
        break;
      }
    }
    // "原某地科技工业园", "原投促局": 原 ("former") standing alone before a name dates it; it is no part of it
    // ("原子能…" opens with the word 原子).
    if (!changed && head.startsWith('原') && head.length >= 3 && (placeAt(head, 1) || tokenAt(block, start + 1)?.start === start + 1)) {
      start += 1;
      changed = true;
    }
  }
  return start;
}

/** Marks that end a sentence (。！？；!?;), by code unit: read a character at a time. */
const SENTENCE_END = new Set(Array.from('。！？；!?;', (c) => c.charCodeAt(0)));

/** The sentence of the block around [start, end). */
export function sentenceAround(block: Block, start: number, end: number): string {
  let s = start - block.start;
  let e = end - block.start;
  while (s > 0 && !SENTENCE_END.has(block.text.charCodeAt(s - 1))) s--;
  while (e < block.text.length && !SENTENCE_END.has(block.text.charCodeAt(e))) e++;
  return block.text.slice(s, e);
}

/** True when the analysis (simplified) form of a name differs from how it is printed. */
export function isSimplifiedVariant(doc: SourceDoc, c: { start: number; end: number; name: string }): boolean {
  return doc.text.slice(c.start, c.end) !== c.name;
}

/** True when every character of `short` occurs in `long` in order. */
export function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** A short aside in brackets ("（以下简称某某）", "（某某港）"), as a pattern's source: no clause break inside. */
export const BRACKET_ASIDE = '[（(][^（）()，。]{1,12}[）)]';

/**
 * The match of a sticky pattern at text[at], or null: the short tests at a clause opening or after a name's ending
 * run for every candidate, and matched in place no slice of the text is made for each. (For patterns of a few
 * literal words, which a slice of their longest length would match the same.)
 */
export function matchAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}

/**
 * The matches of a global pattern in the text, as `text.matchAll(pattern)` gives them: matchAll copies the pattern
 * for each call, which for a per-block scan costs as much as the search itself.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m; (m = pattern.exec(text)); ) {
    out.push(m);
    // (an empty match moves on a character, as matchAll does; none of the callers' patterns matches the empty string)
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

// Text structure the extraction stages share: which stretches of doc.analysisText they read (an
// article's headlines, paragraphs and captions — never pull quotes, which repeat body text), where
// sentences and clauses end, and which characters sit inside titles 《…》 or quotations “…”.
import type { SourceDoc, Span } from '../types.js';
import { isAsciiLetter } from '../text/wordClass.js';

export interface ReadItem {
  article: number;
  kind: 'headline' | 'paragraph' | 'caption';
  textSpan: Span;
}

// The items of a document's articles, made once: the stages after findPeople ask for them seven times a document. (By
// the articles array, which every stage's copy of the document shares; the reader, which alone changes articles,
// asks for no items.)
const itemsOf = new WeakMap<SourceDoc['articles'], readonly ReadItem[]>();

/** The items a recogniser reads, in text order (one array a document: not to be changed). */
export function readItems(doc: SourceDoc): readonly ReadItem[] {
  let items = itemsOf.get(doc.articles);
  if (!items) itemsOf.set(doc.articles, (items = itemsIn(doc)));
  return items;
}

function itemsIn(doc: SourceDoc): ReadItem[] {
  const items: ReadItem[] = [];
  doc.articles.forEach((a, article) => {
    for (const h of a.headlines ?? []) items.push({ article, kind: 'headline', textSpan: h.textSpan });
    for (const p of a.paragraphs) items.push({ article, kind: 'paragraph', textSpan: p.textSpan });
    for (const c of a.captions) items.push({ article, kind: 'caption', textSpan: c.textSpan });
  });
  return items.sort((x, y) => x.textSpan.start - y.textSpan.start);
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', '；', '：', ',', ';', ':']);

// Lookup tables by character code: reading text[i] of a CJK character allocates a string, so the
// loops below compare codes.
function table(chars: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const SENTENCE_END_TABLE = table(SENTENCE_END);
const CLAUSE_END_TABLE = table(CLAUSE_END);

/** Start of the sentence containing `at` (just after the previous sentence end), not before `floor`. */
export function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && SENTENCE_END_TABLE[text.charCodeAt(i - 1)] !== 1) i--;
  return i;
}

export function sentenceEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && SENTENCE_END_TABLE[text.charCodeAt(i)] !== 1) i++;
  return i < ceiling ? i + 1 : ceiling;
}

/** A clause ends at text[i] — but not at the comma of "1,200" (a thousands separator between digits). */
export function endsClauseAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (CLAUSE_END_TABLE[code] !== 1) return false;
  if (code !== 0x2c) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return !(before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39);
}

/**
 * The first position of `mark` at or after a position in the text (-1 when there is none). A new search is made only
 * when the last answer lies before the position asked, so asked in ascending order the searches read the page once.
 */
export function nextOf(text: string, mark: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || (found !== -1 && found < from)) {
      searchedFrom = from;
      found = text.indexOf(mark, from);
    }
    return found;
  };
}

/** Whether text[start, end) holds the whole of the mark `next` finds. */
export function holds(next: (from: number) => number, start: number, end: number, length = 1): boolean {
  const at = next(start);
  return at !== -1 && at + length <= end;
}

export function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !endsClauseAt(text, i - 1)) i--;
  return i;
}

export function clauseEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && !endsClauseAt(text, i)) i++;
  return i;
}

export function isClauseEndCode(code: number): boolean {
  return CLAUSE_END_TABLE[code] === 1;
}

export function isSentenceEnd(c: string | undefined): boolean {
  return c !== undefined && SENTENCE_END_TABLE[c.charCodeAt(0)] === 1;
}

export interface Bracketed {
  open: number;
  /** Index of the closing mark, or the end of the item when it is missing. */
  close: number;
  closed: boolean;
}

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '‘': '’', '「': '」', '『': '』', '〈': '〉', '"': '"' };

/**
 * Bracketed stretches of one kind in text[start, end): one pass with a depth counter, so nested marks
 * ("《关于〈…〉的意见》") stay inside the outer pair and an unmatched opening mark runs to `limit`
 * characters at most instead of swallowing the rest of the item.
 */
export function findBracketed(text: string, start: number, end: number, open: string, limit = 80): Bracketed[] {
  const openCode = open.charCodeAt(0);
  const closeCode = PAIRS[open]!.charCodeAt(0);
  const out: Bracketed[] = [];
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) !== openCode) {
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    const stop = Math.min(end, i + 1 + limit);
    for (; j < stop; j++) {
      const c = text.charCodeAt(j);
      if (c === closeCode) {
        depth--;
        if (depth === 0) break;
      } else if (c === openCode && openCode !== closeCode) depth++;
    }
    if (j < stop && text.charCodeAt(j) === closeCode) {
      out.push({ open: i, close: j, closed: true });
      i = j + 1;
    } else {
      // Unmatched: report nothing for it and move on one character, so the scan stays linear-ish
      // (each opening mark looks ahead at most `limit` characters).
      i++;
    }
  }
  return out;
}

/**
 * The stretches of text[start, end) that are inside a title 《…》 or a short quotation (a name or a slogan such as
 * “1+2+N”), or are a web address; numbers there belong to the name, not to a reported fact. Returned as the bounds of
 * each stretch in turn ([from, to) pairs, as `inRegions` reads them), or null when there is none. (Not a mask of the
 * item: a typed array that large is allocated outside V8's heap, at several times the cost of the scan.)
 */
export function nameRegions(text: string, start: number, end: number, shortQuote = 16): number[] | null {
  // One pass: at each opening mark, look ahead (a bounded distance) for its closing mark.
  let regions: number[] | null = null;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // A web address ("https://…/60326641/%E9%A6%99…"): its digits and percent signs are no figures.
    if (code === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) {
      let a = i;
      while (a > start && isAsciiLetter(text.charCodeAt(a - 1))) a--;
      let b = i + 3;
      while (b < end && text.charCodeAt(b) > 0x20 && text.charCodeAt(b) < 0x7f) b++;
      (regions ??= []).push(a, Math.min(b, end));
      i = b - 1;
      continue;
    }
    if (OPEN_MARKS[code] !== 1) continue;
    const open = text[i]!;
    const limit = open === '《' ? 80 : shortQuote + 1;
    const b = findBracketed(text, i, Math.min(end, i + limit + 1), open, limit)[0];
    if (!b || b.open !== i) continue;
    if (open !== '《' && b.close - b.open - 1 > shortQuote) continue;
    (regions ??= []).push(b.open, Math.min(b.close + 1, end));
  }
  return regions;
}

/** Whether `i` lies in one of the stretches nameRegions gave. */
export function inRegions(regions: readonly number[], i: number): boolean {
  for (let k = 0; k < regions.length; k += 2) if (i >= regions[k]! && i < regions[k + 1]!) return true;
  return false;
}

const OPEN_MARKS = table(['《', '“', '‘', '「', '"']);

/** Long quotations (speech) in text[start, end): spans of the quoted text. */
export function speechRegions(text: string, start: number, end: number): Bracketed[] {
  // A speech may run over several paragraphs in print; within one item it is closed or runs to the end.
  // “…” in mainland print, 「…」 in Hong Kong and Taiwan print.
  const out: Bracketed[] = [];
  let i = start;
  while (i < end) {
    const OPEN = text.charCodeAt(i);
    if (OPEN !== 0x201c && OPEN !== 0x300c) {
      i++;
      continue;
    }
    const CLOSE = OPEN === 0x201c ? 0x201d : 0x300d;
    let j = i + 1;
    let depth = 1;
    for (; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === OPEN) depth++;
      else if (c === CLOSE && --depth === 0) break;
    }
    out.push({ open: i, close: j, closed: j < end });
    i = j + 1;
  }
  return out;
}

/**
 * Where text[from, to) goes on after the last bracket or quote it opens and does not close ("某某“高性能…",
 * "…企业(含增资"), or `from` when it leaves none open.
 */
export function afterUnclosedMark(text: string, from: number, to: number): number {
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    // (by code: text[i] of a CJK character allocates a string) （ ( “ 「 open, ） ) ” 」 close
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28 || c === 0x201c || c === 0x300c) open.push(i);
    else if ((c === 0xff09 || c === 0x29 || c === 0x201d || c === 0x300d) && open.length) open.pop();
  }
  return open.length ? open[open.length - 1]! + 1 : from;
}


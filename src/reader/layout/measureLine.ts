// Measures printed lines: display width (a CJK character is one em, Latin half of one) and whether a
// line ends a sentence. Column-width statistics and every layout decision downstream rest on these.
import { withText } from '../../text/offsets.js';
import type { Line } from '../../types.js';
import { codeUnits, isWhitespace } from '../repairs/chars.js';

/** Width of `text` in ems: CJK ideographs and full-width forms 1, Latin and digits 0.5, spaces 0.25. */
export function displayWidth(text: string): number {
  return displayWidthUpTo(text, Infinity);
}

/** The display width, measured only until it passes `limit`: a result above `limit` means "wider than that". */
export function displayWidthUpTo(text: string, limit: number): number {
  let width = 0;
  let prevPunct = false;
  for (let i = 0; i < text.length && width <= limit; i++) {
    const c = text.charCodeAt(i);
    // most characters of a page are CJK ideographs: one em, and not punctuation (decided by two comparisons
    // before the tests below, which would reach the same answer after a dozen)
    if (c >= 0x4e00 && c <= 0x9fff) {
      prevPunct = false;
      width += 1;
      continue;
    }
    // typesetting squeezes a full-width punctuation mark next to another one ("》，") to half its width
    const punct = isWidePunct(c);
    if (punct && prevPunct) {
      width += 0.5;
      continue;
    }
    prevPunct = punct;
    if (c === 0x20 || c === 0x09 || c === 0x3000) width += c === 0x3000 ? 1 : 0.25;
    else if (c < 0x2000) width += 0.5;
    else if (c >= 0xd800 && c <= 0xdbff) (width += 1), i++;
    else width += 1;
  }
  return width;
}

function isWidePunct(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0x2018 && c <= 0x201d);
}

// Sentence-final marks, and the closing quotes, brackets and spaces that may follow them (Chinese and
// Western forms), as sets of code units: a regular expression run on one character at a time costs
// several times the test itself.
const SENTENCE_MARK = codeUnits('。！？!?…；;');
const CLOSING = codeUnits('”’」』）)》】〕"\'');

/** True when the text ends a sentence: 。！？… or ；, possibly inside closing quotes, brackets or spaces. */
export function endsSentence(text: string): boolean {
  // Read from the end: an end-anchored pattern would be tried from every position of the line, and
  // this is asked of every line several times. (A mark is never a closing character, so the mark
  // must sit right before the trailing run of closers.)
  let i = text.length - 1;
  while (i >= 0 && (CLOSING.has(text.charCodeAt(i)) || isWhitespace(text.charCodeAt(i)))) i--;
  return i >= 0 && SENTENCE_MARK.has(text.charCodeAt(i));
}

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** A Latin letter, an ASCII digit or % (one character, or none). */
export function isAsciiWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x25;
}


/** Index of the first and one past the last non-whitespace character of a line. */
export function trimBounds(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The line without leading and trailing whitespace, offsets kept. */
export function trimLine(line: Line): Line {
  const { start, end } = trimBounds(line.text);
  if (start === 0 && end === line.text.length) return line;
  // a view, not a copy: line maps are never written once made
  return withText(line, line.text.slice(start, end), line.map.subarray(start, end));
}

/** True when the raw text after the line's last character holds two or more spaces before the line end (a Markdown hard break). */
export function endsWithHardBreak(raw: string, line: Line): boolean {
  if (!line.map.length) return false;
  let at = line.map[line.map.length - 1]! + 1;
  let spaces = 0;
  while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t')) (spaces++, at++);
  return spaces >= 2 && (at >= raw.length || raw[at] === '\n' || raw[at] === '\r');
}

/** The whitespace before the line's first character when that is all its raw line holds before it, else null. */
function leadingIndent(raw: string, line: Line): string | null {
  const first = line.map[0];
  if (first === undefined) return null;
  let at = first;
  while (at > 0 && (raw[at - 1] === ' ' || raw[at - 1] === '\u3000' || raw[at - 1] === '\t')) at--;
  return at === 0 || raw[at - 1] === '\n' || raw[at - 1] === '\r' ? raw.slice(at, first) : null;
}

/** True when the raw line holding the line's first character has whitespace before it (a printed indent). */
export function startsIndented(raw: string, line: Line): boolean {
  return !!leadingIndent(raw, line);
}

/** True when the line opens with a paragraph's indent: two ideographic spaces, or two to four spaces. */
export function hasParagraphIndent(raw: string, line: Line): boolean {
  const indent = leadingIndent(raw, line);
  return indent === '\u3000\u3000' || (!!indent && /^ {2,4}$/.test(indent));
}

// Scratch for the median of a few values (the reflow asks for medians of three, many times a page).
const few = new Float64Array(8);

export function median(values: number[]): number {
  const n = values.length;
  if (!n) return 0;
  const mid = n >> 1;
  if (n <= few.length) {
    // insertion sort into the scratch: the same order a typed array's sort gives numbers that are not NaN
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v !== v) return sortedMedian(values);
      let k = i;
      while (k > 0 && few[k - 1]! > v) (few[k] = few[k - 1]!), k--;
      few[k] = v;
    }
    return n % 2 ? few[mid]! : (few[mid - 1]! + few[mid]!) / 2;
  }
  return sortedMedian(values);
}

let many = new Float64Array(256);

/**
 * The median of many values (a page's line widths) by selection, not a sort of them all: the middle values are
 * the sort's, so the median is too. NaN, which does not compare, falls back to the sort. (As with the few values
 * above, -0 and 0 are not told apart: widths are never -0.)
 */
function sortedMedian(values: number[]): number {
  const n = values.length;
  if (many.length < n) many = new Float64Array(2 * n);
  const a = many;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    // (a typed array sorts numerically without a comparator call per comparison)
    if (v !== v) return middleOfSorted(Float64Array.from(values).sort());
    a[i] = v;
  }
  const mid = n >> 1;
  const upper = selectNth(a, n, mid);
  if (n % 2) return upper;
  // after the selection every value before `mid` is at most a[mid]: the lower middle value is their largest
  let lower = a[0]!;
  for (let i = 1; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

function middleOfSorted(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The k-th smallest of a[0, n), moving smaller values before k and larger after it (Hoare's selection). */
function selectNth(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/** The q-quantile (0..1) of the values, by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

// Removes the spaces PDF extraction inserts into Chinese text: justified lines come out with a space
// between every character ("加 快 建 设 园 区" → "加快建设园区"), and ordinary lines with stray spaces
// next to numbers and full-width punctuation ("记者 3 月 21 日获悉", "举行， 云溪"); in a spaced-out line,
// digits spaced one by one join too ("5 0 个" → "50个"). Spaces that the layout meant are kept: between
// Latin words and numbers ("QX 3000", "5G SA", "PD-L1 抗体"), between
// names in a byline ("通讯员 张三 李四"), between the two phrases of a subhead, and wide gaps (column
// gutters). One diagnostic a changed line.
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import * as chars from './repairs/chars.js';
import { dropReported } from './repairs/editLine.js';
import { TABLE_ROW } from './splitLines.js';

export const SPACED_CHARACTERS = 'spaced-characters';

// Module-local bindings: the TypeScript loader reads imported functions through a getter on every
// call, a measurable cost in the per-character loops below.
const { isCjkPunct, isClosing, isDigit, isIdeograph, isLatinLetter, isSentenceEnd, isSpace } = chars;

/** Gaps wider than this are layout (a column gutter, a table), never an inserted space. */
const MAX_INSERTED_GAP = 2;
/** A line is "spaced" when at least this share of its ideographs stand alone between spaces. */
const SPACED_SHARE = 0.6;

// Byline role words (simplified and traditional): in such a line, isolated characters are padded
// two-character names ("王 春").
const BYLINE_ROLE = /记者|記者|通讯员|通訊員|实习生|實習生|特约|特約|摄影|攝影|作者|撰稿/;

interface Token {
  start: number;
  end: number;
  ideographs: number;
  /** Holds a Latin letter or digit: part of a Latin word or a number, whose spacing is meant. */
  alnum: boolean;
}

interface Gap {
  start: number;
  end: number;
}

/** Tokens and the whitespace gaps between them (leading and trailing whitespace are not gaps). */
function tokenize(text: string): { tokens: Token[]; gaps: Gap[] } {
  const tokens: Token[] = [];
  const gaps: Gap[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  while (i < n) {
    const start = i;
    let ideographs = 0;
    let alnum = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (isIdeograph(c)) ideographs++;
      else if (isDigit(c) || isLatinLetter(c)) alnum = true;
      i++;
    }
    tokens.push({ start, end: i, ideographs, alnum });
    const gapStart = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i < n && i > gapStart) gaps.push({ start: gapStart, end: i });
  }
  return { tokens, gaps };
}

/** One ideograph with at most punctuation around it ("张", "，张", "物。"). */
function isSingle(t: Token): boolean {
  return t.ideographs === 1 && !t.alnum;
}

/** Most ideographs of the line stand alone between spaces: the extraction spaced out a justified line. */
export function isSpacedLine(tokens: Token[], gaps: Gap[]): boolean {
  let narrow = 0;
  for (const g of gaps) if (g.end - g.start <= MAX_INSERTED_GAP) narrow++;
  if (narrow < 2) return false;
  let ideographs = 0;
  let single = 0;
  for (const t of tokens) {
    ideographs += t.ideographs;
    if (isSingle(t)) single++;
  }
  return single >= 3 && single >= ideographs * SPACED_SHARE;
}

/** The Latin-or-number word touching the gap on one side: does it contain letters? ("PD-L1" yes, "80" no). */
function wordHasLetter(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) return true;
    if (isDigit(c) || c === 0x2e || c === 0x2c || c === 0x25 || c === 0x2d || c === 0x2f || c === 0x2b || c === 0xff05 || c === 0xff0e) continue;
    return false;
  }
  return false;
}

/** Should a narrow gap in an ordinary (not spaced) line go? */
function strayGap(text: string, gap: Gap): boolean {
  if (gap.end - gap.start !== 1) return false;
  const a = text.charCodeAt(gap.start - 1);
  const b = text.charCodeAt(gap.end);
  // Full-width punctuation carries its own spacing; a space beside it is the extractor's, except a
  // space after a sentence end, which may separate a caption from its credit ("…。 张三摄").
  // After a closing quote or bracket a space may part the two phrases of a headline ("“新引擎” 江城…").
  if (isCjkPunct(a) && (isIdeograph(b) || isCjkPunct(b) || isDigit(b))) return isCjkPunct(b) || !(isSentenceEnd(a) || isClosing(a));
  if (isCjkPunct(b) && (isIdeograph(a) || isDigit(a))) return !(isDigit(a) && wordHasLetter(text, gap.start - 1, -1));
  // A number beside an ideograph ("突破 60亿元", "3 月 21 日"); Latin words keep their spaces.
  if (isDigit(a) && isIdeograph(b)) return !wordHasLetter(text, gap.start - 1, -1);
  if (isIdeograph(a) && isDigit(b)) return !wordHasLetter(text, gap.end, 1);
  return false;
}

/** Marks a gap's characters for removal; returns how many they are. */
function removeGap(drop: Uint8Array, g: Gap): number {
  drop.fill(1, g.start, g.end);
  return g.end - g.start;
}

/** Marks the whitespace to remove in one line; returns whether the line was a spaced line. */
export function markInsertedSpaces(text: string, drop: Uint8Array): { spaced: boolean; removed: number } {
  const { tokens, gaps } = tokenize(text);
  if (!gaps.length) return { spaced: false, removed: 0 };
  let removed = 0;
  // A byline of padded names ("记者 王 春 李 明") looks spaced out but must keep its name breaks.
  const byline = text.length <= 40 && BYLINE_ROLE.test(text);
  if (!byline && isSpacedLine(tokens, gaps)) {
    // gaps[k] lies between tokens[k] and tokens[k + 1]
    gaps.forEach((g, k) => {
      if (g.end - g.start > MAX_INSERTED_GAP) return;
      const left = tokens[k]!;
      const right = tokens[k + 1]!;
      const a = text.charCodeAt(left.end - 1);
      const b = text.charCodeAt(right.start);
      const latinPair = (isDigit(a) || isLatinLetter(a)) && (isDigit(b) || isLatinLetter(b));
      // ...except characters spaced out one by one like the rest of the line ("5 0 个" → "50个")
      const spacedOut = left.end - left.start === 1 && right.end - right.start === 1;
      if (!latinPair || spacedOut) removed += removeGap(drop, g);
    });
    return { spaced: true, removed };
  }
  let k = 0;
  while (k < gaps.length) {
    // A run of single-character tokens joined by single spaces: a padded name ("◎陈 科", "王 春").
    let end = k;
    while (end < gaps.length && gaps[end]!.end - gaps[end]!.start === 1 && isSingle(tokens[end]!) && isSingle(tokens[end + 1]!)) end++;
    if (end > k) {
      const count = end - k + 1; // tokens in the run
      for (let j = k; j < end; j++) {
        // in a byline, an even run is several two-character names: join them in pairs
        if (byline && count % 2 === 0 && (j - k) % 2 === 1) continue;
        removed += removeGap(drop, gaps[j]!);
      }
      k = end;
      continue;
    }
    if (strayGap(text, gaps[k]!)) removed += removeGap(drop, gaps[k]!);
    k++;
  }
  return { spaced: false, removed };
}

// One mask for every line, cleared over the line's length before use (a line reads only its own length of
// it): a zeroed array of its own per line with a space, most of a page's, is an allocation each.
let mask = new Uint8Array(256);

export function collapseLine(line: Line): { line: Line; message: Diagnostic | null } {
  if (mask.length < line.text.length) mask = new Uint8Array(2 * line.text.length);
  else mask.fill(0, 0, line.text.length);
  const drop = mask;
  const { spaced, removed } = markInsertedSpaces(line.text, drop);
  if (!removed) return { line, message: null };
  const reason = spaced
    ? `spaced-out line: removed ${removed} inserted space${removed > 1 ? 's' : ''} between characters`
    : `removed ${removed} stray space${removed > 1 ? 's' : ''} beside numbers, full-width punctuation or inside a padded name`;
  return dropReported(line, drop, SPACED_CHARACTERS, 'collapseSpacedCharacters', reason);
}

// (JavaScript's \s is exactly isWhitespace's set; the engine's scan of a line, most of which hold no space, is
// cheaper than a loop over its characters)
const WHITESPACE = /\s/;
const hasWhitespace = (text: string): boolean => WHITESPACE.test(text);

export const collapseSpacedCharacters = defineStage({
  name: 'collapseSpacedCharacters',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    const messages: Diagnostic[] = [];
    const lines = doc.lines.map((line) => {
      // Lines without any whitespace (most of them) cost one scan (a loop: cheaper than a regular expression call a line).
      // A table's row keeps its spaces: they set its cells apart ("1 某某产业园     机电设备").
      if (line.role === TABLE_ROW || !hasWhitespace(line.text)) return line;
      const result = collapseLine(line);
      if (result.message) messages.push(result.message);
      return result.line;
    });
    return messages.length ? { ...doc, lines, messages: [...doc.messages, ...messages] } : { ...doc, lines };
  },
});

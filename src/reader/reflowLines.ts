// Joins lines that the column width broke into paragraphs. PDF text gives one printed line per text
// line (often with blank lines between): a paragraph ends where a line stops clearly short of the
// column width after a sentence mark, where the next line is indented, or where a headline-like line
// (short, no sentence mark, after a finished sentence) interrupts. The column width is estimated
// from the lines around each line, so pages with several column widths reflow correctly. Markdown
// and clean text keep one paragraph per line; their broken lines are rejoined by segmentArticles.
import { defineStage } from '../stage.js';
import { MappedTextBuilder, withRole, withText } from '../text/offsets.js';
import type { Line } from '../types.js';
import { isBylineLine, isContactLine, isMetadataLine, trailingCreditAt } from './layout/findBylines.js';
import { endsWithCredit, isCaptionText, isCreditOnly } from './layout/findCaptions.js';
import { joinsWord } from './layout/joinsWord.js';
import { TABLE_ROW } from './splitLines.js';
import { displayWidth, displayWidthUpTo, endsSentence, isAsciiWordChar, hasParagraphIndent, median, startsIndented, trimLine } from './layout/measureLine.js';

/** Roles reflowLines gives its output lines: a reflowed paragraph, a headline-like line, or a line of one-paragraph-a-line text. */
export type ReflowRole = 'paragraph' | 'heading' | 'line';

const WINDOW = 3;
/** Lines either side of a line whose widths tell its column width. */
const REACH = WINDOW + 2;
/** Widest headline line, in ems. */
const MAX_HEADLINE = 30;
/** Widest headline line above a byline or dateline (web headlines with a series label run long), in ems. */
const MAX_BYLINED_HEADLINE = 40;
/** Most lines a headline (kicker, title, subtitle) printed above the page's metadata or byline line takes. */
const OPENING_HEADLINE_LINES = 3;
// A dateline opening an article: a paper's name and 讯, or a news agency's 电.
const DATELINE_START = /^[\u4e00-\u9fff]{1,10}(?:讯|电)\s*(?:[（(]|\s)/u;
/** Widest printed column, in ems. */
const MAX_COLUMN = 45;
// How news paragraphs open after a headline: a date ("6月8日，", "近日，") or a dateline ("某报讯").
const OPENS_STORY = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月[初中底]|近日|日前|本报讯|[\u4e00-\u9fff]{1,10}讯)/u;
// A source tag in square brackets opening a story's first paragraph ("【某某网讯】", "【某地电】…"): body, not headline.
export const SOURCE_TAG_START = /^【[^】]{1,12}】\s*\S/u;

/** True when the page is printed-column text: short lines that mostly stop mid-sentence. */
export function isColumnWrapped(lines: Line[]): boolean {
  // One pass over the page's lines, counting as it goes: this is asked of every page.
  const widths: number[] = [];
  let open = 0;
  let wide = 0;
  for (const l of lines) {
    const text = l.headingLevel ? '' : l.text.trim();
    if (!text) continue;
    // Widths past 81 ems are not measured to the end: the median test (≤ 40, at worst the mean of two
    // middle widths) and the count of wide lines (> 45) read the same from any width above 80.
    const width = displayWidthUpTo(text, 81);
    widths.push(width);
    if (!endsSentence(text)) open++;
    // a newspaper column holds at most about forty characters; one-paragraph-a-line text has longer lines
    if (width > MAX_COLUMN) wide++;
  }
  if (widths.length < 6) return false;
  return median(widths) <= 40 && open / widths.length >= 0.5 && wide <= 0.02 * widths.length;
}

/** Concatenates lines of one paragraph: no space between CJK characters, one space between Latin words. */
export function joinWrapped(lines: Line[]): Line {
  if (lines.length === 1) return lines[0]!;
  const builder = new MappedTextBuilder();
  lines.forEach((line, i) => {
    if (i > 0) {
      const prev = lines[i - 1]!.text;
      // a number broken by the wrap ("4" + "8亿元") is one number: digits join without a space
      const splitsNumber = isAsciiDigit(prev.charCodeAt(prev.length - 1)) && isAsciiDigit(line.text.charCodeAt(0));
      if (isAsciiWordChar(prev[prev.length - 1]) && isAsciiWordChar(line.text[0]) && !prev.endsWith('-') && !splitsNumber)
        builder.appendSeparator(' ', line.map[0] ?? 0);
    }
    builder.append(line.text, line.map);
  });
  const { text, map } = builder.build();
  return withText(lines[0]!, text, map);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Paragraphs and headline-like lines of column-wrapped text. */
export function reflowWrapped(input: Line[], raw: string): Line[] {
  const lines = input.map(trimLine).filter((l) => l.text.length > 0);
  const n = lines.length;
  const width = lines.map((l) => displayWidth(l.text));
  // a line closing with a bracketed credit ("……。（记者 某某）") ends its paragraph too
  const ends = lines.map((l) => endsSentence(l.text) || trailingCreditAt(l.text) > 0);
  const column = columnWidths(width, ends);
  const caption: boolean[] = new Array(n).fill(false);
  const captionText = lines.map((l) => isCaptionText(l.text));
  const standalone = lines.map((l) => !!l.headingLevel || l.role === TABLE_ROW || isBylineLine(l.text) || isCreditOnly(l.text) || isMetadataLine(l.text) || isContactLine(l.text));
  // The page's last line of text: page metadata or credits may follow it.
  let lastText = n - 1;
  while (lastText > 0 && standalone[lastText]) lastText--;
  const heading: boolean[] = new Array(n).fill(false);
  // The lines before `end` head the page when none stands alone, runs wider than a headline or holds `marks`.
  const markOpening = (end: number, marks: RegExp): boolean => {
    if (end <= 0 || !lines.slice(0, end).every((l, i) => !standalone[i] && width[i]! <= MAX_BYLINED_HEADLINE && !marks.test(l.text))) return false;
    heading.fill(true, 0, end);
    return true;
  };
  // The page's opening lines above its metadata or byline line ("2020年03月24日 来源:某某日报",
  // "◎本报记者 某某"), none a sentence, are its headline, however wide they run (a headline may end in an
  // exclamation or question mark: "1000亿元!", "缘何……?"); without such a line, so are the opening lines
  // above the first paragraph indent when no sentence ends among them (a deck may hold commas).
  const credit = lines.findIndex((l, i) => i < OPENING_HEADLINE_LINES + 1 && (isMetadataLine(l.text) || isBylineLine(l.text)));
  if (!markOpening(credit, /[。；;，,]/u) && credit <= 0)
    markOpening(lines.findIndex((l, i) => i <= OPENING_HEADLINE_LINES && hasParagraphIndent(raw, l)), /[。；;]/u);
  // A caption box wraps like a paragraph: lines before its credit line that run at least as wide belong to it.
  for (let i = 0; i < n; i++) {
    if (!captionText[i] || startsWithPictureMark(lines[i]!.text)) continue;
    for (let j = i - 1; j >= 0 && !ends[j] && !standalone[j] && !lines[j]!.headingLevel && width[j]! >= width[i]! - 0.5; j--) caption[j] = true;
  }

  for (let i = 0; i < n; i++) {
    if (lines[i]!.headingLevel || heading[i]) {
      heading[i] = true;
      continue;
    }
    if (ends[i] || standalone[i] || caption[i] || captionText[i] || (lines[i]!.text[0] === '【' && SOURCE_TAG_START.test(lines[i]!.text)) || hasParagraphIndent(raw, lines[i]!)) continue;
    const afterBreak = i === 0 || ends[i - 1]! || heading[i - 1]! || standalone[i - 1]!;
    if (!afterBreak) continue;
    // the page's last line, unpunctuated after a finished sentence, cannot end a paragraph: it is a headline
    // printed after its article
    // (set apart by a blank line, it may hold commas: "某某经开区：32个项目集中签约，总投资229亿元")
    if (i === lastText && i > 0 && width[i]! <= MAX_BYLINED_HEADLINE && !/[。；;]/u.test(lines[i]!.text) && (!/[，,]/u.test(lines[i]!.text) ? width[i]! <= MAX_HEADLINE : blankBefore(raw, lines[i - 1]!, lines[i]!))) {
      heading[i] = true;
      continue;
    }
    // ...and so is the line before it, when it too is unpunctuated after a finished sentence (a title over a deck)
    if (i === lastText - 1 && i > 0 && width[i]! <= MAX_BYLINED_HEADLINE && width[i + 1]! <= MAX_HEADLINE && !/[。；;，,]/u.test(lines[i]!.text + lines[i + 1]!.text)) {
      heading[i] = true;
      continue;
    }
    // the page's first line set wider than the column it heads, or standing above an indented paragraph,
    // without a sentence mark, is its headline
    if (
      i === 0 && n > 1 && width[0]! <= MAX_BYLINED_HEADLINE && !/[。；;，,]/u.test(lines[0]!.text) &&
      (width[0]! > 1.1 * column[0]! || hasParagraphIndent(raw, lines[1]!))
    ) {
      heading[i] = true;
      continue;
    }
    heading[i] = heading[i - 1] ? width[i]! <= 24 : width[i]! <= 0.72 * column[i]!;
    // a line right above a byline block or a dateline ("某某报讯") heads an article, however wide it is
    if (!heading[i] && i + 1 < n && width[i]! <= MAX_BYLINED_HEADLINE && (isBylineLine(lines[i + 1]!.text) || DATELINE_START.test(lines[i + 1]!.text))) {
      heading[i] = true;
      continue;
    }
    // the page's first line, unpunctuated, above a story's opening ("5月8日，", "某报讯") is its headline, however wide
    if (i === 0 && n > 1 && !/[。；;：:，,、]/u.test(lines[0]!.text) && (OPENS_STORY.test(lines[1]!.text) || DATELINE_START.test(lines[1]!.text)) && !joinsWord(lines[0]!.text, lines[1]!.text)) {
      heading[i] = true;
      continue;
    }
    // ...unless the next line carries on from it: same measure, a word across the break, or the short last line of its paragraph
    if (heading[i] && i + 1 < n && !standalone[i + 1] && !caption[i + 1] && !startsIndented(raw, lines[i + 1]!) && !(heading[i - 1] && OPENS_STORY.test(lines[i + 1]!.text))) {
      const next = column[i + 1]!;
      // a paragraph's first line may be indented by two characters
      const sameMeasure = width[i]! + 2 >= 0.9 * next && width[i]! <= 1.1 * next;
      const shortLast = ends[i + 1]! && width[i + 1]! < 0.72 * column[i + 1]!;
      const nextFull = width[i + 1]! >= 0.72 * column[i + 1]!;
      if (sameMeasure || shortLast || (nextFull && joinsWord(lines[i]!.text, lines[i + 1]!.text))) heading[i] = false;
    }
  }

  const out: Line[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) out.push(withRole(joinWrapped(current), 'paragraph'));
    current = [];
  };
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (heading[i] || standalone[i]) {
      flush();
      out.push(withRole(line, heading[i] ? 'heading' : line.role === TABLE_ROW ? TABLE_ROW : 'paragraph'));
      continue;
    }
    if (current.length && startsIndented(raw, line)) flush();
    // a caption is a block of its own: it starts at its first line (or its 图为…) and ends at its credit
    if (current.length && ((caption[i] && !caption[i - 1]) || (captionText[i] && startsWithPictureMark(line.text) && !caption[i - 1]))) flush();
    if (current.length && regimeChanges(width, i) && !heading[i + 1]) flush();
    current.push(line);
    const clearlyShort = width[i]! < column[i]! - Math.max(1.5, 0.08 * column[i]!);
    // a caption ends at its credit, or at the end of a sentence that began with 图为
    const captionEnds = captionText[i] && (endsWithCredit(line.text) || ends[i]);
    if ((ends[i] && clearlyShort) || captionEnds) flush();
  }
  flush();
  return out;
}

/**
 * Column width near each line: lines that run on (no sentence mark) are mostly full; short headlines among them
 * are outvoted by taking a high quantile of the widths within REACH lines. The window slides one line at a time,
 * so a sorted buffer of its widths is kept up to date with one removal and one insertion per line. (A function of
 * its own: a loop in reflowWrapped had that big function optimized early and deoptimized again on new line shapes.)
 */
function columnWidths(width: number[], ends: boolean[]): number[] {
  const n = width.length;
  const buffer = new Float64Array(2 * REACH + 1);
  let size = 0;
  for (let j = 0; j < Math.min(n, REACH); j++) if (!ends[j]) size = insertSorted(buffer, size, width[j]!);
  const column: number[] = [];
  for (let i = 0; i < n; i++) {
    const leaving = i - REACH - 1;
    if (leaving >= 0 && !ends[leaving]) size = removeSorted(buffer, size, width[leaving]!);
    const entering = i + REACH;
    if (entering < n && !ends[entering]) size = insertSorted(buffer, size, width[entering]!);
    column.push(size >= 3 ? buffer[Math.min(size - 1, Math.max(0, Math.ceil(0.8 * size) - 1))]! : median(width.slice(Math.max(0, i - WINDOW), i + WINDOW + 1)));
  }
  return column;
}

/** Inserts `value` into the sorted first `size` entries of `buffer`; returns the new size. */
function insertSorted(buffer: Float64Array, size: number, value: number): number {
  let k = size;
  while (k > 0 && buffer[k - 1]! > value) (buffer[k] = buffer[k - 1]!), k--;
  buffer[k] = value;
  return size + 1;
}

/** Removes one entry equal to `value` from the sorted first `size` entries of `buffer`; returns the new size. */
function removeSorted(buffer: Float64Array, size: number, value: number): number {
  let k = 0;
  while (buffer[k] !== value) k++;
  for (; k + 1 < size; k++) buffer[k] = buffer[k + 1]!;
  return size - 1;
}

/** True when line i starts a run of lines markedly wider or narrower than the run it follows (a new column block). */
function regimeChanges(width: number[], i: number): boolean {
  if (i < 1 || i + 1 >= width.length) return false;
  // cheap test first: at a change of measure this line and the one before differ a lot
  if (width[i]! <= 1.15 * width[i - 1]! && width[i - 1]! <= 1.15 * width[i]!) return false;
  const before = median(width.slice(Math.max(0, i - 3), i));
  const after = median(width.slice(i, i + 3));
  if (!before || !after || (after <= 1.4 * before && before <= 1.4 * after)) return false;
  // the change must happen exactly here: the line before belongs to the old measure, this line to the new one
  const near = (w: number, m: number) => Math.abs(w - m) <= 0.2 * m;
  return near(width[i - 1]!, before) && near(width[i]!, after) && near(width[i + 1]!, after);
}

export function reflow(lines: Line[], raw: string): Line[] {
  if (isColumnWrapped(lines)) return reflowWrapped(lines, raw);
  // one pass: every line of the page goes through here
  const out: Line[] = [];
  for (const line of lines) {
    const trimmed = trimLine(line);
    if (trimmed.text.length > 0) out.push(withRole(trimmed, trimmed.headingLevel ? 'heading' : line.role === TABLE_ROW ? TABLE_ROW : 'line'));
  }
  return out;
}

export const reflowLines = defineStage({
  name: 'reflowLines',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    return { ...doc, lines: reflow(doc.lines, doc.raw) };
  },
});

/** True when a blank line separates two lines in the raw text. */
function blankBefore(raw: string, previous: Line, line: Line): boolean {
  const from = (previous.map[previous.map.length - 1] ?? 0) + 1;
  const to = line.map[0] ?? from;
  return /\n[ \t\u3000]*\r?\n/.test(raw.slice(from, to));
}

/** A caption opening with its picture mark (图为…, 圖說：…) starts its own block. */
function startsWithPictureMark(text: string): boolean {
  return text.startsWith('图') || text.startsWith('圖');
}

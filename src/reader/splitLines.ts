// First reader stage: the decoded file becomes mapped lines. Plain text and Markdown split at line
// ends (Markdown markup is dropped from the text, each run reported, and headings keep their level);
// HTML goes through Readability (readHtml.ts).
import { identityMap } from '../text/offsets.js';
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import { markdownText, type MarkdownText } from './markdownText.js';
import { readHtml } from './readHtml.js';
import { flatSlice } from '../text/flatSlice.js';

/** Layout role of a table's row (Markdown, or plain text set in columns): data, never a headline (reflowLines and classifyLines keep it a body line). */
export const TABLE_ROW = 'table-row';

/** Rule id of the Markdown markup (heading marks, link targets, emphasis, list markers …) splitting drops. */
export const MARKDOWN_MARKUP = 'markdown-markup';

/** Line ends besides \n: most pages have none, and their line ends are found by indexOf, not a loop in script. */
const OTHER_LINE_END = /[\r\u2028\u2029]/;

/** Index of the next line end (\r\n, \n, \r, U+2028, U+2029) at or after `from`, or the text's length. */
function lineEndFrom(raw: string, from: number, newlinesOnly: boolean): number {
  if (newlinesOnly) {
    const at = raw.indexOf('\n', from);
    return at < 0 ? raw.length : at;
  }
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return i;
  }
  return raw.length;
}

/**
 * A new line in the one shape every reader stage makes its lines in (withText's: text, map, role, heading level, the
 * last two possibly undefined). Lines of several shapes ({text, map}, then a role added to table rows, a heading
 * level added to Markdown headings) made the reflow's and the segmenter's optimized code meet new hidden classes
 * pass after pass, each time throwing that code away and compiling it again.
 */
function newLine(text: string, map: Int32Array, headingLevel?: number, role?: string): Line {
  return { text, map, role, headingLevel };
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

/** What a dropped run of Markdown markup is, for its diagnostic. */
function markupReason(run: string, atStart: boolean, atEnd: boolean, level: number): string {
  if (level && atStart && /^#+$/.test(run)) return `Markdown heading mark (level ${level})`;
  if (level && atEnd && /^#+$/.test(run)) return 'closing Markdown heading mark';
  if (/^!\[/.test(run)) return 'Markdown image';
  if (/^\[|\]\(/.test(run)) return 'Markdown link';
  if (/^[*_~]+$/.test(run) && !atStart) return 'Markdown emphasis mark';
  if (atStart && /^(?:>|[-+*]|\d{1,9}[.)])$/.test(run)) return 'Markdown list or quote marker';
  if (/^[*_~]+$/.test(run)) return 'Markdown emphasis mark';
  if (/^[|:-]+$/.test(run)) return 'Markdown table mark';
  if (/^[`~]+/.test(run)) return 'Markdown code mark';
  if (/^</.test(run)) return 'HTML markup';
  if (run === '\\') return 'Markdown escape';
  return 'Markdown markup';
}

/** What a Markdown line dropped whole is, or null when its runs are reported one by one. */
function wholeLineReason(line: string, level: number): string | null {
  if (THEMATIC_BREAK.test(line)) return level ? 'Markdown heading underline' : 'Markdown thematic break';
  if (/^[ \t]*[-+*][ \t]+\[[^\]]*\]\([^)]*\)[ \t]*$/.test(line)) return 'Markdown list item of one link (navigation)';
  return null;
}

// A thematic break ("---", "* * *", "___") or a setext heading's underline ("===", "---").
const THEMATIC_BREAK = /^[ \t]{0,3}(?:([-*_=])(?:[ \t]*\1){2,}|=+)[ \t]*$/;

/**
 * A Markdown line without its markup (markdownText decides which characters are text): whitespace stays unless it
 * is left at the line's ends by dropped markup; each dropped run is reported as markup.
 */
function markdownLine(raw: string, start: number, end: number, identity: Int32Array, md: MarkdownText, messages: Diagnostic[]): Line {
  const keep: number[] = [];
  const runs: Array<[number, number]> = [];
  for (let i = start; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (md.text[i] || isWhitespace(c)) keep.push(i);
    else if (runs.length && runs[runs.length - 1]![1] === i) runs[runs.length - 1]![1] = i + 1;
    else runs.push([i, i + 1]);
  }
  let level = 0;
  let inTable = false;
  for (let i = start; i < end; i++) {
    if (!md.text[i]) continue;
    if (!level) level = md.heading[i]!;
    if (md.table[i]) inTable = true;
  }
  const role = inTable ? TABLE_ROW : undefined;
  if (!runs.length) return newLine(flatSlice(raw, start, end), identity.subarray(start, end), level || undefined, role);
  // markup leaves its spaces at the line's ends ("## 标题 ##", "- 某某"); they carry nothing
  let a = 0;
  let b = keep.length;
  while (a < b && isWhitespace(raw.charCodeAt(keep[a]!))) a++;
  while (b > a && isWhitespace(raw.charCodeAt(keep[b - 1]!))) b--;
  const kept = keep.slice(a, b);
  // (a setext heading's underline follows the heading's text: its level is that of the text before it)
  let before = start - 1;
  while (before >= 0 && !md.text[before]) before--;
  const whole = kept.length === 0 ? wholeLineReason(raw.slice(start, end), before >= 0 && /^[ \t]*[=-]+[ \t]*$/.test(raw.slice(start, end)) ? md.heading[before]! : 0) : null;
  if (whole) {
    messages.push({ severity: 'info', ruleId: MARKDOWN_MARKUP, source: 'splitLines', reason: whole, place: { start: runs[0]![0], end: runs[runs.length - 1]![1] }, dropped: raw.slice(runs[0]![0], runs[runs.length - 1]![1]) });
  } else {
    for (const [s, e] of runs) {
      const run = raw.slice(s, e);
      const atStart = !keep.some((k) => k < s && !isWhitespace(raw.charCodeAt(k)));
      const atEnd = !keep.some((k) => k >= e && !isWhitespace(raw.charCodeAt(k)));
      messages.push({ severity: 'info', ruleId: MARKDOWN_MARKUP, source: 'splitLines', reason: markupReason(run, atStart, atEnd, level), place: { start: s, end: e }, dropped: run });
    }
  }
  const map = Int32Array.from(kept);
  return newLine(Array.from(kept, (k) => raw[k]!).join(''), map, level && kept.length ? level : undefined, role);
}

/** Rule id of a Markdown page too long to parse, whose inline markup stays in its text. */
export const MARKDOWN_UNPARSED = 'markdown-unparsed';
/** The longest Markdown page (in characters) whose inline markup is parsed. */
const MAX_PARSED = 1_000_000;

/**
 * What only a parser can read: inline markup, tables, HTML, escapes, block quotes and list items. A page without
 * any (headings and plain paragraphs, most Markdown news pages) is read line by line: parsing costs ten times the
 * rest of the reader.
 */
const NEEDS_PARSER = /[[\]*_`|<~\\]|^[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])|^[ \t]*[-=]{3,}[ \t]*$/m;

/** A line of a Markdown page without inline markup: an ATX heading's marks are dropped, its level kept. */
function headingLine(raw: string, start: number, end: number, identity: Int32Array, messages: Diagnostic[]): Line {
  const line = newLine(flatSlice(raw, start, end), identity.subarray(start, end));
  const heading = /^(#{1,6})[ \t]+/.exec(line.text);
  if (!heading) return line;
  const level = heading[1]!.length;
  const markup = (from: number, to: number, reason: string) =>
    messages.push({ severity: 'info', ruleId: MARKDOWN_MARKUP, source: 'splitLines', reason, place: { start: from, end: to }, dropped: raw.slice(from, to) });
  markup(start, start + level, `Markdown heading mark (level ${level})`);
  let to = end;
  // closing hashes ("## title ##") are markup too
  const closing = /[ \t]+(#+)[ \t]*$/.exec(line.text);
  if (closing) {
    markup(start + closing.index + closing[0].indexOf('#'), start + closing.index + closing[0].lastIndexOf('#') + 1, 'closing Markdown heading mark');
    to = start + closing.index;
  }
  const from = start + heading[0].length;
  return newLine(flatSlice(raw, from, to), identity.subarray(from, to), level);
}

export function splitRawLines(raw: string, markdown: boolean, messages: Diagnostic[] = []): Line[] {
  const lines: Line[] = [];
  // Every line's offsets are a view into one identity map of the page, not a copy of their own.
  const identity = identityMap(raw.length);
  // (a page over MAX_PARSED is read by its headings only, and says so: the tokenizer's time and memory grow with it)
  const parse = markdown && NEEDS_PARSER.test(raw);
  if (parse && raw.length > MAX_PARSED)
    messages.push({ severity: 'warning', ruleId: MARKDOWN_UNPARSED, source: 'splitLines', reason: `Markdown page of ${raw.length} characters is over ${MAX_PARSED}: only its headings are read as markup` });
  const md = parse && raw.length <= MAX_PARSED ? markdownText(raw) : null;
  const newlinesOnly = !OTHER_LINE_END.test(raw);
  let start = 0;
  for (;;) {
    const end = lineEndFrom(raw, start, newlinesOnly);
    if (md) lines.push(markdownLine(raw, start, end, identity, md, messages));
    else if (markdown) lines.push(headingLine(raw, start, end, identity, messages));
    else lines.push(newLine(flatSlice(raw, start, end), identity.subarray(start, end)));
    if (end === raw.length) break;
    start = end + (raw.charCodeAt(end) === 0x0d && raw.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  if (!markdown) markTableRows(lines);
  return lines;
}

/** Two cells of a plain-text table row: text, a gap of three spaces or more (or tabs), text. */
const CELL_GAP = /\S(?:[ \u3000\u00a0]{3,}|\t+)\S/;
/** The fewest rows (blank lines between them allowed) that make a table rather than one wide line. */
const MIN_TABLE_ROWS = 3;

/**
 * A table printed as text ("序号     名称     主要产业", "1 某某产业园     机电设备"): a run of short lines whose cells
 * are set apart by wide gaps. Its rows are data, each its own line, never a headline (as a Markdown table's).
 */
function markTableRows(lines: Line[]): void {
  let run: Line[] = [];
  const close = () => {
    if (run.length >= MIN_TABLE_ROWS) for (const line of run) line.role = TABLE_ROW;
    run = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    if (text.length <= 120 && CELL_GAP.test(text)) run.push(line);
    else close();
  }
  close();
  // A ranking printed without gaps ("1某某工业园区江苏", "2某某经济技术开发区广东", …): short lines opening with
  // ranks 1, 2, 3 … in turn are its rows (the run holds as many rows as the last rank).
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    // (a rank's first digit asked before the pattern)
    const first = text.charCodeAt(0);
    const rank = text.length <= 40 && first >= 0x30 && first <= 0x39 ? RANK_ROW.exec(text) : null;
    if (rank && Number(rank[1]) === run.length + 1) run.push(line);
    else {
      close();
      if (rank && Number(rank[1]) === 1) run.push(line);
    }
  }
  close();
}

/** A ranking row: the rank, a list mark or none, then the name (not a decimal, another number or a unit). */
const RANK_ROW = /^(\d{1,3})(?:[、.．]\s*)?(?=\p{Script=Han})(?![年月日号个家名位亿万千百元%])/u;

export const splitLines = defineStage({
  name: 'splitLines',
  requires: ['raw'],
  assigns: ['lines'],
  run(doc) {
    if (doc.source.format === 'html') {
      const { lines } = readHtml(doc.raw, doc.source.name);
      return { ...doc, lines };
    }
    const messages: Diagnostic[] = [];
    const lines = splitRawLines(doc.raw, doc.source.format === 'markdown', messages);
    return { ...doc, lines, messages: [...doc.messages, ...messages] };
  },
});

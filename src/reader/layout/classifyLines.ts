// Gives every reflowed line its layout kind: body paragraph, headline-like line, byline block, photo
// caption. Lines of one-paragraph-a-line text are headline-like when short and without a sentence
// mark; a bare credit line ("受访者供图") is merged into the caption it ends, and consecutive byline
// lines into one block.
import { segmenter } from '../../text/segmenter.js';
import { surnameAt } from '../../lexicon/surnames.js';
import { PICTURE_PLACEHOLDERS } from '../dropPageFurniture.js';
import type { Line } from '../../types.js';
import { MappedTextBuilder, withText } from '../../text/offsets.js';
import { codeUnits } from '../repairs/chars.js';
import { isBylineLine, isContactLine, isMetadataLine, isSourceLine, parseDateline, trailingCreditAt } from './findBylines.js';
import { joinsWord } from './joinsWord.js';
import { isCaptionText, isCreditOnly } from './findCaptions.js';
import { displayWidth, endsSentence, endsWithHardBreak } from './measureLine.js';

export type UnitKind = 'heading' | 'body' | 'byline' | 'caption' | 'pullquote';

export interface Unit {
  line: Line;
  kind: UnitKind;
  /** Markdown heading level, 0 when none. */
  level: number;
  /** The source marked a line break that continues the same block (Markdown "  " at the end). */
  hardBreak: boolean;
  /** Lines attached to a pull quote (the quoted person's name and role). */
  attribution: Line[];
}

/** Widest headline-like line of one-paragraph-a-line text, in ems. */
const MAX_HEADLINE_WIDTH = 30;

/** Joins two mapped lines with an inserted separator. */
export function joinWith(a: Line, b: Line, separator: string): Line {
  const builder = new MappedTextBuilder();
  builder.append(a.text, a.map);
  if (separator) builder.appendSeparator(separator, b.map[0] ?? 0);
  builder.append(b.text, b.map);
  const { text, map } = builder.build();
  return withText(a, text, map);
}

/** A paragraph that ends with a bracketed credit ("……。（记者 某某）") is two lines: the text and the byline. */
function splitTrailingCredits(lines: Line[]): Line[] {
  // (a loop, not flatMap: most lines have no credit, and a one-line array for each is garbage)
  const out: Line[] = [];
  let last = lines.length - 1;
  while (last >= 0 && !lines[last]!.text.trim()) last--;
  for (const [i, line] of lines.entries()) {
    // the page's last line may end with its author's bare name after the last sentence ("……27.9%。某某某")
    const at = line.headingLevel ? 0 : i === last ? Math.max(trailingCreditAt(line.text), closingAuthorAt(line.text)) : trailingCreditAt(line.text);
    if (at <= 0) {
      out.push(line);
      continue;
    }
    let end = at;
    while (end > 0 && /\s/u.test(line.text[end - 1]!)) end--;
    const credit = line.text.slice(at).trimEnd();
    out.push(withText(line, line.text.slice(0, end), line.map.subarray(0, end)), withText(line, credit, line.map.subarray(at, at + credit.length)));
  }
  return out;
}

// What a web page leaves where it showed a picture ("文章图片"); dropped as furniture, it still marks the line under it.
const IMAGE_PLACEHOLDER = new RegExp(`^(?:${PICTURE_PLACEHOLDERS})$`, 'u');
const PLACEHOLDER_ANYWHERE = new RegExp(`(?:^|\\n)[ \\t\\u3000]*(?:${PICTURE_PLACEHOLDERS})[ \\t\\u3000]*(?:\\r?\\n|$)`);

/** True when the raw line just above this one (blank lines skipped) is a picture's placeholder: this line is its caption. */
function afterImagePlaceholder(raw: string, line: Line): boolean {
  let end = line.map[0] ?? 0;
  while (end > 0 && /\s/u.test(raw[end - 1]!)) end--;
  if (end === 0) return false;
  const start = raw.lastIndexOf('\n', end - 1) + 1;
  return end - start <= 8 && IMAGE_PLACEHOLDER.test(raw.slice(start, end).trim());
}

/** Where a bare name closing a text after its last sentence starts ("……同比增长27.9%。某某某"), or -1. */
function closingAuthorAt(text: string): number {
  const m = /[。！？!?”]\s*([\u4e00-\u9fff]{2,4})\s*$/u.exec(text);
  return m && isBareName(m[1]!) ? m.index + m[0].indexOf(m[1]!) : -1;
}

/** A person's name alone on a line: two to four ideographs opening with a surname (not a credit: "……。某某摄"). */
function isBareName(text: string): boolean {
  if (text.length > 8) return false;
  const t = text.trim();
  return /^[\u4e00-\u9fff]{2,4}$/u.test(t) && !/[摄攝图圖文报報讯訊]$/u.test(t) && surnameAt(t, 0) > 0 && surnameAt(t, 0) < t.length && !isWordPair(t);
}

/** A line opening with a year (and month) and a comma: the start of a sentence. */
const YEAR_CLAUSE = /^\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:份|以来|上半年|前三季度|一季度|全年)?[，,]/u;

/** "经济概述": two dictionary words of two characters or more, neither a name, are a heading, not a person. */
function isWordPair(text: string): boolean {
  const dictionary = segmenter();
  const words = dictionary.words(text);
  return words.length >= 2 && words.every((w) => w.length >= 2 && dictionary.has(w) && !/^nr/.test(dictionary.tagOf(w)));
}

export function isHeadlineLike(text: string): boolean {
  return !endsSentence(text) && displayWidth(text) <= MAX_HEADLINE_WIDTH;
}

/** Widest web headline of spaced parts ("某某100% 半年招商超200亿 某某开发区掀起…"), in ems. */
const MAX_SPACED_HEADLINE_WIDTH = 48;

/**
 * A web page's headline joins its main title and its teasers with spaces: two to four parts, each as short as a
 * headline and none a sentence, may be wider together than one printed headline.
 */
function isSpacedHeadline(text: string): boolean {
  const parts = text.trim().split(/[ \u3000]+/);
  return (
    parts.length >= 2 && parts.length <= 4 && !endsSentence(text) && displayWidth(text) <= MAX_SPACED_HEADLINE_WIDTH &&
    parts.every((p) => p.length >= 3 && isHeadlineLike(p) && !/[，,。；;]/.test(p))
  );
}


export function classifyLines(lines: Line[], raw: string): Unit[] {
  const units: Unit[] = [];
  const split = splitTrailingCredits(lines);
  // (most pages show no picture placeholder: one search of the page spares a look back from every line)
  const placeholders = PLACEHOLDER_ANYWHERE.test(raw);
  for (let i = 0; i < split.length; i++) {
    const line = split[i]!;
    const text = line.text;
    const level = line.headingLevel ?? 0;
    let kind: UnitKind;
    if (!level && (isBylineLine(text) || isSourceLine(text) || isMetadataLine(text))) kind = 'byline';
    // a web page's author, a bare name on the line above or below its metadata line ("某某" then "2012-12-25 09:13")
    else if (!level && isBareName(text) && (isMetadataLine(split[i + 1]?.text ?? '') || isMetadataLine(split[i - 1]?.text ?? ''))) kind = 'byline';
    // ...and the page's closing bare name, on a line of its own or split off the last sentence, is its author
    else if (!level && i > 0 && i === split.length - 1 && isBareName(text) && endsSentence(split[i - 1]!.text)) kind = 'byline';
    else if (!level && (isCaptionText(text) || (placeholders && afterImagePlaceholder(raw, line)))) kind = 'caption';
    else if (level) kind = endsSentence(text) && displayWidth(text) > MAX_HEADLINE_WIDTH ? 'body' : 'heading';
    else if (line.role === 'heading') kind = 'heading';
    // a press release's contact line ("本案发言人：某某 副处长") names people: it is read, but heads nothing
    else if (isContactLine(text)) kind = 'body';
    // a sentence its last full stop was left off ("2023年，服务业增加值1911.8亿元，占GDP比重51.9%"): a year and a
    // comma open a statement, never a headline
    else if (units.length > 0 && YEAR_CLAUSE.test(text)) kind = 'body';
    else if (line.role === 'line' && (isHeadlineLike(text) || (units.length === 0 && isSpacedHeadline(text)))) kind = 'heading';
    else kind = 'body';
    const unit: Unit = { line, kind, level, hardBreak: endsWithHardBreak(raw, line), attribution: [] };
    const prev = units[units.length - 1];
    // consecutive credit lines are one byline block; a page's metadata line stays a line of its own
    if (prev && kind === 'byline' && prev.kind === 'byline' && !isMetadataLine(prev.line.text) && !isMetadataLine(text)) {
      prev.line = joinWith(prev.line, line, ' ');
      continue;
    }
    // a credit on its own line ends the caption above it, or makes a caption of the short line it follows
    if (prev && !level && isCreditOnly(text) && (prev.kind === 'caption' || (!prev.level && (prev.hardBreak || prev.kind === 'heading')))) {
      prev.line = joinWith(prev.line, line, ' ');
      prev.kind = 'caption';
      continue;
    }
    units.push(unit);
  }
  demoteBrokenLines(units);
  markReporterCaptions(units);
  markCaptionStacks(units);
  promoteQuestionHeadlines(units);
  promoteLeadingHeadline(units);
  return units;
}

// A caption that ends with the reporter's credit instead of 摄 ("……仪式现场。记者 某某").
const REPORTER_CREDIT = /^[^。]{4,80}。\s*(?:本报)?[记記]者\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})?$/u;

/** A one-sentence line with a reporter's credit, printed beside photo captions, is a caption too. */
function markReporterCaptions(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'caption' || unit.level || !(unit.line.text.includes('记者') || unit.line.text.includes('記者')) || !REPORTER_CREDIT.test(unit.line.text.trim())) continue;
    if (units[i - 1]?.kind === 'caption' || units[i + 1]?.kind === 'caption') unit.kind = 'caption';
  }
}

/** One short sentence without a clause mark ("某某数据中心一角。"): how a photo's caption reads. */
const SHORT_CAPTION_SENTENCE = /^[^。！？!?，,；;：:]{4,40}。$/u;
/** Captions printed together, away from their photos: at least this many such lines in a row. */
const MIN_CAPTION_STACK = 3;

/** True when a line reads as a photo's caption: one short sentence without a clause mark. */
export function isShortCaptionSentence(text: string): boolean {
  return SHORT_CAPTION_SENTENCE.test(text.trim());
}

/**
 * A stack of three or more one-sentence lines, each a short sentence without a clause mark, is the page's
 * photo captions gathered in one place; story paragraphs are longer or come one at a time.
 */
function markCaptionStacks(units: Unit[]): void {
  const isShortSentence = (u: Unit) => u.kind === 'body' && !u.level && isShortCaptionSentence(u.line.text);
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && isShortSentence(units[j]!)) j++;
    if (j - i >= MIN_CAPTION_STACK) for (let k = i; k < j; k++) units[k]!.kind = 'caption';
    i = Math.max(j, i + 1);
  }
}

// How a news story's first paragraph opens: the full date, a dateline, or a vague time ("近日，").
const OPENS_STORY = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月[初中底上下]旬?|近日|日前|昨天|今天|本报讯)/u;
/** A page's first line is not a headline beyond this width (ems): longer ones are paragraphs. */
const MAX_LEADING_HEADLINE = 60;
/** A line this wide (ems) is a whole paragraph of a web page, wider than any printed column. */
const WEB_PARAGRAPH = 80;

/**
 * The page's first line, without a full stop and followed by a paragraph that opens a story (a date or a
 * dateline), is the headline whatever its width ("某某再提速！二季度十个项目签约 总投资超八十亿").
 */
function promoteLeadingHeadline(units: Unit[]): void {
  const first = units.findIndex((u) => u.kind !== 'caption' && u.kind !== 'pullquote');
  // (a web page's source line may stand above its headline: "来源: https://…")
  const start = units[first]?.kind === 'byline' && isMetadataLine(units[first]!.line.text) && units[first + 1]?.kind === 'body' ? first + 1 : first;
  const unit = units[start];
  if (!unit || unit.kind !== 'body' || unit.level) return;
  const text = unit.line.text.trim();
  if (/[。；;：:]/u.test(text) || /[，,、]$/u.test(text) || displayWidth(text) > MAX_LEADING_HEADLINE) return;
  const next = units[start + 1];
  if (next && next.kind === 'body' && (parseDateline(next.line.text) || OPENS_STORY.test(next.line.text.trim()))) unit.kind = 'heading';
  // ...or above a web page's paragraph, a whole paragraph on one line far wider than it, when it holds no clause
  // break at all (a printed column's lines run to one measure)
  else if (next && next.kind === 'body' && !/[，,、]/u.test(text) && endsSentence(next.line.text) && displayWidth(next.line.text) >= Math.max(WEB_PARAGRAPH, 2 * displayWidth(text))) unit.kind = 'heading';
  // ...or above a web page's metadata line ("编稿时间：2022-08-29 来源：某某"), which stands under its headline
  else if (next && next.kind === 'byline' && isMetadataLine(next.line.text)) unit.kind = 'heading';
}

const QUESTION_OR_EXCLAMATION = codeUnits('？！?!');
const CLOSING_QUOTE = codeUnits('”’」』');

/** Ends in ？ or ！, possibly inside one closing quote: read from the end, not by a pattern tried at every position. */
function endsQuestionOrExclamation(text: string): boolean {
  let i = text.length - 1;
  if (CLOSING_QUOTE.has(text.charCodeAt(i))) i--;
  return QUESTION_OR_EXCLAMATION.has(text.charCodeAt(i));
}

/** A short line ending in ？ or ！ right above a byline or dateline is a headline ("园区如何破局？"). */
function promoteQuestionHeadlines(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind !== 'body' || !endsQuestionOrExclamation(unit.line.text) || displayWidth(unit.line.text) > 24) continue;
    const next = units[i + 1]!;
    if (next.kind === 'byline' || (next.kind === 'body' && parseDateline(next.line.text))) unit.kind = 'heading';
  }
}

// A news paragraph, not a headline, opens with the full date.
const DATED = /^\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/**
 * In one-paragraph-a-line text a short line without a sentence mark is a headline, unless it is a
 * paragraph broken by the extraction: its text runs on into the next body line (a word across the
 * break, or an opening date), or the page marks its headlines (Markdown) and this line is not marked.
 */
function demoteBrokenLines(units: Unit[]): void {
  const markdown = units.some((u) => u.level > 0);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind !== 'heading' || unit.level || unit.line.role !== 'line') continue;
    let j = i + 1;
    while (j < units.length && units[j]!.kind === 'caption') j++;
    const next = units[j];
    if (!next || next.kind !== 'body' || parseDateline(next.line.text)) continue;
    if (markdown || DATED.test(unit.line.text) || joinsWord(unit.line.text, next.line.text)) unit.kind = 'body';
  }
}

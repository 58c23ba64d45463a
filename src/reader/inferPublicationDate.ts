// Decides when (and by which paper) a page was published. A date given by the caller wins. Otherwise
// a printed page date (a dropped running head such as "2023年4月20日 星期四") decides, and failing
// that the text's own dates: news reports things that happened days before publication, so the month
// is that of the latest date without a year ("记者3月21日获悉", "11月下旬"), and the year is the
// latest year stated as fact, moved forward when an earlier-dated fact would otherwise lie after the
// publication ("截至2021年底…" with "4月9日" → April of the next year). The paper's name comes from a
// masthead or a dateline ("<报名>讯", "<报名>（记者…）"). The reasoning is kept as an info diagnostic.
import { toRawSpan } from '../text/offsets.js';
import { defineStage } from '../stage.js';
import type { Diagnostic, Publication, SourceDoc } from '../types.js';
import { BARE_MONTH_DAY, BARE_YEAR, PAGE_FURNITURE } from './dropPageFurniture.js';
import { isBylineLine, isMetadataLine } from './layout/findBylines.js';
import { findMonthDayMentions, findYearMentions, type MonthDayMention, type Part, type YearMention } from './repairs/dateEvidence.js';

export const PUBLICATION_DATE = 'publication-date';

const HAN = '\\u4e00-\\u9fff';
const PAPER = `[${HAN}]{2,8}?(?:日报|晚报|时报|早报|商报|周报|导报|报|日報|晚報|時報|早報|商報|週報|導報|報)`;
// A dateline opens a paragraph: "<报名>讯", "<报名>讯（记者…）", "<报名>（记者…）", "<报名>北京4月16日电".
const DATELINE = new RegExp(
  `(?:^|\\n)\\s*(${PAPER})\\s*(?:讯|訊|[（(][^）)\\n]{0,24}?(?:记者|記者|通讯员|通訊員|实习生|實習生|特约|特約)[^）)\\n]{0,24}[）)]|[${HAN}]{0,4}\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*电)`,
  'g',
);
const MASTHEAD = new RegExp(`(${PAPER})(?=[\\s　]|$|\\d|第)`, 'g');
const PRINTED_DATE = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))/;

/** Day standing for a part of a month, to order "3月底" after "3月20日". */
function dayOf(day: number | null, part: Part | null): number {
  if (day !== null) return day;
  return part === 'early' ? 5 : part === 'mid' ? 15 : part === 'late' ? 25 : part === 'end' ? 31 : 15;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The latest of this year's dates. Around the new year a page names both December and January dates
 * ("12月28日", "1月3日"): with dates at both ends of the calendar and none in the middle of the year,
 * the early ones are the later.
 */
function latestThisYear(dates: MonthDayMention[]): MonthDayMention | null {
  const key = (d: MonthDayMention) => d.month * 32 + dayOf(d.day, d.part);
  const wraps = dates.some((d) => d.month >= 11) && dates.some((d) => d.month <= 2) && !dates.some((d) => d.month >= 5 && d.month <= 8);
  let latest: MonthDayMention | null = null;
  for (const d of dates) {
    if (wraps && d.month >= 11) continue;
    if (!latest || key(d) > key(latest)) latest = d;
  }
  return latest;
}

function paperName(doc: SourceDoc): { name: string | null; evidence: string | null } {
  const counts = new Map<string, number>();
  for (const m of doc.messages) {
    if (m.ruleId !== PAGE_FURNITURE || !m.dropped) continue;
    for (const hit of m.dropped.matchAll(MASTHEAD)) counts.set(hit[1]!, (counts.get(hit[1]!) ?? 0) + 2);
  }
  for (const hit of doc.text.matchAll(DATELINE)) {
    const name = hit[1]!;
    if (name.startsWith('本报') || name.startsWith('本報')) continue; // "本报讯": this paper, unnamed
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return { name: best, evidence: best ? `name ${best} from ${counts.get(best)} masthead/dateline mention${counts.get(best)! > 1 ? 's' : ''}` : null };
}

interface Decision {
  month: string | null;
  date: string | null;
  reasons: string[];
  anchor: { start: number; end: number } | null;
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The publication month from the dates in the text (positions are into `text`). */
export function inferFromText(text: string): Decision {
  const years = findYearMentions(text);
  const monthDays = findMonthDayMentions(text);
  const reasons: string[] = [];

  const facts = years.filter((y) => !y.future && !y.range);
  let latestYear: YearMention | null = null;
  for (const y of facts) if (!latestYear || y.year > latestYear.year) latestYear = y;
  // the latest dated fact: the publication cannot come before it
  let bound: { at: [number, number, number]; mention: YearMention } | null = null;
  for (const y of facts) {
    if (y.month === null && y.part !== 'end') continue;
    const at: [number, number, number] = [y.year, y.month ?? 12, dayOf(y.day, y.part)];
    if (!bound || compare(at, bound.at) > 0) bound = { at, mention: y };
  }
  const ignored = years.filter((y) => y.future || y.range);
  if (latestYear) reasons.push(`latest year stated as fact: ${latestYear.year} ("${latestYear.text}")`);
  if (ignored.length) reasons.push(`future or plan-span years ignored: ${[...new Set(ignored.map((y) => y.year))].join(', ')}`);
  if (bound) reasons.push(`latest dated fact: ${bound.at[0]}-${pad(bound.at[1])} ("${bound.mention.text}")`);

  const current = monthDays.filter((d) => !d.future && (d.relative === null || d.relative === 'this'));
  const reporting = current.filter((d) => d.reporting);
  const anchor = latestThisYear(current);
  if (anchor) {
    reasons.push(
      `latest date without a year: "${anchor.text}"${anchor.reporting ? ' (reporting date)' : ''}; seen ${current.map((d) => d.text.replace(/\s+/g, '')).join(', ')}` +
        (reporting.length ? `; reporting dates ${reporting.map((d) => d.text.replace(/\s+/g, '')).join(', ')}` : ''),
    );
    let year = latestYear?.year ?? bound?.at[0] ?? null;
    if (year === null) {
      reasons.push('no year stated: month only, year unknown');
      return { month: null, date: null, reasons, anchor };
    }
    const at = (y: number): [number, number, number] => [y, anchor.month, dayOf(anchor.day, anchor.part)];
    if (bound && compare(at(year), bound.at) < 0 && anchor.relative === 'this' && bound.at[0] === year) {
      // "今年1月" is of the same year as the later dated fact: the page is from that fact's month or later
      reasons.push(`"${anchor.text}" is this year and precedes the dated fact: month of the dated fact`);
      return { month: `${year}-${pad(bound.at[1])}`, date: null, reasons, anchor: bound.mention };
    }
    if (bound && compare(at(year), bound.at) < 0) {
      const moved = compare(at(bound.at[0]), bound.at) < 0 ? bound.at[0] + 1 : bound.at[0];
      reasons.push(`${year}-${pad(anchor.month)} would precede the dated fact, so ${moved}`);
      year = moved;
    }
    return { month: `${year}-${pad(anchor.month)}`, date: null, reasons, anchor };
  }
  if (bound && (!latestYear || bound.at[0] === latestYear.year)) {
    reasons.push('no date without a year: month of the latest dated fact');
    return { month: `${bound.at[0]}-${pad(bound.at[1])}`, date: null, reasons, anchor: bound.mention };
  }
  reasons.push('no month can be told from the text');
  return { month: null, date: null, reasons, anchor: null };
}

/** A page date printed in the layout (kept in the page-furniture diagnostics). */
interface PrintedDate {
  month: string;
  date: string;
  text: string;
  place?: { start: number; end: number };
}

/** A printed date found in a line: where it stands, and its year (two or four digits), month and day as printed. */
interface DateHit {
  index: number;
  text: string;
  year: string;
  month: string;
  day: string;
}

/** The parts of a PRINTED_DATE or SHORT_YEAR_DATE match (year first). */
function yearFirst(hit: RegExpExecArray | null): DateHit | null {
  return hit && { index: hit.index, text: hit[0], year: hit[1]!, month: (hit[2] ?? hit[4])!, day: (hit[3] ?? hit[5])! };
}

/** The month and date of a printed date, or null when it is no calendar date. */
function dateOfMatch(hit: DateHit): { month: string; date: string } | null {
  const year = hit.year.length === 2 ? 2000 + Number(hit.year) : Number(hit.year);
  const month = Number(hit.month);
  const day = Number(hit.day);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month: `${year}-${pad(month)}`, date: `${year}-${pad(month)}-${pad(day)}` };
}

function printedDate(doc: SourceDoc): PrintedDate | null {
  let year: string | null = null;
  for (const m of doc.messages) {
    if (m.ruleId !== PAGE_FURNITURE || !m.dropped) continue;
    const hit = yearFirst(PRINTED_DATE.exec(m.dropped));
    const date = hit && dateOfMatch(hit);
    if (date) return { ...date, text: m.dropped.trim(), place: m.place };
    // "2021" then "03/18": a posting date printed on lines of its own, the year first
    const monthDay = year ? BARE_MONTH_DAY.exec(m.dropped) : null;
    const split = monthDay && dateOfMatch({ index: 0, text: m.dropped, year: year!, month: monthDay[1]!, day: monthDay[2]! });
    if (split) return { ...split, text: `${year} ${m.dropped.trim()}`, place: m.place };
    year = BARE_YEAR.exec(m.dropped)?.[1] ?? null;
  }
  return null;
}

const DATE_DIGITS = /\d{2}[-./年]\d/;
const TRAILING_CREDIT = /\s*[（(][^（()）]{2,12}[）)]\s*$/u;
const SHORT_YEAR_DATE = /(?<!\d)(\d{2})-(\d{1,2})-(\d{1,2})(?=\s|$|\d{1,2}:)/;
// Some sites print the day first ("27.10.2015 13:05").
const DAY_FIRST_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/;

function dayFirst(line: string): DateHit | null {
  const hit = DAY_FIRST_DATE.exec(line);
  return hit && { index: hit.index, text: hit[0], year: hit[3]!, month: hit[2]!, day: hit[1]! };
}

const LEADING_AUTHOR = /^[\u4e00-\u9fff·]{2,4}\s+(?=\d)/u;

/** A date printed in a page's metadata or byline line under a headline ("时间：2024-11-08 08:07", "【记者某某/某地报导】 2020-02-25"). */
function metadataDate(doc: SourceDoc): PrintedDate | null {
  let at = 0;
  for (const line of doc.text.split('\n')) {
    const start = at;
    at += line.length + 1;
    // cheap test first: a page date needs digits of a date
    if (!DATE_DIGITS.test(line)) continue;
    // (a byline block may have a story's closing credit joined to it: "2022-05-12 15:11 某某网 (某某某)")
    // (or an author's bare name opening it: "某某 2012-12-25 09:13:46")
    if (!isMetadataLine(line.replace(TRAILING_CREDIT, '').replace(LEADING_AUTHOR, '')) && !isBylineLine(line)) continue;
    // a metadata line may print the year in two digits ("15-05-13 17:50")
    const hit = yearFirst(PRINTED_DATE.exec(line) ?? SHORT_YEAR_DATE.exec(line)) ?? dayFirst(line);
    const date = hit && dateOfMatch(hit);
    if (!hit || !date) continue;
    const span = { start: start + hit.index, end: start + hit.index + hit.text.length };
    return { ...date, text: hit.text, place: doc.textMap.length ? toRawSpan(doc.textMap, span) : undefined };
  }
  return null;
}

export const inferPublicationDate = defineStage({
  name: 'inferPublicationDate',
  requires: ['articles'],
  assigns: ['publication'],
  run(doc, context) {
    const { name, evidence } = paperName(doc);
    const reasons: string[] = evidence ? [evidence] : [];
    let publication: Publication;
    let place: { start: number; end: number } | undefined;
    const given = context.date?.trim();
    if (given && /^\d{4}-\d{2}(-\d{2})?$/.test(given)) {
      publication = { name, month: given.slice(0, 7), date: given.length === 10 ? given : null, basis: 'explicit' };
      reasons.unshift(`date ${given} given by the caller`);
    } else {
      const layout = printedDate(doc);
      const printed = layout ?? metadataDate(doc);
      if (printed) {
        publication = { name, month: printed.month, date: printed.date, basis: 'inferred' };
        place = printed.place;
        reasons.unshift(layout ? `page date printed in the layout: "${printed.text}"` : `page date on the page's metadata or byline line: "${printed.text}"`);
      } else {
        const decision = inferFromText(doc.text);
        reasons.unshift(...decision.reasons);
        publication = { name, month: decision.month, date: decision.date, basis: decision.month ? 'inferred' : 'unknown' };
        if (decision.anchor && doc.textMap.length) place = toRawSpan(doc.textMap, decision.anchor);
      }
    }
    const message: Diagnostic = {
      severity: 'info',
      ruleId: PUBLICATION_DATE,
      source: 'inferPublicationDate',
      reason: `publication ${publication.month ?? 'unknown'}${publication.name ? ` (${publication.name})` : ''}: ${reasons.join('; ')}`,
      ...(place ? { place } : {}),
    };
    if (given && publication.basis !== 'explicit')
      doc = { ...doc, messages: [...doc.messages, { severity: 'warning', ruleId: PUBLICATION_DATE, source: 'inferPublicationDate', reason: `ignored the given date "${given}": expected YYYY-MM or YYYY-MM-DD` }] };
    return { ...doc, publication, messages: [...doc.messages, message] };
  },
});

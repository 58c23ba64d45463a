// Date expressions in Chinese news text, as evidence for when a page was published: explicit years
// ("2022年", "2021年9月6日", "2020年底"), dates without a year ("3月21日获悉", "3月底", "今年1月",
// "去年10月9日"), each marked as stated fact or as future ("预计2025年", "到2025年", "2025年前").
// Linear scans with bounded lookbehind; no backtracking-prone patterns.
import { codeUnits, isDigit, isWhitespace } from './chars.js';

export type Part = 'early' | 'mid' | 'late' | 'end';

export interface YearMention {
  year: number;
  /** Month and day when the expression has them. */
  month: number | null;
  day: number | null;
  part: Part | null;
  future: boolean;
  /** Start or end year of a span of years ("2024—2028年"): plans, not facts. */
  range: boolean;
  text: string;
  start: number;
  end: number;
}

export interface MonthDayMention {
  month: number;
  day: number | null;
  part: Part | null;
  /** 今年 / 去年 / 明年 before it, when printed. */
  relative: 'this' | 'last' | 'next' | null;
  future: boolean;
  /** Reads like a reporting date: "记者X月X日获悉", "X月X日，记者走进…". */
  reporting: boolean;
  text: string;
  start: number;
  end: number;
}

// Clause boundaries: a future marker only counts inside the clause that holds the date. (Code units
// tested one character at a time, like the sentence ends below.)
const BOUNDARY = codeUnits('，。；！？、：,;!?\n“”"（）()');
const SENTENCE_END = codeUnits('。！？\n');
// Markers in simplified and traditional script.
const FUTURE_BEFORE = /将|將|预计|預計|计划|計劃|力争|力爭|争取|爭取|有望|拟|擬|到|至|目标|目標|定于|定於|预期|預期|展望|即将|即將|届时|屆時|瞄准|瞄準/;
const AS_OF = /截至|截止|至今|直至/;
const REPORTING_AFTER = /^(?:\s*电|[^，。；\n]{0,16}?(?:获悉|獲悉|了解到|瞭解到|看到|得知|采访|採訪|走进|走進|来到|來到|(?:从|從).{0,20}?(?:获悉|獲悉)))/;
const REPORTING_BEFORE = /(?:记者|記者|笔者|筆者|本报|本報)[^，。；\n]{0,6}$/;

function partOf(word: string | undefined): Part | null {
  if (!word) return null;
  if (word === '初' || word === '上旬') return 'early';
  if (word === '中旬') return 'mid';
  if (word === '下旬') return 'late';
  if (word === '底' || word === '末') return 'end';
  return null;
}

/** The clause text before `at` (back to the previous boundary, at most `max` characters). */
function clauseBefore(text: string, at: number, max = 10): string {
  let i = at;
  while (i > 0 && at - i < max && !BOUNDARY.has(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at);
}

function clauseAfter(text: string, at: number, max = 12): string {
  let i = at;
  while (i < text.length && i - at < max && !BOUNDARY.has(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

const FUTURE_EVENT = /将于|將於|将在|將在|即将|即將|拟于|擬於|计划于|計劃於|定于|定於|将举办|將舉辦|将召开|將召開|将举行|將舉行/;

/** The rest of the sentence after `at` (to the next full stop, at most 60 characters). */
function sentenceAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && i - at < 60 && !SENTENCE_END.has(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

function isFutureContext(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  if (AS_OF.test(before) || /从|自/.test(before)) return false;
  if (FUTURE_BEFORE.test(before)) return true;
  // "2025年前" (by 2025) but not "2023年前三季度" (the first three quarters of 2023)
  const after = text.slice(end, end + 3);
  return /^\s*前(?![一二三四五六七八九十两几\d])/.test(after) || /^\s*将/.test(after);
}

// Characters after a four-digit number that make it a count or an amount, or a dated year (年, handled above).
const NOT_A_YEAR_AFTER =
  '年月日号號万萬亿億千百十余餘多个個家人名项項台臺套件元吨噸米亩畝平方公里瓦度倍次户戶所栋棟座条條支架辆輛张張份批期位股只隻头頭种種类類篇部册冊首场場届屆周週天小时時分秒克斤升伏安赫字美英欧歐港韩韓卢盧镑鎊角毫微纳納兆吉太';

// (YEAR_RE, ROC_DATE_RE and MONTH_DAY_RE are sticky: matchesOpeningBefore tries them where they can open; exported
// with it for the test that checks it against a scan of the whole text)
export const YEAR_RE = /((?:19|20)\d{2})\s*年(度)?(?:\s*(\d{1,2})\s*月份?(?:\s*(\d{1,2})\s*[日号號])?)?(?:\s*(底|末|初|上旬|中旬|下旬))?/y;
// A Taiwan-calendar year with its month ("109年2月26日"), or after 民國 ("民國111年"); the first group is the era.
export const ROC_DATE_RE = /()(\d{2,3})\s*年\s*(\d{1,2})\s*月份?(?:\s*(\d{1,2})\s*[日号號])?/y;
const ROC_ERA_RE = /(民國|民国)\s*(\d{2,3})\s*年(?:\s*(\d{1,2})\s*月份?(?:\s*(\d{1,2})\s*[日号號])?)?/g;
const ISO_DATE_RE = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
export const MONTH_DAY_RE = /(\d{1,2})\s*月份?\s*(?:(\d{1,2})\s*[日号號]|(底|末|初|上旬|中旬|下旬))/y;

/**
 * The matches a scan of the text (matchAll) finds of a sticky pattern that opens with at most `digits` digits,
 * spaces and then `key` ("2021年…", "3月…", "109年2月…"): the pattern is tried only at the digits before each
 * `key`, not at every character of the text. (Each match holds one `key` and ends with a non-digit, so the matches
 * found from successive keys follow one another as the scan finds them.)
 */
export function matchesOpeningBefore(text: string, key: string, digits: number, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let free = 0;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    let digitsEnd = at;
    while (digitsEnd > 0 && isWhitespace(text.charCodeAt(digitsEnd - 1))) digitsEnd--;
    // leftmost first, as the scan tries them (isDigit's full-width digits are tried in vain: \d is ASCII)
    for (let start = Math.max(digitsEnd - digits, free); start < digitsEnd; start++) {
      if (!isDigit(text.charCodeAt(start))) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        free = sticky.lastIndex;
        break;
      }
    }
  }
  return out;
}

export function findYearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of matchesOpeningBefore(text, '年', 4, YEAR_RE)) {
    const start = m.index!;
    if (start > 0 && /[\d.]/.test(text[start - 1]!)) continue;
    const end = start + m[0].length;
    const month = m[3] ? Number(m[3]) : null;
    const day = m[4] ? Number(m[4]) : null;
    if (month !== null && (month < 1 || month > 12)) continue;
    // "2024—2028年": the first year is followed by a dash and a year, the second preceded by one
    const rangeStart = /^\s*[—–\-－~～至到]\s*(?:19|20)\d{2}/.test(text.slice(start + 4, start + 12));
    const rangeEnd = /(?:19|20)\d{2}\s*[—–\-－~～至到]\s*$/.test(text.slice(Math.max(0, start - 10), start));
    out.push({
      year: Number(m[1]),
      month,
      day,
      part: month !== null ? partOf(m[5]) : m[5] === '底' || m[5] === '末' ? 'end' : null,
      future: isFutureContext(text, start, end),
      range: rangeEnd,
      text: m[0],
      start,
      end,
    });
    if (rangeStart) out[out.length - 1]!.range = true;
  }
  // bare range starts ("（2024—2028年）" names its first year without 年)
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*[—–\-－~～至到]\s*((?:19|20)\d{2})\s*年/g)) {
    const start = m.index!;
    if (start > 0 && /\d/.test(text[start - 1]!)) continue;
    out.push({ year: Number(m[1]), month: null, day: null, part: null, future: false, range: true, text: m[0], start, end: start + 4 });
  }
  // a year naming an event or a report ("2021星河创业路演", "2022园区发展指数报告"): the event
  // or report exists, so the page is not older; counts and amounts ("2000亩", "1990家") are not years
  for (const m of text.matchAll(/(?<![\d.,])((?:19|20)\d{2})\s*(?=[\u4e00-\u9fff])/g)) {
    const start = m.index!;
    const nextChar = text[start + m[0].length]!;
    if (NOT_A_YEAR_AFTER.includes(nextChar)) continue;
    const end = start + 4;
    out.push({ year: Number(m[1]), month: null, day: null, part: null, future: isFutureContext(text, start, end), range: false, text: m[1]!, start, end });
  }
  // Taiwan's calendar (民國 years: 109年 = 2020), read only where it cannot be a count of years: after 民國,
  // or with a month ("109年2月26日")
  for (const m of [...matchesOpeningBefore(text, '年', 3, ROC_DATE_RE), ...text.matchAll(ROC_ERA_RE)]) {
    const start = m.index!;
    if (start > 0 && /[\d.]/.test(text[start - 1]!) && !m[1]) continue;
    const roc = Number(m[2]);
    const month = m[3] ? Number(m[3]) : null;
    if (roc < 60 || roc > 150 || (month !== null && (month < 1 || month > 12))) continue;
    const day = m[4] ? Number(m[4]) : null;
    const end = start + m[0].length;
    out.push({ year: roc + 1911, month, day, part: null, future: isFutureContext(text, start, end), range: false, text: m[0], start, end });
  }
  for (const m of text.matchAll(ISO_DATE_RE)) {
    const start = m.index!;
    if (start > 0 && /[\d.]/.test(text[start - 1]!)) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const end = start + m[0].length;
    out.push({ year: Number(m[1]), month, day, part: null, future: isFutureContext(text, start, end), range: false, text: m[0], start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findMonthDayMentions(text: string): MonthDayMention[] {
  const out: MonthDayMention[] = [];
  for (const m of matchesOpeningBefore(text, '月', 2, MONTH_DAY_RE)) {
    const start = m.index!;
    // skip the month of a dated year ("2021年9月6日"): look back over spaces for 年 or a digit
    let k = start - 1;
    while (k >= 0 && /\s/.test(text[k]!)) k--;
    const lead = text.slice(Math.max(0, k - 1), k + 1);
    const relative = lead === '今年' || lead === '本年' ? 'this' : lead === '去年' || lead === '上年' ? 'last' : lead === '明年' ? 'next' : null;
    if (!relative && k >= 0 && /[\d年.]/.test(text[k]!)) continue;
    const month = Number(m[1]);
    const day = m[2] ? Number(m[2]) : null;
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) continue;
    const end = start + m[0].length;
    const before = clauseBefore(text, relative ? k - 1 : start, 12);
    const after = clauseAfter(text, end, 40);
    const sentenceStart = start === 0 || /[。！？\n）)]/.test(text[k] ?? '\n') || k < 0;
    const reporting =
      day !== null && (REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(text.slice(end, end + 40)) || (sentenceStart && /^[，,]\s*(?:记者|記者|笔者|筆者|本报|本報)/.test(text.slice(end, end + 6))));
    // An event announced for the date ("6月18日，大会将在园区开幕") is not yet past; a reporting date always is.
    const announced = !reporting && FUTURE_EVENT.test(sentenceAfter(text, end));
    const future = !reporting && (isFutureContext(text, relative ? k - 1 : start, end) || /^\s*(?:将|將|起将)/.test(after) || announced);
    out.push({ month, day, part: partOf(m[3]), relative, future, reporting, text: m[0], start, end });
  }
  // a month of this or last year without a day ("截至今年1月", "去年11月")
  for (const m of text.matchAll(/(今年|本年|去年|上年|明年)\s*(\d{1,2})\s*月份?(?!\s*\d)/g)) {
    const start = m.index!;
    const month = Number(m[2]);
    if (month < 1 || month > 12) continue;
    const end = start + m[0].length;
    if (out.some((d) => d.start <= start + m[1]!.length && d.end > start + m[1]!.length)) continue;
    const relative = m[1] === '今年' || m[1] === '本年' ? 'this' : m[1] === '明年' ? 'next' : 'last';
    out.push({ month, day: null, part: null, relative, future: isFutureContext(text, start, end), reporting: false, text: m[0], start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

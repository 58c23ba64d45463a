// Finds number + unit expressions in a stretch of text in one left-to-right pass: "突破60亿元",
// "300—800万元" (two quantities), "五六十人" (50 and 60, both "~"), "2/5" (40 percent), "14 万 平 方 米"
// (spaces a PDF extraction left inside). Numbers without a unit, dates, ordinals and numbers inside
// codes ("5G", "QX-3000") are not quantities. Qualifier words before and after set the qualifier.
import { isAmbiguousPlace, placeAt } from '../../lexicon/places.js';
import { tagOf } from '../entities/tokens.js';
import { segmenter } from '../../text/segmenter.js';
import { MULTIPLIERS, UNITS_BY_FIRST, type UnitDef } from '../../lexicon/units.js';
import { NUMERAL_IDIOMS } from '../../lexicon/numeralIdioms.js';
import type { Qualifier } from '../../types.js';
import { isArabicDigit, isArabicDigitCode, isChineseDigitCode, isChineseNumeralChar, isChineseNumeralCode, parseArabic, parseChinese, type Numeral } from './parseNumeral.js';

// Local bindings for the per-character tests (a transpiled import is a property read on each call).
const numeralCode = isChineseNumeralCode;
const digitCode = isArabicDigitCode;

export interface QuantityHit {
  /** Surface span (number through unit) in the scanned text. */
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Where the qualifier word starts when there is one before the number (for the evidence). */
  qualifierStart: number;
}

// (by code: reading text[i] of a CJK character allocates a string; NaN, past the text's ends, is no space)
const isSpaceCode = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2002 && code <= 0x200b);
/** A Latin letter, half- or full-width (asked of one character of the text, or of none past its ends). */
const isLatin = (c: string | undefined) => {
  const code = c === undefined ? NaN : c.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
};
const RANGE_SEPARATORS = new Set(['—', '–', '－', '-', '~', '～', '〜', '至', '到']);

// Words before a number that qualify it, longest first (GOLD_SPEC qualifier table).
const PRE_QUALIFIERS: [string, Qualifier][] = [
  ['不超过', '<='], ['不高于', '<='], ['不低于', '>='], ['不少于', '>='], ['至少', '>='], ['最多', '<='],
  ['超过', '>'], ['突破', '>'], ['多于', '>'], ['高于', '>'], ['大于', '>'], ['逾', '>'], ['超', '>'],
  ['将近', '~'], ['接近', '~'], ['大约', '~'], ['约为', '~'], ['近', '~'], ['约', '~'],
  ['不到', '<'], ['不足', '<'], ['低于', '<'], ['少于', '<'], ['小于', '<'],
  // the signs of policy tables ("（≥4个）", "≤500平方米")
  ['≥', '>='], ['≤', '<='], ['＞', '>'], ['＜', '<'],
];
const POST_QUALIFIERS: [string, Qualifier][] = [
  ['及以上', '>='], ['及以下', '<='], ['以上', '>'], ['之多', '>'], ['多', '>'], ['左右', '~'], ['上下', '~'], ['以内', '<'], ['以下', '<'],
];
// Vague quantifiers before a numeral ("数百家", "几十个", "上千人") make it no fact.
const VAGUE_BEFORE = new Set(['数', '几', '若干', '上']);

/** Skips spaces a PDF extraction may have put inside a number or unit. */
function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

// Units and multipliers by character code: text[i] of a CJK character is a new string, and looking a new
// string up in a Map or an object costs hashing it first.
const UNITS_BY_CODE: ReadonlyMap<number, readonly UnitDef[]> = new Map([...UNITS_BY_FIRST].map(([c, list]) => [c.charCodeAt(0), list]));
const MULTIPLIER_BY_CODE: ReadonlyMap<number, number> = new Map(Object.entries(MULTIPLIERS).map(([c, value]) => [c.charCodeAt(0), value]));

/** Longest unit at `i` (spaces between its characters tolerated): its definition and end. */
function matchUnit(text: string, i: number, end: number): { def: UnitDef; end: number } | null {
  const list = UNITS_BY_CODE.get(text.charCodeAt(i));
  if (!list) return null;
  for (const def of list) {
    let j = i;
    let k = 0;
    for (; k < def.text.length; k++) {
      if (k > 0) j = skipSpaces(text, j, end);
      if (j >= end || text.charCodeAt(j) !== def.text.charCodeAt(k)) break;
      j++;
    }
    if (k === def.text.length) return { def, end: j };
  }
  return null;
}

function startsWithAt(text: string, word: string, i: number): boolean {
  return text.startsWith(word, i);
}

// Characters that can follow a numeral that is part of a quantity: a unit's first character, a
// multiplier, "余"/"多", a range mark, a fraction ("分之"), 年 for durations, 度 for kWh.
// (flags by code: asked after most numeral characters of a page)
const CAN_FOLLOW_NUMERAL = new Uint8Array(0x10000);
for (const c of [...UNITS_BY_FIRST.keys(), ...Object.keys(MULTIPLIERS), '余', '多', '分', '年', '度', '点', '點', '‧', ...RANGE_SEPARATORS]) CAN_FOLLOW_NUMERAL[c.charCodeAt(0)] = 1;

// Idioms indexed by each numeral character they contain, with its offset, so a lookup costs a few
// comparisons instead of a pass over the whole list.
const IDIOMS_BY_CHAR: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = (() => {
  const map = new Map<string, Array<readonly [string, number]>>();
  for (const idiom of NUMERAL_IDIOMS) {
    for (let k = 0; k < idiom.length; k++) {
      const list = map.get(idiom[k]!) ?? [];
      list.push([idiom, k]);
      map.set(idiom[k]!, list);
    }
  }
  return map;
})();

function inIdiom(text: string, i: number): number {
  // Returns the end of a numeral idiom ("千家万户", "一心一意") covering position i, or -1.
  const list = IDIOMS_BY_CHAR.get(text[i]!);
  if (!list) return -1;
  for (const [idiom, k] of list) if (startsWithAt(text, idiom, i - k)) return i - k + idiom.length;
  return -1;
}

interface Reading {
  numeral: Numeral;
  /** Product of the multipliers read after the numeral (万, 亿 …). */
  multiplier: number;
  approxMore: boolean;
  unit: { def: UnitDef; end: number } | null;
  /** End of the numeral and its multipliers (before the unit). */
  end: number;
}

/** The numeral at `i` and what follows it up to and including the unit. */
function readNumber(text: string, i: number, end: number): Reading | null {
  const numeral = isArabicDigit(text[i]) ? parseArabic(text, i) : parseChinese(text, i, end);
  if (!numeral) return null;
  let j = numeral.end;
  // A Chinese run ending in a place value that begins a unit ("千瓦", "千伏", "百分之") gives it back.
  if (numeral.kind === 'chinese') {
    while (j > numeral.start + 1 && /[十百千]/.test(text[j - 1]!) && matchUnit(text, j - 1, end)) j--;
    if (j !== numeral.end) {
      const shorter = parseChinese(text, numeral.start, j);
      if (!shorter) return null;
      Object.assign(numeral, shorter);
    }
  }
  let multiplier = 1;
  let approxMore = false;
  for (;;) {
    const k = skipSpaces(text, j, end);
    const unit = matchUnit(text, k, end);
    if (unit) {
      // "度" is an energy unit only after 万/亿 ("5亿度"); otherwise it is a degree or "年度".
      return { numeral, multiplier, approxMore, unit, end: j };
    }
    const c = text[k];
    if (c === '度' && multiplier >= 1e4) {
      return { numeral, multiplier, approxMore, unit: { def: { text: '度', unit: 'kWh', factor: 1, kind: 'energy' }, end: k + 1 }, end: j };
    }
    const placeValue = MULTIPLIER_BY_CODE.get(text.charCodeAt(k));
    if (placeValue !== undefined && (numeral.kind === 'arabic' ? c !== '十' : c === '万' || c === '亿' || c === '兆') && k < end) {
      multiplier *= placeValue;
      j = k + 1;
      // "1兆8042亿", "3亿5000万", "6万0859人": a smaller part written after a large place value adds to it
      const rest = multiplier >= 1e4 && numeral.kind === 'arabic' && !numeral.range ? compoundRest(text, j, end, multiplier) : null;
      if (rest) {
        Object.assign(numeral, { value: round(numeral.value * multiplier + rest.value), end: rest.end });
        multiplier = 1;
        j = rest.end;
      }
      continue;
    }
    if ((c === '余' || c === '多') && !approxMore && k < end) {
      approxMore = true;
      j = k + 1;
      continue;
    }
    return { numeral, multiplier, approxMore, unit: null, end: j };
  }
}

/** The smaller part after a large place value ("8042亿" after "1兆", "0859" after "6万"), as a plain value. */
function compoundRest(text: string, at: number, end: number, placeValue: number): { value: number; end: number } | null {
  if (!isArabicDigit(text[at])) return null;
  const next = parseArabic(text, at);
  if (!next || next.range || text[next.end] === '.' || text[next.end] === '%') return null;
  const written = MULTIPLIER_BY_CODE.get(text.charCodeAt(next.end));
  const smaller = written !== undefined && !matchUnit(text, next.end, end) ? written : 1;
  if (smaller >= placeValue || next.value * smaller >= placeValue) return null;
  // a bare number after 万 is its ones ("6万0859"); without a smaller place value it must be written out in full
  if (smaller === 1 && String(Math.trunc(next.value)).length > Math.log10(placeValue)) return null;
  return { value: next.value * smaller, end: smaller === 1 ? next.end : next.end + 1 };
}

// The qualifiers by their last character, each list in the table's order: only those can end right before a number.
const PRE_QUALIFIERS_BY_LAST: ReadonlyMap<number, ReadonlyArray<[string, Qualifier]>> = (() => {
  const map = new Map<number, Array<[string, Qualifier]>>();
  for (const entry of PRE_QUALIFIERS) {
    const last = entry[0].charCodeAt(entry[0].length - 1);
    map.set(last, [...(map.get(last) ?? []), entry]);
  }
  return map;
})();

function preQualifier(text: string, at: number, floor: number): { q: Qualifier; start: number } | null {
  let k = at;
  while (k > floor && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const candidates = k > floor ? PRE_QUALIFIERS_BY_LAST.get(text.charCodeAt(k - 1)) : undefined;
  if (!candidates) return null;
  for (const [word, q] of candidates) {
    if (k - word.length >= floor && text.startsWith(word, k - word.length)) {
      // "签约43个", "最近3年": the character ends another word here, not a qualifier.
      const before = k - 2 >= floor ? text[k - 2] : undefined;
      if (word.length === 1 && before !== undefined && WORD_ENDING_BEFORE[word]?.includes(before)) return null;
      return { q, start: k - word.length };
    }
  }
  return null;
}

/** Characters that make a one-character qualifier the end of another word (签约, 预约, 节约; 最近, 附近). */
const WORD_ENDING_BEFORE: Readonly<Record<string, string>> = { 约: '签预合相节制条履违特邀公租聘集简契', 近: '最附邻亲贴就靠' };

function postQualifier(text: string, at: number, end: number): { q: Qualifier; end: number } | null {
  const k = skipSpaces(text, at, end);
  for (const [word, q] of POST_QUALIFIERS) {
    if (word === '多') continue; // "多" directly after a unit starts a new word ("个多月" is a unit)
    if (text.startsWith(word, k) && k + word.length <= end) return { q, end: k + word.length };
  }
  return null;
}

/**
 * "投资过亿元", "营收突破万亿元": after a word of exceeding or nearing, 亿 and 万亿 alone before a currency are one
 * of them. Without such a word ("亿元级", "亿元项目") the magnitude names a class, not an amount.
 */
function bareMagnitude(text: string, at: number, floor: number, end: number): QuantityHit | null {
  const trillion = text[at] === '万';
  const unitAt = at + (trillion ? 2 : 1);
  const currency = text.startsWith('美元', unitAt) ? { unit: 'USD', length: 2 } : text[unitAt] === '元' ? { unit: 'CNY', length: 1 } : null;
  if (!currency || unitAt + currency.length > end) return null;
  // "过亿元项目12个": the amount names the class of the things counted after it
  // ("过亿元大项目25个", "超亿元工业项目")
  if (/^(?:以上)?(?:的)?(?:重大|重点|产业|工业|大)?(?:项目|企业|级)/.test(text.slice(unitAt + currency.length, unitAt + currency.length + 6)) && text[unitAt + currency.length] !== '的') return null;
  const before = text.slice(Math.max(floor, at - 2), at);
  const word = /(?:超过|突破|[过超破逾近])$/.exec(before);
  if (!word) return null;
  const qualifier: Qualifier = word[0] === '近' ? '~' : '>';
  return { start: at, end: unitAt + currency.length, value: trillion ? 1e12 : 1e8, unit: currency.unit, qualifier, qualifierStart: at - word[0].length };
}

/** True when the word right before `at` is a noun (a thing built in phases), not a verb or a count word. */
function phaseOfNamed(text: string, at: number, floor: number): boolean {
  const words = segmenter().words(text, Math.max(floor, at - 4), at);
  const last = words[words.length - 1];
  return !!last && last.length >= 2 && /^(?:n|ns|nz|nt|j)$/.test(tagOf(last));
}

/** Words a count classifier opens with the character after it: "两部分" is two parts, "五部委" five ministries, "三部曲" a trilogy. */
const CLASSIFIER_WORDS = new Set(['部分', '部委', '份额', '部曲']);

/** What may follow an anniversary that is a fact ("迈入30周年。"); before a noun it names an event ("10周年集中采访活动"). */
const ANNIVERSARY_END = /^(?:|[，。；！？、,.;!?”」』）)\s了])$/u;

/** Words saying that the years after them are a span something lasted ("连续", "历时"). */
const DURATION_BEFORE = /(?:连续|持续|历时|耗时|长达|仅用|用了)$/;

/** Words of a plan before the years it gives itself. */
const PLAN_BEFORE = /(?:力争|争取|计划|预计|力求|拟|预期|目标|将用|要用|准备用)/u;

/** Whether a number followed by 年 is a measured duration ("8年", "12年来", "15年后"), not a date or plan horizon. */
function yearDuration(text: string, n: Numeral, afterYear: number, end: number): boolean {
  if (n.integerDigits >= 3) return false;
  if (n.value > 200 || n.value <= 0) return false;
  const next = text[afterYear];
  const before = text[n.start - 1];
  if (before === '个' || before === '期' || before === '每' || before === '第') return false;
  // "力争用五年时间创建…", "计划用3年时间完成": a span a plan gives itself is a horizon, not a measurement
  if (PLAN_BEFORE.test(text.slice(Math.max(0, n.start - 10), n.start).split(/[，。；！？,;]/u).pop()!)) return false;
  if (next === undefined || afterYear >= end) return true;
  // a span the number is said to last ("连续7年位居…", "历时3年建成")
  if (DURATION_BEFORE.test(text.slice(Math.max(0, n.start - 3), n.start))) return true;
  if (/[来后间多了的，。；、,]/.test(next)) return true;
  return startsWithAt(text, '时间', afterYear);
}

/**
 * All quantities in text[start, end). `skip(i)` tells positions inside names or titles (《…》, short
 * quoted slogans) where a number is not a fact.
 */
export function scanQuantities(text: string, start = 0, end = text.length, skip: (i: number) => boolean = () => false): QuantityHit[] {
  const hits: QuantityHit[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 0x4ebf || (code === 0x4e07 && text.charCodeAt(i + 1) === 0x4ebf)) {
      const bare = bareMagnitude(text, i, start, end);
      if (bare && !skip(i)) {
        hits.push(bare);
        i = bare.end;
        continue;
      }
    }
    const arabic = digitCode(code);
    // 万 亿 拾 never start a numeral.
    const chinese = !arabic && numeralCode(code) && code !== 0x4e07 && code !== 0x4ebf && code !== 0x62fe;
    if (!arabic && !chinese) {
      i++;
      continue;
    }
    // (by code: most numeral characters are turned away below, and text[i] of one would allocate a string)
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    // Inside a longer numeral or code: continue after it.
    if (arabic && (digitCode(prev) || prev === 0x2e || prev === 0xff0e)) {
      i++;
      continue;
    }
    // A lone "一" ("一批", "进一步") is never a reported count: skip it without parsing. (一 0x4e00, 半 0x534a, 分 0x5206)
    if (code === 0x4e00 && !numeralCode(next) && next !== 0x534a && next !== 0x5206) {
      i++;
      continue;
    }
    if (code === 0x4e00 && next === 0x534a && i + 2 <= end) {
      // "超一半", "近一半": half, as a share in percent.
      const pre = preQualifier(text, i, start);
      if (pre && !skip(i)) hits.push({ start: i, end: i + 2, value: 50, unit: 'percent', qualifier: pre.q, qualifierStart: pre.start });
      i += 2;
      continue;
    }
    // Inside a digit string that read as no number ("一一七年" of a year): continue after it.
    if (chinese && isChineseDigitCode(prev)) {
      i++;
      continue;
    }
    if (chinese) {
      // Most numeral characters are inside words ("三维", "十分"): unless a unit, a range or a fraction
      // can follow the run, skip it without parsing. (百 0x767e)
      let k = i + 1;
      while (k < end && numeralCode(text.charCodeAt(k))) k++;
      while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
      if (CAN_FOLLOW_NUMERAL[text.charCodeAt(k)] !== 1 && code !== 0x767e) {
        i = k > i + 1 ? k : i + 1;
        continue;
      }
      const idiomEnd = inIdiom(text, i);
      if (idiomEnd > i) {
        i = idiomEnd;
        continue;
      }
    }
    const hit = readAt(text, i, start, end, skip, hits);
    i = hit > i ? hit : i + 1;
  }
  return hits;
}

/** Reads a quantity (or a range of two) at i; pushes hits; returns where scanning resumes. */
function readAt(text: string, i: number, floor: number, end: number, skip: (i: number) => boolean, hits: QuantityHit[], listItem = false): number {
  // "百分之二十" and "X分之Y" fractions.
  const reading = readNumber(text, i, end);
  if (!reading) {
    let k = i;
    while (k < end && (isChineseNumeralChar(text[k]) || isArabicDigit(text[k]))) k++;
    return k;
  }
  const { numeral } = reading;
  const resume = Math.max(reading.unit?.end ?? reading.end, numeral.end);
  if (skip(i)) return resume;
  const prev = text[numeral.start - 1];
  const prevSkip = (() => {
    let k = numeral.start;
    while (k > floor && isSpaceCode(text.charCodeAt(k - 1))) k--;
    return text[k - 1];
  })();
  // Ordinals, codes and formulas: "第六期", "QX-3000", "M8610", "2+7".
  // (a slash before the last item of a list of amounts, "2万/5万/10万元", only separates it)
  if (prevSkip === '第' || isLatin(prev) || prev === '+' || prev === '＋' || prev === '_' || (prev === '/' && !listItem) || prev === '·') return resume;
  if ((prev === '-' || prev === '－') && isLatin(text[numeral.start - 2])) return resume;
  if (numeral.kind === 'chinese' && VAGUE_BEFORE.has(prev ?? '')) return resume;
  // A Chinese zero starts words ("零部件", "零售"), never a reported count.
  if (numeral.kind === 'chinese' && numeral.value === 0 && !numeral.range) return resume;
  // "三门峡", "六安", "十堰": a place name that opens with a numeral character
  if (numeral.kind === 'chinese') {
    const place = placeAt(text, numeral.start);
    if (place && place.form.length >= 2 && !isAmbiguousPlace(place)) return Math.max(resume, numeral.start + place.form.length);
  }
  if (numeral.kind === 'chinese' && (text[numeral.start - 1] === '数' || text.startsWith('若干', numeral.start - 2))) return resume;
  const after = skipSpaces(text, reading.end, end);

  // Fractions: "2/5" and "三分之一" are shares, reported in percent.
  if (!reading.unit && reading.multiplier === 1) {
    const frac = fractionAt(text, numeral, after, end);
    if (frac) {
      const pre = preQualifier(text, numeral.start, floor);
      hits.push({ start: numeral.start, end: frac.end, value: round(frac.percent), unit: 'percent', qualifier: pre?.q ?? '=', qualifierStart: pre?.start ?? numeral.start });
      return frac.end;
    }
  }
  if (text[after] === '+' || text[after] === '＋' || (isLatin(text[after]) && !reading.unit)) return resume;
  // "前三个月", "前5个月": the first months of a year name a period, like "前三季度" (not "提前3个月", a lead).
  if (reading.unit?.def.unit === 'month' && text[numeral.start - 1] === '前' && text[numeral.start - 2] !== '提' && numeral.value <= 12) return reading.unit.end;

  // "30周年": an anniversary counts the years since a founding.
  if (!reading.unit && reading.multiplier === 1 && !numeral.range && (text[after] === '周' || text[after] === '週') && text[after + 1] === '年' && ANNIVERSARY_END.test(text[after + 2] ?? '') && numeral.value > 0 && numeral.value <= 200 && numeral.integerDigits < 3) {
    const pre = preQualifier(text, numeral.start, floor);
    hits.push({ start: numeral.start, end: after + 2, value: numeral.value, unit: 'year', qualifier: pre?.q ?? '=', qualifierStart: pre?.start ?? numeral.start });
    return after + 2;
  }
  // 年 after a number: a measured duration only in a few shapes; otherwise a date or a plan horizon.
  if (!reading.unit && text[after] === '年' && reading.multiplier === 1 && !numeral.range) {
    if (!yearDuration(text, numeral, after + 1, end)) return after + 1;
    const pre = preQualifier(text, numeral.start, floor);
    const more = text[after + 1] === '多' || reading.approxMore;
    hits.push({ start: numeral.start, end: after + 1, value: numeral.value, unit: 'year', qualifier: more ? '>' : pre?.q ?? '=', qualifierStart: pre?.start ?? numeral.start });
    return after + 1;
  }

  const listed = !reading.unit && numeral.kind === 'arabic' ? listSharingUnit(text, reading, after, floor, end, skip, hits) : -1;
  if (listed >= 0) return listed;
  // Money with its 元 left out: "设立23亿基金", an amount in 亿 in a sentence about money; "获批国家级检验检测中心奖励
  // 100万", an amount in 万 right after a word granting it.
  const yuanLeftOut =
    !reading.unit &&
    ((reading.multiplier >= 1e8 && numeral.kind === 'arabic' && moneyContext(text, numeral.start, floor, end)) ||
      (reading.multiplier === 1e4 && GRANTED_BEFORE.test(text.slice(Math.max(floor, numeral.start - 6), numeral.start))));
  if (yuanLeftOut) {
    const pre = preQualifier(text, numeral.start, floor);
    hits.push({ start: numeral.start, end: reading.end, value: round(numeral.value * reading.multiplier), unit: 'CNY', qualifier: pre?.q ?? (reading.approxMore ? '>' : '='), qualifierStart: pre?.start ?? numeral.start });
    return reading.end;
  }
  if (!reading.unit) {
    // A range whose unit is printed once, at the end: "300—800万元", "4—9个", "5亿—8亿千瓦时".
    const sep = text[after];
    if (sep !== undefined && RANGE_SEPARATORS.has(sep) && !reading.approxMore) {
      let k = after + 1;
      if (text[k] === sep) k++; // "——"
      k = skipSpaces(text, k, end);
      if (isArabicDigit(text[k]) === (numeral.kind === 'arabic') || isChineseNumeralChar(text[k])) {
        const right = readNumber(text, k, end);
        if (right && right.unit && !skip(k) && !(right.unit.def.unit === 'year')) {
          const hiHits: QuantityHit[] = [];
          const pre = preQualifier(text, numeral.start, floor);
          const rightEnd = right.unit.end;
          const leftMult = reading.multiplier !== 1 ? reading.multiplier : right.multiplier;
          const def = right.unit.def;
          if (!acceptCount(right, def)) return rightEnd;
          const lo = numeral.value * leftMult * def.factor;
          const hi = right.numeral.value * right.multiplier * def.factor;
          hits.push({ start: numeral.start, end: rightEnd, value: round(lo), unit: def.unit, qualifier: pre?.q ?? '=', qualifierStart: pre?.start ?? numeral.start });
          // A qualifier before the range ("约300—800万元") holds for both ends.
          hiHits.push({ start: right.numeral.start, end: rightEnd, value: round(hi), unit: def.unit, qualifier: pre?.q ?? '=', qualifierStart: right.numeral.start });
          hits.push(...hiHits);
          return rightEnd;
        }
      }
    }
    return resume;
  }

  const def = reading.unit.def;
  if (!acceptCount(reading, def)) return resume;
  // "荣获2024台湾精品奖", "3天津经济技术开发区" (a rank before a name): a unit that opens a place's name with what
  // follows ("台湾", "天津") is no unit, nor a classifier that opens a verb ("斥资60亿支援创科", "30亿支持…").
  const unitAt = reading.unit.end - def.text.length;
  const unitPlace = placeAt(text, unitAt);
  if (unitPlace && unitPlace.form.length > def.text.length && !isAmbiguousPlace(unitPlace)) return resume;
  if (def.kind === 'count' && def.text.length === 1 && /^v/.test(tagOf(text.slice(unitAt, unitAt + 2)))) return resume;
  // "由两部分组成", "五部委": a classifier that opens a word with what follows ("部分", "部委") is no classifier
  if (def.kind === 'count' && CLASSIFIER_WORDS.has(text.slice(unitAt, unitAt + 2))) return resume;
  // "百亿项目", "千万元级": an amount that classes a project by size is no count of projects.
  if (def.text === '项' && text[reading.unit.end] === '目' && numeral.value * reading.multiplier >= 1e4) return reading.unit.end + 1;
  // "“稳增长”30条": a policy named by its number of articles; the number belongs to the name.
  if (def.text === '条' && (prevSkip === '”' || prevSkip === '」' || prevSkip === '》')) return resume;
  // "排名前移12位", "较去年上升5位": a move in a ranking, not a count of people.
  if (def.text === '位' && RANK_MOVE.test(text.slice(Math.max(floor, numeral.start - 4), numeral.start))) return resume;
  // "排名100名以前", "位列前50名": a place or threshold in a ranking, an ordinal rather than a count of people.
  if ((def.text === '名' || def.text === '位') && (RANK_PLACE_BEFORE.test(text.slice(Math.max(floor, numeral.start - 14), numeral.start)) || RANK_PLACE_AFTER.test(text.slice(reading.unit.end, reading.unit.end + 6))))
    return resume;
  // "50亿元以上项目1个", "亿元以上重大项目": an amount that classes projects by size is no amount of money.
  // So does one before projects that are then counted ("超50亿元项目4个").
  if (def.kind === 'money' && /^(?:(?:[（(]含[）)])?(?:及?以上|以下)(?:重大|重点|产业|工业|制造业)?(?:项目|項目)|(?:重大|重点|产业)?(?:项目|項目)\s*[\d一二三四五六七八九十两]+\s*[个個项項])/u.test(text.slice(reading.unit.end, reading.unit.end + 10))) return reading.unit.end;
  // "30个80亩以上试点项目": an area that classes projects by size is no measured area either.
  if (def.unit === 'm2' && /^(?:及?以上|以下)(?:的)?(?:试点|重大|重点|产业|工业|制造业)?(?:项目|項目)/u.test(text.slice(reading.unit.end, reading.unit.end + 10))) return reading.unit.end;
  // "十二届十二次全会", "二十届三中全会": a congress's term and plenary session are ordinals, not counts.
  if ((def.text === '届' && /^\s*[一二三四五六七八九十\d]{1,3}\s*(?:次|中)/u.test(text.slice(reading.unit.end, reading.unit.end + 5))) ||
    (def.text === '次' && /届\s*$/u.test(text.slice(Math.max(floor, numeral.start - 2), numeral.start)) && /^\s*(?:全会|全体|会议|党代会|代表大会)/u.test(text.slice(reading.unit.end, reading.unit.end + 5))))
    return resume;
  // "百万吨级", "10万千瓦级": a scale class, not a measured amount.
  if (text[reading.unit.end] === '级') return reading.unit.end + 1;
  // "二期", "2期临床": a phase, not a count of periods; so is a later one after the name of what is built in
  // phases ("数码港五期", "园区七期"), unlike a count after a verb ("举办五期", "开展12期").
  if (def.unit === '期' && !reading.approxMore && (numeral.value <= 4 || phaseOfNamed(text, numeral.start, floor))) return resume;
  // "5天内", "三年内": a deadline of a plan, not a measured duration.
  if (def.kind === 'duration' && def.unit !== 'year' && text[reading.unit.end] === '内') return resume;
  // A unit made of Latin letters must not run on into a longer word ("5Gbps" is fine, "3MWA" is a code).
  if (/[A-Za-z]$/.test(def.text) && isLatin(text[reading.unit.end]) ) return resume;
  // "100元/吨" is a price and "350公里/小时" a speed: a rate per unit is not an amount. Per year or
  // per day ("2.5万吨/年") is a capacity and stays.
  if ((text[reading.unit.end] === '/' || text[reading.unit.end] === '／') && !/^[\/／](?:年|天|日|月)/.test(text.slice(reading.unit.end, reading.unit.end + 2))) return reading.unit.end + 1;
  const pre = preQualifier(text, numeral.start, floor);
  let qualifier: Qualifier = pre?.q ?? '=';
  const currency = def.unit === 'CNY' ? currencyBefore(text, pre?.start ?? numeral.start, floor) : null;
  if (reading.approxMore || def.text === '个多月') qualifier = '>';
  const post = postQualifier(text, reading.unit.end, end);
  if (post && qualifier === '=') qualifier = post.q;
  if (numeral.range) {
    // "五六十人": convention — two quantities, the ends of the range, both approximate ("~").
    for (const v of numeral.range) {
      hits.push({ start: numeral.start, end: reading.unit.end, value: round(v * reading.multiplier * def.factor), unit: def.unit, qualifier: '~', qualifierStart: numeral.start });
    }
    return reading.unit.end;
  }
  hits.push({
    start: numeral.start,
    end: reading.unit.end,
    value: round(numeral.value * reading.multiplier * def.factor),
    unit: currency ?? def.unit,
    qualifier,
    qualifierStart: pre?.start ?? numeral.start,
  });
  return reading.unit.end;
}

// What separates the items of a list of numbers: the enumeration comma, the conjunctions, and a slash between
// amounts that carry their own multiplier ("2万/5万/10万元"; a bare "2/5" is a fraction).
const LIST_SEPARATORS = new Set(['、', '和', '及', '与', '或', '/', '／']);

/**
 * A list of Arabic numbers whose unit is printed once, after the last ("10万、20万、50万元", "10、20和30亿元"):
 * every number is a quantity in that unit, and one without a multiplier of its own takes the last one's. The last
 * item is read as any quantity is, so a list of years, months or ordinals ("2021、2022年") gives nothing. Pushes
 * the hits and returns where scanning resumes, or -1 when `first` opens no such list.
 */
function listSharingUnit(text: string, first: Reading, after: number, floor: number, end: number, skip: (i: number) => boolean, hits: QuantityHit[]): number {
  const items: Reading[] = [first];
  let k = after;
  let lastReading: Reading;
  for (;;) {
    const sep = text[k];
    if (sep === undefined || !LIST_SEPARATORS.has(sep)) return -1;
    const previous = items[items.length - 1]!;
    if ((sep === '/' || sep === '／') && previous.multiplier === 1) return -1;
    k = skipSpaces(text, k + 1, end);
    if (!isArabicDigit(text[k]) || skip(k)) return -1;
    const next = readNumber(text, k, end);
    if (!next || next.numeral.range || next.approxMore) return -1;
    if (next.unit) {
      lastReading = next;
      break;
    }
    items.push(next);
    k = skipSpaces(text, next.end, end);
  }
  // The last item, with its unit, read as a quantity of its own.
  const last: QuantityHit[] = [];
  const resume = readAt(text, k, floor, end, skip, last, true);
  const hit = last[0];
  if (!hit || hit.start !== k) return -1;
  const factor = lastReading.unit!.def.factor;
  for (const item of items) {
    const multiplier = item.multiplier !== 1 ? item.multiplier : lastReading.multiplier;
    hits.push({ start: item.numeral.start, end: item.end, value: round(item.numeral.value * multiplier * factor), unit: hit.unit, qualifier: hit.qualifier, qualifierStart: item.numeral.start });
  }
  hits.push(...last);
  return resume;
}

// (also the places a list is ranked in, "北京、上海分列一二位", "分列第一、二、三位")
// (and a ranking's name between the verb and 前: "位列综合评价前50名", "单项评价前20名", "排行榜前10位")
// (and "分别列22位和29位": the places after the verb may be listed, 和29位)
const RANKING_VERBS = '排名|排位|排在|位列|位居|名列|分列|分居|并列|分别列';
const RANK_PLACE_BEFORE = new RegExp(
  `(?:(?:${RANKING_VERBS}|居)(?:全国|全省|全市|榜单|榜首|全榜)?(?:前|第)?|(?:${RANKING_VERBS})[\\u4e00-\\u9fff]{1,6}?(?:前|第)|(?:评价|排名|榜单|排行榜?)前|第(?:[一二三四五六七八九十\\d]{1,3}、)*|` +
    `(?:${RANKING_VERBS}|居)(?:前|第)?[一二三四五六七八九十\\d]{1,3}[名位](?:[和、及与](?:前|第)?[一二三四五六七八九十\\d]{1,3}[名位])*[和、及与](?:前|第)?)$`,
);
const RANK_PLACE_AFTER = /^\s*(?:[（(]含[）)])?\s*(?:以前|以后|以後|以内|之内|之前|之后)/;
const RANK_MOVE = /(?:提升|上升|前移|前进|下降|下滑|后退|后移|攀升|跃升|提高|排名|排位|位次)(?:了)?$/;

const MONEY_WORDS = /资金|基金|投资|融资|资本|营收|收入|产值|元/;
/** Words that grant money right before an amount ("奖励100万", "最高补贴50万"). */
const GRANTED_BEFORE = /(?:奖励|补贴|补助|资助|扶持|奖补|给予|最高|不超过)\s*$/;

function moneyContext(text: string, at: number, floor: number, end: number): boolean {
  const next = text[at] ? text.slice(at, Math.min(end, at + 12)) : '';
  if (/^[\d.．]+\s*亿\s*[人次个家项台]/.test(next)) return false;
  return MONEY_WORDS.test(text.slice(Math.max(floor, at - 20), Math.min(end, at + 12)));
}

// A currency named before the amount ("新台币3250亿元", "港币80亿元"):
// then 元 is a unit of that currency. Source: ISO 4217 codes of the currencies Chinese text names so.
export const CURRENCY_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['新台币', 'TWD'], ['台币', 'TWD'], ['港币', 'HKD'], ['港元', 'HKD'], ['澳门币', 'MOP'], ['澳门元', 'MOP'], ['美元', 'USD'], ['美金', 'USD'],
  ['欧元', 'EUR'], ['日元', 'JPY'], ['日币', 'JPY'], ['人民币', 'CNY'],
];

function currencyBefore(text: string, at: number, floor: number): string | null {
  let k = at;
  while (k > floor && isSpaceCode(text.charCodeAt(k - 1))) k--;
  for (const [word, code] of CURRENCY_BEFORE) if (k - word.length >= floor && text.startsWith(word, k - word.length)) return code;
  return null;
}

/** Counts written in Chinese numerals are often list numbering ("三个方面", "一家"): keep only clear ones. */
function acceptCount(reading: Reading, def: UnitDef): boolean {
  const { numeral } = reading;
  if (numeral.kind !== 'chinese') return true;
  if (numeral.value === 1 && !numeral.range && reading.multiplier === 1) return false;
  if (def.kind === 'count' && (def.unit === '个' || def.unit === '条') && numeral.value <= 10 && !numeral.range) return false;
  if (def.kind === 'duration' && numeral.value <= 10 && !numeral.range && def.unit !== 'year') return true;
  return true;
}

function fractionAt(text: string, numeral: Numeral, after: number, end: number): { percent: number; end: number } | null {
  if (numeral.kind === 'arabic' && (text[after] === '/' || text[after] === '／') && after === numeral.end) {
    const den = parseArabic(text, after + 1);
    if (!den || den.value === 0 || numeral.integerDigits > 3 || den.integerDigits > 3) return null;
    if (text[den.end] === '/' || isArabicDigit(text[den.end])) return null; // a date "2023/4/16"
    // "今(8/29)日", "8/29日": a month and day, not a fraction
    if (numeral.value >= 1 && numeral.value <= 12 && den.value <= 31 && Number.isInteger(numeral.value) && (/^[)）]?日/.test(text.slice(den.end, den.end + 2)) || /[今于於][(（]$/.test(text.slice(Math.max(0, numeral.start - 2), numeral.start)))) return null;
    if (numeral.value >= den.value) return null;
    return { percent: (numeral.value / den.value) * 100, end: den.end };
  }
  if (text.startsWith('分之', after)) {
    const k = after + 2;
    const num = isArabicDigit(text[k]) ? parseArabic(text, k) : parseChinese(text, k, end);
    if (!num || numeral.value === 0) return null;
    // "百分之二十": the denominator is a hundred.
    return { percent: (num.value / numeral.value) * 100, end: num.end };
  }
  return null;
}

/** Removes binary floating-point noise from a product ("3125.9亿" → 312590000000 exactly, not a value with trailing float noise). */
function round(v: number): number {
  const r = Math.round(v);
  if (Math.abs(v - r) <= 1e-9 * Math.max(1, Math.abs(v))) return r;
  return Number(v.toPrecision(12));
}

// Reads one numeral at a position: Arabic ("1,200", "2086.7", full-width "１２") or Chinese ("两千",
// "一千一百", "六七十" → an approximate range 60–70). Multipliers after an Arabic numeral
// ("1.5万") and units are read by the quantity scanner, which knows where a unit begins.

export interface Numeral {
  value: number;
  start: number;
  end: number;
  kind: 'arabic' | 'chinese';
  /** Digits before the decimal point (Arabic, or a Chinese digit string "二〇二三"), to tell a year "2022" from a count. */
  integerDigits: number;
  /** Set for "六七十"-style approximations: the two ends of the range. */
  range?: [number, number];
}

const CN_DIGITS: Record<string, number> = {
  // (Taiwan print often writes the zero of a digit string as a white circle: "五六○公顷")
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8 };
// One-character tens of written Chinese ("廿" = 二十, "卅" = 三十; "卅年", "卅一日").
const CN_TENS: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };

export function isArabicDigit(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 0xff10 ? code - 0xff10 : code - 0x30;
}

// One table lookup per character: the scanner asks this of every character of a page.
const NUMERAL_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of [...Object.keys(CN_DIGITS), ...Object.keys(CN_UNITS), ...Object.keys(CN_TENS)]) table[c.charCodeAt(0)] = 1;
  return table;
})();

const DIGIT_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of Object.keys(CN_DIGITS)) table[c.charCodeAt(0)] = 1;
  return table;
})();

/** True for the code of a Chinese digit character (一 … 九, 零, 〇), not a place-value character (NaN, past the text's ends, is none). */
export function isChineseDigitCode(code: number): boolean {
  return DIGIT_TABLE[code] === 1;
}

export function isChineseNumeralChar(c: string | undefined): boolean {
  return c !== undefined && NUMERAL_TABLE[c.charCodeAt(0)] === 1;
}

/** Character-code forms for hot loops (reading text[i] of a CJK character allocates a string). */
export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_TABLE[code] === 1;
}

export function isArabicDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** An Arabic numeral at `at`: digits with optional thousands commas ("1,200") and a decimal part. */
export function parseArabic(text: string, at: number): Numeral | null {
  let i = at;
  let intPart = '';
  while (i < text.length) {
    const c = text[i]!;
    if (isArabicDigit(c)) {
      intPart += digitValue(c);
      i++;
    } else if (c === ',' && intPart.length > 0) {
      // A thousands separator is followed by exactly three digits and then a non-digit or another group.
      let k = 0;
      while (k < 3 && isArabicDigit(text[i + 1 + k])) k++;
      if (k === 3 && !isArabicDigit(text[i + 4])) i++;
      else break;
    } else break;
  }
  if (!intPart) return null;
  const integerDigits = intPart.length;
  let frac = '';
  const sep = text[i];
  if ((sep === '.' || sep === '．') && isArabicDigit(text[i + 1])) {
    i++;
    while (i < text.length && isArabicDigit(text[i])) frac += digitValue(text[i++]!);
  }
  return { value: Number(frac ? `${intPart}.${frac}` : intPart), start: at, end: i, kind: 'arabic', integerDigits };
}

/**
 * A Chinese numeral at `at`, read over the longest run of numeral characters. Returns null for runs
 * that are not a number ("统一一批" gives "一一"). Two adjacent digits followed by a place value
 * ("六七十", "三四百") are an approximation; the value is the lower end and `range` holds both ends.
 */
export function parseChinese(text: string, at: number, stop = text.length): Numeral | null {
  let end = at;
  // (by code: text[i] of a CJK character allocates a string; and the tens are rare, so the run is rewritten only
  // when it holds one)
  let tens = false;
  for (; end < stop; end++) {
    const code = text.charCodeAt(end);
    if (NUMERAL_TABLE[code] !== 1) break;
    // 廿 卅 卌
    if (code === 0x5eff || code === 0x5345 || code === 0x534c) tens = true;
  }
  if (end === at) return null;
  const run = tens ? text.slice(at, end).replace(/[廿卅卌]/gu, (c) => CN_TENS[c]!) : text.slice(at, end);
  const value = chineseValue(run);
  if (value === null) return null;
  // "五点三" (5.3): a decimal part written digit by digit after 点 (or the point "‧" of Taiwan print: "十三‧五万")
  if ((text[end] === '点' || text[end] === '點' || text[end] === '‧') && !value.range && CN_DIGITS[text[end + 1] ?? ''] !== undefined) {
    let k = end + 1;
    let fraction = '';
    while (k < stop && CN_DIGITS[text[k]!] !== undefined) fraction += CN_DIGITS[text[k++]!];
    if (!CN_UNITS[text[k] ?? ''] || text[k] === '万' || text[k] === '亿') return { value: Number(`${value.value}.${fraction}`), start: at, end: k, kind: 'chinese', integerDigits: 0 };
  }
  // (two literals, not a spread of an optional part: spreads take V8's slow generic path)
  const integerDigits = value.digits ?? 0;
  return value.range ? { value: value.value, range: value.range, start: at, end, kind: 'chinese', integerDigits } : { value: value.value, start: at, end, kind: 'chinese', integerDigits };
}

function chineseValue(run: string): { value: number; range?: [number, number]; digits?: number } | null {
  const chars = [...run];
  // "二〇二三", "五六○", "一一七": a digit string of three or more (years and, in Taiwan print, amounts are written
  // this way).
  // ...also before 万 or 亿 ("一九○亿")
  const magnitude = chars.length >= 4 && (chars[chars.length - 1] === '万' || chars[chars.length - 1] === '亿') ? CN_UNITS[chars[chars.length - 1]!]! : 1;
  const digits = magnitude > 1 ? chars.slice(0, -1) : chars;
  if (digits.length >= 3 && digits.every((c) => c in CN_DIGITS)) return { value: Number(digits.map((c) => CN_DIGITS[c]).join('')) * magnitude, digits: magnitude > 1 ? 0 : digits.length };
  // "六七十", "三四百", "十五六": two consecutive digits mark an approximate range.
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = CN_DIGITS[chars[k]!];
    const b = CN_DIGITS[chars[k + 1]!];
    if (a === undefined || b === undefined) continue;
    // "一千零五": 零 only marks a skipped place.
    if (a === 0 && chars[k] === '零' && k > 0) continue;
    if (b === a + 1 && a > 0) {
      const lo = chineseValue(chars.slice(0, k).join('') + chars[k] + chars.slice(k + 2).join(''));
      const hi = chineseValue(chars.slice(0, k).join('') + chars[k + 1] + chars.slice(k + 2).join(''));
      if (!lo || !hi || lo.range || hi.range) return null;
      return { value: lo.value, range: [lo.value, hi.value] };
    }
    // anything else is not a number
    return null;
  }
  let total = 0;
  let section = 0;
  let number = 0;
  let sawDigit = false;
  for (const c of chars) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      number = d;
      sawDigit = true;
      continue;
    }
    const unit = CN_UNITS[c]!;
    if (unit === 1e8) {
      total = (total + section + number) * unit;
      section = 0;
    } else if (unit === 1e4) {
      total += (section + number) * unit;
      section = 0;
    } else {
      section += (number || 1) * unit;
    }
    number = 0;
    sawDigit = false;
  }
  return { value: total + section + number };
}

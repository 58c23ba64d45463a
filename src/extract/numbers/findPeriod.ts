// The period a quantity refers to, read from its sentence before it: "2021年" → "2021", "今年一季度" →
// "2023-Q1" (with the publication year), "截至今年3月" → "2023-03", "“十三五”末" → "2020".
import { parseChinese } from './parseNumeral.js';

// Five-year plans: the n-th plan ends in 1955 + 5n ("十三五" is the 13th, ending 2020).
const PLAN = /[“"]?(十[一二三四五六七八九]|[一二三四五六七八九])五[”"]?(末|期末|收官)/g;
const YEAR = /((?:19|20)\d{2}|[一二〇零三四五六七八九]{4})\s*年(?:\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)|(?:底|末))?/g;
const RELATIVE = /(今年|去年|明年|前年|后年|上年|同年)(?:\s*(\d{1,2})\s*月)?/g;
const PRESENT = /目前|当前|现在|如今|眼下|现阶段/g;
const QUARTER = /(?:第)?([一二三四1-4])\s*季度|([1-4])\s*季度|Q([1-4])/g;

const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const QUARTER_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Found {
  at: number;
  year: number | null;
  month?: number;
  quarter?: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The period stated in text[from, to), or null. `pubYear` resolves 今年/去年 and bare quarters. */
export function findPeriod(text: string, from: number, to: number, pubYear: number | null): string | null {
  const stretch = text.slice(Math.max(from, to - 240), to);
  const found: Found[] = [];
  // Most stretches hold no date at all: each pattern runs only where the character it cannot match without
  // (年 of YEAR and RELATIVE, 五 of PLAN, 季 or Q of QUARTER) is present.
  const hasYear = stretch.includes('年');
  if (hasYear) for (const m of stretch.matchAll(YEAR)) {
    const y = /\d/.test(m[1]![0]!) ? Number(m[1]) : Number([...m[1]!].map((c) => CN_YEAR_DIGITS[c] ?? '').join(''));
    if (y >= 1900 && y <= 2100) found.push({ at: m.index!, year: y, month: m[2] ? Number(m[2]) : undefined });
  }
  if (hasYear && pubYear !== null) for (const m of stretch.matchAll(RELATIVE)) {
    const delta = { 今年: 0, 同年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 后年: 2 }[m[1] as '今年'] ?? 0;
    found.push({ at: m.index!, year: pubYear + delta, month: m[2] ? Number(m[2]) : undefined });
  }
  if (stretch.includes('五')) for (const m of stretch.matchAll(PLAN)) {
    const n = parseChinese(m[1]!, 0);
    if (n) found.push({ at: m.index!, year: 1955 + 5 * n.value });
  }
  if (stretch.includes('季') || stretch.includes('Q')) for (const m of stretch.matchAll(QUARTER)) {
    const q = QUARTER_NUM[m[1] ?? m[2] ?? m[3] ?? ''];
    if (q) found.push({ at: m.index!, year: null, quarter: q });
  }
  if (!found.length) return null;
  found.sort((a, b) => a.at - b.at);
  const last = found[found.length - 1]!;
  // "2011年…成立，目前规划面积171平方公里": a word of the present after the last date puts the figure at the
  // time of writing.
  PRESENT.lastIndex = last.at;
  if (PRESENT.test(stretch)) return pubYear === null ? null : String(pubYear);
  if (last.quarter) {
    const year = [...found].reverse().find((f) => f.year !== null)?.year ?? pubYear;
    return year ? `${year}-Q${last.quarter}` : null;
  }
  if (last.year === null) return null;
  return last.month && last.month >= 1 && last.month <= 12 ? `${last.year}-${pad(last.month)}` : String(last.year);
}

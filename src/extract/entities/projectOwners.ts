// Enterprises named at the head of a project's name: "某某科技新能源材料研发生产项目" is a project of 某某科技,
// "某省某某线缆年产30万千米特种电缆项目" one of 某省某某线缆. The owner is a short coined head (a brand the
// dictionary does not know, or a proper noun) followed by an industry word, with the project's own words after it.
import { isAmbiguousPlace, placeAt } from '../../lexicon/places.js';
import { PARK_KIND_WORDS } from '../../lexicon/parkSuffixes.js';
import { findProjectNames } from '../projects/findProjectNames.js';
import type { Block } from './blocks.js';
import { hasProperPart } from './extendName.js';
import { skipLocatingPlaces } from './text.js';
import { LiteralMatcher } from './literals.js';

/**
 * Industry words that end an enterprise's short name (after the industry sections of GB/T 4754 国民经济行业分类
 * and the usual endings of company trade names).
 */
const INDUSTRY_WORDS = new LiteralMatcher([
  '科技', '半导体', '动力', '线缆', '电缆', '能源', '新能源', '电子', '新材料', '材料', '生物', '医药', '药业', '制药', '化工',
  '机械', '智能', '光电', '汽车', '实业', '电气', '纺织', '食品', '环保', '精密', '装备', '重工', '钢铁', '有色', '矿业',
  '光伏', '锂电', '储能', '信息', '软件', '通信', '股份', '集团',
]);

/**
 * The characters of the chemical elements (the periodic table's Chinese names) and of compound naming (酸, 化):
 * a head made only of them ("钛酸锶", "碳酸锂", "氢氧化锂") names a material, not a company.
 */
const CHEMICAL = new Set(
  Array.from(
    '氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钪钛钒铬锰铁钴镍铜锌镓锗砷硒溴氪铷锶钇锆铌钼锝钌铑钯银镉铟锡锑碲碘氙铯钡' +
      '镧铈镨钕钐铕钆铽镝钬铒铥镱镥铪钽钨铼锇铱铂金汞铊铅铋钋砹氡钫镭锕钍镤铀酸化',
  ),
);
// (a head of metals only, 金/银/铁/铜 among them, may be a brand: "金银…"; with 酸 or 化 it is a compound)
const isChemical = (head: string) => head.length >= 2 && Array.from(head).every((c) => CHEMICAL.has(c)) && /[酸化]|^[^金银铁铜]{2,}$/u.test(head);

export interface OwnerName {
  start: number;
  end: number;
  name: string;
}

/** Owners named at the head of the projects of a block, in analysis-text offsets. */
export function projectOwners(block: Block): OwnerName[] {
  const out: OwnerName[] = [];
  const text = block.source;
  for (const project of findProjectNames(text, block.start, block.end)) {
    let at = project.start;
    const place = placeAt(text, at);
    if (place && !isAmbiguousPlace(place)) at += place.form.length;
    for (const headLength of [2, 3, 4]) {
      const headEnd = at + headLength;
      const industry = INDUSTRY_WORDS.at(text, headEnd);
      if (!industry) continue;
      const end = headEnd + industry.length;
      // the project's own words follow the owner ("…新能源材料研发生产项目"), at least two before its head word
      if (project.end - end < 4) break;
      // "某某食品区…项目": the words run on into a zone's name
      if (/[区园城谷港]/u.test(text[end] ?? '')) break;
      const head = text.slice(at, headEnd);
      if (!/^\p{Script=Han}+$/u.test(head) || PARK_KIND_WORDS.has(head) || placeAt(head, 0)?.form === head) break;
      if (!hasProperPart(block, at, headEnd) || isChemical(head)) break;
      const start = skipLocatingPlaces(block, project.start, headEnd);
      out.push({ start, end, name: text.slice(start, end) });
      break;
    }
  }
  return out;
}

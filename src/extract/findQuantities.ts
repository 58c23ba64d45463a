// Finds the quantities an article reports (number + unit, in GOLD_SPEC canonical units) in its
// headlines, paragraphs and captions, with qualifier, period, attribute and evidence; the subject is
// filled in by linkSubjects. Pull quotes are skipped: they repeat body text.
import { defineStage } from '../stage.js';
import { isDictWord } from './entities/tokens.js';
import { toRawSpan } from '../text/offsets.js';
import type { Quantity, SourceDoc } from '../types.js';
import { clauseEnd, clauseStart, inRegions, nameRegions, readItems, sentenceStart } from './clauses.js';
import { isTaiwanPage, PlaceVotes } from './entities/locate.js';
import { TAIWAN_ONLY_BODIES } from '../lexicon/orgSuffixes.js';
import { findPeriod } from './numbers/findPeriod.js';
import { CURRENCY_BEFORE, scanQuantities } from './numbers/scanQuantities.js';

/** The publication year, from the publication date or the date given on the command line. */
export function publicationYear(doc: SourceDoc, contextDate?: string): number | null {
  const d = doc.publication?.date ?? doc.publication?.month ?? contextDate ?? null;
  const m = d ? /^(\d{4})/.exec(d) : null;
  return m ? Number(m[1]) : null;
}

// Words between a clause start and the number that say when or how, not what is measured. Words of
// change (增长, 下降 …) stay: "同比下降5%" is not "同比增长5%".
const LEAD_TIME = /^\s*(?:\d{4}\s*年|今年|去年)?\s*(?:[一二三四]季度|前[一二三四]季度|上半年|下半年)?/;
const LEADING = /^(?:\s|[“”"‘’「」]|[〔【][^〔【〕】]{0,30}[〕】]|我们公司|我们|该公司|该区|该项目|对于|对|按照|按|截至目前|截至|目前|当前|如今|其中|同时|此外|另外|据悉|据了解|据介绍|近年来|今年|去年|已经|已|共|累计|现|还|并|将|预计|计划|全年|年内)+/;
const TRAILING = /(?:\s|[—~～-]|新台币|台币|港币|人民币|美元|已经|已|共计|共有|共|累计|总计|合计|达到了|达到|高达|达|为|是|约为|超过|突破|不到|不足|低于|高于|多于|少于|接近|将近|大约|实现了|实现|拥有|有|增至|提升至|上升至|上升到|占|在|了|的|到|至|从|由|以|则|仅|仅仅|只|用了|用|约合|，|、|\s)+$/;

// "从2003年的", "从第一个十年2003年的": the starting point of a series, after the measure's name.
// (and for the series' next figure: "从2003年的A增加到2013年的")
const SERIES_FROM = /从(?=[^，。；、]{0,14}?(?:年|季度|月)(?:的|底|末|初)?(?:$|[^，。；、]{1,20}?(?:到|至)[^，。；、]{0,10}$))/;
// "发展到2013年": a time the figure is reached at, after a verb of change.
const TRAILING_TIME = /(?:到|至|在|于)?(?:\d{4}\s*年(?:底|末|初)?|今年|去年|目前|如今|现在)$/;
/** An attribute that is only a verb of change ("发展", "跃升"): the clause goes on with the last figure's measure. */
const CHANGE_ONLY = /^(?:再|又|进一步|继续)?(?:发展|增长|增加|提高|提升|跃升|攀升|上升|扩大|跃居|增至|升至)$/;

/** What may stand between a number and the phrase after it that names what it measures. */
const AFTER_LEAD = /^(?:\s+|以上|左右|以内|以下|之多|多|余|的)/;

/** What ends the phrase after a number that names what it measures (by code: text[i] of a CJK character allocates a string). */
const ATTRIBUTE_END = new Uint8Array(0x10000);
for (const c of '，。；、（(') ATTRIBUTE_END[c.charCodeAt(0)] = 1;

/** "（以下简称“综保区”）": a note naming a short form, no part of what is measured. */
const ALIAS_NOTE = /[（(]以下(?:简称|簡稱)[^）)]{0,20}[）)]/g;

/**
 * "出口3429亿元同比增长": a figure inside the phrase that names the measure, between two words of it, is left out of
 * the attribute; one after 的, 从, 由 … or before 以内, 的 … is a word of the phrase ("投资额的5%给予").
 */
function insideMeasure(text: string, o: { start: number; end: number }): boolean {
  const before = text[o.start - 1] ?? '';
  const after = text[o.end] ?? '';
  return /\p{Script=Han}/u.test(before) && !'的从由在到至为达占比是'.includes(before) && /\p{Script=Han}/u.test(after) && !'的以左多余'.includes(after);
}

/**
 * The printed measure in [a, b) before a number, without spaces; the clause's other figures are left out ("出口3429亿元
 * 同比增长24.2%" measures 出口同比增长), and so is an alias note.
 */
function measureBefore(text: string, printed: string, a: number, b: number, others: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let from = a;
  for (const o of others) {
    if (o.end <= from || o.start >= b || !insideMeasure(text, o)) continue;
    out += printed.slice(from, Math.max(from, o.start));
    from = Math.min(b, o.end);
  }
  const measure = (out + printed.slice(from, b)).replace(/\s+/g, '');
  return measure.includes('以下') ? measure.replace(ALIAS_NOTE, '') : measure;
}

/**
 * What is measured, in the text's words: the phrase before the number in its clause, else the one
 * after. Found on the analysis text, reported as printed (`printed` has the same offsets).
 */
export function attributeOf(
  text: string,
  printed: string,
  clauseFrom: number,
  qualifierStart: number,
  unitEnd: number,
  clauseTo: number,
  others: ReadonlyArray<{ start: number; end: number }> = [],
): string | null {
  let a = clauseFrom;
  let b = qualifierStart;
  // "出口A同比增长B、进口C": after a list comma that follows another figure, the item the number is in.
  // ("分别完成A、B": when only the number follows the comma, the values share the measure before them)
  const comma = text.lastIndexOf('、', b - 1);
  if (comma >= a && b - comma > 2 && others.some((o) => o.start >= a && o.end <= comma)) a = comma + 1;
  for (const re of [LEAD_TIME, LEADING]) {
    const m = re.exec(text.slice(a, b));
    if (m) a += m[0].length;
  }
  // "税收收入从2003年的A增加到2013年的B": the measure is named before the series' starting point.
  const from = SERIES_FROM.exec(text.slice(a, b));
  if (from && from.index >= 2) b = a + from.index;
  for (const re of [TRAILING, TRAILING_TIME, TRAILING]) {
    const t = re.exec(text.slice(a, b));
    // (a time alone before the number, "2023年", is left for the test below)
    if (t && (t.index > 0 || re !== TRAILING_TIME)) b = a + t.index;
  }
  const before = b - a >= 2 ? measureBefore(text, printed, a, b, others) : '';
  // (a phrase with no word in it, "30", names no measure)
  if (before.length >= 2 && /\p{Script=Han}/u.test(before)) return measureBefore(text, printed, Math.max(a, b - 40), b, others);
  a = unitEnd;
  // (多 or 余 that opens a word with what follows, "22栋多层标准厂房", is the attribute's first character)
  for (let lead = AFTER_LEAD.exec(text.slice(a, clauseTo)); lead; lead = AFTER_LEAD.exec(text.slice(a, clauseTo))) {
    if ((lead[0] === '多' || lead[0] === '余') && isDictWord(text.slice(a, a + 2))) break;
    a += lead[0].length;
  }
  let e = a;
  while (e < clauseTo && e - a < 40 && !ATTRIBUTE_END[text.charCodeAt(e)]) e++;
  return e > a ? printed.slice(a, e).replace(/\s+/g, '') || null : null;
}

/** "…发展到2013年的B，如今跃升到C": a figure whose clause only says how it changed measures what the last one did. */
function continuedAttribute(attribute: string | null, last: Quantity | undefined, sentenceFrom: number, unit: string): string | null {
  if (!attribute || !CHANGE_ONLY.test(attribute) || !last || last.unit !== unit || last.textSpan.start < sentenceFrom || !last.attribute) return attribute;
  return CHANGE_ONLY.test(last.attribute) ? attribute : last.attribute;
}

// "第三台45千瓦…发动机": a number describing the n-th product of its kind is part of its description.
// "等5个方面": a count of abstract headings, not of things.
const FIRST_OF_KIND = /第[一二三四五六七八九十\d]+[台个款条座部只套颗代]$/;
const ABSTRACT_COUNTED = /^(?:方面|维度|层面|环节|板块|方向|步骤|阶段)/;

function describesName(text: string, hit: { start: number; end: number }, floor: number): boolean {
  if (FIRST_OF_KIND.test(text.slice(Math.max(floor, hit.start - 4), hit.start))) return true;
  return ABSTRACT_COUNTED.test(text.slice(hit.end, hit.end + 2));
}

/** True when text[start, end) is Latin-script words with next to no Chinese among them. */
function isForeignText(text: string, start: number, end: number): boolean {
  if (end - start < 40) return false;
  // (han < latin / 10 cannot hold once han > length / 10: Chinese text is told within a dozen characters)
  const maxHan = (end - start) / 10;
  let han = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (++han > maxHan) return false;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > 30 && han < 0.1 * latin;
}

export function findQuantitiesIn(doc: SourceDoc, contextDate?: string): Quantity[] {
  const text = doc.analysisText || doc.text;
  const pubYear = publicationYear(doc, contextDate);
  const out: Quantity[] = [];
  for (const item of readItems(doc)) {
    const { start, end } = item.textSpan;
    if (end <= start) continue;
    const names = nameRegions(text, start, end);
    const hits = scanQuantities(text, start, end, names ? (i) => inRegions(names, i) : undefined);
    for (const hit of hits) {
      if (describesName(text, hit, start)) continue;
      // A figure amid another language's words (a bilingual page's English version) repeats the Chinese one's.
      if (isForeignText(text, Math.max(start, hit.start - 60), Math.min(end, hit.end + 60))) continue;
      const textSpan = { start: hit.start, end: hit.end };
      const surface = doc.text.slice(hit.start, hit.end);
      const cFrom = clauseStart(text, hit.qualifierStart, start);
      const cTo = clauseEnd(text, hit.end, end);
      const sFrom = sentenceStart(text, hit.start, start);
      // A classifier is the unit as printed ("間", "個" on a traditional page): GOLD_SPEC keeps "the classifier itself".
      const unitAt = hit.end - hit.unit.length;
      const unit = unitAt > hit.start && text.startsWith(hit.unit, unitAt) ? doc.text.slice(unitAt, hit.end) : hit.unit;
      out.push({
        id: `q${out.length + 1}`,
        value: hit.value,
        unit,
        qualifier: hit.qualifier,
        surface,
        subject: null,
        subjectId: null,
        attribute: continuedAttribute(attributeOf(text, doc.text, cFrom, hit.qualifierStart, hit.end, cTo, hits), out[out.length - 1], sFrom, unit),
        period: findPeriod(text, sFrom, hit.start, pubYear),
        evidence: doc.text.slice(cFrom, cTo).replace(/\s+/g, ''),
        span: toRawSpan(doc.textMap, textSpan),
        textSpan,
        article: item.article,
      });
    }
  }
  return inDocumentCurrency(doc, text, dropBackReferences(text, dropHeadlineRepeats(doc, out)));
}

// The currency of the regions outside the mainland: Taiwan, Hong Kong and Macau papers name theirs once
// ("新台币410亿元") and then write amounts in bare 元, or never name it at all.
const REGION_CURRENCY: Readonly<Record<string, string>> = { 台湾省: 'TWD', 香港特别行政区: 'HKD', 澳门特别行政区: 'MOP' };
const LOCAL_CURRENCIES = new Set(Object.values(REGION_CURRENCY));
/** Central bodies of Taiwan's government with no namesake on the mainland (it has no 经济部 or 内政部). */
const TAIWAN_BODIES = new RegExp(TAIWAN_ONLY_BODIES.join('|'));

/**
 * Bare 元 amounts on a page that names one local currency (and never 人民币) are in that currency; so are
 * they on a page whose located parks all lie in Taiwan, Hong Kong or Macau, or, with no located park, on a
 * page that names places there most.
 */
function inDocumentCurrency(doc: SourceDoc, text: string, quantities: Quantity[]): Quantity[] {
  if (/人民币/.test(text)) return quantities;
  const named = [...new Set(CURRENCY_BEFORE.filter(([word, code]) => LOCAL_CURRENCIES.has(code) && text.includes(word)).map(([, code]) => code))];
  let code = named.length === 1 ? named[0]! : null;
  if (!named.length) {
    const regions = new Set((doc.parks ?? []).map((p) => p.province).filter((p): p is string => !!p));
    const [only] = regions;
    if (regions.size === 1 && only && REGION_CURRENCY[only]) code = REGION_CURRENCY[only]!;
    // No located park: the region the page names most ("台南", "高雄" … on a Taiwan page)
    if (!regions.size) {
      const votes = new PlaceVotes(isTaiwanPage(doc));
      votes.add(text);
      const top = votes.topProvince();
      if (top && REGION_CURRENCY[top]) code = REGION_CURRENCY[top]!;
      // Or, naming no place at all, a body only Taiwan's government has ("国科会", "经济部", "行政院").
      else if (!top && isTaiwanPage(doc) && TAIWAN_BODIES.test(text)) code = 'TWD';
    }
  }
  if (!code) return quantities;
  return quantities.map((q) => (q.unit === 'CNY' ? { ...q, unit: code } : q));
}

/**
 * "在这38个项目中", "上述12家企业": a number after a demonstrative names again a set the article counted
 * before; it is no new fact when that count was reported earlier in the article.
 */
function dropBackReferences(text: string, quantities: Quantity[]): Quantity[] {
  const afterDemonstrative = (q: Quantity) => /(?:这|这些|上述|以上|该)$/.test(text.slice(Math.max(0, q.textSpan.start - 2), q.textSpan.start));
  // (most pages have none: the counts seen are kept only when there is one)
  if (!quantities.some(afterDemonstrative)) return quantities;
  const seen = new Set<string>();
  return quantities.filter((q) => {
    const key = factKey(q);
    const back = afterDemonstrative(q) && seen.has(key);
    seen.add(key);
    return !back;
  });
}

/** What makes two quantities the same fact of an article. */
const factKey = (q: Quantity) => `${q.article}|${q.unit}|${q.value}`;

/** A headline states again a number its article reports ("…签约6个项目"): the body's copy is kept. */
function dropHeadlineRepeats(doc: SourceDoc, quantities: Quantity[]): Quantity[] {
  const inHeadline = (q: Quantity) =>
    (doc.articles[q.article]?.headlines ?? []).some((h) => q.textSpan.start >= h.textSpan.start && q.textSpan.end <= h.textSpan.end);
  const headed = new Set(quantities.filter(inHeadline));
  // (most headlines state no figure)
  if (!headed.size) return quantities;
  const bodyKeys = new Set(quantities.filter((q) => !headed.has(q)).map(factKey));
  return quantities.filter((q) => !headed.has(q) || !bodyKeys.has(factKey(q)));
}

export const findQuantities = defineStage({
  name: 'findQuantities',
  requires: ['articles', 'analysisText'],
  assigns: ['quantities'],
  run(doc, context) {
    return { ...doc, quantities: findQuantitiesIn(doc, context.date) };
  },
});

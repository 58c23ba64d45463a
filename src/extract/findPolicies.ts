// Named policies — 《…》 titles of rules and plans (with issuer and year when the sentence says), and
// quoted nicknames of packages ("“X十条”") — and each incentive clause as a structured row: who
// qualifies, the benefit, its rate, cap and fixed amount, so incentives can be compared across parks.
import { placeAt, placesIn } from '../lexicon/places.js';
import { defineStage } from '../stage.js';
import { toRawSpan } from '../text/offsets.js';
import type { Incentive, Policy, SourceDoc, Span } from '../types.js';
import { endsClauseAt, findBracketed, holds, nextOf, readItems, sentenceStart } from './clauses.js';
import { publicationYear } from './findQuantities.js';
import { findPeriod } from './numbers/findPeriod.js';
import { scanQuantities, type QuantityHit } from './numbers/scanQuantities.js';
import { indexWithin } from './projects/findProjectNames.js';
import { namedSpans } from './entities/blocks.js';

// A title is a policy when it ends in one of the document types of Chinese administrative rules
// (source: 《党政机关公文处理工作条例》 document types and the usual names of local support measures).
const POLICY_TITLE = /(?:办法|政策|措施|意见|方案|规划|条例|通知|细则|规定|计划|纲要|决定|举措|指引|指南|若干条|条款|十条|实施方案|行动方案)$/;
// A quoted package nickname: “X十条”-style, a number of articles or measures.
const NICKNAME = /^(?:[\u4e00-\u9fff]{0,8}?[一二三四五六七八九十百两双\d]+(?:条|项措施|条措施|条政策|策)|[\u4e00-\u9fff]{2,6}(?:新政|政策|措施|举措))$/;
const ISSUE_VERB = /发布|出台|印发|制定|颁布|推出|出炉|实施|施行|调整出台|修订/;

// Benefit words of support measures, longest first.
// 支持 and 扶持 ("support") are a benefit only as a granted sum: "最高支持3000万元", "给予200万元资金支持",
// "给予…投资20%以内的扶持".
const BENEFIT = /(一次性(?:奖励|补贴|补助|资助)|(?:配套|专项|扶持|贴息|租金|房租|研发|人才)?(?:奖励|补贴|补助|资助|扶持资金|贴息|减免|返还|奖补)|免租(?:优惠)?|(?<=最高|最多)(?:支持|扶持)(?=\s*[\d一二三四五六七八九十两百千])|(?<=给予[^，,；;。]{0,30})(?:资金)?(?:支持|扶持))/;
// Every BENEFIT match holds one of these words, and each of them but 支持 and 扶持 alone is a match: a segment names a
// benefit only when one of them lies inside it.
const BENEFIT_WORDS = ['奖励', '补贴', '补助', '资助', '扶持', '贴息', '减免', '返还', '奖补', '支持', '免租'];
// Flags by character code: every character of every paragraph is tested, and an array read is far cheaper than a Set's.
const BENEFIT_FIRST = new Uint8Array(65536);
for (const w of BENEFIT_WORDS) BENEFIT_FIRST[w.charCodeAt(0)] = 1;

// (all of two characters: a word that starts two characters before a stretch's end or earlier lies inside it)
if (BENEFIT_WORDS.some((w) => w.length !== 2)) throw new Error('BENEFIT_WORDS: words of two characters only');

/**
 * Where the next benefit word starts at or after a position (-1 when none does). A cursor over the page, as nextOf
 * is: a paragraph, its segments and their clauses are asked in text order, and the page is read once for all of them
 * (each was read in full again before).
 */
function benefitCursor(text: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || (found !== -1 && found < from)) {
      searchedFrom = from;
      found = firstBenefit(text, from);
    }
    return found;
  };
}

function firstBenefit(text: string, from: number): number {
  for (let i = from; i < text.length - 1; i++) {
    if (!BENEFIT_FIRST[text.charCodeAt(i)]) continue;
    for (const w of BENEFIT_WORDS) if (text.startsWith(w, i)) return i;
  }
  return -1;
}

/** Whether text[from, to) holds a benefit word. */
function namesBenefit(nextBenefit: (from: number) => number, from: number, to: number): boolean {
  const at = nextBenefit(from);
  return at !== -1 && at + 2 <= to;
}
const CAP = /(?:最高|最多|上限为?|不超过|封顶)(?:给予|补助|奖励|补贴|资助|支持|可达)?/;

/** A headline that is a policy document's own title: its kind of document last, perhaps marked provisional. */
const DOCUMENT_TITLE = /(?:办法|政策|措施|若干措施|若干政策|意见|实施细则|细则|规定|条例|指引)(?:[(（](?:暂行|试行|修订)[)）])?$/u;

interface PolicyMention extends Policy {
  analysisName: string;
  /** The document the article is (its headline), not one it cites. */
  own?: boolean;
}

/** An official document's number right after its title ("（国办发〔2017〕7号）"): its year is the title's. */
const DOC_NUMBER_AFTER = /^\s*[（(]\s*[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d{1,4}\s*号/u;

function findPolicyMentions(doc: SourceDoc, text: string, pubYear: number | null, parkMentions: ReadonlyArray<{ name: string; start: number; end: number }>): PolicyMention[] {
  const out: PolicyMention[] = [];
  const orgMentions = namedSpans(doc.organizations);
  const add = (article: number, open: number, close: number, itemStart: number, itemEnd: number, quoted: boolean) => {
    const inner = text.slice(open + 1, close).replace(/\s+/g, '');
    if (!inner || (quoted ? !NICKNAME.test(inner) : !POLICY_TITLE.test(inner))) return;
    const textSpan: Span = { start: open, end: close + 1 };
    const sFrom = sentenceStart(text, open, itemStart);
    const sentence = text.slice(sFrom, open);
    // The issuer: the last park, organisation or place named before the issuing verb in the sentence.
    let issuer: string | null = null;
    const verb = ISSUE_VERB.exec(sentence);
    if (verb) {
      const limit = sFrom + verb.index;
      const named = [...parkMentions, ...orgMentions].filter((m) => m.start >= sFrom && m.end <= limit).sort((a, b) => a.start - b.start);
      issuer = named[named.length - 1]?.name ?? (/([\u4e00-\u9fff]{2,8}?(?:市|省|区|县|政府|管委会))(?:[^，。]*)$/.exec(sentence.slice(0, verb.index))?.[1] ?? null);
    }
    // "《国务院办公厅关于…的意见》": a title that opens with a body's name before 关于 names its issuer.
    if (!issuer) {
      const own = [...parkMentions, ...orgMentions].find((m) => m.start === open + 1 && text.startsWith('关于', m.end));
      if (own) issuer = own.name;
    }
    // The year: in the title, else in the document number printed after it ("（国办发〔2017〕7号）"), else stated
    // before it in the sentence ("2024年，X发布《…》"). (Years inside an earlier title of the same sentence belong to
    // that title.)
    const yearFrom = Math.max(sFrom, text.lastIndexOf('》', open) + 1);
    const numbered = DOC_NUMBER_AFTER.exec(text.slice(close + 1, close + 24));
    const year = /((?:19|20)\d{2})/.exec(inner)?.[1] ?? numbered?.[1] ?? findPeriod(text, yearFrom, open, pubYear)?.slice(0, 4) ?? null;
    out.push({
      id: `pol${out.length + 1}`,
      name: doc.text.slice(open, close + 1).replace(/\s+/g, ''),
      analysisName: text.slice(open, close + 1).replace(/\s+/g, ''),
      issuer,
      year,
      span: toRawSpan(doc.textMap, textSpan),
      textSpan,
      article,
    });
  };
  // A page that is itself a policy document: its headline is the policy's title ("某综合保税区招商引资扶持办法",
  // "支持某某企业发展的政策措施（暂行）"), issued by the park it names.
  doc.articles.forEach((article, k) => {
    const head = article.headlines[0];
    if (!head) return;
    const title = text.slice(head.textSpan.start, head.textSpan.end).replace(/\s+/g, '');
    if (!DOCUMENT_TITLE.test(title) || !/^\p{Script=Han}/u.test(title) || title.length < 8) return;
    const issuer = parkMentions.find((m) => m.start >= head.textSpan.start && m.end <= head.textSpan.end)?.name ?? null;
    out.push({
      id: `pol${out.length + 1}`,
      name: doc.text.slice(head.textSpan.start, head.textSpan.end).replace(/\s+/g, ''),
      analysisName: title,
      issuer,
      year: /((?:19|20)\d{2})/.exec(title)?.[1] ?? null,
      span: toRawSpan(doc.textMap, head.textSpan),
      textSpan: head.textSpan,
      article: k,
      own: true,
    });
  });
  // Most items hold no title and no quotation: a search of the page for each opening mark (native, far quicker than
  // walking every item) tells the items that do.
  const nextTitle = nextOf(text, '《');
  const nextQuote = { '“': nextOf(text, '“'), '「': nextOf(text, '「') };
  for (const item of readItems(doc)) {
    const { start, end } = item.textSpan;
    if (holds(nextTitle, start, end)) for (const b of findBracketed(text, start, end, '《', 80)) add(item.article, b.open, b.close, start, end, false);
    for (const open of ['“', '「'] as const) {
      if (holds(nextQuote[open], start, end)) for (const b of findBracketed(text, start, end, open, 14)) add(item.article, b.open, b.close, start, end, true);
    }
  }
  // One policy per name and article: the first mention.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.article}|${p.analysisName}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const yuan = (h: QuantityHit) => (h.unit === 'CNY' ? h.value : null);
/** True when amount `b` follows `a` as the next item of one list ("100万元、150万元和250万元"). */
const listedTogether = (text: string, a: QuantityHit, b: QuantityHit) => b.start > a.end && /^\s*[、和及]\s*$/.test(text.slice(a.end, b.start));
// A clause grants something: an offer verb or a cap, not a report of money paid out ("兑现资金5.5亿元").
// "…的100%，连续5年奖励给企业": a benefit given to someone is granted too.
// ...or a clause that opens with the benefit and its amount after a condition ("…达到1亿美元的，一次性奖励20万元"),
// or a rate per unit achieved ("每完成1美元奖励2分钱")
const GRANTS = /给予|予以|最高|可获|可享|享受|按照|按\s*\d|按[^，,]{0,12}的|对[^，,]{1,30}(?:奖励|补贴|补助|资助)|(?:奖励|补贴|补助|返还|奖补)给|^\s*(?:一次性)?(?:奖励|补贴|补助|资助)\s*[\d一二三四五六七八九十两]|每[^，,]{1,20}(?:奖励|补贴|补助)|(?:奖励|补贴|补助|资助)标准为|(?:全额|减半)(?:奖励|补贴|补助|返还)|提供[^，,]{0,12}(?:奖励|补贴|补助|资助)/;
/** A list item's number opening a clause ("七、", "（三）", "2."): no part of who qualifies. */
const ITEM_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])\s*/;
const CONDITION_END = /(?:[，,]\s*)?(?:分别|再|可|将|一次性)?(?:给予|予以|按照|按|最高|奖励|补贴|补助|资助|可获得?|可享受?)[\s\S]*$/;

/** The printed form (doc.text) of a piece of the analysis text found in text[from, to). */
function printedOf(doc: SourceDoc, text: string, piece: string | null, from: number, to: number): string | null {
  if (!piece) return piece;
  const at = indexWithin(text, piece, from, to);
  return at >= 0 ? doc.text.slice(at, at + piece.length) : piece;
}

/** Clauses of text[from, to) (split at "，"), as spans. */
function clausesOf(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    const code = text.charCodeAt(i);
    if (i < to && code !== 0xff0c && (code !== 0x2c || !endsClauseAt(text, i))) continue;
    if (i > s) out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

/**
 * Incentive rows of one segment (a sentence part between "；" or "。"). A row ends with a clause that
 * names a benefit ("…给予一次性补贴"), taking along a following cap clause ("，最高补助300万元"); the
 * clauses before it in the row say who qualifies.
 */
function incentivesIn(doc: SourceDoc, text: string, nextBenefit: (from: number) => number, from: number, to: number, article: number): Omit<Incentive, 'id' | 'park' | 'policy'>[] {
  const rows: Omit<Incentive, 'id' | 'park' | 'policy'>[] = [];
  // Most sentences name no benefit: one test of the whole part before splitting it.
  if (!namesBenefit(nextBenefit, from, to)) return rows;
  const clauses = clausesOf(text, from, to);
  let rowStart = 0;
  for (let k = 0; k < clauses.length; k++) {
    // (BENEFIT, with its look-behind tried at every position, is the dearest pattern here: only clauses naming a benefit)
    if (!namesBenefit(nextBenefit, clauses[k]!.start, clauses[k]!.end)) continue;
    const clause = text.slice(clauses[k]!.start, clauses[k]!.end);
    const benefit = BENEFIT.exec(clause);
    if (!benefit || !GRANTS.test(clause)) continue;
    let last = k;
    // A following clause that states a cap ("，最高补助300万元", "，单个项目最高不超过400万元") belongs to the row.
    while (last + 1 < clauses.length) {
      const next = text.slice(clauses[last + 1]!.start, clauses[last + 1]!.end);
      const cap = CAP.exec(next);
      if (!cap || cap.index > 8 || (BENEFIT.exec(next)?.index ?? 99) < cap.index) break;
      last++;
    }
    const row = rowFrom(doc, text, clauses.slice(rowStart, last + 1), k - rowStart, clauses[k]!.start + benefit.index, benefit[1]!, article);
    rows.push(...row);
    rowStart = last + 1;
    k = last;
  }
  return rows;
}

/** Shares policies state in words: in full, halved. */
const WORDED_RATE = /全额|减半/;
const WORDED_PERCENT: Record<string, number> = { 全额: 100, 减半: 50 };

function rowFrom(doc: SourceDoc, text: string, clauses: Span[], benefitClause: number, benefitAt: number, benefitWord: string, article: number): Omit<Incentive, 'id' | 'park' | 'policy'>[] {
  const from = clauses[0]!.start;
  const to = clauses[clauses.length - 1]!.end;
  const hits = scanQuantities(text, from, to);
  const money = hits.filter((h) => h.unit === 'CNY');
  const rates = hits.filter((h) => h.unit === 'percent');
  const ratio = /(\d+(?:\.\d+)?\s*[∶:：]\s*\d+(?:\.\d+)?)/.exec(text.slice(from, to));
  // "租金全额补贴", "减半收取": a share said in words is a rate as well
  const worded = rates.length ? null : WORDED_RATE.exec(text.slice(from, to));
  if (!money.length && !rates.length && !ratio && !worded && !/一次性/.test(benefitWord)) return [];
  const capHit = money.find((h) => CAP.test(text.slice(Math.max(from, h.qualifierStart - 8), h.qualifierStart)) || h.qualifier === '<=');
  // "分别给予最高1000万元、2000万元、4000万元": amounts listed right after a cap are caps too, one a tier.
  const caps = capHit ? [capHit] : [];
  for (const h of money) {
    const previous = caps[caps.length - 1];
    if (previous && listedTogether(text, previous, h)) caps.push(h);
  }
  // Who qualifies: "对X的…" in the row, else the clauses before the benefit clause.
  const before = text.slice(from, benefitAt);
  // "按其对本级财政贡献额的…": 对 after 其 names what a rate is of, not who qualifies.
  let dui = before.lastIndexOf('对');
  while (dui > 0 && before[dui - 1] === '其') dui = before.lastIndexOf('对', dui - 1);
  // "投资企业自持经营的，自…起，按…的100%，…奖励给企业": a clause ending in 的 before the benefit says who qualifies.
  let ofWhom = -1;
  for (let k = 0; k < benefitClause; k++) if (text[clauses[k]!.end - 1] === '的') ofWhom = k;
  // Clauses that say from when or on what basis ("自纳税之日起", "按其…的90%") come after who qualifies.
  let whoEnd = benefitClause;
  for (let k = 1; k < benefitClause; k++) {
    if (/^(?:自|从|按|依|根据|连续|每年)/.test(text.slice(clauses[k]!.start, clauses[k]!.start + 2))) {
      whoEnd = k;
      break;
    }
  }
  let condition: string | null;
  if (dui < 0 && ofWhom >= 0) {
    condition = text.slice(from, clauses[ofWhom]!.end - 1);
  } else if (dui >= 0) {
    // ("对于…的": 于 is the preposition's second character)
    const rest = before.slice(dui + 1).replace(/^于/, '');
    const lastDe = rest.lastIndexOf('的，') >= 0 ? rest.lastIndexOf('的，') : rest.lastIndexOf('的,');
    condition = lastDe >= 0 ? rest.slice(0, lastDe) : rest.replace(CONDITION_END, '').replace(/的$/, '');
  } else if (benefitClause > 0) {
    condition = text.slice(from, clauses[whoEnd]!.start).replace(/[，,]\s*$/, '').replace(/的$/, '');
  } else {
    condition = before.replace(CAP, '').replace(CONDITION_END, '').replace(/(?:最高|最多)$/, '').replace(/的$/, '');
  }
  condition = condition.replace(ITEM_NUMBER, '').replace(/^(?:其中|同时|此外|另外)?[，,、\s]*/, '').replace(/\s+/g, '').replace(/^(?:同时|还|并|再)+对?/, '') || null;
  // (a share in words right before the benefit is the rate, not part of who qualifies)
  if (condition && worded) condition = condition.replace(/(?:全额|减半)$/, '') || null;
  if (condition && condition.length < 2) condition = null;
  const threshold = money.find((h) => h !== capHit && h.start < benefitAt && /[高低大小超]于|以上|以下|超过|不低于|达到|在/.test(text.slice(Math.max(from, h.qualifierStart - 4), Math.min(to, h.end + 3))));
  // (not a basis per unit, "每新增1000万元奖励2万元", nor another threshold, "产值5000万元以下")
  const amounts = money.filter(
    (h) =>
      !caps.includes(h) && h !== threshold && h.end > benefitAt - 12 &&
      !/每(?:新增|增加|完成|实现)?$/.test(text.slice(Math.max(from, h.qualifierStart - 4), h.qualifierStart)) &&
      !/^(?:及?以上|以下|以内)/.test(text.slice(h.end, h.end + 3)),
  );
  // "分别给予100万元、150万元和250万元资助": the first amounts of a list stand far from the benefit word, but are amounts
  // as the last is.
  for (let k = money.length - 1; k >= 0; k--) {
    const h = money[k]!;
    const next = amounts[0];
    if (next && !caps.includes(h) && h !== threshold && listedTogether(text, h, next)) amounts.unshift(h);
  }
  const rate = rates.find((h) => h.start < (capHit?.start ?? to)) ?? null;
  condition = printedOf(doc, text, condition, from, to);
  const base = {
    benefit: (printedOf(doc, text, benefitWord, from, to) ?? benefitWord).replace(/\s+/g, ''),
    rate: rate ? doc.text.slice(rate.start, rate.end).replace(/\s+/g, '') : ratio ? ratio[1]!.replace(/\s+/g, '') : worded ? (printedOf(doc, text, worded[0], from, to) ?? worded[0]) : null,
    ratePercent: rate ? rate.value : worded ? WORDED_PERCENT[worded[0]]! : null,
    capCNY: capHit ? yuan(capHit) : null,
    text: doc.text.slice(from, to).replace(/^\s+|\s+$/g, ''),
    span: toRawSpan(doc.textMap, { start: from, end: to }),
    textSpan: { start: from, end: to },
    article,
  };
  // "对A、B的分别给予…80万元、30万元": one row per amount, each with its own condition.
  const tiers = (n: number) => {
    const parts = condition ? condition.split('、') : [];
    if (parts.length !== n) return null;
    return (amountConditions(parts) ?? levelConditions(parts)).map((pieces) => pieces.map((piece) => printedOf(doc, text, piece, from, to) ?? piece).join(''));
  };
  if (caps.length > 1 && !amounts.length) {
    const parts = tiers(caps.length);
    return caps.map((h, k) => ({ ...base, capCNY: yuan(h), condition: parts?.[k] ?? condition, amountCNY: null }));
  }
  const parts = amounts.length > 1 ? tiers(amounts.length) : null;
  if (parts) return amounts.map((h, k) => ({ ...base, condition: parts[k]!, amountCNY: yuan(h) }));
  if (amounts.length > 1) return amounts.map((h) => ({ ...base, condition, amountCNY: yuan(h) }));
  return [{ ...base, condition, amountCNY: amounts[0] ? yuan(amounts[0]) : null }];
}

// The levels of government that tiers of an award follow (国家级、省级、市级…): the administrative levels of the
// PRC's constitution (arts. 30, 95), in the "…级" forms policies print.
const LEVEL = /国家级|自治区级|省级|市级|州级|区级|县级|国家/g;

/**
 * The conditions of a list whose items are levels ("新认定的国家级、省级X的" → "新认定的国家级X", "新认定的省级X"):
 * the words before the first level and after the last are every item's. Each condition is returned in pieces of
 * the analysis text, so that each piece can be printed as the page has it. A list of anything else is left as it is.
 */
function levelConditions(parts: string[]): string[][] {
  const last = parts[parts.length - 1]!;
  const lastLevel = new RegExp(`^(?:${LEVEL.source})`).exec(last);
  const firstLevels = [...parts[0]!.matchAll(LEVEL)];
  const first = firstLevels[firstLevels.length - 1];
  if (!lastLevel || !first) return parts.map((p) => [p]);
  const head = parts[0]!.slice(0, first.index);
  const tail = last.slice(lastLevel[0].length);
  const bare = new RegExp(`^(?:${LEVEL.source})$`);
  return parts.map((p, k) => {
    if (k === parts.length - 1) return head ? [head, p] : [p];
    if (k === 0) return bare.test(p.slice(head.length)) ? [head, p.slice(head.length), tail] : [p];
    return bare.test(p) ? [head, p, tail].filter(Boolean) : [head, p].filter(Boolean);
  }).map((pieces) => pieces.filter(Boolean));
}

// An amount or a range of amounts as a tier's threshold ("3亿元", "1亿元(含)-10亿元", "20亿元及以上"), spaces removed.
// (money, or a volume, an area or a count the thresholds are measured in: "50万吨、100万吨")
const ITEM_UNIT = '(?:元|美元|吨|平方米|亩|人|家|个|台|辆|标箱)';
const AMOUNT_ITEM = String.raw`\d[\d.,]*(?:万|亿|千|百)*${ITEM_UNIT}?(?:[（(]含[）)])?(?:[-—~～至到]\d[\d.,]*(?:万|亿|千|百)*${ITEM_UNIT}?(?:[（(]含[）)])?)?(?:及以上|以上|以下|以内)?`;
// ...or a phase or grade numbered in Roman or Chinese numerals ("临床I、II、III期"), or an A-level rating ("5A级、4A级").
const ORDINAL_ITEM = String.raw`[IVX]{1,4}|[一二三四五六七八九十]{1,2}|[1-5]A级?`;
const SHARED_ITEMS = [AMOUNT_ITEM, ORDINAL_ITEM].map((item) => ({
  atStart: new RegExp(`^(?:${item})`),
  atEnd: new RegExp(`(?:${item})$`),
  whole: new RegExp(`^(?:${item})$`),
}));

/**
 * The conditions of a list whose items are thresholds or phases ("营业收入首次达到3亿元、5亿元的企业" → "营业收入首次
 * 达到3亿元的企业", "营业收入首次达到5亿元的企业"; "完成临床I、II期研究"): the words before the first item and after
 * the last are every item's. In pieces, as levelConditions gives them; null when the list is of neither.
 */
function amountConditions(parts: string[]): string[][] | null {
  const last = parts[parts.length - 1]!;
  for (const item of SHARED_ITEMS) {
    const lastItem = item.atStart.exec(last);
    const first = item.atEnd.exec(parts[0]!);
    if (!lastItem || !first || !parts.slice(1, -1).every((p) => item.whole.test(p))) continue;
    const head = parts[0]!.slice(0, first.index);
    const tail = last.slice(lastItem[0].length);
    return parts.map((p, k) => (k === 0 ? [head, first[0], tail] : k === parts.length - 1 ? [head, p] : [head, p, tail]).filter(Boolean));
  }
  return null;
}

/** A province or city named in full in a row's text before a class of parks ("福建省…的国家高新区"), or null. */
function regionOf(rowText: string): string | null {
  const place = placesIn(rowText).find((p) => p.full && p.level !== 'county');
  return place && /(?:高新区|开发区|经开区|园区|产业园)/.test(rowText.slice(place.at + place.form.length)) ? place.form : null;
}

/**
 * The park (or region) that offers an incentive row: the park the row itself names ("对租赁某某综保区厂房的企业…");
 * else the region of a rule for all its parks ("对某省…排名100名以前的国家高新区，每晋升一个位次奖励…"); else the last
 * park named up to the row in its article (`before`); else the subject linkSubjects gave the row's amounts, when that
 * is a park or a place: a project or the bureau that pays is not where the incentive is offered.
 */
function offeredBy(doc: SourceDoc, text: string, row: Span, before: ReadonlyArray<{ start: number; end: number; name: string }>): string | null {
  const inRow = before.find((m) => m.start >= row.start && m.end <= row.end);
  if (inRow) return inRow.name;
  const region = regionOf(text.slice(row.start, row.end));
  if (region) return printedOf(doc, text, region, row.start, row.end);
  if (before.length) return before[before.length - 1]!.name;
  const linked = doc.quantities.find((q) => q.textSpan.start >= row.start && q.textSpan.end <= row.end && q.subject && offersIncentives(q));
  return linked?.subject ?? null;
}

/** A quantity's subject that can offer an incentive: a recognised park, or a place named in full. */
function offersIncentives(q: SourceDoc['quantities'][number]): boolean {
  if (q.subjectId?.startsWith('park')) return true;
  const place = q.subject ? placeAt(q.subject, 0) : null;
  return !!place && place.form === q.subject;
}

export function findPoliciesIn(doc: SourceDoc, contextDate?: string): { policies: Policy[]; incentives: Incentive[] } {
  const text = doc.analysisText || doc.text;
  const pubYear = publicationYear(doc, contextDate);
  const parkMentions = namedSpans(doc.parks);
  const mentions = findPolicyMentions(doc, text, pubYear, parkMentions);
  const incentives: Incentive[] = [];
  const nextBenefit = benefitCursor(text);
  for (const item of readItems(doc)) {
    if (item.kind !== 'paragraph') continue;
    const { start, end } = item.textSpan;
    // Most paragraphs name no benefit, and then none of their sentences does: one test before splitting them.
    if (!namesBenefit(nextBenefit, start, end)) continue;
    let from = start;
    for (let i = start; i <= end; i++) {
      const code = text.charCodeAt(i);
      if (i < end && code !== 0xff1b && code !== 0x3b && code !== 0x3002) continue;
      if (i > from) {
        for (const row of incentivesIn(doc, text, nextBenefit, from, i, item.article)) {
          // (the closures below read `segmentEnd`, not the loop's `i`: a closure over a loop variable makes V8 allocate
          // that variable anew for every character of the paragraph)
          const segmentEnd = i;
          // (a row of a policy document is the document's, whatever it cites)
          const policies = mentions.filter((p) => p.article === item.article && p.textSpan.start < segmentEnd);
          const own = policies.find((p) => p.own);
          incentives.push({
            id: `inc${incentives.length + 1}`,
            park: offeredBy(doc, text, row.textSpan, parkMentions.filter((m) => m.end <= segmentEnd && m.start >= (doc.articles[item.article]?.textSpan.start ?? 0))),
            policy: own?.name ?? policies[policies.length - 1]?.name ?? null,
            ...row,
          });
        }
      }
      from = i + 1;
    }
  }
  const policies: Policy[] = mentions.map(({ analysisName, own, ...p }) => (void analysisName, void own, p));
  return { policies, incentives };
}

export const findPolicies = defineStage({
  name: 'findPolicies',
  requires: ['articles', 'analysisText', 'parks'],
  assigns: ['policies', 'incentives'],
  run(doc, context) {
    return { ...doc, ...findPoliciesIn(doc, context.date) };
  },
});

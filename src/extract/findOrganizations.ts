// Finds organisations (enterprises, universities, institutes, labs, government bodies, funds, associations,
// media): names ending in an organisation suffix extended left over proper nouns, places and brackets;
// short names defined by "以下简称" or standing before an officer's title ("某某科技董事长"); one entity each.
import { isAmbiguousPlace, placeAt, placesIn } from '../lexicon/places.js';
import { isIndustryPhrase } from '../lexicon/industries.js';
import { DESCRIBED_COMPANY, GENERIC_COMPANY, GENERIC_ORG_BODY, SAR_BODIES, MINISTRY_HEADS, MINISTRY_SHORT_NAMES, NOT_ORG_WORDS, ORG_SUFFIXES, TAIWAN_BODIES } from '../lexicon/orgSuffixes.js';
import { SINGLE_STOP, WORD_STOP } from '../lexicon/stopWords.js';
import { OBJECT_VERBS } from '../lexicon/subjectWords.js';
import { surnameAt } from '../lexicon/surnames.js';
import { CORPORATE_TITLES } from '../lexicon/titles.js';
import { EndingIndex } from '../lexicon/endingIndex.js';
import { PARK_KIND_WORDS } from '../lexicon/parkSuffixes.js';
import { defineStage } from '../stage.js';
import type { OrgKind, Organization, SourceDoc } from '../types.js';
import { findAliasDefinitions } from './entities/aliases.js';
import { LiteralMatcher } from './entities/literals.js';
import { isTaiwanPage } from './entities/locate.js';
import { projectOwners } from './entities/projectOwners.js';
import { endingsIn, TRADE_WORDS } from './entities/endings.js';
import { blocksOf, firstAtOrAfter, mentionAt, tokenAt, tokensIn, type Block } from './entities/blocks.js';
import { addRepeatedMentions, Claimed, clusterNames, type NameCandidate } from './entities/cluster.js';
import { extendLeft, hasProperPart, placeEndingAt, singleCharacterNameEndsAt, titlesIn, titleStartsAt } from './entities/extendName.js';
import { BRACKET_ASIDE, isSimplifiedVariant, matchAt, matchesOf, skipLocatingPlaces, trimLeadingGeneric } from './entities/text.js';
import { isCommonWord, isDictWord, someDictWordAt, tagOf } from './entities/tokens.js';

const KIND = new Map<string, OrgKind>(ORG_SUFFIXES.map(([s, k]) => [s, k]));
const ORG_ENDINGS = new EndingIndex(ORG_SUFFIXES);
/** Trade words that end a brand name in a list of companies ("某某新材料", "某某精密"): general industry vocabulary. */
const TRADE_END = new RegExp(`(${TRADE_WORDS.join('|')})$`);
// A clause or bracket boundary, or a verb prefix character ("新建", "扩建", "引").
const BOUNDARY_BEFORE = /[，。；：、（）()“”\s新扩改续在]/u;
/** Verbs and marks after which a list of company names starts ("新引进甲、乙", "包括甲…"). */
const INTRODUCES = /(引进|包括|签约|携手|联合|入驻|落户|、)$/;
/**
 * What closes a list of fields or activities, reached without leaving the clause: 等 and a word for them ("…等领域",
 * "…等主导产业"); a field joined to another before the word for industry ("智慧机械及航太产业", "…建材类项目企业");
 * or a count of industries ("…港航物流、电子商务服务两个百亿级产业集群").
 */
const INDUSTRY_LIST_ENDS = [
  /^(?:、[^、]{1,16})*等(?:多个|诸多|众多)?(?:主导|优势|特色|重点|支柱|新兴)?(?:领域|行业|产业|方向|板块|赛道|业务|服务|功能|业态)/u,
  /^[及和与、][^、，。及和与]{1,8}?(?:产业|行业|领域|技术)|^(?:[、和及与][^、，。]{1,16}?)*类(?:项目)?(?:企业|项目)/u,
  /^(?:、[^、]{1,16}?)*[两二三四五六七八九十几\d]+[个大类项][^、]{0,8}?(?:产业集群|产业链|产业|集群|领域|行业|板块|赛道)/u,
];
/** A list of industries a place develops, up to the last item's head: "重点发展A、B|物流", "主导产业为A、B|医药". */
const INDUSTRY_LIST_OPENS = /(?:发展|培育|打造|布局|聚焦|主攻|壮大|做强|主导产业|重点产业|特色产业|产业)(?:为|是|包括|涵盖|有)?[^，。；、]*、(?:[^，。；、]{1,12}、)*[^，。；、]{0,4}$/u;
/** A short aside in brackets ending where a post begins ("某某有限公司（某某港）行政总裁"). */
const ASIDE_BEFORE = new RegExp(`${BRACKET_ASIDE}$`, 'u');
/** An amount of a product right before a word: "5万吨", "3000平方米", "10万件". */
const PRODUCT_AMOUNT = /[\d.０-９一二三四五六七八九十百千万亿]+\s*(?:万|亿)?(?:吨|千克|公斤|平方米|立方米|升|件|套|台|片|颗|只|辆|块|米)\p{Script=Han}{0,4}$/u;

/**
 * What may follow a brand name for it to stand alone ("…科技研发的", "…生物核心技术", "…科技、…"). Sticky, read in place
 * by matchAt: most trade words have none of these after them, and no slice of the text is made to say so.
 */
const BRAND_AFTER = /(?:$|[\s，。、；：”）)！？]|的|在|已|将|是|等|与|和|及|也|还|则|从|于|对|为|以|发明|研发|推出|拥有|成立|成为|核心|首席|董事|总经理|总裁|副总|相关|负责|投资|进驻|入驻|落户|设立|宣布)/y;
const DEPARTMENT = /(?:[\p{Script=Han}]{1,2}(?:部|处|科|室|办)|事业部)$/u;
/** A business area a post covers ("大湾区发展", "海外市场", "国际业务"). */
const BUSINESS_AREA = /(?:发展|业务|市场|销售|运营|战略|产品|研发)$/;
/** The end of a list of company names: "…等龙头企业", "…3家茶叶深加工企业", "…等在内的20余个项目". */
const LIST_TAIL = /(?:等|(?:\d+|[一二三四五六七八九十两]+)家)[^，。；！？、,.;!?为是向对在给与和的]{0,10}?(?:企业|公司|集团)(?!负责人|代表|高管|人士|家)|等在内的[^，。；！？、,.;!?]{0,8}?(?:企业|项目|机构)|等(?:单位|机构)/g;
/**
 * True when a list's tail may be in the text: it holds 等 or 家 and a word for what the list names (a cheap test
 * that spares most blocks the scan for LIST_TAIL, which tries every position).
 */
const listTailMayFollow = (text: string) =>
  (text.indexOf('等') >= 0 || text.indexOf('家') >= 0) && ['企业', '公司', '集团', '项目', '机构', '单位'].some((w) => text.indexOf(w) >= 0);
/** The last characters of Hong Kong's and Macau's bodies' names (局, 司, 署 …). */
const SAR_LAST = [...new Set(SAR_BODIES.map((name) => name.at(-1)!))];
/**
 * Indexes of those bodies by the codes of their names' last two characters (…务局, …展局), as `code(n - 2) * 0x10000 +
 * code(n - 1)`: at a 局 of the text, only the few names that end as the text does there are compared. (Every name
 * has three characters or more.)
 */
const SAR_BY_ENDING = new Map<number, number[]>();
for (const [k, name] of SAR_BODIES.entries()) {
  const key = name.charCodeAt(name.length - 2) * 0x10000 + name.charCodeAt(name.length - 1);
  if (!SAR_BY_ENDING.has(key)) SAR_BY_ENDING.set(key, []);
  SAR_BY_ENDING.get(key)!.push(k);
}
/** "…等领域企业", "…等行业的企业": a list of the fields companies are in. */
const FIELDS_OF_COMPANIES = /^等(?:多个|诸多|众多|相关)?(?:领域|行业|产业|方向|板块|赛道|方面|类)/;
/** List items that are trades, not companies ("…设计、制造、封装测试等企业"). */
const ACTIVITY_END = /(设计|制造|测试|加工|研发|生产|服务|销售|封装|检测|医疗|器械|材料|装备|药物|软件|硬件)$/;
/** Regions a headquarters is named after ("某公司中原区域总部"), not companies. */
const REGION = /^(中原|华东|华南|华北|华中|西南|西北|东北|长三角|珠三角|京津冀|大湾区|粤港澳|海外|国内|全国|亚太|欧洲|北美)$/;
const HEADQUARTERS = /(?:华东|华南|华北|华中|西南|西北|东北|中国区?|亚太|全球|区域|国际|研发|运营|结算)?总部/g;
/** Designations, not names ("国家级绿色工厂", "省级重点实验室"). */
const DESIGNATION = /^(国家级|省级|市级|区级|县级|部级|首批|首个)/;
/** A national honour a body is selected for ("国家智能制造示范工厂", "全国先进…"), not a body. */
const HONOUR = /^(?:国家|中国|全国)[\p{Script=Han}]{0,12}?(?:示范|试点|标杆|领航|灯塔|优秀|先进)/u;
/** What goes on into a designated base's or title's name ("…智能制造基地", "…示范区", "…称号"). */
const DESIGNATED_AFTER = /^[\p{Script=Han}]{0,10}?(?:基地|示范区|示范园|称号)(?=$|[、，。；等和及])/u;
/** A superlative or a share inside ("西北最大…中心", "大部分公司") describes a body; it does not name one (最高人民法院 does). */
const DESCRIPTION = /最(?:大|小|早|新|先|强|长|多|具)|大部分|大多数|唯一/;
/** Ranked units of police, fire and armed services, and branches named after their parent body (official usage). */
const UNIT = /^(总队|支队|大队|分队)$/;
const BRANCH = /^(分署|分局|支队|大队|分队|分院|分公司)$/;
const WEAK_SUFFIX = new Set(['中心', '实验室', '研究中心', '示范工厂', '联合体', '基地', '平台']);
/** Strong legal endings: a registered name's head may be ordinary words ("某地控股集团"); only its start is checked. */
const STRONG_LEGAL = /(有限公司|有限责任公司|集团)$/;
/** After a weak ending these make it part of a project's or facility's name ("…中心项目", "…中心城区"), not a body. */
const WEAK_NOT_AFTER = /(?:项目|工程|城区|区域|地带|城市|位置|地位)/y;
/** A suffix followed by these modifies a noun ("…基金体系", "…中心建设"): not an organisation's name. */
const NOT_AFTER = /(?:体系|建设|政策|模式|领域|行业|布局|规划|战略|系统|网络|集群|功能|品牌)/y;
const MAX_HEAD = 30;
/** A paper's own name in a dateline or credit ("某某日报记者", "某某日报讯"): what follows a media ending. */
const CREDIT_AFTER = /(?:(?:实习|特约|驻\p{Script=Han}{1,3})?记者|讯|社|报道员|通讯员|客户端|全媒体|】|\s*作者\s*[:：])/uy;

/** "落实「某某制造中心」等政策": a quoted name of a policy or a plan, not a body. */
const QUOTED_PLAN_AFTER = /[”"」』](?:等|这一|这些)?(?:政策|计划|战略|方案|目标|工程)/uy;
/**
 * "授予某园区“某某创新基地”称号": a quoted title a body is given, not a body. (Read within four characters: a closing
 * quote and 荣誉 together are one too many, so the name is followed by one or the other.)
 */
const TITLE_AFTER = /(?:[”"」』]|荣誉)?(?:称号|牌匾|牌子)/uy;
/** A registered name whose trade is generic ("企业管理有限公司", "投资集团"): read as its plain 公司 form. */
const isGenericRegistered = (name: string) => GENERIC_COMPANY.test(name.replace(STRONG_LEGAL, '公司'));
const SOURCE_CREDIT = /(?:来源|稿源|出处|转自|转载自|来自)\s*[:：]?\s*$/u;
/** A ministry's department ("…司", not 公司 or 上司) where the text goes on with what it did or a boundary. */
const MINISTRY_DEPARTMENT = /^[\p{Script=Han}]{2,12}?(?<![公上分总])司(?=$|[^\p{Script=Han}]|领导|司长|副司长|负责|等|和|与|及|联合|发布|印发|组织|召开|来|赴|到)/u;

/** The front of an organisation's name: past classifier words, and past a place that only locates it. */
const nameStart = (block: Block, start: number, limit: number) => skipLocatingPlaces(block, trimLeadingGeneric(block, start, limit), limit);
/** A kind word's last character (公司, 企业, …商, 机构, 品牌) right before a Latin letter: a Latin company name may follow a kind word here. */
const KIND_THEN_LATIN = /[司业商构牌][A-Za-z]/;

interface OrgCandidate extends NameCandidate {
  kind: OrgKind;
  /** A fuller name the text implies but does not print ("江城市科技局、财政局" → "江城市财政局"). */
  implied?: string;
}

function suffixEndsWord(block: Block, s: number, e: number): boolean {
  const t = tokenAt(block, e - 1);
  if (!t) return true;
  // "格局", "总部": the ending is the tail of an ordinary word.
  if (t.start < s && NOT_ORG_WORDS.has(block.text.slice(t.start - block.start, e - block.start))) return false;
  if (t.end === e) return true;
  // "…局局长", "…部副部长": jieba joins the suffix with the title that follows.
  return titleStartsAt(block, e) || /^(长|主任|书记)/.test(block.text.slice(e - block.start, t.end - block.start));
}

/** What introduces the body a policy assigns a duty to, and what it is to do (the wording of policy documents). */
const ASSIGNED_BEFORE = /(?:由|会同|并由|牵头单位为?|责任单位[：:]?)$/;
const ASSIGNED_AFTER = /^(?:负责|会同|组织|牵头|审核|审批|联合|配合|统筹|协调|认定|核定|受理|兑现|拨付|具体)/;

/**
 * "由某某局负责…", "会同某某局、某某局组织实施": a body a policy assigns a duty to (introduced by 由/会同 and doing
 * it), or the next of a list of them.
 */
function isAssignedBody(block: Block, start: number, end: number, assignedEnds: ReadonlySet<number>): boolean {
  const before = block.text.slice(Math.max(0, start - 5 - block.start), start - block.start);
  const after = block.text.slice(end - block.start, end - block.start + 2);
  // (after a body of a place, "某市科技局、财政局", the listed one is that place's: decided below)
  const listedAfterOne = before.endsWith('、') && assignedEnds.has(start - 1);
  return (ASSIGNED_BEFORE.test(before) || listedAfterOne) && (ASSIGNED_AFTER.test(after) || after.startsWith('、'));
}

/** Where the last verb, preposition, adverb, conjunction or particle among the words of [start, end) ends; else start. */
function afterSentenceWords(block: Block, start: number, end: number): number {
  let after = start;
  for (const t of tokensIn(block, start, end)) if (t.start >= start && t.end <= end && /^(?:v|p|d|c|u)/.test(t.tag)) after = t.end;
  return after;
}

/** True when a word the dictionary lists whole names one body: its head before the ending is no word of another kind. */
function namesWhole(word: string, suffix: string): boolean {
  return !/^(?:v|vn|a|d|b)/.test(tagOf(word.slice(0, word.length - suffix.length)));
}

/** True when text[start, end) is a verb phrase ending in a generic company ("希望外界明白初创公司"). */
function genericAfterVerb(block: Block, start: number, end: number): boolean {
  const tokens = tokensIn(block, start, end).filter((t) => t.start >= start && t.end <= end);
  for (let k = 1; k < tokens.length; k++) {
    if (!GENERIC_COMPANY.test(block.text.slice(tokens[k]!.start - block.start, end - block.start))) continue;
    return tokens.slice(0, k).some((t) => /^v/.test(t.tag));
  }
  return false;
}

/** A bracketed place after a university or institute is part of its name ("滨江理工大学(杭州)"). */
function rightBracketEnd(block: Block, end: number): number {
  const m = block.text.slice(end - block.start, end - block.start + 10).match(/^[（(]([\p{Script=Han}]{2,6})[）)]/u);
  if (!m) return end;
  const p = placeAt(m[1]!, 0);
  return p && p.form === m[1] ? end + m[0].length : end;
}

/** "获得工业和信息化部", "滨江新区组织部": a ministry's name is its head, after a place or a named body if one precedes. */
function ministryStart(block: Block, s: number, nested: Map<number, number>): number {
  const head = block.text.slice(Math.max(0, s - 12 - block.start), s - block.start).match(MINISTRY_HEADS);
  if (!head) return s;
  const headStart = s - head[0].length;
  const owner = nested.get(headStart);
  if (owner !== undefined) return owner;
  for (let k = 2; k <= 8 && headStart - k >= block.start; k++) {
    const before = block.text.slice(headStart - k - block.start, headStart - block.start);
    const place = placeAt(before, 0);
    if (place && place.form === before) return headStart - k;
  }
  return headStart;
}

function kindOf(name: string, suffix: string): OrgKind {
  // "中交四航局", "中铁十一局": an engineering bureau of a central state-owned builder is a company
  if (suffix === '局' && /^中\p{Script=Han}[一二三四五六七八九十]{1,3}\p{Script=Han}?局$/u.test(name)) return 'enterprise';
  if (suffix === '中心' && /研究中心|技术中心/.test(name)) return 'institute';
  if (/实验室$/.test(name)) return 'lab';
  return KIND.get(suffix) ?? 'other';
}

/** Where a national body's name may open. */
const NATIONAL_OPENINGS = /中国|国家|国务院/g;

/** A word jieba's dictionary lists as a national body's name: 国务院, or an organisation's name of four characters or more opening with 中国 or 国家. */
function isNationalBody(word: string, tag: string): boolean {
  return tag === 'nt' && (word === '国务院' || (word.length >= 4 && /^(中国|国家)/.test(word)));
}


/** True when [start, end) lies within one of the spans (a park's own name is not an organisation either). */
function inside(spans: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((m) => m.start <= start && end <= m.end);
}

// A government body named by its level only ("省政府", "市人大常委会", "区委", "省科学技术厅", "市发改委").
const LEVEL = /^(?:省|市|区|县|镇|乡|自治区|自治州|州)/u;
const LEVEL_BODY = new RegExp(`${LEVEL.source}(?:委|政府|人民政府|人大常委会|政协|[\\u4e00-\\u9fff]{1,8}?(?:厅|局|委))$`, 'u');
/** "某某分署" + "刘某某" before "分署长": the head ends with the same body and a surname-led name of two or three. */
function heldPost(head: string, suffix: string): boolean {
  const at = head.lastIndexOf(suffix);
  if (at < 0) return false;
  const tail = head.slice(at + suffix.length);
  return tail.length >= 2 && tail.length <= 3 && surnameAt(tail, 0) > 0;
}

// What may come right before such a name: a clause or list boundary, or a preposition or conjunction.
const LEVEL_BODY_BEFORE = /[，。；：、“”（）()\s,;:由经据和与及同向在对将把被从]/u;

/** True when a verb ends right before `at` ("组织省商务厅…", "会同市财政局…"): a name may start there. */
function afterVerb(block: Block, at: number): boolean {
  const t = tokenAt(block, at - 1);
  // (代表 "on behalf of" is tagged as the noun "representative")
  // (and a status word, "认真落实", tagged z, and a set phrase of four characters, "紧紧围绕", tagged l)
  return !!t && t.end === at && t.word.length >= 2 && (/^(?:v|z$)/.test(t.tag) || (t.tag === 'l' && t.word.length >= 4) || t.word === '代表');
}

/** True when [from, to) is one common noun (tag n), not a place, a kind of park or body, nor a word names open with. */
function commonNounOnly(block: Block, from: number, to: number): boolean {
  const t = tokenAt(block, from);
  return !!t && t.start === from && t.end === to && t.tag === 'n' && !placeAt(t.word, 0) && !PARK_KIND_WORDS.has(t.word) && !ORG_ENDINGS.find(t.word);
}

/** Marks that end a clause for the brand tests below (，。；,;), by code unit. */
const BRAND_CLAUSE_END = new Set(Array.from('，。；,;', (c) => c.charCodeAt(0)));

/** text[from, to) up to its first clause end: what the clause holds after `from` (to stops the look). */
function clauseFrom(text: string, from: number, to: number): string {
  const end = Math.min(to, text.length);
  let i = from;
  while (i < end && !BRAND_CLAUSE_END.has(text.charCodeAt(i))) i++;
  return text.slice(from, i);
}

/** text[from, to) after its last clause end: what the clause holds before `to` (from stops the look). */
function clauseUpTo(text: string, from: number, to: number): string {
  let i = to;
  while (i > from && !BRAND_CLAUSE_END.has(text.charCodeAt(i - 1))) i--;
  return text.slice(i, to);
}

/** A block's candidates so far, and the ends of the names later ones may hold whole (end → start). */
interface FoundInBlock {
  out: OrgCandidate[];
  nested: Map<number, number>;
  orgEnds: Map<number, number>;
}

function push(found: FoundInBlock, c: OrgCandidate): void {
  found.out.push(c);
  if (c.proper) {
    found.nested.set(c.end, c.start);
    found.orgEnds.set(c.end, c.start);
  }
}

function candidatesIn(block: Block, parkSpans: Array<{ start: number; end: number }>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const nested = new Map<number, number>();
  const parkEnds = new Set<number>();
  for (const p of parkSpans) {
    if (p.start >= block.start && p.end <= block.end) {
      nested.set(p.end, p.start);
      parkEnds.add(p.end);
    }
  }
  const text = block.text;
  const orgEnds = new Map<number, number>();
  const found: FoundInBlock = { out, nested, orgEnds };
  const listed: Array<{ start: number; end: number; name: string }> = [];
  // ends of bodies named by their field alone in a policy's assignment of duties (isAssignedBody)
  const assigned = new Set<number>();
  for (const m of endingsIn(block).orgs) {
    const suffix = m.word;
    const s = block.start + m.index;
    const e0 = s + suffix.length;
    // "某某高新区党工委书记": a zone's Party working committee is named in its secretary's post; the gold pages list
    // the zone, not the committee (a congress's "联络工委" is a body of its own).
    if (suffix === '工委' && text[s - 1 - block.start] === '党') continue;
    // Cheap text checks first: most "部", "局" are ordinary words and need no word cutting.
    if (suffix === '部' && !MINISTRY_HEADS.test(text.slice(Math.max(0, s - 12 - block.start), s - block.start))) continue;
    if (suffix.length === 1 && (text[e0 - block.start] === '长' || NOT_ORG_WORDS.has(text.slice(e0 - 2 - block.start, e0 - block.start)) || NOT_ORG_WORDS.has(text.slice(Math.max(0, e0 - 3 - block.start), e0 - block.start)))) continue;
    if (matchAt(NOT_AFTER, text, e0 - block.start)) continue;
    // "领军型集团企业": 集团企业 is a kind of company (group companies), not the name of a group
    if (suffix === '集团' && text.startsWith('企业', e0 - block.start)) continue;
    if (WEAK_SUFFIX.has(suffix) && matchAt(WEAK_NOT_AFTER, text, e0 - block.start)) continue;
    // "平台" is mostly a common noun ("创新平台"): only a public service platform named after a place is a body.
    if (suffix === '平台' && !(s - 2 >= block.start && text.startsWith('服务', s - 2 - block.start))) continue;
    // "副总队长", "副局长": a deputy's title, not a body.
    if (text[e0 - block.start] === '长' && text[s - 1 - block.start] === '副') continue;
    // What the suffix tells of the body, read once for the tests below.
    const kind = KIND.get(suffix);
    // A paper's own name in a dateline or credit ("某某日报记者", "某某日报讯") is the page's publisher, not news.
    if (kind === 'media' && matchAt(CREDIT_AFTER, text, e0 - block.start)) continue;
    // (the word test last of these: it cuts the clause into words, which no one else may need)
    if (!suffixEndsWord(block, s, e0)) continue;
    const branch = BRANCH.test(suffix);
    const strongLegal = STRONG_LEGAL.test(suffix);
    const unit = UNIT.test(suffix);
    // A company's name holds no conjunction; a body's may ("科技和信息化局", "自然资源与规划局").
    const apartAtConjunction = kind === 'enterprise';
    let start =
      suffix === '部' ? ministryStart(block, s, nested) : extendLeft(block, s, { maxChars: MAX_HEAD, nested, stopBeforePlace: parkEnds, apartAtConjunction, branch, company: kind === 'enterprise' });
    // "某某分署刘某某分署长": before a post that shares the body's last character, a short surname-led head right
    // after the same body is the post holder's name, not a branch of that body.
    if (text[e0 - block.start] === '长' && heldPost(text.slice(start - block.start, s - block.start), suffix)) continue;
    // "…第二总队": a ranked unit's ordinal is part of its name.
    const ordinal = unit && start === s ? text.slice(Math.max(0, s - 6 - block.start), s - block.start).match(/第[一二三四五六七八九十\d]{1,3}$/) : null;
    if (ordinal) start = extendLeft(block, s - ordinal[0].length, { maxChars: MAX_HEAD, nested, stopBeforePlace: parkEnds });
    // "…发展署某某分署": a branch is named after the body it belongs to.
    // (the parent's last character may have been cut into the branch's head: "某某调查院|东江分院" as "院东江")
    const parentEnd = branch && start < s && /[院局署]/.test(text[start - block.start]!) && start + 1 < s ? start + 1 : start;
    const parentBody = branch ? text.slice(Math.max(0, parentEnd - 2 - block.start), parentEnd - block.start).match(/(总署|署|局|总队|院|公司)$/) : null;
    if (parentBody) {
      const outer = extendLeft(block, parentEnd - parentBody[0].length, { maxChars: 12, nested });
      if (parentEnd - parentBody[0].length - outer >= 2) start = outer;
    }
    // "某市每日食品有限公司", "浙江四方集团有限公司": before a strong legal ending, a time, pronoun or numeral word
    // (no count: no classifier in it) between a place and the trade word is part of the registered name, not where
    // the name starts.
    if (strongLegal && start <= s) {
      const t = tokenAt(block, start - 1);
      // (so is a verb no sentence would put there, "某市纵横自动化…有限公司"; "某市引进…有限公司" is a sentence)
      const nameVerb = t && t.tag === 'v' && start < s && !OBJECT_VERBS.test(t.word) && !WORD_STOP.has(t.word);
      if (t && t.end === start && t.word.length === 2 && ((start < s && /^(r|t)$/.test(t.tag)) || nameVerb || (t.tag === 'm' && !/[个家项批类种位名次]/.test(t.word)))) {
        let before = tokenAt(block, t.start - 1);
        // (a brand's first word may stand between the place and the verb: "新疆东方希望有色金属有限公司")
        const middle = before ? placeAt(before.word, 0) : null;
        if (nameVerb && before && before.end === t.start && before.word.length === 2 && /^(?:s|n|nz|j)$/.test(before.tag) && (!middle || isAmbiguousPlace(middle))) {
          const outer = tokenAt(block, before.start - 1);
          if (outer && outer.end === before.start && placeAt(outer.word, 0)?.form === outer.word) before = outer;
        }
        const place = before && before.end <= t.start ? placeAt(before.word, 0) : null;
        if (place && place.form === before!.word && !isAmbiguousPlace(place)) start = before!.start;
      }
    }
    // "某市某某企业管理有限公司": a registered name whose trade is generic ("企业管理") stopped at its ordinary noun;
    // the name runs on to the proper head before it.
    if (strongLegal && isGenericRegistered(text.slice(start - block.start, e0 - block.start))) {
      const t = tokenAt(block, start - 1);
      if (t && t.end === start && t.word.length === 2 && t.tag === 'n') {
        const outer = extendLeft(block, t.start, { maxChars: MAX_HEAD, nested, stopBeforePlace: parkEnds, apartAtConjunction });
        if (outer < t.start && hasProperPart(block, outer, t.start)) start = outer;
      }
    }
    // "某某高新区企业服务中心": a park's own service body, named with the park and the people it serves.
    const served = WEAK_SUFFIX.has(suffix) ? text.slice(Math.max(0, start - 2 - block.start), start - block.start).match(/^(企业|人才|投资|项目)$/) : null;
    if (served && parkEnds.has(start - 2)) start = nested.get(start - 2) ?? start;
    start = nameStart(block, start, s);
    // "在某县黑龙江某某有限公司": a company registered under its province's name, printed after the county it lies in,
    // starts at the province (a registered name opens with one place, the registering authority's).
    if (strongLegal && start < s) {
      const head = text.slice(start - block.start, s - block.start);
      const province = placesIn(head).find((p) => p.level === 'province' && p.at > 0 && p.at <= 8);
      if (province && /[县市区旗]$/.test(head.slice(0, province.at)) && placeAt(head, 0)) start += province.at;
    }
    // "借力中南大学…": a body the dictionary knows by its whole name (tagged nt) starts there when the one word before
    // it is a common noun (the dictionary tags some verbs as nouns: 借力).
    const known = tokenAt(block, e0 - 1);
    if (known && known.end === e0 && known.tag === 'nt' && known.word.length >= suffix.length + 2 && known.start - start === 2 && commonNounOnly(block, start, known.start)) start = known.start;
    // "来自某某大学", "均属某某大学": the same for any name the dictionary knows whole, when a verb, preposition,
    // adverb or conjunction stands before it (a sentence's words, not a name's)
    // (a name, not a kind: the head before the ending is no word of another kind, "控股集团" is not one; and the name
    // starts after the last such word, keeping a proper word between, "…兼河套发展署")
    else if (known && known.end === e0 && known.start > start && known.word.length >= suffix.length + 2 && /^(?:nt|nz|l|j)$/.test(known.tag) && namesWhole(known.word, suffix)) {
      const after = afterSentenceWords(block, start, known.start);
      if (after > start) start = after;
    }
    // "…园区经济亮点云南日报": a paper named after its province or city starts at the place's name
    const paperPlace = kind === 'media' && s - start > 4 ? placeEndingAt(block, s, true) : -1;
    if (paperPlace >= 0) start = paperPlace;
    const end = kind === 'university' || kind === 'institute' ? rightBracketEnd(block, e0) : e0;
    const name = text.slice(start - block.start, end - block.start);
    // "（来源：某某日报）": the outlet a page was taken from is a credit, like a dateline's paper, not news.
    if (kind === 'media' && SOURCE_CREDIT.test(text.slice(Math.max(0, start - 8 - block.start), start - block.start))) continue;
    // "省财政厅、省科技厅下发通知", "市政协副主席": a body named by its level alone, the place being the
    // article's own, where a name can start (start of a clause, after a list comma or a preposition). In a
    // post ("区委书记", "县委常委") it is named too: GOLD_SPEC counts every named government body.
    if (
      LEVEL_BODY.test(name) && (start === block.start || LEVEL_BODY_BEFORE.test(text[start - block.start - 1]!) || afterVerb(block, start)) &&
      !inside(parkSpans, start, end)
    ) {
      push(found, { start, end, name, kind: 'government', article: block.article, proper: true, block });
      continue;
    }
    if (name.length < 3 && kind === 'government') {
      // "、经信局": a short listed body whose first character stopped the name ("经" as in 经过) runs from the list comma
      const comma = text.lastIndexOf('、', start - block.start - 1);
      const head = comma >= 0 ? text.slice(comma + 1, start - block.start) : '';
      if (comma >= 0 && head.length >= 1 && head.length <= 3 && /^\p{Script=Han}+$/u.test(head))
        listed.push({ start: block.start + comma + 1, end, name: text.slice(comma + 1, end - block.start) });
      continue;
    }
    if (name.length < 3 || GENERIC_ORG_BODY.test(name) || GENERIC_COMPANY.test(name) || DESCRIBED_COMPANY.test(name) || NOT_ORG_WORDS.has(name)) continue;
    // "中国和马来西亚两国政府", "双方企业": the bodies of two parties are no one body
    if (/两国|双方|两地|各国|多国/.test(name)) continue;
    // "变企业上门找政府为…": a government is named by its place (or its level, above); other words before 政府 are a clause's
    if (name.endsWith('政府') && !placesIn(name).length && !/^(?:特区|特別行政區|特别行政区|自治区|中央|国家|中华人民共和国|中华民国|中華民國)/.test(name)) continue;
    // "台湾分公司负责人": a branch named by its place alone is the branch of a company named before, not a name
    if (branch && placeAt(name, 0)?.form === name.slice(0, s - start)) continue;
    // "希望外界明白初创公司…": a generic company after a clause with a verb in it is the generic word, not a name
    if (suffix === '公司' && genericAfterVerb(block, start, end)) continue;
    if (DESCRIPTION.test(name)) continue;
    // "落实「某某制造中心」等政策": a quoted name of a policy or a plan, not a body
    if (matchAt(QUOTED_PLAN_AFTER, text, end - block.start)) continue;
    // "授予某园区“某某创新基地”称号": a quoted title a body is given, not a body
    if (matchAt(TITLE_AFTER, text, end - block.start)) continue;
    // "将活用母公司技术": a parent or subsidiary named by its relation, not by a name
    if (/^\p{Script=Han}{0,3}[母子]公司$/u.test(name)) continue;
    if (inside(parkSpans, start, end)) continue;
    const national = /^(国家|中国|中华)/.test(name) && s - start >= 4;
    // A company's own facility ("某某总部基地") is a project, not a body.
    if (suffix === '基地' && name.includes('总部')) continue;
    // "某某光能某省基地": a company's base in a region is a site of the company; the company is the body named.
    if (suffix === '基地') {
      const site = placesIn(name).find((p) => p.at >= 2 && !isAmbiguousPlace(p) && p.level !== 'county');
      const brand = site ? name.slice(0, site.at) : '';
      if (site && /^\p{Script=Han}{2,6}$/u.test(brand) && !placeAt(brand, 0) && !ORG_ENDINGS.find(brand) &&
        hasProperPart(block, start, start + brand.length)) {
        push(found, { start, end: start + brand.length, name: brand, kind: 'enterprise', article: block.article, proper: true, block });
        continue;
      }
    }
    // "…办公室" is an office of a body ("市政府办公室", "领导小组办公室"); after common words it is a room
    if (suffix === '办公室' && !/(?:政府|委员会|委|局|厅|部|院|署|办|领导小组|中心)办公室$/u.test(name)) continue;
    if (suffix === '平台' && !(placeAt(name, 0) && !isAmbiguousPlace(placeAt(name, 0)!))) continue;
    // A campus is named with its university or college ("某某大学某地校区"); "某中学新校区", "某某校区" alone are
    // a school's building site or a place (the school, if named, is found by its own ending).
    if (suffix === '校区' && !/(大学|学院)/.test(name)) continue;
    if (DESIGNATION.test(name) || HONOUR.test(name) || (suffix === '基地' && (/^(国家|中国|全国|省|市)/.test(name) || /(生产|制造|加工|种植|养殖|仓储|物流|工业)基地$/.test(name)))) continue;
    let holdsNamed = false;
    // (over the keys: a for-of over a Map's entries makes an array of every entry, for every candidate)
    for (const e of nested.keys()) if (nested.get(e)! >= start && e <= s) holdsNamed = true;
    const ministry = suffix === '部' && MINISTRY_HEADS.test(name.slice(0, -1)) && !/[省市区县]/.test(name);
    // "…中心", "…实验室" are also ordinary nouns ("研发中心"): they need a place, a bracket or a known proper noun.
    const weak = WEAK_SUFFIX.has(suffix);
    // (not a head an adverb opens, "主动发挥集团平台优势": that is a clause)
    const opening = tokenAt(block, start);
    const legalHead = STRONG_LEGAL.test(name) && s - start >= 3 && /^\p{Script=Han}{2,}/u.test(name) && !isGenericRegistered(name) &&
      !(opening && opening.start === start && /^(?:b|d|ad|p|c|r)$/.test(opening.tag));
    // (a name jieba's dictionary lists as an organisation's, "某某理工大学", is one whatever its head's words are;
    // a bare body, "财政局", is listed too and waits for the list rule below)
    const proper =
      national || holdsNamed || ministry || hasProperPart(block, start, s, { allowLatin: true, national: true, knownOnly: weak }) || legalHead || !!ordinal ||
      (!weak && s - start >= 3 && tagOf(name) === 'nt') ||
      // (so is a name it lists whole under another tag, with a head of two characters or more: "某某大学" tagged l)
      (!weak && s - start >= 2 && !!known && known.start === start && known.end === e0 && /^(?:nz|l|j)$/.test(known.tag) && namesWhole(known.word, suffix));
    // "交警支队", "消防大队": a unit needs its place, its ordinal or a named parent to be a particular one.
    if (unit && !ordinal && !holdsNamed && !placesIn(name).some((p) => !isAmbiguousPlace(p))) continue;
    // "本条政策由经济发展局会同工业和科技局、商务局组织实施": in a policy's assignment of duties a body named by its
    // field alone is the body meant (the issuer's own).
    if (!proper && kind === 'government' && name.length <= 8 && isAssignedBody(block, start, end, assigned)) {
      push(found, { start, end, name, kind: 'government', article: block.article, proper: true, block });
      assigned.add(end);
      continue;
    }
    if (!proper) {
      // "某市科技局、财政局": a bare government body listed after another is decided once all are found
      if (text[start - block.start - 1] === '、' && kind === 'government' && name.length <= 6) listed.push({ start, end, name });
      continue;
    }
    // "商务部某某司", "海关总署某某和某某司": a department (司) named right after its ministry or general administration
    // is the body meant.
    const department = ministry || (suffix === '总署' && proper) ? MINISTRY_DEPARTMENT.exec(text.slice(end - block.start, end - block.start + 16)) : null;
    const bodyEnd = department ? end + department[0].length : end;
    push(found, { start, end: bodyEnd, name: text.slice(start - block.start, bodyEnd - block.start), kind: kindOf(name, suffix), article: block.article, proper, block });
  }
  // "某市科技局、财政局": a bare government body listed after one of the same place belongs to that place;
  // after a body named by its level ("区发改委、经信局") it is of the same level. Left to right, so a list chains.
  for (const { start, end, name } of listed.sort((a, b) => a.start - b.start)) {
    const prev = out.find((c) => c.end === start - 1 && c.kind === 'government');
    const place = prev ? placeAt(prev.name, 0) : null;
    const level = prev && !place ? LEVEL.exec(prev.name) : null;
    if (!prev || (!place && !level)) continue;
    push(found, { start, end, name, kind: 'government', article: block.article, proper: true, block, implied: place ? place.form + name : undefined });
  }
  // Well-known national bodies jieba lists as organisation names ("国务院", "中国科学院").
  // (all three openings hold 国: most blocks have none and skip the scan)
  for (const m of text.indexOf('国') >= 0 ? matchesOf(NATIONAL_OPENINGS, text) : []) {
    // (most "中国", "国家" open no such word: the dictionary says so without cutting the clause into words)
    if (!someDictWordAt(text, m.index, isNationalBody)) continue;
    const t = tokenAt(block, block.start + m.index);
    if (!t || t.start !== block.start + m.index) continue;
    if (!isNationalBody(t.word, t.tag)) continue;
    if (out.some((c) => c.start <= t.start && t.end <= c.end)) continue;
    // "获中国家电智能制造基地称号": a word that opens the name of a title or designated base is no body.
    if (DESIGNATED_AFTER.test(text.slice(t.end - block.start, t.end - block.start + 16))) continue;
    const kind: OrgKind = /院$/.test(t.word) && t.word !== '国务院' ? 'institute' : /(部|院|委|局|署)$/.test(t.word) ? 'government' : 'enterprise';
    push(found, { start: t.start, end: t.end, name: t.word, kind, article: block.article, proper: true, block });
  }
  // Hong Kong's policy bureaus, named without a place: only where a name can start, so that a mainland
  // "区经济发展局" does not yield "发展局".
  // Every bureau or department name ends in its only 局 or 司: occurrences are read off the block's 局 and 司, then
  // compared with the names that end in the same two characters.
  const hasBureau = text.indexOf('局') >= 0;
  const bureaus: Array<{ k: number; at: number }> = [];
  for (const last of SAR_LAST) {
    for (let j = text.indexOf(last, 1); j >= 0; j = text.indexOf(last, j + 1)) {
      const ks = SAR_BY_ENDING.get(text.charCodeAt(j - 1) * 0x10000 + text.charCodeAt(j));
      if (!ks) continue;
      for (const k of ks) {
        const at = j + 1 - SAR_BODIES[k]!.length;
        if (at >= 0 && text.startsWith(SAR_BODIES[k]!, at)) bureaus.push({ k, at });
      }
    }
  }
  bureaus.sort((a, b) => a.k - b.k || a.at - b.at);
  for (const { k, at } of bureaus) {
    const name = SAR_BODIES[k]!;
    const start = block.start + at;
    if (at > 0 && !LEVEL_BODY_BEFORE.test(text[at - 1]!) && !/(?:特区政府|港府|澳府|政府)$/.test(text.slice(Math.max(0, at - 4), at)) && !afterVerb(block, start)) continue;
    if (out.some((c) => c.start < start + name.length && start < c.end)) continue;
    push(found, { start, end: start + name.length, name, kind: 'government', article: block.article, proper: true, block });
  }
  // "中X三局", "中X十一局": the engineering bureaus of central state-owned builders are named by a short group
  // name and a numeral (SASAC enterprise naming); the numeral keeps the name from looking like a bureau of government.
  // (a cheap test first: a numeral right before 局)
  for (const m of hasBureau && /[一二三四五六七八九十]局/.test(text) ? text.matchAll(/(\p{Script=Han}{2})([一二三四五六七八九十]{1,3})局(?![长面势部])/gu) : []) {
    const start = block.start + m.index!;
    const end = start + m[0].length;
    const head = tokenAt(block, start);
    if (!head || head.start !== start || head.end !== start + 2 || !/^(n|j|nz|nt|ns)$/.test(head.tag) || SINGLE_STOP.has(m[1]![0]!)) continue;
    if (placeAt(m[1]!, 0)?.form === m[1]) continue;
    if (/[第省市区县镇乡]/.test(m[1]!) || out.some((c) => c.start < end && start < c.end) || inside(parkSpans, start, end)) continue;
    push(found, { start, end, name: m[0], kind: 'enterprise', article: block.article, proper: true, block });
  }
  // "南江省科学院化学所": an institute of a named academy, written with the short ending "所".
  // (the named body before it first: most 所 follow none, and their clause need not be cut into words)
  for (let i = text.indexOf('所'); i >= 0; i = text.indexOf('所', i + 1)) {
    const s = block.start + i;
    for (let e = s - 1; e >= s - 4 && e > block.start; e--) {
      const orgStart = orgEnds.get(e);
      if (orgStart === undefined) continue;
      const t = tokenAt(block, s);
      if (!t || t.end !== s + 1) break;
      const between = text.slice(e - block.start, s - block.start);
      if (between.length >= 1 && /^\p{Script=Han}+$/u.test(between) && ![...between].some((c) => '的在和与及是为了等'.includes(c)))
        push(found, { start: orgStart, end: s + 1, name: text.slice(orgStart - block.start, s + 1 - block.start), kind: 'institute', article: block.article, proper: true, block });
      break;
    }
  }
  // "数字技术公司Zentrova": a Latin name after a word saying what kind of company it is; its capitalised words and
  // legal form go with it ("母公司Ayar Labs, Inc.").
  // (a cheap test first: most blocks with Latin letters in them have none right after a kind word)
  for (const m of KIND_THEN_LATIN.test(text) ? text.matchAll(/(公司|企业|提供商|服务商|供应商|厂商|运营商|机构|品牌)([A-Za-z][A-Za-z0-9&.\-]{1,30}(?: [A-Z][A-Za-z0-9&\-]{1,20}){0,3}(?:,? (?:Inc|Ltd|LLC|Corp|Co|GmbH|AG|PLC)\.?)?)/g) : []) {
    const latin = m[2]!;
    if (!/[A-Z]/.test(latin) || /^[A-Z0-9\-]{1,5}$/.test(latin) === false ? false : latin.length < 3) continue;
    // an officer's title ("公司CEO某某") is no name
    if (/^(?:CEO|CTO|CFO|COO|CIO|VP|President|Chairman)\b/.test(latin)) continue;
    const start = block.start + m.index! + m[1]!.length;
    push(found, { start, end: start + latin.length, name: latin, kind: 'enterprise', article: block.article, proper: true, block });
  }
  // Enumerations of companies: "引进甲乙、丙丁、戊己3家…企业", "集聚了甲、乙、丙等龙头企业".
  for (const m of listTailMayFollow(text) ? matchesOf(LIST_TAIL, text) : []) {
    let end = block.start + m.index!;
    // "…达成合作意向、11家企业完成注册": a count right after 、 opens an item of its own; it counts no list.
    if (text[m.index! - 1] === '、') continue;
    // "电子信息、集成电路等领域企业": the list names the companies' fields, not companies.
    if (FIELDS_OF_COMPANIES.test(m[0])) continue;
    const items: Array<[number, number]> = [];
    for (let guard = 0; guard < 12; guard++) {
      let i = end - 1;
      while (i >= block.start && i > end - 11 && !'、，。；：“”（）()《》 '.includes(text[i - block.start]!)) i--;
      const sep = text[i - block.start];
      if (sep === '、') {
        items.push([i + 1, end]);
        end = i;
        continue;
      }
      items.push([extendLeft(block, end, { maxChars: 10 }), end]);
      break;
    }
    if (items.length < 2) continue;
    // Items without a proper part count only in a counted list ("…3家…企业", "…等在内的…"), not "设计、制造等企业".
    // (a list of projects, "…等在内的63个项目", may list kinds of project, "银企合作、载体建设": its items need a name)
    const counted = /[\d一二三四五六七八九十两]家/.test(m[0]) || (m[0].startsWith('等在内') && !m[0].endsWith('项目'));
    // "甲中心、乙、丙等单位": when a sibling is a body already recognised, the other short items are bodies too.
    const bodies = /(单位|机构)$/.test(m[0]);
    const withKnown = items.length >= 3 && items.some(([a, b]) => out.some((c) => c.start === a && c.end === b));
    if (bodies && !withKnown) continue;
    for (const [a, b] of items) {
      const name = text.slice(a - block.start, b - block.start);
      if (name.length < 2 || name.length > 10 || /[\d]/.test(name[0]!) || placeAt(name, 0)?.form === name) continue;
      if (out.some((c) => c.start < b && a < c.end) || parkSpans.some((p) => p.start < b && a < p.end)) continue;
      // In a list that ends "…等企业" an item is a company's name even when made of common words ("某米科技"),
      // but not when it is one dictionary word (an industry: "新能源", "人工智能") or itself a generic body.
      if (GENERIC_ORG_BODY.test(name) || /(企业|公司|机构|单位)$/.test(name)) continue;
      const activity = name.match(ACTIVITY_END);
      // "设计、制造等企业" are trades; "某某新材料" is a brand before a trade word.
      const trade = activity ? name.slice(0, -activity[0].length) : '';
      if (activity && (trade.length < 2 || isDictWord(trade) || !hasProperPart(block, a, b - activity[0].length))) continue;
      // (a place's short form that the dictionary knows as a common word names nothing: "银企合作" holds 合作 of 合作市)
      const named =
        placesIn(name).some((p) => !isAmbiguousPlace(p) || !isCommonWord(p.form)) || /[A-Za-z]{2}/.test(name) || hasProperPart(block, a, b, { knownOnly: true, national: true }) || tagOf(name) === 'j';
      // A brand before a trade word ("某某精密", "某某汽车") is a company's short name in a list of companies.
      // (not a field before it, "海洋生物医药")
      const tradeAt = name.length - (name.match(TRADE_END)?.[0].length ?? 0);
      const brand = TRADE_END.test(name) && name.length >= 4 && !isDictWord(name) && tradeAt >= 2 && !isIndustryPhrase(name.slice(0, tradeAt));
      if (bodies && (name.length < 3 || name.length > 6 || isDictWord(name) || !/^\p{Script=Han}+$/u.test(name))) continue;
      if (!bodies && !named && !brand && (!counted || isDictWord(name) || name.length < 3)) continue;
      push(found, { start: a, end: b, name, kind: bodies ? 'other' : 'enterprise', article: block.article, proper: true, block });
    }
  }
  // "某某科技西南总部": a company named before its (regional) headquarters.
  for (const m of text.indexOf('总部') >= 0 ? matchesOf(HEADQUARTERS, text) : []) {
    const s = block.start + m.index!;
    if (out.some((c) => c.end === s) || inside(parkSpans, s - 1, s)) continue;
    // "…总部项目", "…总部基地": a project or facility named after a headquarters, not a company.
    if (/^(项目|基地|大楼|园|工程)/.test(text.slice(s + m[0].length - block.start, s + m[0].length - block.start + 2))) continue;
    const start = nameStart(block, extendLeft(block, s, { maxChars: 8 }), s);
    let end = s;
    // "某某中原区域总部": the region the headquarters serves is printed between the company and 区域总部.
    const last = tokenAt(block, s - 1);
    if (m[0].startsWith('区域') && last && last.end === s && last.start - start >= 2 && (REGION.test(last.word) || last.tag === 'ns')) end = last.start;
    const name = text.slice(start - block.start, end - block.start);
    // ("某市级总部", "省级总部": a level at which a government recognises headquarters, no company)
    if (name.length < 2 || placeAt(name, 0)?.form === name || GENERIC_ORG_BODY.test(name) || DESIGNATION.test(name) || REGION.test(name) || name.endsWith('级')) continue;
    if (out.some((c) => c.start < s && start < c.end)) continue;
    if (!hasProperPart(block, start, end, { allowLatin: true })) continue;
    push(found, { start, end, name, kind: 'enterprise', article: block.article, proper: true, block });
  }
  // Brand short names: "某某科技" standing alone.
  for (const m of endingsIn(block).brands) {
    const s = block.start + m.index;
    const e = s + m.word.length;
    if (!matchAt(BRAND_AFTER, text, e - block.start)) continue;
    // "涵盖智慧冷链、高性能某某新材料等领域": an item of a list of fields is an industry, not a company
    const clauseAfter = clauseFrom(text, e - block.start, e - block.start + 60);
    if (INDUSTRY_LIST_ENDS.some((end) => end.test(clauseAfter))) continue;
    if (out.some((c) => c.start < e && s < c.end) || inside(parkSpans, s, e)) continue;
    // "园区重点发展果蔬精深加工、仓储物流": an item of a list of what a place develops is an industry as well
    const clauseBefore = clauseUpTo(text, Math.max(0, s - block.start - 40), s - block.start);
    if (INDUSTRY_LIST_OPENS.test(clauseBefore)) continue;
    // The trade word must be a word of its own here ("物联网|络" is not "物联" + "网络").
    const tradeToken = tokenAt(block, s);
    if (tradeToken && tradeToken.start < s) continue;
    let start = trimLeadingGeneric(block, extendLeft(block, s, { maxChars: 4 }), s);
    // "年产5万吨新型涂覆材料": what an amount of mass, area or volume measures is a product, not a company
    if (PRODUCT_AMOUNT.test(text.slice(Math.max(0, start - block.start - 12), start - block.start))) continue;
    let head = text.slice(start - block.start, s - block.start);
    let coined = false;
    if (head.length < 2) {
      // "引进某为股份": a coined brand may hold a function character; right after a verb that introduces names
      // or a list comma, the two or three characters before the trade word are the brand when no word covers them.
      for (const k of [2, 3]) {
        const cand = text.slice(s - k - block.start, s - block.start);
        if (!/^\p{Script=Han}+$/u.test(cand) || isDictWord(cand) || placeAt(cand, 0)) continue;
        if (!INTRODUCES.test(text.slice(Math.max(0, s - k - 3 - block.start), s - k - block.start))) continue;
        // No dictionary word covers any of them: "唯一以医药" is words, not a coined brand.
        if (tokensIn(block, s - k, s).some((t) => t.start < s && t.end > s - k && t.word.length > 1)) continue;
        const first = tokenAt(block, s - k);
        if (!first || first.start !== s - k) continue;
        start = s - k;
        head = cand;
        coined = true;
        break;
      }
    }
    // "新建某某环保": a one-character verb before the brand ("建", "引") opens the clause, it is no part of the name
    const lead = tokenAt(block, start);
    if (head.length >= 3 && lead && lead.start === start && lead.end === start + 1 && /^v/.test(lead.tag) && BOUNDARY_BEFORE.test(text[start - 1 - block.start] ?? '，')) {
      start += 1;
      head = head.slice(1);
    }
    // ("资讯及通讯科技": a conjunction opens no brand, it joins two fields)
    if (head.length < 2 || head.length > 4 || placeAt(head, 0) || /^[及与]/.test(head) || (!coined && !hasProperPart(block, start, s, { allowLatin: true }))) continue;
    // "从事纳米新材料研发", "海洋生物科技": a field before the trade word names an industry, not a company
    if (isIndustryPhrase(head)) continue;
    push(found, { start, end: e, name: head + m.word, kind: 'enterprise', article: block.article, proper: true, block });
  }
  return out;
}

/** Surnames that are far more often prepositions or conjunctions after a title ("董事长向…", "主任和…"). */
const PREPOSITION_SURNAMES = new Set(Array.from('向和与对从就将为把被经自于'));

const PROGRAMME_AFTER = /^(?:计划|制度|机制|项目|模式|招募|大会|论坛|培训|俱乐部|联盟|体系)/;

/** Names standing right before an officer's title ("甲乙科技首席运营官…", "云溪股份总经理…"). */
function titleHolders(block: Block, found: Array<{ start: number; end: number }>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const m of titlesIn(block)) {
    const ts = block.start + m.index;
    if (!CORPORATE_TITLES.test(m.word)) continue;
    if (found.some((f) => f.end === ts || (f.start < ts && ts < f.end))) continue;
    // "城市合伙人计划", "首席科学家制度": a programme named by the post, with no body before it
    if (PROGRAMME_AFTER.test(block.text.slice(ts - block.start + m.word.length, ts - block.start + m.word.length + 3))) continue;
    // "某某有限公司（某某港）行政总裁": the body is named before its bracketed short name
    // (an aside is at most 14 characters: only those before the post are read)
    const asideFrom = Math.max(0, ts - block.start - 14);
    const aside = ASIDE_BEFORE.exec(block.text.slice(asideFrom, ts - block.start));
    if (aside && found.some((f) => f.end === block.start + asideFrom + aside.index)) continue;
    // (a company's name holds no 与 or 及: "科技部与台积电董事长" names 台积电)
    let start = extendLeft(block, ts, { maxChars: 8, apartAtConjunction: true });
    start = nameStart(block, start, ts);
    let end = ts;
    // "某公司生产运营总监": words between a body found before and the post are the post's ("生产运营"), no body
    if (found.some((f) => f.end > start && f.end < ts)) continue;
    const raw = block.text.slice(start - block.start, end - block.start);
    const scope = raw.match(/(全球|国际|中国区|亚太区|集团)$/);
    if (scope) end -= scope[0].length;
    // "某某集团高级副总裁": a grade before the post is the post's
    const grade = block.text.slice(start - block.start, end - block.start).match(/(?:高级|资深|首席|常务|执行)$/);
    if (grade) {
      end -= grade[0].length;
      if (found.some((f) => f.end === end)) continue;
    }
    // "某某股份投资部项目经理": the department belongs to the title; the body is before it.
    const dept = block.text.slice(start - block.start, end - block.start).match(DEPARTMENT);
    if (dept && end - dept[0].length - start >= 2) end -= dept[0].length;
    // "宇晨材料林某某董事长": a person's name between the body and the post (Taiwan's usage) is no part of the body
    if (end - start >= 5 && personNameEndsAt(block, end)) end -= 3;
    const name = block.text.slice(start - block.start, end - block.start);
    if (name.length < 2 || name.length > 8) continue;
    // "董事长某某和总经理某某": a post after a conjunction is the second of a list, with no body before it
    if (/[和及与]$/.test(name)) continue;
    // A chain of titles ("…副总裁、海外业务及亚太区总裁") or a department after a named body is part of a title.
    const before = block.text[start - block.start - 1] ?? '';
    if (before === '、' || found.some((f) => f.end === start)) continue;
    if (placeAt(name, 0)?.form === name || GENERIC_ORG_BODY.test(name)) continue;
    // "某公司大湾区发展总监", "中国区市场总监": a business area before the title is part of the post, not a company.
    if (BUSINESS_AREA.test(name)) continue;
    // "仪式由安某某副总裁主持": a short surname-led name the dictionary does not know, with no name after the title,
    // is the officer, not a company ("某某堂董事长夏某" names a company and its chairman).
    // (a surname that is far more often a preposition, "董事长向某某提到", names no holder)
    const afterTitle = ts - block.start + m.word.length;
    // (nor a surname that opens a word, "总经理代表…": 代表 is a verb)
    const wordAfter = tokenAt(block, block.start + afterTitle);
    const holderAfter = surnameAt(block.text, afterTitle) > 0 && !PREPOSITION_SURNAMES.has(block.text[afterTitle]!) &&
      !(wordAfter && wordAfter.start === block.start + afterTitle && wordAfter.word.length >= 2 && wordAfter.tag && !/^nr/.test(wordAfter.tag));
    if (name.length <= 3 && surnameAt(name, 0) && (!hasProperPart(block, start, end) || (!isDictWord(name) && !holderAfter))) continue;
    if (!hasProperPart(block, start, end, { allowLatin: true })) continue;
    out.push({ start, end, name, kind: 'enterprise', article: block.article, proper: true, block });
  }
  return out;
}

/** True when a surname-led name of three characters the dictionary does not know, cut in single characters, ends at `at`. */
function personNameEndsAt(block: Block, at: number): boolean {
  if (!singleCharacterNameEndsAt(block, at)) return false;
  const name = block.text.slice(at - 3 - block.start, at - block.start);
  return !isDictWord(name) && !isDictWord(name.slice(1));
}

/** Legal forms a company is written with or without ("…股份有限公司" / "…有限责任公司" / "…公司"). */
const LEGAL_FORM = /(集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|公司)$/;

const LEGAL_ENDING: ReadonlySet<string> = new Set(['公司']);

function orgEnding(name: string): { canonical: string; length: number } | null {
  const bare = name.replace(/[（(][^（）()]*[）)]$/u, '');
  const legal = bare.match(LEGAL_FORM);
  if (legal) return { canonical: '公司', length: legal[0].length };
  const suffix = ORG_ENDINGS.find(bare)?.[0];
  return suffix ? { canonical: suffix, length: suffix.length } : null;
}

/** Candidates lying inside a longer one ("星河银行" in "星河银行科技支行"): one sweep over spans sorted by start. */
function innerCandidates(candidates: OrgCandidate[]): Set<OrgCandidate> {
  const sorted = candidates.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const inner = new Set<OrgCandidate>();
  let reach: OrgCandidate | null = null;
  for (const c of sorted) {
    if (reach && reach.end >= c.end && reach.end - reach.start > c.end - c.start) inner.add(c);
    if (!reach || c.end > reach.end) reach = c;
  }
  return inner;
}

/**
 * Short forms that name the same body: "云溪产业基金" in "江城云溪产业基金" (a place dropped), and a brand that a
 * company's registered name contains ("某某堂" in "江城某某堂制药股份有限公司").
 */
function linkShortForms(candidates: OrgCandidate[], links: Array<[OrgCandidate, OrgCandidate]>): void {
  const first = new Map<string, OrgCandidate>();
  for (const c of candidates) if (c.proper && !first.has(c.name)) first.set(c.name, c);
  const names = [...first.keys()];
  const legal = new Set(names.filter((n) => LEGAL_FORM.test(n)));
  for (const short of names) {
    if (orgEnding(short)) {
      // A leading place or a leading parent body's short name ("某委某某管理局") dropped.
      const target = names.find((long) => {
        if (long.length <= short.length || !long.endsWith(short)) return false;
        const head = long.slice(0, long.length - short.length);
        const p = placeAt(head, 0);
        return (p && p.form === head) || (head.length >= 2 && head.length <= 4 && /^(nt|j)$/.test(tagOf(head)));
      });
      if (target) links.push([first.get(target)!, first.get(short)!]);
    } else {
      for (const long of legal) if (long.length > short.length && long.includes(short)) links.push([first.get(long)!, first.get(short)!]);
    }
  }
}

const TAIWAN_BODY_NAMES = new LiteralMatcher(TAIWAN_BODIES);

/** "国科会今日召开…": Taiwan's central bodies named without a place, on a page that speaks of Taiwan. */
function taiwanBodies(blocks: Block[], candidates: OrgCandidate[], parkSpans: Array<{ start: number; end: number }>): void {
  for (const block of blocks) {
    for (const m of TAIWAN_BODY_NAMES.all(block.text)) {
      const start = block.start + m.index;
      const end = start + m.word.length;
      if (candidates.some((c) => c.start < end && start < c.end) || parkSpans.some((p) => p.start < end && start < p.end)) continue;
      candidates.push({ start, end, name: m.word, kind: 'government', article: block.article, proper: true, block });
    }
  }
}

/** A Latin name heading an organisation's name ("Norvik江城工业中心") is that company when it also stands alone. */
function latinHeads(blocks: Block[], candidates: OrgCandidate[], parkSpans: Array<{ start: number; end: number }>): void {
  const heads = new Set<string>();
  for (const c of candidates) {
    const m = c.name.match(/^[A-Za-z][A-Za-z0-9]+(?=\p{Script=Han})/u);
    if (m && m[0].length >= 2 && /[A-Z]/.test(m[0])) heads.add(m[0]);
  }
  for (const head of heads) {
    for (const block of blocks) {
      for (let i = block.text.indexOf(head); i >= 0; i = block.text.indexOf(head, i + head.length)) {
        const start = block.start + i;
        const end = start + head.length;
        if (/[A-Za-z0-9]/.test(block.text[i - 1] ?? '') || /[A-Za-z0-9]/.test(block.text[i + head.length] ?? '')) continue;
        if (candidates.some((c) => c.start < end && start < c.end) || parkSpans.some((p) => p.start < end && start < p.end)) continue;
        candidates.push({ start, end, name: head, kind: 'enterprise', article: block.article, proper: true, block });
      }
    }
  }
}

export function recognizeOrganizations(doc: SourceDoc): Organization[] {
  const publication = doc.publication.name;
  const blocks = blocksOf(doc);
  // in text order, so that each block's mentions are found by a binary search instead of a pass over all of them
  const parkSpans: Array<{ start: number; end: number }> = [];
  for (const p of doc.parks) for (const m of p.mentions) parkSpans.push(m.textSpan);
  parkSpans.sort((a, b) => a.start - b.start);
  const candidates: OrgCandidate[] = [];
  for (const block of blocks) {
    const blockParks: typeof parkSpans = [];
    for (let k = firstAtOrAfter(parkSpans, block.start); k < parkSpans.length && parkSpans[k]!.start < block.end; k++)
      if (parkSpans[k]!.end <= block.end) blockParks.push(parkSpans[k]!);
    const found = candidatesIn(block, blockParks);
    const spans = [...found, ...blockParks];
    candidates.push(...found, ...titleHolders(block, spans));
    // "某某科技新能源材料研发生产项目": the enterprise heading a project's name, where nothing else was found there
    for (const owner of projectOwners(block))
      if (!spans.some((s) => s.start < owner.end && owner.start < s.end)) candidates.push({ ...owner, kind: 'enterprise', article: block.article, proper: true, block });
  }
  const links: Array<[OrgCandidate, OrgCandidate]> = [];
  for (const def of findAliasDefinitions(blocks)) {
    if (parkSpans.some((p) => p.start === def.start && p.end === def.end)) continue;
    let target = candidates.find((c) => c.end === def.targetEnd && c.block === def.block);
    if (!target) {
      if (parkSpans.some((p) => p.end === def.targetEnd)) continue;
      // "国家某某科学(江城)设施(以下简称…)": a defined short name marks what precedes it as a named body.
      const block = def.block;
      const start = nameStart(block, extendLeft(block, def.targetEnd, { maxChars: 20 }), def.targetEnd);
      if (def.targetEnd - start < 4 || !hasProperPart(block, start, def.targetEnd, { national: true })) continue;
      const name = block.text.slice(start - block.start, def.targetEnd - block.start);
      const ending = orgEnding(name);
      target = { start, end: def.targetEnd, name, kind: ending ? kindOf(name, ending.canonical) : 'other', article: block.article, proper: true, block };
      candidates.push(target);
    }
    let alias = candidates.find((c) => c.start === def.start && c.end === def.end);
    if (!alias) {
      // (field by field: a spread copy takes V8's slow generic path)
      const { kind, article, block, implied } = target;
      alias = { start: def.start, end: def.end, name: def.name, kind, article, proper: !GENERIC_ORG_BODY.test(def.name), block, isAlias: true };
      if (implied !== undefined) alias.implied = implied;
      candidates.push(alias);
    }
    links.push([target, alias]);
  }
  linkShortForms(candidates, links);
  // "工信部" is 工业和信息化部: the short names the State Council's departments go by join their full names
  for (const c of candidates) {
    const full = MINISTRY_SHORT_NAMES.get(c.name);
    const target = full && candidates.find((o) => o.name === full || o.name.endsWith(full));
    if (target) links.push([target, c]);
  }
  latinHeads(blocks, candidates, parkSpans);
  if (isTaiwanPage(doc)) taiwanBodies(blocks, candidates, parkSpans);
  const groups = clusterNames(candidates, links, { endingOf: orgEnding, minHead: 3, shortHeadEndings: LEGAL_ENDING });
  const taken = new Claimed(doc.analysisText.length, [...candidates, ...parkSpans]);
  const inner = innerCandidates(candidates);
  const orgs: Organization[] = [];
  // A name seen only as the head of a longer one ("星河银行" in "星河银行科技支行") is not an entity of its own.
  const kept = groups.filter(
    (group) => group.some((c) => c.proper) && !(publication && group.some((c) => c.name === publication)) && !group.every((c) => inner.has(c)),
  );
  addRepeatedMentions(blocks, kept, taken);
  for (const group of kept) {
    const full = group.filter((c) => !c.isAlias);
    const main = (full.length ? full : group).reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const printed = doc.text.slice(main.start, main.end);
    const mentions = group
      .slice()
      .sort((a, b) => a.start - b.start)
      .map((c) => mentionAt(doc, c.start, c.end, c.article));
    const aliases = new Set<string>();
    for (const m of mentions) aliases.add(m.text);
    for (const c of group) if (isSimplifiedVariant(doc, c)) aliases.add(c.name);
    for (const c of group) if (c.implied) aliases.add(c.implied);
    aliases.delete(printed);
    const kinds = group.filter((c) => !c.isAlias).map((c) => c.kind);
    orgs.push({
      id: `org${orgs.length + 1}`,
      name: printed,
      aliases: [...aliases],
      kind: main.kind ?? kinds[0] ?? 'other',
      mentions,
    });
  }
  return orgs;
}

export const findOrganizations = defineStage({
  name: 'findOrganizations',
  requires: ['articles', 'analysisText', 'parks'],
  assigns: ['organizations'],
  run(doc) {
    return { ...doc, organizations: recognizeOrganizations(doc) };
  },
});

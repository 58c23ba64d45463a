// Finds where a name ends on the left: from an ending ("…产业园", "…有限公司") the name runs left over
// proper nouns, place names, bracketed places and content words, and stops at punctuation, function words,
// time words and the verbs that introduce a name ("位于", "走进", "联合" before a proper noun).
import { isAmbiguousInName, isAmbiguousPlace, placeAt } from '../../lexicon/places.js';
import { NAME_VERBS, NATIONAL_BODY, SINGLE_STOP, WORD_STOP } from '../../lexicon/stopWords.js';
import { PARK_KIND_SHORT, PARK_KIND_WORDS, PARK_SUFFIXES } from '../../lexicon/parkSuffixes.js';
import { TITLE_WORDS } from '../../lexicon/titles.js';
import { LiteralMatcher, type LiteralMatch } from './literals.js';
import { endingsIn, TITLES } from './endings.js';
import { CLASSIFIERS as CLASSIFIERS_OF_COUNTS } from '../../lexicon/units.js';
import { surnameAt } from '../../lexicon/surnames.js';
import { tokenAt, type Block } from './blocks.js';
import { tagOf, type Token } from './tokens.js';
import { isAsciiLetter, isHanWord, isPunctuationWord } from '../../text/wordClass.js';

/** Nouns that classify the entity that follows them ("企业星河生物…"): a name starts after them. */
const CLASSIFIERS = new Set([
  '企业', '公司', '单位', '机构', '高校', '院校', '龙头企业', '入驻企业', '园区企业', '重点企业', '科技企业', '高新技术企业',
  '区内', '园内', '辖区', '旗下', '下属', '团队', '项目', '平台', '载体', '专家', '记者', '院士', '教授', '企业家',
  // Role nouns: the name of the investor or body follows them ("投资方某某集团", "负责人…").
  '投资者', '投资方', '投资人', '负责人', '合作方', '签约方', '承建方', '运营方',
]);
/**
 * Verbs that take a name as their object but that the dictionary tags as nouns ("利用", n), so the verb rules below
 * let them into a name. (Those tagged as verbs or prepositions, "借鉴", "依据", are stopped by those rules.)
 */
const NOUN_TAGGED_VERBS = new Set(['利用']);
// Dictionary tags, as sets: asked of nearly every token.
const STOP_TAGS = new Set(['p', 'c', 'cc', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r', 'rr', 'rz', 'ry', 'd', 'dg', 'm', 'mq', 'q', 'y', 'e', 'o', 'z', 'zg']);
const VERB_TAGS = new Set(['v', 'vn', 'vd', 'vi', 'vg']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'nsf']);
/** Idioms, set phrases, adverbs and time words: like a verb, they end a name on their right. */
const PREDICATE_TAGS = new Set(['l', 'i', 'ad', 'd', 't']);
const OPEN = '(（[【';
const CLOSE = ')）]】';
/** Words that end a name of their own ("高区", "集团"): a conjunction after one joins two names. */
const ENDING_WORD = /(区|园|城|谷|公司|集团|大学|学院|院|所|局|厅|委|会|中心|基地|实验室|队|署)$/;
/** Function characters that never belong to a name, even between unknown characters. */
const HARD_SINGLE_STOP = new Set(Array.from('的在是了从由对向将把被等于和与及为以并也还已都又再就即或其该这那此各每个家后前至说称着过'));
/** Titles end a name on the left ("…主任" before "某某园区" is not part of it); a few titles also occur inside names. */
const TITLE_STOP = new Set(TITLE_WORDS.filter((t) => !/^(专家|领导|委员|员工|职工|博士|教授|研究员|院士|导师|医生)$/.test(t)));
const NUMERAL = '二三四五六七八九';
/** Modifiers that make a kind of thing of what follows ("地方园区", "相关企业"). */
const GENERIC_MODIFIERS = new Set(['地方', '相关', '有关', '其他', '其它', '周边', '各地', '各类', '现有', '传统', '国内外', '海内外', '本地', '当地', '外地']);
/** Words that make what follows a kind of zone ("特色工业园区", "重点园区"). */
const KIND_MODIFIERS = /^(?:特色|重点|新型|各类|相关)/;
/** Verbal nouns of building or running a park its predicate uses ("某高新区建设…基地", "台湾经营科学园区的经验"); the dictionary tags them vn, not v. */
const BUILDING_VERBS = new Set(['建设', '开发', '规划', '筹建', '扩建', '新建', '共建', '经营', '运营', '管理']);
/** Time words (jieba's t) that name an age inside names ("某某未来城", "某某现代产业园"), not a time of the news. */
const AGE_WORDS = new Set(['未来', '现代', '当代', '近代', '古代', '新时代']);
/** One-character verbs of going or being somewhere, which take a place as object (赴某地, 在某地, 到某地). */
const LOCATIVE_VERBS = new Set([...'赴到去在来至往返驻抵进回']);
const COUNT_CLASSIFIERS = new Set(CLASSIFIERS_OF_COUNTS.filter((c) => c.length === 1));
const CLASSIFIER_CHARS = '个家项大类批条款种次年所座栋台名位期届号只支件场轮成倍亿万千百十';
const DASH = /^[—–\-－]+$/;
/** One-character short forms of countries that follow 中 in the names of bilateral parks ("中德", "中马", "中新"). */
const COUNTRY_INITIALS = '美英法德意日韩俄加澳新马泰越以白乌哈巴埃欧荷瑞丹芬挪比奥葡希蒙老柬缅菲';

export interface ExtendOptions {
  /** How far left of `from` a name may reach, in characters. */
  maxChars: number;
  /** Names already found (end offset → start offset): a name may contain one whole ("…新区经济发展局"). */
  nested?: ReadonlyMap<number, number>;
  /** Words a name does not run over ("…委员会新竹科学园区": the park's name starts after the body's). */
  stopAt?: RegExp;
  /** Any verb right after a proper noun ends the name, even one names are made of ("云溪发展…园区"). */
  strictVerbs?: boolean;
  /** Two complete names joined by a dash stay two ("某某合作园区—某某工业园" are two parks). */
  apartAtDash?: boolean;
  /** Ends of nested names (parks) that a name does not pass over when a new place name follows ("位于江城高新区江城市…"). */
  stopBeforePlace?: ReadonlySet<number>;
  /** 与 or 及 between two words ends the name: a company's name does not hold them ("甲与乙集团" are two; 和 starts names: "和创…"). */
  apartAtConjunction?: boolean;
  /** A branch's name: its parent's brand and trade word stand before the place ("国华投资广东分公司"). */
  branch?: boolean;
  /** A company's name: a government's whole name does not head it ("青岛市政府对华通集团" names 华通集团). */
  company?: boolean;
}

interface Piece {
  word: string;
  start: number;
  end: number;
  tag: string;
}

/** The token ending at `at` in the block, cut at `at` if a token straddles it. */
function pieceBefore(block: Block, at: number): Piece | null {
  if (at <= block.start) return null;
  const t: Token | null = tokenAt(block, at - 1);
  if (!t) return null;
  if (t.end === at) return t;
  const word = block.text.slice(t.start - block.start, at - block.start);
  return { word, start: t.start, end: at, tag: tagOf(word) };
}

/** The word the cut starts at `at`, or "" when none starts there. */
function wordAt(block: Block, at: number): string {
  const t = tokenAt(block, at);
  return t && t.start === at ? t.word : '';
}

function charAt(block: Block, at: number): string {
  return block.text[at - block.start] ?? '';
}


// The word lists above, as bits of one number a word: extendLeft asks each piece up to a dozen of these questions,
// and one Map lookup answers them all where a Set.has each would hash and probe again.
const CLASSIFIER = 1 << 0;
const NOUN_TAGGED_VERB = 1 << 1;
const STOP_TITLE = 1 << 2; // TITLE_STOP
const PARK_KIND_SHORT_FORM = 1 << 3;
const STOP_WORD = 1 << 4; // WORD_STOP
const STOP_CHAR = 1 << 5; // SINGLE_STOP
const HARD_STOP_CHAR = 1 << 6; // HARD_SINGLE_STOP
const COUNT_CLASSIFIER = 1 << 7;
const LOCATIVE_VERB = 1 << 8;
const NAME_VERB = 1 << 9;
const PARK_KIND_WORD = 1 << 10;
const BUILDING_VERB = 1 << 11;
/** The second character of a two-character stop word ("获批" → 批): only such a character can end one the cut split. */
const STOP_WORD_END = 1 << 12;

const WORD_FLAGS = new Map<string, number>();
function flagAll(words: Iterable<string>, bit: number): void {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}
flagAll(CLASSIFIERS, CLASSIFIER);
flagAll(NOUN_TAGGED_VERBS, NOUN_TAGGED_VERB);
flagAll(TITLE_STOP, STOP_TITLE);
flagAll(PARK_KIND_SHORT, PARK_KIND_SHORT_FORM);
flagAll(WORD_STOP, STOP_WORD);
flagAll(SINGLE_STOP, STOP_CHAR);
flagAll(HARD_SINGLE_STOP, HARD_STOP_CHAR);
flagAll(COUNT_CLASSIFIERS, COUNT_CLASSIFIER);
flagAll(LOCATIVE_VERBS, LOCATIVE_VERB);
flagAll(NAME_VERBS, NAME_VERB);
flagAll(PARK_KIND_WORDS, PARK_KIND_WORD);
flagAll(BUILDING_VERBS, BUILDING_VERB);
for (const w of WORD_STOP) if (w.length === 2) flagAll([w[1]!], STOP_WORD_END);

/** The bits of WORD_FLAGS a word has (0 for a word in none of the lists). */
function flagsOf(word: string): number {
  return WORD_FLAGS.get(word) ?? 0;
}

// The dictionary tag sets, likewise.
const STOP_TAG = 1 << 0;
const VERB_TAG = 1 << 1;
const PROPER_TAG = 1 << 2;
const PREDICATE_TAG = 1 << 3;
const TAG_FLAGS = new Map<string, number>();
for (const [tags, bit] of [[STOP_TAGS, STOP_TAG], [VERB_TAGS, VERB_TAG], [PROPER_TAGS, PROPER_TAG], [PREDICATE_TAGS, PREDICATE_TAG]] as const) {
  for (const t of tags) TAG_FLAGS.set(t, (TAG_FLAGS.get(t) ?? 0) | bit);
}

function tagFlagsOf(tag: string): number {
  return TAG_FLAGS.get(tag) ?? 0;
}

export function isStopPiece(p: Piece): boolean {
  return stopPiece(p.word, flagsOf(p.word), tagFlagsOf(p.tag));
}

/** isStopPiece of a word whose flags and tag's flags the caller has at hand. */
function stopPiece(word: string, flags: number, tagFlags: number): boolean {
  if (isPunctuationWord(word)) return true;
  if (flags & PARK_KIND_SHORT_FORM) return false;
  // (most words are ideographs: settled here, without the tests of Latin letters and digits below)
  if (isHanWord(word)) return word.length === 1 ? (flags & STOP_CHAR) !== 0 : isStopWord(word, flags, tagFlags);
  // (before the one-character test: a lone digit stops a name too, "1苏州工业园区" is a rank and a name)
  if (/^[A-Za-z0-9.]+$/.test(word)) return !/[A-Za-z]/.test(word);
  if (word.length === 1) return (flags & STOP_CHAR) !== 0;
  if (/^\d/.test(word)) return true;
  return isStopWord(word, flags, tagFlags);
}

/** A word of two characters or more that stops a name: a stop word, or tagged as function words are. */
function isStopWord(word: string, flags: number, tagFlags: number): boolean {
  if (flags & STOP_WORD) return true;
  // a dictionary word made of two stop words ("大力支持", tagged nr) stops like them
  if (word.length === 4 && WORD_STOP.has(word.slice(0, 2)) && WORD_STOP.has(word.slice(2))) return true;
  return (tagFlags & STOP_TAG) !== 0;
}

/** True when the word is the short form of a city or province that is trusted opening a name. */
function isCityForm(word: string): boolean {
  const p = placeAt(word, 0);
  return !!p && p.form === word && p.level !== 'county' && !isAmbiguousInName(p);
}

/** A token that can head a name: a place, a proper-noun tag, a word jieba does not know, a lone character. */
export function isProperPiece(word: string, tag: string, flags = flagsOf(word)): boolean {
  if (!word) return false;
  // (a word of ideographs tagged as a proper noun or unknown heads a name whether or not it is a place: settled
  // before the gazetteer look-up, which it would pass through for nothing)
  if (word.length > 1 && (tag === '' || (tagFlagsOf(tag) & PROPER_TAG)) && isHanWord(word)) return true;
  if (placeAt(word, 0)?.form === word) return true;
  if (isAsciiLetter(word.charCodeAt(0)) && /^[A-Za-z][A-Za-z0-9]*$/.test(word)) return true;
  if (!isHanWord(word)) return false;
  if (word.length === 1) return !(flags & STOP_CHAR);
  return (tagFlagsOf(tag) & PROPER_TAG) !== 0 || tag === '';
}

/** Park endings ("经开区", "高新区" …) of three characters or more: one split by the cut still belongs to a name. */
const PARK_ENDINGS = new LiteralMatcher(PARK_SUFFIXES.map(([suffix]) => suffix).filter((suffix) => suffix.length >= 3));

/** The job titles of a block (TITLES.all of its text): found with the recognisers' endings in one scan (endings.ts), and shared. */
export function titlesIn(block: Block): readonly LiteralMatch[] {
  return endingsIn(block).titles;
}

/** True when a job title starts at `at` of the block ("…局|局长", "…部|副部长": jieba may join them). */
export function titleStartsAt(block: Block, at: number): boolean {
  return TITLES.at(block.text, at - block.start) !== null;
}

/** Start of the bracket group that closes just before `close` (exclusive end), if it is a short name part. */
function bracketStart(block: Block, closeAt: number): number {
  const close = charAt(block, closeAt);
  const open = OPEN[CLOSE.indexOf(close)];
  if (!open) return -1;
  for (let i = closeAt - 1; i >= Math.max(block.start, closeAt - 10); i--) {
    const c = charAt(block, i);
    if (c === open) {
      const inner = block.text.slice(i + 1 - block.start, closeAt - block.start);
      // (nor a photo's position marker, "（左起）", "(右二)")
      if (!inner || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(inner) || /^(以下|简称|下称|含|包括|即|原|现)/.test(inner) || /^[左右前后中][起一二三四五六七八九]$/u.test(inner)) return -1;
      // A place ("（重庆）", "(滨海)") or a legal word ("（集团）") is part of a name; other asides are not.
      const place = placeAt(inner, 0);
      if ((place && place.form === inner) || /^(集团|控股|股份|中国|国际)$/.test(inner) || /^(ns|nsf)$/.test(tagOf(inner))) return i;
      // A two-character short name of places jieba does not know ("（某抚）" for two cities) is a place part too.
      if (/^\p{Script=Han}{2}$/u.test(inner) && tagOf(inner) === '') return i;
      return -1;
    }
    if (CLOSE.includes(c) || OPEN.includes(c)) return -1;
  }
  return -1;
}

/** True when a place that is no everyday word (a city's, a province's or a district's name) starts at `at`. */
function strongPlaceAt(block: Block, at: number): boolean {
  const p = placeAt(block.text, at - block.start);
  return !!p && !isAmbiguousPlace(p) && p.level !== 'county';
}

/**
 * Where a place's name (two to four characters, no weak or ambiguous form; a city's or a province's only, when asked)
 * that ends at `at` starts ("莘县" before 预制菜…, "深圳" before 建…); -1 when none does.
 */
export function placeEndingAt(block: Block, at: number, cityOrProvince = false): number {
  for (let k = 2; k <= 4 && at - k >= block.start; k++) {
    const p = placeAt(block.text, at - k - block.start);
    if (p && p.form.length === k && !isAmbiguousPlace(p) && !(cityOrProvince && p.level === 'county')) return at - k;
  }
  return -1;
}

/** True when three characters the cut leaves alone, the first a one-character surname, end at `at` (a name it does not know). */
export function singleCharacterNameEndsAt(block: Block, at: number): boolean {
  const s = at - 3;
  if (s < block.start || surnameAt(block.text, s - block.start) !== 1) return false;
  for (let i = s; i < at; i++) {
    const t = tokenAt(block, i);
    if (!t || t.start !== i || t.end !== i + 1 || !isHanWord(t.word)) return false;
  }
  return true;
}

/** A person's name the cut left in single characters that ends at `at`, after a boundary, a post or a conjunction. */
function personNameBefore(block: Block, at: number): boolean {
  if (!singleCharacterNameEndsAt(block, at)) return false;
  const s = at - 3;
  // (a brand's characters run on before it)
  return s === block.start || /[，。、；：\s及和与]/.test(charAt(block, s - 1)) || TITLE_STOP.has(block.text.slice(Math.max(0, s - 2 - block.start), s - block.start));
}

/** True when a post and a surname-led name of two or three characters end at `at` ("副院长胡某某"). */
function personAfterTitleEndsAt(block: Block, at: number): boolean {
  for (const length of [2, 3]) {
    const nameAt = at - length;
    if (nameAt <= block.start || surnameAt(block.text, nameAt - block.start) !== 1) continue;
    for (let k = 2; k <= 4 && nameAt - k >= block.start; k++) if (TITLE_STOP.has(block.text.slice(nameAt - k - block.start, nameAt - block.start))) return true;
  }
  return false;
}

/** A government's or a Party committee's whole name, which heads no other body's name. */
const GOVERNMENT_WHOLE = /(?:人民政府|政府|党委|市委|县委|区委)$/;

/** Start offset of the name whose ending begins at `from` (returns `from` when nothing precedes it). */
export function extendLeft(block: Block, from: number, options: ExtendOptions): number {
  let start = from;
  let rightProper = false;
  let rightSingle = false;
  for (let guard = 0; guard < 64; guard++) {
    const nestedStart = options.nested?.get(start);
    const following = options.stopBeforePlace?.has(start) ? placeAt(block.text, start - block.start) : null;
    const placeFollows = !!following && following.level !== 'county';
    if (nestedStart !== undefined && nestedStart < start && from - nestedStart <= options.maxChars * 2 && !placeFollows) {
      // "青岛市政府对华通集团": a government's whole name is no head of another body's name
      if (options.company && start < from && GOVERNMENT_WHOLE.test(block.text.slice(nestedStart - block.start, start - block.start))) break;
      start = nestedStart;
      rightProper = true;
      continue;
    }
    const p = pieceBefore(block, start);
    if (!p || from - p.start > options.maxChars) break;
    const w = p.word;
    if (isPunctuationWord(w)) {
      if (w.length === 1 && CLOSE.includes(w)) {
        const open = bracketStart(block, p.start);
        if (open >= 0 && open > block.start) {
          start = open;
          rightProper = false;
          continue;
        }
      }
      if (DASH.test(w) && options.nested?.has(p.start) && rightProper && !options.apartAtDash) {
        // "星河创新中心—云溪…联合创新中心": two named bodies joined by a dash form one name.
        start = p.start;
        continue;
      }
      if (DASH.test(w) && rightProper) {
        const left = pieceBefore(block, p.start);
        if (left && !isStopPiece(left) && isProperPiece(left.word, left.tag)) {
          start = p.start;
          continue;
        }
      }
      break;
    }
    const tag = p.tag;
    const flags = flagsOf(w);
    const tagFlags = tagFlagsOf(tag);
    if (w.length === 1 && NUMERAL.includes(w)) {
      // "九溪大学", "三元集团": a numeral is part of a name unless a classifier follows it ("三大领域", "两个中心").
      const next = block.text[p.end - block.start] ?? '';
      if (p.end < from && !CLASSIFIER_CHARS.includes(next) && !NUMERAL.includes(next)) {
        start = p.start;
        rightProper = true;
        continue;
      }
      break;
    }
    // "340亩某某产业园", "16间创科公司": a measure word or classifier after a number ends the quantity that sizes or
    // counts the name, not a name character.
    if (w.length === 1 && (tag === 'q' || (flags & COUNT_CLASSIFIER)) && /[\d０-９零一二三四五六七八九十百千万两]/.test(block.text[p.start - 1 - block.start] ?? '')) break;
    // "前20强恒瑞医药…", "中国500强某某集团": 强 after a number ranks what follows; the name starts after it (the cut
    // may join it to the name's first character, "强华")
    if (w.charCodeAt(0) === 0x5f3a && /[\d０-９十百千]/.test(charAt(block, p.start - 1))) {
      if (w.length > 1) start = p.start + 1;
      break;
    }
    // "深化上海大学|和启东|经济开发区": the cut may join the conjunction to the place after it; the name starts at the place
    if (w.length >= 3 && '和与及'.includes(w[0]!) && !cityStartsAt(block, p.start, from) && placeAt(w, 1)?.form === w.slice(1)) {
      start = p.start + 1;
      break;
    }
    // "院长娄红|祥和|深圳市科技创新委员会": or to the word before it, when a city's or province's name follows
    if (w.length >= 2 && '和与及'.includes(w[w.length - 1]!) && strongPlaceAt(block, p.end)) break;
    // (not when a city's name starts with the character: "和田…")
    if (w.length === 1 && '和与及'.includes(w) && !cityStartsAt(block, p.start, from)) {
      const left = pieceBefore(block, p.start);
      if (!left || (isPunctuationWord(left.word) && !CLOSE.includes(left.word)) || CLASSIFIERS.has(left.word)) {
        // "、和丰生物…", "企业和达科技…": after a boundary, 和 is the first character of a name, not a conjunction,
        // when it stands before a character the cut left alone; before a word ("项目和某城…") it joins two phrases,
        // and so it does closing a list ("甲项目、乙项目和丙公司").
        if (w === '和' && !placeAt(block.text, p.end - block.start) && tokenAt(block, p.end)?.word.length === 1 && !closesList(block, p.start)) start = p.start;
        break;
      }
      // Inside a name ("科技和信息化局", "江城和达…"), not between two ("甲公司与乙集团", "高区与…集团").
      // (an industry word the dictionary tags as a verb, "创新", joins like a noun: "某某创新及科技园")
      // (nor after a park's verbal noun of building or running it: "…运营体系建设及临空经济区")
      // ("山西省和某某集团", "澳门与横琴新区": a division's full name before it, or a province's or a city's short form
      // before 与 or 及, is one party of two; 和 after a short form opens a brand, "天津和创…")
      const leftPlace = placeAt(left.word, 0);
      // (before a word of two characters the dictionary knows, 和 after a city joins two places: "深圳和河套香港园区")
      const next = w === '和' ? tokenAt(block, p.end) : null;
      const joinsWord = !!next && next.start === p.end && next.word.length >= 2;
      if (leftPlace && leftPlace.form === left.word && (leftPlace.full || ((w !== '和' || joinsWord) && leftPlace.level !== 'county' && !isAmbiguousPlace(leftPlace)))) break;
      // (and so is a township's, "某某镇和农业试验区", and a collective noun, "各部门及高新区管委会")
      if ((left.tag === 'ns' && /(?:[镇乡]|街道)$/.test(left.word)) || /(?:部门|单位|机构|企业|部委|各方)$/.test(left.word)) break;
      // (and so is a person's name after a post, "副院长胡某某及理学院…")
      if (w !== '和' && personAfterTitleEndsAt(block, p.start)) break;
      if ((options.apartAtConjunction && w !== '和') || isStopPiece(left) || !(/^(n|an|vn|ns|nr|nz|j)$/.test(left.tag) || left.tag === '' || NAME_VERBS.has(left.word)) || ENDING_WORD.test(left.word) || (options.strictVerbs && BUILDING_VERBS.has(left.word))) break;
      const rightLength = from - p.end;
      // "科技资源与地方园区": a generic modifier after the conjunction ("地方", "相关") makes the right part a kind of
      // body or zone, so the conjunction joins two phrases, not two words of one name.
      // (or a kind: "优惠政策和特色工业园区")
      const right = block.text.slice(p.end - block.start, from - block.start);
      if (GENERIC_MODIFIERS.has(right) || KIND_MODIFIERS.test(right)) break;
      // ("西安市及高新区", "某某及科学园": with nothing between it and the ending, it joins a place or a person to
      // the kind of park, two things; an industry word may stand there, "某某创新及科技园")
      const joinsKind = rightLength === 0 && (/^(ns|nr)/.test(left.tag) || placeAt(left.word, 0)?.form === left.word);
      const joinsWords =
        !joinsKind && rightLength <= 5 && !placeAt(block.text, p.end - block.start) && !options.nested?.has(p.start);
      if (!joinsWords) break;
      start = p.start;
      rightProper = false;
      continue;
    }
    if (w === '一' && rightProper) {
      // PDF text often prints the dash of "某某—某某园" as "一": between two proper parts it is one.
      const left = pieceBefore(block, p.start);
      if (left && left.word.length >= 2 && isProperPiece(left.word, left.tag)) {
        start = p.start;
        rightProper = false;
        continue;
      }
    }
    if (w === '全国' && NATIONAL_BODY.test(block.text.slice(p.end - block.start, p.end - block.start + 6))) {
      start = p.start;
      break;
    }
    if ((flags & CLASSIFIER) && start < from) break;
    if (options.stopAt?.test(w)) break;
    // "某新区获|批国家级新区": a stop word the cut left in single characters stops the name too.
    if (w.length === 1 && (flags & STOP_WORD_END) && start < from) {
      const left = pieceBefore(block, p.start);
      if (left && left.word.length === 1 && WORD_STOP.has(left.word + w)) break;
    }
    if (options.company && start < from && tag === 'nt' && GOVERNMENT_WHOLE.test(w)) break;
    // "区域上新竹科学园区": a localizer (上, 下, 里, 内, 外) that the cut leaves alone ends a locative phrase, not a name
    // (after a word of two characters or more: after a single one the cut left alone it is a letter of an unknown name,
    // "中科晶上…")
    if (w.length === 1 && tag === 'f' && '上下里内外'.includes(w) && start < from && (pieceBefore(block, p.start)?.word.length ?? 0) >= 2) break;
    // ("百强(2024)中合肥高新区", "《某某名单》中…": so is 中 after a closing mark)
    // (not 中 before a country's initial, which opens a bilateral park's name: "”中马钦州产业园区")
    if (w === '中' && start < from && /[)）》”」』]/.test(charAt(block, p.start - 1)) && !COUNTRY_INITIALS.includes(charAt(block, p.end))) break;
    // "深处河北自贸区…包围": a word of location (tagged s: 深处, 境内, 当地) before a place is no part of the name the
    // place opens.
    if (tag === 's' && w.length > 1 && start < from && placeAt(block.text, p.end - block.start)) break;
    // "选择深圳建研究院": a one-character verb between a place and the ending is the place's predicate (建, 设, 办)
    if (start === from && w.length === 1 && tag === 'v' && placeEndingAt(block, p.start, true) >= 0) break;
    // "激活山西转型综合改革示范区": a word the dictionary tags an adjective (激活 a) right before a province's or a city's
    // name is a predicate taking the name as its object
    if (start < from && w.length === 2 && tag === 'a' && strongPlaceAt(block, p.end)) break;
    // "以某某为主题的研究基地香港科技园": a kind of base or platform set before a place's park is an apposition to it,
    // no part of its name
    if (start < from && (w.endsWith('基地') || w.endsWith('平台') || w.endsWith('载体')) && strongPlaceAt(block, p.end)) break;
    // "利用某某综保区土地": such a verb before a place takes the name as its object.
    if ((flags & NOUN_TAGGED_VERB) && start < from && placeAt(block.text, p.end - block.start)) break;
    if (flags & STOP_TITLE) {
      // "…主任杨某某做客某某高新区": a title ends the name, and so does the person named after it.
      start = skipPersonAfterTitle(block, start, from);
      break;
    }
    if (w.length === 1 && rightSingle && !(flags & HARD_STOP_CHAR) && (flags & STOP_CHAR)) {
      // "瑞可达…": a function character between two unknown single characters is part of an unknown name.
      const left = pieceBefore(block, p.start);
      if (left && left.word.length === 1 && /\p{Script=Han}/u.test(left.word) && !SINGLE_STOP.has(left.word)) {
        start = p.start;
        rightProper = true;
        continue;
      }
    }
    // (not a verb of going or being somewhere before a place: "童|定|干|赴青山湖…" is a person going to the place)
    if (w.length === 1 && (flags & STOP_CHAR) && !(flags & HARD_STOP_CHAR) && followsUnknownRun(block, p.start) && !((flags & LOCATIVE_VERB) && placeAt(block.text, p.end - block.start))) {
      // "隆|基|绿|能|科技…": a function character ending a run of characters the cut left alone is part of the
      // unknown name they spell, not a word of the sentence.
      start = p.start;
      rightProper = true;
      continue;
    }
    // "中交第二航务工程局", "水利水电第八工程局": an ordinal between a name's words numbers a body of a series
    if (start < from && w.charCodeAt(0) === 0x7b2c && /^第[一二三四五六七八九十\d]{1,3}$/.test(w) && !CLASSIFIER_CHARS.includes(charAt(block, p.end))) {
      start = p.start;
      continue;
    }
    // "第一师阿拉尔…", "十六团新开岭镇…": the Production and Construction Corps' divisions and regiments are named by
    // ordinals (第X师, X团), which open a name as a place does.
    if (start === p.end && (charAt(block, p.end) === '师' || charAt(block, p.end) === '团') && /^第?[一二三四五六七八九十]{1,3}$/.test(w)) {
      start = p.start;
      rightProper = true;
      continue;
    }
    if (stopPiece(w, flags, tagFlags)) {
      // A city's short form that is also an adverb ("大连", "大同") is the city inside a name.
      if (isCityForm(w)) {
        start = p.start;
        rightProper = true;
        continue;
      }
      // A place name the cut split ("可|克|达拉…" of 可克达拉): the name starts where the place does.
      const place = placeStartIn(block, p.start, start);
      // A park's ending the cut split ("某某经|开|区…园"): the park's name is part of this one.
      const parkEnding = w.length === 1 && PARK_ENDINGS.at(block.text, p.start - block.start) !== null;
      if (place < 0 && !parkEnding) break;
      start = place < 0 ? p.start : place;
      rightProper = true;
      continue;
    }
    // A verb (or idiom, adverb) right before a proper noun takes it as object: "走进江城…", "推进云溪…"; so does a
    // one-character verb before a place ("含江城…", "获江城…").
    // (a time word that names an age inside a name, "未来" of 某某未来城, is part of it)
    if (
      rightProper && w.length > 1 && (tagFlags & (VERB_TAG | PREDICATE_TAG)) && !isCityForm(w) && !((tagFlags & VERB_TAG) && (flags & PARK_KIND_WORD)) &&
      !namesAge(block, p) && !(options.branch && tradeAfterBrand(block, p))
    )
      break;
    // An idiom of four characters and more ("千方百计", "深入开展") is never a word of a name, nor is a set phrase
    // that opens with a doubled or an adverbial character pair ("紧紧围绕", "大力推进"; the dictionary tags technical
    // compounds as set phrases too, "生物工程", "电力系统", which names hold).
    // (for parks only: the dictionary tags some trades of registered names as idioms, "能源开发")
    // (a set phrase opening with a doubled or an adverbial pair stops any name: "开发区紧紧围绕县委…")
    if (w.length >= 4 && tag === 'l' && (w[0] === w[1] || /^(?:大力|全力|积极|深入|不断|持续|努力|加快|全面)/.test(w))) break;
    if (options.strictVerbs && w.length >= 4 && tag === 'i') break;
    // ("搭建起中国科学院…": and before a word the dictionary knows as a place or a body)
    // (not the ending itself, which the dictionary may tag a place: "贵|安|新区")
    // (or before a whole body the ending is, "获国务院…"; a place-like ending alone, "…通新城", is no evidence)
    if (w.length === 1 && tag === 'v' && (placeAt(block.text, p.end - block.start) || (p.end !== from ? namedWordAt(block, p.end, from) : knownBodyAt(block, from))) && !placeAt(block.text, p.start - block.start)) break;
    // A verb after a proper noun is its predicate ("江城高新区建立…"): the name starts after the verb.
    // (an industry word the dictionary tags as a verb, "节能", is part of the name: "某市节能环保产业园")
    // (for a park, so is a verbal noun of building: "某高新区建设中试基地")
    if ((tag === 'v' || (options.strictVerbs && tag === 'vn' && (flags & BUILDING_VERB))) && w.length > 1 && (options.strictVerbs || !(flags & NAME_VERB)) && !(flags & PARK_KIND_WORD)) {
      const left = pieceBefore(block, p.start);
      // (a division's full name the cut split, "江州|区加大…", is a name too)
      // (the cut may split the verb and leave a character of it alone: "香港|打|造成国际…中心" of 打造成)
      // (and so is a word that ends a name of its own, "为科学城提供会议中心": the verb is that name's predicate)
      const leftNamed =
        isNamedPiece(left) || fullPlaceEndsAt(block, p.start) || (!!left && left.word.length === 1 && left.tag === 'v' && isNamedPiece(pieceBefore(block, left.start))) ||
        (!!left && left.word.length >= 2 && ENDING_WORD.test(left.word) && !isStopPiece(left)) ||
        // (and so is a person's name the cut left in single characters, "谭某某及叶国谦|认同|科技园公司的贡献")
        personNameBefore(block, p.start);
      if (options.nested?.has(p.start) || leftNamed) break;
      // "…省份均建立自贸区": an adverb of one character before the verb makes it the predicate too
      if (left && left.word.length === 1 && left.tag === 'd') break;
      // "高水平推进建设…产业园区": a verb before a park's verbal noun of building ("推进建设", "加快建设") makes both the
      // predicate; the name starts after them.
      const right = wordAt(block, start);
      if (options.strictVerbs && tag === 'v' && w.length > 1 && BUILDING_VERBS.has(right)) {
        start += right.length;
        break;
      }
    }
    start = p.start;
    rightProper = isProperPiece(w, tag, flags);
    rightSingle = w.length === 1 && isHanWord(w);
  }
  return start;
}

/** A word of two characters or more that names a place or a body: a division's name, or tagged ns, nt or nz. */
function isNamedPiece(q: Piece | null): boolean {
  return !!q && q.word.length >= 2 && !isStopPiece(q) && (placeAt(q.word, 0)?.form === q.word || /^(ns|nt|nz)$/.test(q.tag));
}

/** True when the full name of a division ends at `at` ("江州区", "某某县"). */
function fullPlaceEndsAt(block: Block, at: number): boolean {
  for (let k = 3; k <= 6 && at - k >= block.start; k++) {
    const p = placeAt(block.text, at - k - block.start);
    if (p && p.full && p.form.length === k) return true;
  }
  return false;
}

/** True when the dictionary knows the word at `at` as a body's whole name of three characters or more (国务院 nt). */
function knownBodyAt(block: Block, at: number): boolean {
  const t = tokenAt(block, at);
  return !!t && t.start === at && t.word.length >= 3 && t.tag === 'nt';
}

/** "国华投资": a trade word names are made of ("投资", "发展"), right after a brand the dictionary knows. */
function tradeAfterBrand(block: Block, p: Piece): boolean {
  if (!NAME_VERBS.has(p.word)) return false;
  const left = pieceBefore(block, p.start);
  return !!left && left.word.length >= 2 && /^(nz|nt|nr|j)$/.test(left.tag);
}

/**
 * True when a word the dictionary tags as a place or a body (中国 ns, 中国科学院 nt) starts at `at`, or a dictionary
 * word that runs into the ending at `from` (the whole name is a word it knows: "…属|某某大学").
 */
function namedWordAt(block: Block, at: number, from: number): boolean {
  const t = tokenAt(block, at);
  return !!t && t.start === at && t.word.length >= 2 && (/^(ns|nt)$/.test(t.tag) || (at < from && t.end > from && t.word.length >= 3 && t.tag !== ''));
}

/**
 * "未来" in "中科未来城": an age word inside a name, after a proper part of it. Opening a clause ("据悉，未来某某园区
 * 将…") it says when.
 */
function namesAge(block: Block, p: Piece): boolean {
  if (!AGE_WORDS.has(p.word)) return false;
  const left = pieceBefore(block, p.start);
  return !!left && !isStopPiece(left) && isProperPiece(left.word, left.tag);
}

/** True when a city's or province's name (not a county's) starts at `at` and ends inside the name ("和田…"). */
function cityStartsAt(block: Block, at: number, from: number): boolean {
  const p = placeAt(block.text, at - block.start);
  return !!p && p.level !== 'county' && !isAmbiguousInName(p) && at + p.form.length <= from;
}

/** True when the two tokens before `at` are single Han characters that are not function characters. */
function followsUnknownRun(block: Block, at: number): boolean {
  let end = at;
  for (let k = 0; k < 2; k++) {
    const t = tokenAt(block, end - 1);
    if (!t || t.end !== end || t.word.length !== 1 || !isHanWord(t.word) || SINGLE_STOP.has(t.word)) return false;
    end = t.start;
  }
  return true;
}

/** True when a list ("甲、乙") runs in the clause before `at`, so a 和 there ends it. */
function closesList(block: Block, at: number): boolean {
  for (let i = at - 1 - block.start; i >= Math.max(0, at - block.start - 40); i--) {
    const c = block.text[i]!;
    if (c === '、') return true;
    if ('，。；：！？,;:!?'.includes(c)) return false;
  }
  return false;
}

/** Start of a place name (three or more characters, or a city's) that begins in [from, to) and runs past `to`, or -1. */
function placeStartIn(block: Block, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const place = placeAt(block.text, at - block.start);
    if (place && (place.form.length >= 3 || (place.level !== 'county' && !isAmbiguousInName(place))) && at + place.form.length > to) return at;
  }
  return -1;
}

/** After a title: skip a person's name (surname + one or two unknown characters) and the verb-like word after it. */
function skipPersonAfterTitle(block: Block, start: number, from: number): number {
  const text = block.text;
  const at = start - block.start;
  const surname = surnameAt(text, at);
  if (!surname) return start;
  for (const given of [2, 1]) {
    const end = start + surname + given;
    if (end >= from) continue;
    const t = tokenAt(block, end);
    if (!t || t.start !== end || t.word.length < 2) continue;
    const last = tokenAt(block, end - 1);
    if (!last || last.end !== end || last.start < start) continue;
    return isProperPiece(t.word, t.tag) || t.end >= from ? end : t.end;
  }
  return start;
}

/** True when the text from `start` to `end` holds a proper part: a place, a proper noun, an unknown word, a bracket. */
/** National-scope words that alone do not make a name particular ("中国…园区", "国家…中心"). */
const NATIONAL = new Set(['中国', '国家', '全国', '世界', '全球', '国际', '我国']);

export function hasProperPart(
  block: Block,
  start: number,
  end: number,
  options: { allowLatin?: boolean; national?: boolean; knownOnly?: boolean } = {},
): boolean {
  if (end <= start) return false;
  const text = block.text.slice(start - block.start, end - block.start);
  if (/[（(]/.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const p = placeAt(text, i);
    if (p && !isAmbiguousPlace(p)) return true;
  }
  // A city's short form that is also an everyday word ("包头", "保定") opening the name, cut as a word of its own.
  const opening = placeAt(text, 0);
  if (opening && !isAmbiguousInName(opening) && tokenAt(block, start)?.end === start + opening.form.length) return true;
  let singles = 0;
  for (let at = start; at < end; ) {
    const t = tokenAt(block, at);
    if (!t) break;
    const word = block.text.slice(Math.max(t.start, start) - block.start, Math.min(t.end, end) - block.start);
    const tag = word === t.word ? t.tag : tagOf(word);
    // Unknown words (split into single characters, or not in the dictionary) count unless only known proper nouns do.
    if (word.length === 1 && isHanWord(word) && (!SINGLE_STOP.has(word) || NUMERAL.includes(word))) {
      if (++singles >= 2 && !options.knownOnly) return true;
    } else singles = 0;
    const known = options.knownOnly ? /^(ns|nt|nz|nr)$/.test(tag) : PROPER_TAGS.has(tag) || tag === '';
    // (a kind word the dictionary tags as a place, "新建" ns of 新建区, is the kind: "产业新建中试平台")
    if (word.length >= 2 && isHanWord(word) && known && (options.national || !NATIONAL.has(word)) && !(flagsOf(word) & PARK_KIND_WORD)) return true;
    if (options.allowLatin && /[A-Za-z]{2,}/.test(word)) return true;
    at = Math.min(t.end, end);
  }
  return false;
}

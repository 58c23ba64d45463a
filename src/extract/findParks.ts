// Finds parks (高新区, 开发区, 产业园, 科学城, 综保区, 中试基地, "…谷" nicknames …): names ending in a park
// suffix, extended left over places and proper nouns, with "以下简称" aliases and abbreviations merged into
// one Park per entity, each with its province and city.
import { districtNamedBy, isAmbiguousPlace, placeAt, placesAt, placesIn } from '../lexicon/places.js';
import { PARK_KIND_WORDS, PARK_SUFFIXES, VALLEY_HEADS, VALLEY_WORDS, ZONE_ENDING, parkEndingOf, parkSuffixOf, parkTypeOf } from '../lexicon/parkSuffixes.js';
import { MINISTRY_HEADS } from '../lexicon/orgSuffixes.js';
import { isGenericParkName } from '../resolve/park-key.js';
import { defineStage } from '../stage.js';
import type { Park, ParkType, SourceDoc } from '../types.js';
import { blocksOf, mentionAt, tokenAt, type Block } from './entities/blocks.js';
import { extendLeft, hasProperPart, placeEndingAt, titleStartsAt } from './entities/extendName.js';
import { findAliasDefinitions } from './entities/aliases.js';
import { endingsIn } from './entities/endings.js';
import { isDictWord, tagOf, tokenize } from './entities/tokens.js';
import { Claimed, clusterNames, addRepeatedMentions, type NameCandidate } from './entities/cluster.js';
import { BODY_NAME_AFTER, completeLocation, isPromotionVenue, opensDistantMedia, ContextVotes, isRocDated, isTaiwanPage, isTaiwanShortForm, listedPlaces, locationInName, type Location } from './entities/locate.js';
import { OUTSIDE_MAINLAND, TAIWAN_PROVINCE } from '../lexicon/outsideMainland.js';
import { trimLeadingGeneric, sentenceAround, isSimplifiedVariant } from './entities/text.js';

const QUOTED_VALLEY_RE = /[“"‘]([\p{Script=Han}]{1,5}谷)[”"’]/gu;
const VALLEY_RE = new RegExp(`(?:[${VALLEY_HEADS}]|${VALLEY_WORDS.join('|')})谷`, 'g');
/** Brand parks written with a Latin letter before 谷 ("某某U谷", "某某E谷"): the letter stands for the industry character. */
const LATIN_VALLEY_RE = /(?<=\p{Script=Han})[A-Z]谷/gu;
/** A park name directly followed by these is part of a branch's name ("…高新区分公司"), not a park mention. */
const BRANCH_AFTER = /^(分公司|子公司|支行|分行|营业部|办事处|分局|供电)/;
/**
 * A park name followed by these is the head of another body's name ("…新区产业基金", "…高新区某某公司"): such a
 * mention alone does not make a park. A park's own administration ("…高新区管委会", "…科学园区管理局") does.
 */
const ORG_AFTER = /^(?!管委会|管理委员会|筹委会|党工委|工委|管理局)[^\s，。、；：“”的在和与及是为了将已由被对向把从以给]{0,6}?(局|基金|办公室|委员会|公司|集团|研究院)/;
/** Level designations printed before a zone's name ("国家级", "省级"): the zone's rank, not its name. */
const LEVEL_DESIGNATION = /^(?:国家级|省级|市级|自治区级)/;
/** "基地" alone is too common ("生产基地", "示范基地"): only these kinds of base count as parks. */
const BASE_OK = /(中试|产业|化工|创新创业|创业|产业示范)基地$/;
/**
 * Endings strong enough that any head of ordinary words in front of them names a park ("平安大健康产业园",
 * "市北高新区"); weaker endings (园区, 新区, 新城, 基地, 谷 …) still need a place or a proper noun in the head.
 */
const STRONG_ENDING = /(科学园区|科学园|高新区|高新技术产业开发区|高新技术开发区|高技术产业开发区|经开区|经济技术开发区|经济开发区|开发区|综保区|综合保税区|保税区|产业园|工业园|科技园|软件园|科学城|科技城|创业园|物流园)$/;
/** Word classes that can open a head of ordinary words: direction/place words, an adjective used as a brand ("平安…"), unknown words. */
const NAME_HEAD_TAG = /^(nz|ns|nt|nr|nrt|nrfg|j|s|f|a|)$/;
/** Bare endings a page may use as its only name for its park ("高新区举行…"). */
const BARE_PARK = /(高新区|经开区|开发区|综保区|自贸区)/g;
/** Descriptive words that make "X园区" a kind of park, not a name ("智慧园区", "低碳产业园区"): they do not count as a proper part. */
const GENERIC_MODIFIERS = /(新时代|新时期|新一代|智慧|智能|数字|数字化|绿色|零碳|低碳|生态|特色|现代|现代化|化工|高科技|科技|工匠|示范|标准|专业|创新型|一流|综合|大型|新型|重点|主题|产业|特色产业|医药|经济带|可视化|高水平|高质量|高标准|高能级|世界级|国际化|国际一流)$/;
/** Quoted "…谷" slogans ("世界芯谷") describe an ambition, not a place. */
const SLOGAN_VALLEY = /^(世界|全球|国际)/;
/** Words ending in 园 that are not parks ("公园", "校园", "家园"). */
const NOT_PARK_YUAN = /(公园|花园|家园|校园|庄园|乐园|果园|菜园|陵园|田园|动物园|植物园|幼儿园|园园|茶园|桃园|梨园|游园|入园|开园|建园|出园|全园|本园|该园|园)$/;
const NOT_YUAN_WORD = new RegExp(NOT_PARK_YUAN.source.replace('|园)$', ')$'));
/** Names of bodies a park's name does not run over (a university does: "某某大学科技园"). */
const BODY_WORD = new RegExp(`^(.*(委员会|管委会|公司|集团|政府|管理局|分局|总局)|局|厅|部|署|${MINISTRY_HEADS.source.replace(/\$$/, '')}部)$`);
/** The endings of a park that is hosted inside another zone, and of the zones that host them (global: matchAll). */
const HOSTED_PARK = /^(产业园|工业园|科技园|产业园区|工业园区|园区)$/;
const HOST_ZONE_END = /(高新区|经开区|开发区|综保区|保税区)/g;
/** Maximum length of the part of a park name before its suffix. */
const MAX_HEAD = 20;

interface ParkCandidate extends NameCandidate {
  type: ParkType;
  /** Only ever seen as the head of an organisation's name. */
  inOrg: boolean;
  /** A bare ending standing for the page's only park of that kind ("高新区"): its place is not inferred. */
  bare?: boolean;
  /**
   * A park only when the page prints its name twice: a bare "…园" with a proper head, not after a park, or a
   * chartered zone named with one common noun ("某某高新区" where 某某 is an ordinary word).
   */
  twice?: boolean;
  /** "甲、乙科技园": the span of the ending a listed head shares with the last item (the mention is the head). */
  sharedEnding?: { start: number; end: number };
}

function endsAtWordBoundary(block: Block, end: number): boolean {
  if (end >= block.end) return true;
  const t = tokenAt(block, end - 1);
  if (!t) return true;
  if (t.end === end) return true;
  // "…局局长": jieba joins the suffix with a following title; accept when the rest of the token is one.
  const rest = block.text.slice(end - block.start, t.end - block.start);
  return titleStartsAt(block, end) || /^(管委会|党工委|工委)/.test(rest);
}

/** Where a place (not an ambiguous short form) that ends right at `at` starts, or null. */
function hostBefore(block: Block, at: number): number | null {
  const before = block.text.slice(Math.max(0, at - 6 - block.start), at - block.start);
  const host = placesIn(before).find((p) => p.at + p.form.length === before.length && !isAmbiguousPlace(p));
  return host ? at - before.length + host.at : null;
}

function candidatesIn(block: Block): ParkCandidate[] {
  const out: ParkCandidate[] = [];
  const nested = new Map<number, number>();
  const text = block.text;
  const matches: Array<{ s: number; e: number; subPark?: boolean; latin?: boolean; cut?: boolean }> = [];
  for (const m of endingsIn(block).parks) {
    const s = block.start + m.index;
    let e = s + m.word.length;
    // "…科技园区域内": 区 starts the word 区域, so the ending is the shorter one ("…科技园"), or none ("高新区域").
    if (m.word.endsWith('区') && text[e - block.start] === '域') {
      if (!PARK_SUFFIXES.some(([x]) => x === m.word.slice(0, -1))) continue;
      e -= 1;
      matches.push({ s, e, cut: true });
      continue;
    }
    matches.push({ s, e });
  }
  // Every valley pattern ends in 谷: most blocks have none, and the Unicode look-behind is slow to run.
  const valley = text.indexOf('谷') >= 0;
  for (const m of valley ? text.matchAll(VALLEY_RE) : []) {
    // "光谷" on its own is a nickname only with a proper head or as an alias; the head is checked below.
    matches.push({ s: block.start + m.index! + m[0].length - 1, e: block.start + m.index! + m[0].length });
  }
  for (const m of valley ? text.matchAll(LATIN_VALLEY_RE) : []) matches.push({ s: block.start + m.index! + 1, e: block.start + m.index! + 2, latin: true });
  // "…高新区某某园": a sub-park named after its place, right after the park it belongs to (一区多园).
  // (every 园 not followed by 区, found with indexOf: no regular expression match object for each)
  for (let i = text.indexOf('园'); i >= 0; i = text.indexOf('园', i + 1)) {
    if (text[i + 1] === '区') continue;
    const e = block.start + i + 1;
    if (!matches.some((x) => x.e === e)) matches.push({ s: e - 1, e, subPark: true });
  }
  matches.sort((a, b) => a.s - b.s);
  for (const { s, e: suffixEnd, subPark, latin, cut } of matches) {
    // A sub-park needs a park ending 2–4 characters before it; checked first, as it needs no word cutting.
    const afterPark = nested.has(s - 2) || nested.has(s - 3) || nested.has(s - 4);
    if (subPark && !afterPark && NOT_YUAN_WORD.test(text.slice(Math.max(0, s - 2 - block.start), suffixEnd - block.start))) continue;
    if (!cut && !endsAtWordBoundary(block, suffixEnd)) continue;
    if (subPark) {
      const word = tokenAt(block, suffixEnd - 1);
      if (word && word.end === suffixEnd && word.word.length > 1 && (afterPark ? NOT_PARK_YUAN : NOT_YUAN_WORD).test(word.word)) continue;
      // Only a short head (2–4 characters) right after a park already found: "某某高新区丰台园".
      const head = extendLeft(block, s, { maxChars: 4 });
      const parent = nested.get(head);
      if (parent === undefined) {
        // "某某农博园": a 园 with a proper head of its own; kept only when the page prints it twice.
        // A named garden or scenic spot the dictionary knows ("某和园") is not a park; two-character 园 words are listed above.
        if (word && word.end === suffixEnd && word.word.length > 2 && isDictWord(word.word)) continue;
        const own = extendLeft(block, s, { maxChars: 6, strictVerbs: true, stopAt: BODY_WORD });
        const ownHead = text.slice(own - block.start, s - block.start);
        // One dictionary word before 园 ("科普园", "樱花园") names a kind of garden; a coined or place head names a park.
        const oneWord = isDictWord(ownHead) && !/^(ns|nz|nr|nt)$/.test(tagOf(ownHead)) && !placeAt(ownHead, 0);
        if (s - own < 2 || ownHead.includes('园') || oneWord || !hasProperPart(block, own, s)) continue;
        const name = text.slice(own - block.start, suffixEnd - block.start);
        if (isGenericParkName(name) || GENERIC_MODIFIERS.test(name.slice(0, -1))) continue;
        out.push({ start: own, end: suffixEnd, name, type: 'industrial-park', article: block.article, proper: true, inOrg: false, block, twice: true });
        continue;
      }
      if (s - head < 2 || s - head > 4) continue;
      const name = text.slice(parent - block.start, suffixEnd - block.start);
      out.push({ start: parent, end: suffixEnd, name, type: 'industrial-park', article: block.article, proper: true, inOrg: false, block });
      nested.set(suffixEnd, parent);
      continue;
    }
    const suffix = text.slice(s - block.start, suffixEnd - block.start);
    // "某某科学园某地分园": a branch is named after the place it is in, printed right before 分园.
    if (suffix === '分园' && ![2, 3, 4].some((k) => placeAt(text, s - k - block.start)?.form.length === k)) continue;
    let start = extendLeft(block, s, { maxChars: MAX_HEAD, nested, strictVerbs: true, stopAt: BODY_WORD, apartAtDash: true });
    start = trimLeadingGeneric(block, start, s);
    // "白石角和科学园": 和 before a park's bare kind (科学园, 产业园) joins a place and the park, two things
    // (looked for in the head only: a search back through the block for every ending would be quadratic)
    const and = text.slice(start - block.start, s - block.start).lastIndexOf('和');
    if (and >= 0 && isBareKind(text.slice(start - block.start + and + 1, suffixEnd - block.start))) start += and + 1;
    // "某某经开区某地某某产业园", "高新区某某贸易园区": an industrial park named after a zone that hosts it is a
    // park of its own with its own name; the zone before it says where it is (a 片区 or a short "…园" branch
    // is named with its parent, above and in the suffix list).
    if (HOSTED_PARK.test(text.slice(s - block.start, suffixEnd - block.start))) {
      const head = text.slice(start - block.start, s - block.start);
      let cut = -1;
      for (const m of head.matchAll(HOST_ZONE_END)) cut = m.index! + m[0].length;
      const own = head.slice(cut);
      // The hosted park is named apart when its name starts with a place of its own, or when the host is only a
      // generic "高新区"; "某市高新区人力资源产业园" is the zone's own themed park and keeps the zone's name.
      const ownPlace = placeAt(own, 0);
      if (cut > 0 && own.length >= 2 && ((ownPlace && !isAmbiguousPlace(ownPlace)) || head.slice(0, cut).replace(HOST_ZONE_END, '') === '')) start += cut;
    }
    // "某市·某某科技园": a branch park is named after the city that hosts it, joined by a middle dot
    if (text[start - 1 - block.start] === '·') start = hostBefore(block, start - 1) ?? start;
    // a level designation before the name ("国家级某某经开区", "省级某某高新区") is not part of it
    const level = LEVEL_DESIGNATION.exec(text.slice(start - block.start, s - block.start));
    if (level && start + level[0].length < s) start += level[0].length;
    // "新建区级科技产业园区": a level word inside the head ends what came before it (新建区 only looks like a district)
    const innerLevel = /(?:省|市|区|县)级/.exec(text.slice(start - block.start, s - block.start));
    if (innerLevel && innerLevel.index > 0) start += innerLevel.index + innerLevel[0].length;
    // "莘县预制菜产业园": a verb right after a place read as the place's predicate may be a word of the name; printed
    // twice, the whole is a name
    // (the name was cut after the verb: start is where the verb ends)
    const verb = start < s && start > block.start ? tokenAt(block, start - 1) : null;
    const placeStart = verb && verb.end === start && verb.word.length >= 2 && verb.tag === 'v' ? placeEndingAt(block, verb.start) : -1;
    if (placeStart >= 0) {
      const whole = text.slice(placeStart - block.start, suffixEnd - block.start);
      const after = text.slice(suffixEnd - block.start, suffixEnd - block.start + 12);
      out.push({ start: placeStart, end: suffixEnd, name: whole, type: parkTypeOf(whole) ?? 'other', article: block.article, proper: true, inOrg: ORG_AFTER.test(after), block, twice: true });
    }
    // (a bracket after the name holding its district, "某某经开区(某某区)", is not part of it: the zone and the
    // district it is run with are two things)
    const end = suffixEnd;
    const name = text.slice(start - block.start, end - block.start);
    if (s === start) continue;
    if (name.endsWith('基地') && !BASE_OK.test(name)) continue;
    if (isGenericParkName(name)) continue;
    // "被评为先进国家高新区", "优秀园区": praise opening the name makes it an honour a park is given, not a park
    if (PRAISE_HEAD.test(name)) continue;
    // "国家高新区园区生产总值", "某高新区园区企业": 园区 right after a zone's name is the common noun for it
    if (suffix === '园区' && /(?:高新区|经开区|开发区|综保区|保税区|新区)$/.test(text.slice(start - block.start, s - block.start))) continue;
    // "中科全园区已引进…": 全 before the ending is "the whole of" the park named before it, no part of a name
    if (text[s - 1 - block.start] === '全' && /^园区$/.test(suffix)) continue;
    if (isProvinceCollective(name, s - start)) continue;
    // "海关总署自贸区和特殊区域发展司": a head that is a ministry or an administration names its department's field
    // (not a region's part, "南部科学园区", nor a headquarters, "某某总部产业园")
    if (/(?:总署|[^东西南北中总]部|厅)$/.test(text.slice(start - block.start, s - block.start))) continue;
    // "中西部国家级高新区", "东部园区": parks of a macro-region are a class, not one park.
    if (MACRO_REGION_HEAD.test(text.slice(start - block.start, s - block.start))) continue;
    // "《中华人民共和国海关综合保税区管理办法》": a law names a kind of park, not one
    if (name.startsWith('中华人民共和国')) continue;
    const after = text.slice(end - block.start, end - block.start + 12);
    if (BRANCH_AFTER.test(after)) continue;
    let headEnd = s;
    for (let m = text.slice(start - block.start, headEnd - block.start).match(GENERIC_MODIFIERS); m && headEnd - m[0].length >= start; ) {
      headEnd -= m[0].length;
      m = text.slice(start - block.start, headEnd - block.start).match(GENERIC_MODIFIERS);
    }
    // "…园区" is mostly a common noun ("把课堂搬进产业园区"): it needs a place or a known proper noun.
    // A head made only of descriptive words ("科技产业园区") is a kind of park, not a name.
    if (headEnd === start && suffix !== '谷') continue;
    let proper = hasProperPart(block, start, headEnd, { knownOnly: /园区$/.test(suffix) });
    // A head of ordinary words ("市北", "平安大健康") names a park before a strong ending, unless it is only verbs.
    if (!proper && STRONG_ENDING.test(name) && headEnd - start >= 2) proper = hasNounishWord(block, start, headEnd);
    // A county-level city's short form that is also a word ("龙口", "仙桃") is the city before a zone's ending.
    if (!proper && ZONE_ENDING.test(suffix) && placeAt(text, start - block.start)?.form === text.slice(start - block.start, headEnd - block.start)) proper = true;
    // A chartered zone named with one common noun of its own ("某某高新区", 某某 an ordinary word): zones of this
    // kind are named, not kinds of zone, unless the noun is a kind or a scope word. Printed twice, it is a name.
    let twice = false;
    if (!proper && ZONE_ENDING.test(suffix) && headEnd === s && isNounHead(block, start, s)) proper = twice = true;
    // "哈新区", "哈经开区": a zone named by the first character of its city, a city the page names in full (哈尔滨市)
    if (!proper && s - start === 1 && (ZONE_ENDING.test(suffix) || suffix === '新区') && cityWithInitial(block.source, text[start - block.start]!)) proper = true;
    // "某某U谷": a brand head of two or more characters before the letter.
    if (latin && s - 1 - start >= 2 && !/(新城|新区|高新区|科学城)$/.test(text.slice(start - block.start, s - 1 - block.start))) proper = true;
    // "中国声谷", "中国光谷": a nickname the country's name opens, on one character of the industry
    else if (suffix === '谷' && s - start === 3 && text.startsWith('中国', start - block.start) && VALLEY_HEADS.includes(text[s - 1 - block.start]!)) proper = true;
    else if (suffix === '谷' && (!proper || s - 1 - start < 2 || /(新城|新区|高新区|科学城)$/.test(text.slice(start - block.start, s - 1 - block.start)))) continue;
    const type = parkTypeOf(name) ?? 'other';
    out.push({ start, end, name, type, article: block.article, proper, inOrg: ORG_AFTER.test(after), block, twice });
    if (proper) nested.set(end, start);
    if (proper && s - start <= 4) out.push(...sharingEnding(block, start, s, end, type));
  }
  // "广东自贸试验区横琴片区": an area of a zone, named after its place right after the zone's name, is a park of its own.
  for (const m of text.indexOf('片区') >= 0 ? text.matchAll(/片区/g) : []) {
    const s = block.start + m.index!;
    const k = [2, 3, 4].find((n) => nested.has(s - n) && /^\p{Script=Han}+$/u.test(text.slice(s - n - block.start, s - block.start)));
    if (k === undefined || out.some((c) => c.start < s + 2 && s < c.end && c.end !== s - k)) continue;
    const parent = nested.get(s - k)!;
    const name = text.slice(parent - block.start, s + 2 - block.start);
    out.push({ start: parent, end: s + 2, name, type: parkTypeOf(name) ?? 'demonstration-zone', article: block.article, proper: true, inOrg: false, block });
    nested.set(s + 2, parent);
  }
  for (const m of valley ? text.matchAll(QUOTED_VALLEY_RE) : []) {
    const start = block.start + m.index! + 1;
    const name = m[1]!;
    if (name.length < 2 || SLOGAN_VALLEY.test(name) || out.some((c) => c.start <= start && c.end >= start + name.length)) continue;
    // Nicknames are coinages ("细胞谷", "氢谷"); a dictionary word in quotes ("低谷", "硅谷") is not one.
    if (isDictWord(name)) continue;
    out.push({ start, end: start + name.length, name, type: 'valley', article: block.article, proper: true, inOrg: false, block });
  }
  return out;
}

/** True when the text is a park's kind alone, an ending or a generic name ("科学园", "产业园区"). */
function isBareKind(text: string): boolean {
  return isGenericParkName(text) || parkSuffixOf(text) === text;
}

// The page cityWithInitial last read, and the initials of the cities it names in full.
let initialsSource: string | null = null;
let initials = new Set<string>();

/** True when the page names in full a city (not a county or a province) whose name starts with the character. */
function cityWithInitial(source: string, initial: string): boolean {
  if (initialsSource !== source) {
    initialsSource = source;
    initials = new Set();
  }
  if (initials.has(initial)) return true;
  for (let at = source.indexOf(initial); at >= 0; at = source.indexOf(initial, at + 1)) {
    const p = placeAt(source, at);
    if (p && p.full && p.level === 'city' && p.form.length >= 3) {
      initials.add(initial);
      return true;
    }
  }
  return false;
}

/** The provinces outside the mainland (Taiwan, Hong Kong, Macau), whose own places the gazetteer does not list. */
const OUTSIDE_MAINLAND_PROVINCES = new Set(OUTSIDE_MAINLAND.map((p) => p.province));

/** Words of praise that open an honour's name ("先进…", "优秀…", "十佳…"), never a park's. */
const PRAISE_HEAD = /^(?:先进|优秀|十佳|百强|最佳|模范)/;

/**
 * "包括甲、乙、丙科技园": short heads listed before a park share its ending, and each names a park of its own
 * ("甲科技园"). Each mention is the printed head; the name joins it to the shared ending.
 */
function sharingEnding(block: Block, headStart: number, suffixStart: number, suffixEnd: number, type: ParkType): ParkCandidate[] {
  const text = block.text;
  const suffix = text.slice(suffixStart - block.start, suffixEnd - block.start);
  const out: ParkCandidate[] = [];
  let end = headStart;
  const lastHead = text.slice(headStart - block.start, suffixStart - block.start);
  const lastIsPlace = placeAt(lastHead, 0)?.form === lastHead;
  while (text[end - 1 - block.start] === '、') {
    const itemEnd = end - 1;
    const start = extendLeft(block, itemEnd, { maxChars: 8, strictVerbs: true });
    const head = text.slice(start - block.start, itemEnd - block.start);
    if (head.length > 4) break;
    // An item is a short proper head, not a phrase or a kind ("生物、医药产业园"), nor a park of its own.
    // A division ("某某区、某某经开区") or a body ("…交易中心、…产业园") is a thing of its own.
    if (head.length < 2 || !/^\p{Script=Han}+$/u.test(head) || parkSuffixOf(head) || PARK_KIND_WORDS.has(head) || !hasProperPart(block, start, itemEnd)) break;
    if (placeAt(head, 0)?.full || /(区|县|镇|乡|中心|公司|集团|基地|园|城|海关|局|委|会|院|厅|办)$/.test(head)) break;
    // After a place's park ("…、某市经开区") the list is of places; a name there is a person's ("主任某某、").
    if (lastIsPlace && placeAt(head, 0)?.form !== head) break;
    out.push({ start, end: itemEnd, name: head + suffix, type, article: block.article, proper: true, inOrg: false, block, sharedEnding: { start: suffixStart, end: suffixEnd } });
    end = start;
  }
  return out;
}

// "甲、乙、丙等三大产业园区": a list of short heads closed by 等 and a count of parks of one kind.
const LISTED_KIND = /((?:[\p{Script=Han}]{2,4}、)+[\p{Script=Han}]{2,4})等(?:[一二三四五六七八九十两几\d]{1,2}[个大座家]?)?(?:产业园区|工业园区|科技园区|园区|产业园|开发区|高新区|经开区|综保区|工业园)/gu;

/** The end of LISTED_KIND (or a little more): a quick test whether a block can hold a match at all. */
const LISTED_KIND_END = /等[一二三四五六七八九十两几\d]{0,2}[个大座家]?(?:园区|产业园|开发区|高新区|经开区|综保区|工业园|科技园区)/;

/**
 * Each head of "甲、乙、丙等三大产业园区" names a park of that kind; the page gives no fuller name, so the
 * name is the head as printed. Heads are short proper words, not kinds ("生物、医药等产业园区") or divisions.
 */
function listedBeforeKind(block: Block, found: ParkCandidate[]): ParkCandidate[] {
  const out: ParkCandidate[] = [];
  // Every match holds a list comma, ends in 等 and a kind, and starts at most four characters before the block's first
  // comma: most blocks hold no such list, and the pattern (tried at every position) need not run over them.
  const comma = block.text.indexOf('、');
  if (comma < 0 || !LISTED_KIND_END.test(block.text)) return out;
  // (matchAll starts from the pattern's lastIndex)
  LISTED_KIND.lastIndex = Math.max(0, comma - 4);
  for (const m of block.text.matchAll(LISTED_KIND)) {
    const type = parkTypeOf(m[0]) ?? 'industrial-park';
    const heads: Array<{ start: number; end: number }> = [];
    let at = block.start + m.index!;
    for (const head of m[1]!.split('、')) {
      heads.push({ start: at, end: at + head.length });
      at += head.length + 1;
    }
    // the first item may carry the words before the list ("包括甲"): its head starts where a name would
    heads[0]!.start = extendLeft(block, heads[0]!.end, { maxChars: 4, strictVerbs: true });
    // (not a verb the list is the object of: "加强铜锣、宜兰等园区的招商")
    const lead = tokenAt(block, heads[0]!.start);
    if (lead && lead.start === heads[0]!.start && lead.end < heads[0]!.end && lead.word.length >= 2 && lead.tag === 'v') heads[0]!.start = lead.end;
    const names = heads.map((h) => block.text.slice(h.start - block.start, h.end - block.start));
    // Heads are short names, most of them proper words, none a kind ("生物、医药等产业园区") or a division.
    if (names.some((n) => n.length < 2 || PARK_KIND_WORDS.has(n) || placeAt(n, 0)?.full)) continue;
    if (heads.filter((h) => hasProperPart(block, h.start, h.end)).length * 2 < heads.length) continue;
    heads.forEach((h, i) => {
      if (found.some((c) => c.start < h.end && h.start < c.end)) return;
      out.push({ start: h.start, end: h.end, name: names[i]!, type, article: block.article, proper: true, inOrg: false, block });
    });
  }
  return out;
}

/** Endings that after a province's name alone name the province's parks of that kind, not one park. */
const COLLECTIVE_ENDING = /^(开发区|经开区|经济开发区|经济技术开发区|高新区|高新技术产业开发区|园区|产业园区|工业园区|综保区|综合保税区)$/;

/**
 * "山西省开发区2024年第三次…活动", "某省高新区创新能力评价": a province (not a municipality, whose 高新区 is one
 * park) followed only by a kind ending is all of its parks of that kind. (A province's 自贸区 or 自由贸易港 is one zone.)
 */
function isProvinceCollective(name: string, headLength: number): boolean {
  // (the kind's ending first: it rules out most names without a look-up of places)
  if (!COLLECTIVE_ENDING.test(name.slice(headLength))) return false;
  // ("浙江省国家级经开区": the province's parks of a national rank are a class too)
  const level = /(?:国家级|省级)$/.exec(name.slice(0, headLength));
  const head = name.slice(0, headLength - (level?.[0].length ?? 0));
  // (a province that shares its short form with its capital city, "吉林", names the city's park: "吉林高新区")
  const whole = placesAt(head, 0).filter((p) => p.form === head);
  return whole.some((p) => p.level === 'province') && !whole.some((p) => p.level === 'city');
}

/** A head that only names a macro-region, perhaps with a level ("中西部国家级"): a class of parks. */
// (and the regions of the State's major regional strategies, as the 14th Five-Year Plan lists them: 京津冀, 长江经济带,
// 粤港澳大湾区, 长三角, 黄河流域, 成渝地区双城经济圈; with 珠三角, the older planning region)
const MACRO_REGION_HEAD =
  /^(?:东部|西部|中部|东北|中西部|东中西部|东中部|西北|西南|东南|华东|华南|华北|华中|沿海|沿边|沿江|内陆|南方|北方|长江经济带|黄河流域|京津冀|长三角|珠三角|粤港澳大湾区|成渝地区双城经济圈)+(?:地区)?(?:国家级|省级|市级)?(?:转型升级|转型|升级|高质量发展|生态文明|绿色发展)?(?:示范)?$/;
/** Words that say where or how far, not which ("全国", "本市", "世界"): not a zone's own name. */
const SCOPE_WORD = /^(全|本|各|我|该|此|世界|国际|国家|国内|海外|境外)/;

/** True when [start, end) is one common noun of two or three characters that is neither a kind nor a scope word. */
function isNounHead(block: Block, start: number, end: number): boolean {
  const t = tokenAt(block, start);
  if (!t || t.start !== start || t.end !== end || t.word.length < 2 || t.word.length > 3 || t.tag !== 'n') return false;
  return /^\p{Script=Han}+$/u.test(t.word) && !PARK_KIND_WORDS.has(t.word) && !GENERIC_MODIFIERS.test(t.word) && !SCOPE_WORD.test(t.word);
}

/**
 * True when [start, end) is a head of ordinary words that can name a park: Han words only, a noun, place/direction
 * or unknown word among them, and no verb or conjunction ("推进…产业园", "材料和能源产业园" describe, not name).
 */
function hasNounishWord(block: Block, start: number, end: number): boolean {
  let first = true;
  for (let at = start; at < end; ) {
    const t = tokenAt(block, at);
    if (!t) return false;
    const word = block.text.slice(Math.max(t.start, start) - block.start, Math.min(t.end, end) - block.start);
    const tag = word === t.word ? t.tag : tagOf(word);
    if (!/^\p{Script=Han}+$/u.test(word) || /^(v|vd|vi|vg|vn|c|p|d|u)/.test(tag) || /[和与及]/.test(word)) return false;
    // The first word carries the name: a direction or place word ("市北", "北方"), a word used as a brand ("平安"),
    // or an unknown word; a common noun or a kind word there ("物流…", "当地…", "沿海…") describes a kind of park.
    // (a common noun that is also the name of one district, "光明科学城" of 光明区, is the district: "当地…" is a kind)
    if (first && (word.length < 2 || PARK_KIND_WORDS.has(word) || GENERIC_MODIFIERS.test(word) || !(NAME_HEAD_TAG.test(tag) || districtNamedBy(word)))) return false;
    first = false;
    at = Math.min(t.end, end);
  }
  return !first;
}

/**
 * "高新区举行…", "下一步，高新区将…": a bare ending used as a clause subject, on a page that prints no fuller
 * name with that ending, names the page's own park. Needs two such subject uses.
 */
function bareParks(blocks: Block[], candidates: ParkCandidate[]): ParkCandidate[] {
  const proper = candidates.filter((c) => c.proper);
  const endings = new Set(proper.map((c) => parkEndingOf(c.name)?.canonical));
  const byEnding = new Map<string, ParkCandidate[]>();
  for (const block of blocks) {
    for (const m of block.text.matchAll(BARE_PARK)) {
      const start = block.start + m.index!;
      const end = start + m[0].length;
      const before = block.text[m.index! - 1] ?? '';
      if (before && !/[，,。；;：:！!？?\s]/.test(before)) continue;
      const t = tokenAt(block, start);
      if (t && (t.start < start || t.end > end)) continue;
      if (ORG_AFTER.test(block.text.slice(end - block.start, end - block.start + 12))) continue;
      const canonical = parkEndingOf(m[0])!.canonical;
      // (nor one that ends a fuller name on the page: "开发区" after "高邮经济开发区")
      if (endings.has(canonical) || proper.some((c) => c.name.endsWith(m[0]))) continue;
      const list = byEnding.get(canonical) ?? [];
      list.push({ start, end, name: m[0], type: parkTypeOf(m[0]) ?? 'other', article: block.article, proper: true, inOrg: false, block, bare: true });
      byEnding.set(canonical, list);
    }
  }
  const out: ParkCandidate[] = [];
  for (const list of byEnding.values()) if (list.length >= 2) out.push(...list);
  return out;
}

/**
 * "海口综保区" abbreviates "海口某某综合保税区" only if what it leaves out after its own head is descriptive
 * ("沈抚示范区" for "沈抚改革创新示范区", or a partnership's short name); a common noun or a division there
 * names a different park of the same city.
 */
function parkAbbreviates(shortHead: string, longHead: string): boolean {
  // "杭州经开区" is not "宁波杭州湾经开区": a short head that is a place names the park of that place, which a name
  // opening with another place is not
  const place = placeAt(shortHead, 0);
  const lead = placeAt(longHead, 0);
  if (place?.form === shortHead && place.level !== 'county' && lead && !longHead.startsWith(shortHead) && !longHead.endsWith(shortHead)) {
    const within = placesAt(shortHead, 0).some((p) => p.form === shortHead && p.province === lead.province && (lead.level === 'province' || p.city === lead.city));
    if (!within) return false;
  }
  if (!longHead.startsWith(shortHead) || longHead.length === shortHead.length) return true;
  const rest = longHead.slice(shortHead.length);
  // "泉州经开区" for "泉州市经开区": the city's short form for its full name
  if (lead?.full && lead.form === longHead && place?.city === lead.city) return true;
  if (placeAt(rest, 0)?.form === rest) return false;
  if (/^(n|s|f)$/.test(tagOf(rest))) return false;
  // (nor a field the park is for, "粤澳合作中医药科技产业园" beside "粤澳合作产业园": a noun among the words left out)
  return !tokenize(rest, 0, rest.length).some((t) => /^(n|s|f)/.test(t.tag) && t.word.length >= 2);
}

/**
 * "中科园区" for "中部科学园区": a two-character head made of the first characters of the two words before a
 * park's 园区, a common way of shortening a name (首字缩略). Only names of the page are paired.
 */
function initialsLinks(candidates: ParkCandidate[]): Array<[ParkCandidate, ParkCandidate]> {
  const links: Array<[ParkCandidate, ParkCandidate]> = [];
  const shorts = candidates.filter((c) => c.name.length === 4 && c.name.endsWith('园区'));
  if (!shorts.length) return links;
  for (const long of candidates) {
    if (!long.proper || !long.name.endsWith('园区') || long.name.length < 6 || long.name.length > 8) continue;
    const words = tokenize(long.name, 0, long.name.length - 2);
    if (words.length !== 2 || words.some((w) => w.word.length !== 2)) continue;
    const initials = words[0]!.word[0]! + words[1]!.word[0]! + '园区';
    for (const short of shorts) if (short.name === initials) links.push([long, short]);
  }
  return links;
}

/** Other written forms of a name: without its leading province ("南江省江城市…" → "江城市…"). */
function derivedForms(name: string): string[] {
  const p = placeAt(name, 0);
  if (!p || p.level !== 'province' || name.length - p.form.length < 4) return [];
  const rest = name.slice(p.form.length);
  return placeAt(rest, 0) ? [rest] : [];
}

interface Located {
  park: Park;
  group: ParkCandidate[];
  main: ParkCandidate;
  first: ParkCandidate;
}

/** A row of a ranking printed as text: a rank (and its list mark), then a short name and perhaps a region. */
const RANKING_ROW = /^\s*\d{1,3}\s*[、.．]?\s*\p{Script=Han}[^，。；！？,;!?]{1,38}$/u;

/**
 * Province and city: from the divisions in the park's names; else from the nearest located park or place in
 * one of its sentences (a park inside a bigger one); else the places its article, then the document, names most.
 */
function locateParks(located: Located[], context: ContextVotes, taiwanPage: boolean, rocDated: boolean): void {
  const own = new Map<Located, Location | null>();
  for (const l of located) {
    let loc: Location | null = null;
    for (const c of [l.main, ...l.group]) if ((loc = locationInName(c.name, taiwanPage))) break;
    own.set(l, loc);
  }
  // Parks their names locate first: the others may lie where the article's main park does (below).
  const order = [...located.filter((l) => own.get(l)), ...located.filter((l) => !own.get(l))];
  const mates = listMatesOf(located);
  for (const l of order) {
    let loc = own.get(l) ?? null;
    if (!loc) {
      // Parks named after the same locality ("云溪科学城", "云溪药谷") lie where the located one does.
      const head = l.main.name.slice(0, 2);
      const sibling = located.find((o) => o !== l && own.get(o)?.city && o.group.some((c) => c.name.includes(head)));
      if (sibling) loc = own.get(sibling)!;
    }
    // "某某科技园区、深圳高新技术产业园区、上海…": a park listed beside parks their names place in different cities
    // need lie in none of them, and the places around it are theirs: it is placed only as far as they agree
    // (a mate placed only by a weak form is no evidence either way)
    const beside = loc ? [] : [...mates.get(l)!].flatMap((o) => own.get(o) ?? []).filter((b) => !b.weak);
    if (beside.length && beside.some((b) => b.province !== beside[0]!.province || b.city !== beside[0]!.city)) {
      const province = beside.every((b) => b.province === beside[0]!.province) ? beside[0]!.province : null;
      l.park.province = province ?? (rocDated ? TAIWAN_PROVINCE : null);
      l.park.city = null;
      continue;
    }
    // A weak name-place ("昆山…") whose city the article names in a strong form is as good as a strong one.
    if (loc?.weak && loc.city && context.article(l.first.article).cities.has(loc.city)) loc = { province: loc.province, city: loc.city };
    if (!loc?.city || loc.weak) {
      const near = nearestInSentences(l, located, own, taiwanPage, mates.get(l)!);
      // A weak name-place ("白银…") stands unless a place of another province is nearer in its sentences.
      if (near && (!loc || (loc.weak ? near.province !== loc.province : loc.province === near.province))) loc = near;
    }
    if (loc?.weak) {
      // A weak name-place loses to a city the article names more than once in another province.
      const article = context.article(l.first.article);
      const top = article.topCity();
      const votes = top ? article.cities.get(top.city)!.n : 0;
      if (top && votes >= 2 && top.province !== loc.province) loc = { province: top.province, city: top.city };
      // ...and to Hong Kong, Macau or Taiwan named once on a page about it: a mainland county's short form there is
      // one of its own places ("大埔创新园" on a Hong Kong page is 大埔, not 梅州's 大埔县)
      else if (top && OUTSIDE_MAINLAND_PROVINCES.has(top.province) && !OUTSIDE_MAINLAND_PROVINCES.has(loc.province ?? '')) loc = { province: top.province, city: top.city };
    }
    // A ranking's row ("18、某某经济技术开发区") names its park alone: the table's other rows, and the places the article
    // names around it, are no evidence of where it lies.
    if (!loc && l.group.every((c) => RANKING_ROW.test(c.block.text))) {
      l.park.province = rocDated ? TAIWAN_PROVINCE : null;
      l.park.city = null;
      continue;
    }
    // "某某经济开发区…蓝湾纺织产业园、…": a park nothing locates lies where the park its article names most does,
    // unless the article names another city more often (a city named in passing, "在北京召开座谈会", is no evidence).
    if (!loc) {
      const home = mainParkOf(l, order, own);
      const top = context.article(l.first.article).topCity();
      if (home && home.mentions >= 1 && (!top || context.article(l.first.article).cities.get(top.city)!.n <= home.mentions)) loc = home.location;
    }
    const done = loc?.city
      ? loc
      : completeLocation(loc, [context.article(l.first.article), () => context.all, () => context.weakArticle(l.first.article)]);
    // A page dated in the years of the Republic of China ("108年12月") is from Taiwan, where its parks are.
    if (!done.province && rocDated) done.province = TAIWAN_PROVINCE;
    l.park.province = done.province;
    l.park.city = done.city;
  }
}

/** The located park (by its name) its article names most, with its final location and mentions there. */
function mainParkOf(l: Located, located: Located[], own: Map<Located, Location | null>): { location: Location; mentions: number } | null {
  let best: { location: Location; mentions: number } | null = null;
  for (const o of located) {
    if (o === l || !own.get(o) || !o.park.city) continue;
    let mentions = 0;
    for (const c of o.group) if (c.block.article === l.first.article) mentions++;
    if (!best || mentions > best.mentions) best = { location: { province: o.park.province, city: o.park.city }, mentions };
  }
  return best;
}

/** Verbs that locate what follows them ("位于某县", "落户某县"). */
const LOCATING = /(位于|地处|坐落于|坐落在|落户|落户于|落户到)$/;

/**
 * Whether a place in a park's sentence says where the park is: not when it opens another body's name, and a
 * county's short form ("某某" for 某某县) only with its division suffix or after a locating verb.
 */
function isLocationEvidence(sentence: string, p: { at: number; form: string; level: string; full: boolean }): boolean {
  const after = sentence.slice(p.at + p.form.length);
  if (BODY_NAME_AFTER.test(after) || opensDistantMedia(after.slice(0, 5)) || isPromotionVenue(sentence, p.at, p.at + p.form.length)) return false;
  // "某某(北京)科技有限公司": a place in brackets inside a company's name is where the company is registered
  if (/^[)）]/.test(after) && /[(（]$/.test(sentence.slice(0, p.at)) && BODY_NAME_AFTER.test(after.slice(1))) return false;
  if (p.level === 'county' && !p.full && !LOCATING.test(sentence.slice(Math.max(0, p.at - 4), p.at))) return false;
  return true;
}

/**
 * The parks each park is listed with, through the whole of each list ("甲、乙、丙"): mentions next to each other with
 * only a list mark between are joined, in one pass over the mentions in text order.
 */
function listMatesOf(located: Located[]): Map<Located, Set<Located>> {
  const root = new Map<Located, Located>(located.map((l) => [l, l]));
  const find = (l: Located): Located => {
    let r = l;
    while (root.get(r) !== r) r = root.get(r)!;
    root.set(l, r);
    return r;
  };
  const mentions = located.flatMap((l) => l.group.map((c) => ({ l, c }))).sort((a, b) => a.c.start - b.c.start);
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (a.l !== b.l && listedTogether(a.c, b.c)) root.set(find(a.l), find(b.l));
  }
  const groups = new Map<Located, Set<Located>>();
  for (const l of located) {
    const r = find(l);
    if (!groups.has(r)) groups.set(r, new Set());
    groups.get(r)!.add(l);
  }
  const out = new Map<Located, Set<Located>>();
  for (const l of located) {
    const mates = new Set(groups.get(find(l)));
    mates.delete(l);
    out.set(l, mates);
  }
  return out;
}

/** True when two mentions are items of one list ("甲园区、乙园区", "甲和乙"): nothing but a list mark between them. */
function listedTogether(a: { block: Block; start: number; end: number }, b: { block: Block; start: number; end: number }): boolean {
  if (a.block !== b.block) return false;
  const between = b.start >= a.end ? a.block.text.slice(a.end - a.block.start, b.start - a.block.start) : a.block.text.slice(b.end - a.block.start, a.start - a.block.start);
  return /^\s*[、和及与]\s*$/u.test(between);
}

function nearestInSentences(l: Located, located: Located[], own: Map<Located, Location | null>, taiwanPage: boolean, mates: ReadonlySet<Located>): Location | null {
  let best: { d: number; loc: Location } | null = null;
  // The first few mentions say where a park is as well as all of them would.
  for (const c of l.group.slice().sort((a, b) => a.start - b.start).slice(0, 4)) {
    const sentence = sentenceAround(c.block, c.start, c.end);
    const offset = c.block.text.indexOf(sentence) + c.block.start;
    const consider = (at: number, loc: Location | null) => {
      if (!loc?.province || loc.weak) return;
      // Places before the name weigh more than places after it ("位于南江江城…的X", "X在云溪举行").
      const d = at <= c.start ? c.start - at : (at - c.end) * 2 + 1;
      if (!best || d < best.d) best = { d, loc };
    };
    // "某某科技园区、深圳高新技术产业园区…": the parks listed with this one lie where they lie, not where this one
    // does, and so do the places inside their names
    for (const other of located) {
      if (other === l || mates.has(other)) continue;
      const loc = own.get(other);
      for (const oc of other.group) if (oc.block === c.block && oc.start >= offset && oc.end <= offset + sentence.length) consider(oc.start, loc ?? null);
    }
    const places = placesIn(sentence);
    const listed = listedPlaces(sentence, places);
    const mateMentions = [...mates].flatMap((o) => o.group.filter((oc) => oc.block === c.block));
    for (const [i, p] of places.entries()) {
      if (listed.has(i) || isAmbiguousPlace(p) || !isLocationEvidence(sentence, p) || (!taiwanPage && isTaiwanShortForm(p))) continue;
      const at = offset + p.at;
      if (at >= c.start && at < c.end) continue;
      if (mateMentions.some((m) => at >= m.start && at < m.end)) continue;
      consider(at, { province: p.province, city: p.city });
    }
  }
  return best ? (best as { loc: Location }).loc : null;
}

export function recognizeParks(doc: SourceDoc): Park[] {
  const blocks = blocksOf(doc);
  const candidates: ParkCandidate[] = [];
  for (const block of blocks) candidates.push(...candidatesIn(block));
  // Some candidates count only when their name is printed at least twice (see `twice`).
  const printed = new Map<string, number>();
  for (const c of candidates) if (c.twice) printed.set(c.name, (printed.get(c.name) ?? 0) + 1);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.twice && (printed.get(c.name) ?? 0) < 2 && !candidates.some((o) => o !== c && !o.twice && o.name === c.name)) candidates.splice(i, 1);
  }
  // "某某科学城园区": a park's name with a bare 园区 after it names the same park (of the inner name's kind, see
  // parkTypeOf); the inner name found at the same place is no park of its own there. Only names that start
  // together are compared (not every pair of the page's candidates), latest first; a name found inner is no
  // grounds for another.
  const byStart = new Map<number, ParkCandidate[]>();
  for (const c of candidates) {
    const same = byStart.get(c.start);
    if (same) same.push(c);
    else byStart.set(c.start, [c]);
  }
  const inner = new Set<ParkCandidate>();
  for (const same of byStart.values()) {
    if (same.length < 2) continue;
    for (let i = same.length - 1; i >= 0; i--) {
      const c = same[i]!;
      if (same.some((o) => o !== c && !inner.has(o) && o.block === c.block && o.end > c.end && /^(?:园区|片区)$/.test(o.name.slice(c.name.length)))) inner.add(c);
    }
  }
  for (let i = candidates.length - 1; i >= 0 && inner.size; i--) if (inner.has(candidates[i]!)) candidates.splice(i, 1);
  candidates.push(...bareParks(blocks, candidates));
  for (const block of blocks) candidates.push(...listedBeforeKind(block, candidates));
  // "X（以下简称Y）": Y names the park X.
  const aliasLinks: Array<[ParkCandidate, ParkCandidate]> = [];
  for (const def of findAliasDefinitions(blocks)) {
    const target = candidates.find((c) => c.end === def.targetEnd && c.block === def.block);
    if (!target) continue;
    let alias = candidates.find((c) => c.start === def.start && c.end === def.end);
    if (!alias) {
      alias = { ...target, start: def.start, end: def.end, name: def.name, proper: true, inOrg: false, isAlias: true };
      candidates.push(alias);
    } else {
      alias.proper = true;
      alias.isAlias = true;
    }
    aliasLinks.push([target, alias]);
  }
  aliasLinks.push(...initialsLinks(candidates));
  const groups = clusterNames(candidates, aliasLinks, { endingOf: parkEndingOf, abbreviates: parkAbbreviates });
  const claimed = new Claimed(doc.analysisText.length, candidates);
  // Place votes of an article (or the document) are counted only when a park's name and sentences give no city.
  const taiwanPage = isTaiwanPage(doc);
  const context = new ContextVotes(blocks, taiwanPage);
  const parks: Park[] = [];
  const located: Located[] = [];
  const kept = groups.filter((group) => group.some((c) => c.proper) && !group.every((c) => c.inOrg));
  addRepeatedMentions(blocks, kept, claimed);
  for (const group of kept) {
    const names = group.filter((c) => !c.isAlias);
    // The longest name, printed whole rather than joined from a listed head where the page has both.
    const main = (names.length ? names : group).reduce((a, b) => (b.name.length > a.name.length || (b.name.length === a.name.length && a.sharedEnding && !b.sharedEnding) ? b : a));
    const sorted = group.slice().sort((a, b) => a.start - b.start);
    const mentions = sorted.map((c) => mentionAt(doc, c.start, c.end, c.article));
    const printed = doc.text.slice(main.start, main.end) + (main.sharedEnding ? doc.text.slice(main.sharedEnding.start, main.sharedEnding.end) : '');
    const aliases = new Set<string>();
    for (const [i, m] of mentions.entries()) if (m.text !== printed && !sorted[i]!.sharedEnding) aliases.add(m.text);
    for (const c of group) if (isSimplifiedVariant(doc, c)) aliases.add(c.name);
    aliases.delete(printed);
    const first = group.reduce((a, b) => (b.start < a.start ? b : a));
    const park: Park = {
      id: `park${parks.length + 1}`,
      name: printed,
      aliases: [...aliases],
      type: parkTypeOf(main.name) ?? main.type,
      province: null,
      city: null,
      mentions,
    };
    for (const form of derivedForms(main.name)) if (form !== printed && !park.aliases.includes(form)) park.aliases.push(form);
    parks.push(park);
    located.push({ park, group, main, first });
  }
  locateParks(located, context, taiwanPage, isRocDated(doc));
  return parks;
}

export const findParks = defineStage({
  name: 'findParks',
  requires: ['articles', 'analysisText'],
  assigns: ['parks'],
  run(doc) {
    return { ...doc, parks: recognizeParks(doc) };
  },
});

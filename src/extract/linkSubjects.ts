// Links each quantity to its subject — the park, organisation, project or region the number is about —
// through the clause structure rather than the nearest noun (rules in linkSubjectsIn and docs/quantities.md).
import { CITIES, COUNTIES, PROVINCES } from '../resolve/divisions.js';
import { isGenericParkName } from '../resolve/park-key.js';
import { placeAt } from '../lexicon/places.js';
import { PARK_KIND_SHORT } from '../lexicon/parkSuffixes.js';
import { defineStage } from '../stage.js';
import type { Quantity, SourceDoc } from '../types.js';
import { ANAPHORS, CLAUSE_OPENERS, NOT_A_NAME_START, NOT_IN_NAME, OBJECT_VERBS, SUBJECT_SUFFIXES, type SubjectKind } from '../lexicon/subjectWords.js';
import { afterUnclosedMark, endsClauseAt, holds, isClauseEndCode, isSentenceEnd, nextOf, readItems, sentenceEnd, sentenceStart, speechRegions, type Bracketed } from './clauses.js';
import { CAMPAIGN_AFTER, findProjectNames, indexWithin, isNamedProject } from './projects/findProjectNames.js';
import { TITLES } from './entities/endings.js';
import { isDictWord, tagOf, tokenize } from './entities/tokens.js';
import { matchAt } from './entities/text.js';
import { isHanCharAt } from '../text/wordClass.js';
import { isWhitespace } from '../reader/repairs/chars.js';
import { pairHash } from '../text/pairHash.js';

export interface Candidate {
  start: number;
  end: number;
  name: string;
  kind: SubjectKind;
  id: string | null;
  /** A facility a clause says is built ("建设X基地"). */
  built?: boolean;
  /** Text inside the name's span that is no part of it (the count in "全国154个综合保税区"). */
  omit?: { start: number; end: number };
}

/**
 * Flags by character code, one bit a test (a name's ending, a character no name holds, the words a clause may open
 * with…). The tests made at one position of a clause then read one entry of one table: with a 64 KB table each they
 * read as many tables at a random place each, and missed the processor's near caches in turn.
 */
const CHAR_FLAGS = new Uint16Array(0x10000);
let flagsTaken = 0;

/** A new bit of CHAR_FLAGS, set for each of `chars`. */
function charFlag(chars: Iterable<string>): number {
  if (flagsTaken === 16) throw new Error('CHAR_FLAGS has no free bit');
  const flag = 1 << flagsTaken++;
  for (const c of chars) CHAR_FLAGS[c.charCodeAt(0)]! |= flag;
  return flag;
}

function hasFlag(code: number, flag: number): boolean {
  return (CHAR_FLAGS[code]! & flag) !== 0;
}

/**
 * Items grouped by the codes of the first two characters of their key, in list order. Looked up at every clause
 * opening, so by code (reading text[i] of a CJK character allocates a string) and in two steps (one number made
 * of both codes is beyond V8's small integers and is boxed at each look-up), after a flag by a hash of both codes
 * that turns most positions away without a look-up (the keys' first characters alone are too common for that).
 */
interface TwoCodes<T> {
  /** The map's bit in PAIR_FLAGS. */
  flag: number;
  map: ReadonlyMap<number, ReadonlyMap<number, T[]>>;
}

/** The slot of the two codes at a position in PAIR_FLAGS (different pairs may share one). */
const pairSlot = (first: number, second: number): number => pairHash(first, second, 0xffff);

// The flags of all TwoCodes maps in one table, a bit each: the maps are asked at the same clause opening, which then
// reads one entry (as CHAR_FLAGS does for single characters).
const PAIR_FLAGS = new Uint8Array(0x10000);
let pairFlagsTaken = 0;

function byTwoCodes<T>(items: readonly T[], key: (t: T) => string): TwoCodes<T> {
  if (pairFlagsTaken === 8) throw new Error('PAIR_FLAGS has no free bit');
  const flag = 1 << pairFlagsTaken++;
  const map = new Map<number, Map<number, T[]>>();
  for (const item of items) {
    const k = key(item);
    PAIR_FLAGS[pairSlot(k.charCodeAt(0), k.charCodeAt(1))]! |= flag;
    let second = map.get(k.charCodeAt(0));
    if (!second) map.set(k.charCodeAt(0), (second = new Map()));
    second.set(k.charCodeAt(1), [...(second.get(k.charCodeAt(1)) ?? []), item]);
  }
  return { flag, map };
}

/** The items of a byTwoCodes map whose key starts with text[at, at + 2). */
function atTwoCodes<T>(table: TwoCodes<T>, text: string, at: number): T[] | undefined {
  if (at + 1 >= text.length || (PAIR_FLAGS[pairSlot(text.charCodeAt(at), text.charCodeAt(at + 1))]! & table.flag) === 0) return undefined;
  return table.map.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
}

// Anaphors by the code of their first character.
const ANAPHORS_BY_FIRST = new Map<number, Array<(typeof ANAPHORS)[number]>>();
for (const a of ANAPHORS) ANAPHORS_BY_FIRST.set(a[0].charCodeAt(0), [...(ANAPHORS_BY_FIRST.get(a[0].charCodeAt(0)) ?? []), a]);
// The characters NOT_IN_NAME matches, as a flag by code (tested once per character of every clause
// opening; reading text[i] of a CJK character would allocate a string each time).
const NOT_IN_NAME_FLAG = charFlag([...'的是了将已在把被对向给让使着过吗呢吧啊，。；：！？、 \t\n\u3000'].filter((c) => NOT_IN_NAME.test(c)));
// Name endings by the code of their last character.
const SUFFIXES_BY_LAST_CODE = new Map<number, ReadonlyArray<readonly [string, SubjectKind]>>();
// A date may come after a word that says up to or since when ("到2035年", "截至6月底", "继3月2日").
const DATE_OPENER = /^(?:到|至|截至|截止到?|继|自|从|于)?(?:(?:\d{4}|今|去|明)年(?!度)(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|[一二三四]季度|上半年|下半年|“十[一二三四五]五”)(?:底|末|初|前|后|以来)?/;
// A date inside a phrase: such a phrase is no name ("继3月2日X集团").
const DATE_INSIDE = /\d{1,4}\s*[年月日]/;

const SHORT_QUOTE = 16;
// A clause that is only a span of time ("15年后", "近8年来", "20多年间").
const TIME_CLAUSE = /^\s*(?:近|过去|这|此后|此前)?\s*[\d一二三四五六七八九十两]+\s*(?:多|余)?\s*年(?:来|后|间|以来|里|中)?\s*$/;
// A local binding for the per-character test (a transpiled import is a property read on each call).
const clauseEndCode = isClauseEndCode;

/** Where the subject of a clause would start: after time and linking words. */
// The characters a date opener can start with, and the openers by their first character's code: skipOpeners runs at
// every clause, and reading text[i] of a CJK character allocates a string.
const DATE_FIRST = charFlag('0123456789今去明“上下一二三四到至截继自从于');
const OPENERS_BY_CODE = new Map<number, string[]>();
for (const w of [...CLAUSE_OPENERS].sort((a, b) => b.length - a.length)) OPENERS_BY_CODE.set(w.charCodeAt(0), [...(OPENERS_BY_CODE.get(w.charCodeAt(0)) ?? []), w]);

function skipOpeners(text: string, at: number, end: number): number {
  let i = at;
  for (let guard = 0; guard < 8 && i < end; guard++) {
    const code = text.charCodeAt(i);
    if (hasFlag(code, DATE_FIRST)) {
      const date = DATE_OPENER.exec(text.slice(i, Math.min(end, i + 16)));
      if (date) {
        i += date[0].length;
        continue;
      }
    }
    const words = OPENERS_BY_CODE.get(code);
    let word: string | undefined;
    if (words) {
      for (let k = 0; k < words.length && !word; k++) if (i + words[k]!.length <= end && text.startsWith(words[k]!, i)) word = words[k];
    }
    if (!word) break;
    i += word.length;
  }
  return i;
}

// Name endings by their last character, longest first: a position is checked against a handful.
const SUFFIXES_BY_LAST: ReadonlyMap<string, ReadonlyArray<readonly [string, SubjectKind]>> = (() => {
  const map = new Map<string, Array<readonly [string, SubjectKind]>>();
  for (const entry of [...SUBJECT_SUFFIXES].sort((a, b) => b[0].length - a[0].length)) {
    const last = entry[0][entry[0].length - 1]!;
    const list = map.get(last) ?? [];
    list.push(entry);
    map.set(last, list);
  }
  return map;
})();
// (and a flag by the code of each ending's last character: most characters of a clause end none, and are turned away
// without a map look-up)
for (const [last, list] of SUFFIXES_BY_LAST) SUFFIXES_BY_LAST_CODE.set(last.charCodeAt(0), list);
const SUFFIX_LAST = charFlag(SUFFIXES_BY_LAST.keys());

/** The longest subject ending that ends at `j` and leaves a head after `at` (a loop: this runs a character at a time). */
function endingBefore(text: string, at: number, j: number, code: number): readonly [string, SubjectKind] | undefined {
  if (!hasFlag(code, SUFFIX_LAST)) return undefined;
  const list = SUFFIXES_BY_LAST_CODE.get(code);
  if (list) for (const entry of list) if (j - entry[0].length > at && text.startsWith(entry[0], j - entry[0].length)) return entry;
  return undefined;
}

/** Where a name starts after a list item's number ("(4)…", "3.…") or a bracketed aside ("（取自简报）…"), and after the last bracket or quote it opens and does not close. */
function unclosedMarkEnd(name: string): number {
  return afterUnclosedMark(name, /^(?:[（(][^（）()]{1,20}[）)]|\d{1,2}[.．、](?!\d))/u.exec(name)?.[0].length ?? 0, name.length);
}

/** A name at `at` that ends in a park/organisation/project ending (the fallback when no entity is there). */
export function nameByEnding(text: string, at: number, end: number): Candidate | null {
  // A quoted name ("“一园三区”…") or a title ("《X新区…办法》") is read inside its marks.
  if (text[at] === '“' || text[at] === '"' || text[at] === '「' || text[at] === '《') at++;
  const limit = Math.min(end, at + 32);
  let found: Candidate | null = null;
  for (let j = at + 2; j <= limit; j++) {
    const code = text.charCodeAt(j - 1);
    // (one read of the character's flags: most characters of a clause neither stop a name nor end one)
    const flags = CHAR_FLAGS[code]!;
    if ((flags & NOT_IN_NAME_FLAG) !== 0) break;
    if ((flags & SUFFIX_LAST) === 0) continue;
    let suffix = endingBefore(text, at, j, code);
    // "力抗国际政经局势": a one-character ending that opens a word with the next character ("局势", "局面") is none.
    if (suffix && suffix[0].length === 1 && j < text.length && text[j] !== '长' && isDictWord(text.slice(j - 1, j + 1))) suffix = undefined;
    // "全区地区生产总值": 地区 opens the measure 地区生产总值 (GDP), it ends no name
    if (suffix && suffix[0] === '地区' && text.startsWith('生产总值', j)) suffix = undefined;
    if (suffix) {
      // "…产业园区": the longer ending that goes on past this one is the name's ("产业园" then "产业园区").
      if (j < limit && text[j] === '区' && endingBefore(text, at, j + 1, text.charCodeAt(j))) j++;
      found = { start: at, end: j, name: text.slice(at, j), kind: suffix[1], id: null };
      // "…中心项目", "…产业园项目": a following ending of another kind makes the name longer.
      const next = text.slice(j, j + 2);
      if (next === '项目') found = { start: at, end: j + 2, name: text.slice(at, j + 2), kind: 'project', id: null };
      break;
    }
  }
  // (a word that opens no name at the start, tested only once there is a name to reject: most clause openings have
  // none, and the pattern is a long list of words)
  if (!found || NOT_A_NAME_START.test(text.slice(at, at + 3))) return null;
  // "(4)区级科技产业园区", "某某“高性能…项目", "具体如下图(因一些区域": a list item's number, or a bracket or quote
  // the name does not close, opens no part of it
  const open = unclosedMarkEnd(found.name);
  if (open > 0) {
    if (found.name.length - open < 2) return null;
    // ("锚定“产业基地型综保区”": a quoted phrase that makes the name a kind, 型 or 式, names none; "资本市场“高新区板块”
    // 扩容" names the park)
    if ('“「'.includes(found.name[open - 1]!) && '型式类'.includes(text[found.end] ?? '')) return null;
    found = { ...found, start: found.start + open, name: found.name.slice(open) };
    // (what the number or the aside stood before must open a name too: "5.根据上市公司…" does not)
    if (NOT_A_NAME_START.test(found.name)) return null;
  }
  // A legal-form ending is strong evidence of a name: then only a verb at its very start rejects it
  // ("走进合作社"), not one inside ("…农业开发建设…合作社").
  const strong = /(?:有限公司|合作社|大学|研究院|研究所)$/.test(found.name);
  const verbs = strong ? OBJECT_VERBS.exec(found.name.slice(0, 3)) : OBJECT_VERBS.exec(found.name);
  if (/记者|通讯员|日报|晚报|新闻/.test(found.name) || verbs || DATE_INSIDE.test(found.name)) return null;
  // "缴出园区史上最强…": a verb and a bare type word are a predicate about the park already named, not a name.
  if (found.name.length <= 5 && tagOf(found.name.slice(0, 2)) === 'v' && isGenericParkName(found.name.slice(2))) return null;
  // "进而推高园区…", "第三为光电产业…", "数条中试生产线": a conjunction, a pronoun, an ordinal or a count opening the
  // phrase, or a copula inside it, makes it a clause about a kind, not a name.
  // (not a place, "大连" d, nor a park kind's short form, "高新" d)
  if ((/^(?:c|r|p|d)/.test(tagOf(found.name.slice(0, 2))) && !placeAt(found.name, 0) && !PARK_KIND_SHORT.has(found.name.slice(0, 2))) || /^(?:第|[数几两一二三四五六七八九十\d]+[个個条條家座])/.test(found.name) || /[为是]/.test(found.name.slice(1, -2))) return null;
  // A title mark inside ("欢迎收听《某某高新区》") makes the text a work's title, not a name.
  if (found.name.includes('《')) return null;
  if (found.kind === 'project' && (!isNamedProject(found.name) || CAMPAIGN_AFTER.test(text.slice(found.end, found.end + 5)))) return null;
  return found;
}

function containsQuantity(c: Candidate, quantityAt: Map<number, number>): boolean {
  for (let i = c.start; i < c.end; i++) if (quantityAt.has(i)) return true;
  return false;
}

/**
 * "…仓储中心3个": a name directly followed by a count that ends the clause is the thing counted.
 * ("X高新区7家企业获奖" counts 企业: X is the subject.)
 */
function countedName(text: string, at: number, end: number, quantityAt: Map<number, number>, viaVerb = false): boolean {
  let i = at;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i++;
  // "X类项目有7个", "X项目共12个": a kind of projects with its count (only for projects: "X区有11个"
  // gives the count to the place).
  if (viaVerb) {
    const verb = /^(?:共有|共计|合计|有|共|达|为|计)/.exec(text.slice(i, i + 2));
    if (verb) i += verb[0].length;
  }
  const qEnd = quantityAt.get(i);
  if (qEnd === undefined) return false;
  let j = qEnd;
  while (j < end && /[以上左右多余\s]/.test(text[j]!)) j++;
  // "X项目40项（新建25项…）": a bracket after the count ends the phrase too.
  return j >= end || isClauseEndCode(text.charCodeAt(j)) || text[j] === '、' || text[j] === '(' || text[j] === '（';
}

// Province and city names (full and short forms, two characters or more) by their first two characters, longest first.
// (keyed by the two characters' codes, see byTwoCodes)
const REGION_FORMS = byTwoCodes(
  // (and the country as the news names it, 我国, "our country")
  [...new Set([...PROVINCES, ...CITIES].flatMap((p) => [p.full, p.short]).concat(COUNTIES.map((c) => c.full), ['我国']).filter((f) => f.length >= 2))].sort(
    (a, b) => b.length - a.length,
  ),
  (f) => f,
);

function regionAt(text: string, at: number, end: number): Candidate | null {
  const forms = atTwoCodes(REGION_FORMS, text, at);
  if (!forms) return null;
  const form = forms.find((f) => at + f.length <= end && text.startsWith(f, at));
  if (!form) return null;
  const s = text.slice(at, at + form.length);
  const place = { length: form.length };
  const after = text[at + place.length];
  // A place name that runs on into a longer name is not the subject by itself.
  if (after && /[\u4e00-\u9fff]/.test(after) && /[区园城县镇村]/.test(text[at + place.length + 1] ?? '') ) return null;
  return { start: at, end: at + place.length, name: s.slice(0, place.length), kind: 'region', id: null };
}

/** Recent names, for resolving "该公司", "该基地" and bare type words. */
interface Memory {
  /** Quantity starts → ends, to tell a counted name from a subject. */
  quantityAt: Map<number, number>;
  /** The last quantity start right after a 内 ("省内13个"), -1 when none: only a clause opening before it can count a region's class. */
  lastCountAfterInner: number;
  /** The next 显示 and 表明 in the text, the last words of a clause that cites data (clauses are read in order). */
  nextShows: (from: number) => number;
  nextProves: (from: number) => number;
  last: Map<SubjectKind, Candidate>;
  recent: Candidate[];
  topic: Candidate | null;
}

// "这三个项目", "这几家企业": a plural demonstrative points back to what the text is about.
const PLURAL_DEMONSTRATIVE = /^(?:这|上述|以上)[两三四五六七八九十几]?[个家座]?(?:项目|企业|公司|园区|基地)/;

function anaphorAt(text: string, at: number, memory: Memory): Candidate | null {
  if (text.charCodeAt(at) === 0x8fd9 || text.startsWith('上述', at) || text.startsWith('以上', at)) {
    if (PLURAL_DEMONSTRATIVE.test(text.slice(at, at + 8)) && memory.topic) return { ...memory.topic };
  }
  const words = ANAPHORS_BY_FIRST.get(text.charCodeAt(at));
  if (!words) return null;
  for (const [word, kind] of words) {
    if (!text.startsWith(word, at)) continue;
    // "该基地" points back to the last name ending in 基地, whatever its kind …
    const head = word.replace(/^(?:该|这家|这个|这些|上述|全)/, '');
    const plural = /^(?:这些|上述)/.test(word);
    if (head.length >= 1 && head !== word && !plural) {
      for (let k = memory.recent.length - 1; k >= 0 && k >= memory.recent.length - 12; k--) {
        const c = memory.recent[k]!;
        if (c.name.endsWith(head) && c.name !== head) return { ...c };
      }
    }
    // … else a demonstrative ("该基地", "这些项目") to the current topic, a bare type word ("园区") to the
    // last name of its kind.
    if (memory.topic && (head !== word || memory.topic.kind === kind)) return { ...memory.topic };
    const target = memory.last.get(ENTITY_SLOT[kind]) ?? memory.last.get(kind);
    // Bare type words ("园区", "公司") only point back when something of that kind came before.
    return target ? { ...target } : null;
  }
  return null;
}

/** Whether text[.., end) ends a sentence (closing quotation marks and brackets after the mark allowed). */
function endsSentence(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /[\s”’」』）)]/.test(text[i - 1]!)) i--;
  return i > 0 && /[。！？!?；;…]/.test(text[i - 1]!);
}

/** Whether a paragraph opens (after time and linking words) with a word that points back. */
function opensWithAnaphor(text: string, start: number, end: number): boolean {
  let p = skipOpeners(text, start, end);
  // A speech that opens the paragraph ("“园区…") and a place word before a demonstrative ("在这片…上").
  while (p < end && /[“「‘"\s]/.test(text[p]!)) p++;
  // "在这38个项目中" names a set counted before, not the last topic: no pointing back then.
  if (/^[在对从于]?[这该此][\d一二三四五六七八九十两几]/.test(text.slice(p, p + 3))) return false;
  if (/^[在对从于][这该此]/.test(text.slice(p, p + 2))) p++;
  if (PLURAL_DEMONSTRATIVE.test(text.slice(p, p + 8))) return true;
  return (ANAPHORS_BY_FIRST.get(text.charCodeAt(p)) ?? []).some(([word]) => text.startsWith(word, p)) || /^(?:该|其|此|这)/.test(text.slice(p, p + 1));
}

/** Entity and project mentions, by start offset. */
function collectCandidates(doc: SourceDoc, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const park of doc.parks ?? [])
    for (const m of park.mentions) out.push({ start: m.textSpan.start, end: m.textSpan.end, name: park.name, kind: 'park', id: park.id });
  for (const org of doc.organizations ?? []) {
    if (org.kind === 'media') continue;
    for (const m of org.mentions) out.push({ start: m.textSpan.start, end: m.textSpan.end, name: org.name, kind: 'org', id: org.id });
  }
  const items = readItems(doc);
  for (const item of items)
    for (const p of findProjectNames(text, item.textSpan.start, item.textSpan.end))
      out.push({ start: p.start, end: p.end, name: p.name, kind: 'project', id: null, built: p.built });
  out.push(...shortNames(text, items, out));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A body's verb of publishing figures, after a time word at most ("今日公布", "发布"). */
const PUBLISHES = /^(?:今日|今天|日前|近日|昨日|昨天|\d{1,2}日)?(?:公布|发布|通报|披露|宣布)(?:了)?/;

/** Kinds of document a short title ends with ("《投资计划》", "若干措施"). */
const DOCUMENT_END = /(?:计划|规划|方案|办法|意见|措施|政策|条例|规定|细则|通知|决定|纲要|行动|条》|》)$/;
const SHORT_NAME = /[（(]\s*(?:以下简称|以下称|下称|简称)\s*[“"]?([^）)”"，,、\s]{2,12})[”"]?\s*[）)]/g;

/**
 * "X（以下简称Y）": every later Y names X. The recognisers usually know this; when they did not, the
 * short name still opens clauses ("Y共有企业350家") and must be seen as a name there.
 */
function shortNames(text: string, items: ReturnType<typeof readItems>, known: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let knownStarts: Set<number> | undefined;
  // (most pages name no short form: one search of the page for each word tells the items that do)
  const nextShort = nextOf(text, '简称');
  const nextBelow = nextOf(text, '下称');
  for (const item of items) {
    const { start, end } = item.textSpan;
    if (!holds(nextShort, start, end, 2) && !holds(nextBelow, start, end, 2)) continue;
    knownStarts ??= new Set(known.filter((c) => c.id).map((c) => c.start));
    for (const m of text.slice(start, end).matchAll(SHORT_NAME)) {
      const short = m[1]!;
      // "（以下简称《投资计划》）": a document's short title names no subject of the figures it sets
      if (short.startsWith('《') || DOCUMENT_END.test(short)) continue;
      const ending = SUFFIXES_BY_LAST.get(short[short.length - 1]!)?.find(([sfx]) => short.endsWith(sfx));
      const kind: SubjectKind = ending?.[1] ?? 'org';
      // Later mentions of the short name in the same article.
      const article = items.filter((it) => it.article === item.article);
      for (const it of article) {
        for (let at = indexWithin(text, short, Math.max(it.textSpan.start, start + m.index! + m[0].length), it.textSpan.end); at >= 0; at = indexWithin(text, short, at + short.length, it.textSpan.end)) {
          if (!knownStarts.has(at)) out.push({ start: at, end: at + short.length, name: short, kind, id: null });
        }
      }
    }
  }
  return out;
}

/**
 * A sticky pattern of literal words, tried only where the text has one of its characters: most clause openings have
 * none, and a flag read by code is far cheaper than a match attempt. Every character of the source is flagged, a
 * superset of those a match can start with; so the source may hold no class, escape or wildcard.
 */
interface Words {
  re: RegExp;
  /** The pattern's bit in CHAR_FLAGS. */
  flag: number;
}

function literalWords(re: RegExp): Words {
  if (!re.sticky || /[[\\.]/.test(re.source)) throw new Error(`not a sticky pattern of literal words: ${re.source}`);
  return { re, flag: charFlag(re.source) };
}

function wordsAt(words: Words, text: string, at: number): RegExpExecArray | null {
  return hasFlag(text.charCodeAt(at), words.flag) ? matchAt(words.re, text, at) : null;
}

// A clause that names only where the following items are counted ("在这38个项目中", "本批签约项目中").
// It opens with 在/于 or a word that points at a set ("X公司在项目建设中，…" keeps its subject).
const SCOPE_CLAUSE = /^(?:在|于|从|本次|此次|这次|本批|此批|这批|这些|上述)[^，。；：]{1,24}(?<![集空高初居其])(?:中|之中|当中)\s*$/;
// (the first characters of its opening words: the clause is copied and matched only when it opens with one)
const SCOPE_FIRST = charFlag('在于从本此这上');
const LOCATED = literalWords(/(?:位于|地处|坐落于|坐落在|落户于|落户在|入驻|在)/y);
// A size opening a clause ("总投资50亿元的X项目"), and a scope word ("全国219家…").
const SIZE_OPENER = literalWords(/(?:总投资|投资|占地|总面积|面积)/y);
const WHOLE_SCOPE = literalWords(/(?:全国|全省|全市|全球|国内|省内|市内|世界)/y);
// "这是X": X is what the clause (and the next ones) talk about.
const FIRST_OF_KIND = /^(?:国内|全国|全省|全市|全区|省内|国际|世界|全球|亚洲)?(?:首条|首个|首家|首座|首台|首套|首批|第一条|第一个|第一家|唯一一[条个家座台])的?/;
const PRESENTING = literalWords(/(?:这就是|这里是|这是|此为)/y);

/** A body named only by its level ("市委", "区政府"), not by a place or a park. */
const LEVEL_BODY = /^[省市区县镇乡]?(?:委|政府|人大|政协|人大常委会)$/;

/**
 * "A与B合作共建的Y于…开园", "某集团投资建设的Y…": the agents of a relative clause (a verb phrase and 的) only describe
 * the recognised name after it, which is what the clause is about.
 */
function relativeHead(text: string, from: number, end: number, byStart: Map<number, Candidate[]>): Candidate | null {
  let k = from;
  while (k < end && k - from <= 8 && text.charCodeAt(k) !== 0x7684 && isHanCharAt(text, k)) k++;
  // (at least a two-character verb phrase: "X的Y" alone is a possessive, read elsewhere)
  if (text.charCodeAt(k) !== 0x7684 || k - from < 2) return null;
  const named = byStart.get(k + 1)?.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  if (!named || (!named.id && named.kind !== 'project') || text[named.end] === '、') return null;
  return named;
}

// "某海关10月29日披露的数据显示": a clause that cites data names its source, not what the figures are about.
const CITES_DATA = /(?:数据|统计|监测|调查|报告)(?:结果)?(?:显示|表明)\s*$/;

/** The subject a clause opens with, if any. */
function openingSubject(text: string, at: number, end: number, byStart: Map<number, Candidate[]>, memory: Memory, entities: Entities): Candidate | null {
  let p = skipOpeners(text, at, end);
  // (the pattern is tried at every position of the clause: only when the clause has one of its last words)
  if ((holds(memory.nextShows, p, end, 2) || holds(memory.nextProves, p, end, 2)) && CITES_DATA.test(text.slice(p, end))) return null;
  // "位于X的Y…": Y is the subject, X only places it.
  const located = wordsAt(LOCATED, text, p);
  if (located) {
    let de = p;
    while (de < end && de - p <= 30 && text.charCodeAt(de) !== 0x7684) de++;
    if (de >= end || de - p > 30) return null;
    p = de + 1;
  }
  const presenting = wordsAt(PRESENTING, text, p);
  if (presenting) {
    // "此为继3月2日X…": the date after the presenting word is no part of the name.
    p = skipOpeners(text, p + presenting[0].length, end);
    // "这是全国首座X电站": a first-of-its-kind description before the name is no part of it.
    const first = FIRST_OF_KIND.exec(text.slice(p, p + 10));
    if (first) p += first[0].length;
    const named = byStart.get(p)?.[0] ?? nameByEnding(text, p, end);
    return named && !countedName(text, named.end, end, memory.quantityAt) ? withEntityId(named, entities) : null;
  }
  if (p >= end) return null;
  // "86平方公里的X（…）", "总投资50亿元的X项目": a size before 的 describes the name the clause opens with.
  const sizeEnd = memory.quantityAt.get(p) ?? (wordsAt(SIZE_OPENER, text, p) ? quantityAfter(text, p, memory.quantityAt) : undefined);
  if (sizeEnd !== undefined) {
    let k = sizeEnd;
    while (k < end && /[以上左右多余\s]/.test(text[k]!)) k++;
    if (text[k] === '的') {
      const named = byStart.get(k + 1)?.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      if (named && text[named.end] !== '、') return named;
    }
  }
  // "全国219家国家级经开区实现进出口总额…": a whole class counted at the opening is what the clause is about.
  const scoped = wordsAt(WHOLE_SCOPE, text, p);
  let countAt = scoped ? p + scoped[0].length : p;
  // "某省内13个综合保税区…": a count after a region and its 内 at the clause start counts that region's class.
  // (the count starts after the region's two characters at least and its 内: most pages have no such count, and then
  // no place need be looked for)
  const region = scoped || memory.lastCountAfterInner < p + 3 ? null : placeAt(text, p);
  if (region) {
    const inner = /^(?:省内|市内|区内|县内|境内|内)/.exec(text.slice(p + region.form.length, p + region.form.length + 2));
    if (inner && memory.quantityAt.has(p + region.form.length + inner[0].length)) countAt = p + region.form.length + inner[0].length;
  }
  const countEnd = memory.quantityAt.get(countAt);
  if (countEnd !== undefined) {
    const population = populationCounted(text, countAt, countEnd, at, end, text.slice(countEnd - 1, countEnd));
    if (population && !/^(?:之中|当中|中)/.test(text.slice(population.end, population.end + 2))) return population;
  }
  // "新入驻X企业13家": the host X is what the count is about.
  const host = wordsAt(HOSTED, text, p);
  if (host) {
    const k = p + host[0].length;
    const hostName = byStart.get(k)?.find((c) => c.id && (c.kind === 'park' || c.kind === 'org') && HOSTED_KIND.test(text.slice(c.end, c.end + 3)));
    if (hostName) return hostName;
  }
  // "在这38个项目中", "本批签约项目中": a clause that only sets the scope keeps the topic.
  if (hasFlag(text.charCodeAt(p), SCOPE_FIRST) && SCOPE_CLAUSE.test(text.slice(p, end))) return null;
  // "其中，X产业营业额…；其次是Y产业…": the parts of a breakdown by industry are the subjects of their figures.
  const sector = sectorAt(text, at, p, end);
  if (sector) return sector;
  // A name in a title ("《X新区…办法》规定") is read inside the mark.
  const here = byStart.get(p) ?? (text.charCodeAt(p) === 0x300a ? byStart.get(p + 1) : undefined);
  if (here?.length) {
    const best = here.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    // "A、B等30余家企业": names in an enumeration are what is counted, not the subject.
    if (text[best.end] === '、') return null;
    // "市委常委、某某书记某某参加活动": a body named only by its level, holding a post, is the person's title.
    if (LEVEL_BODY.test(best.name) && TITLES.at(text, best.end)) return null;
    // "X类项目7个", "A和B项目有4个": a project phrase with its count is what is counted, not the subject.
    if (best.kind === 'project' && !best.id && (countedName(text, best.end, end, memory.quantityAt, true) || containsQuantity(best, memory.quantityAt))) return null;
    // An organisation name that opens a longer project name ("X公司Y项目"): the project is the subject.
    const fallback = nameByEnding(text, p, end);
    if (fallback && fallback.kind === 'project' && fallback.end > best.end) return fallback;
    // "科技部今日公布科学园区上半年营业额…": the figures a body publishes are those of the park it names after the verb
    if (best.kind === 'org') {
      const published = PUBLISHES.exec(text.slice(best.end, Math.min(end, best.end + 8)));
      if (published) {
        // (past a count of the parks: "公布3个科学园区…")
        const q = best.end + published[0].length + (/^[\d一二三四五六七八九十两]{1,2}[个個家座大]/.exec(text.slice(best.end + published[0].length, end))?.[0].length ?? 0);
        const park = byStart.get(q)?.find((c) => c.kind === 'park') ?? nameByEnding(text, q, end);
        if (park && park.kind === 'park') return withEntityId(park, entities);
      }
    }
    return relativeHead(text, best.end, end, byStart) ?? best;
  }
  // "全省高新区实现…", "我省高新技术产业…": all parks or an industry of a region is a subject of its own.
  const scopedClass = regionScopedClass(text, p, end);
  if (scopedClass) return scopedClass;
  const ana = anaphorAt(text, p, memory);
  if (ana) return ana;
  // "本次签约的投资方X集团是一家…": a recognised name that the clause says something is of is its subject,
  // whatever description stands before it.
  const described = describedEntity(p, end, entities);
  if (described) return described;
  // "以X为主导产业的Y，已…": a clause that is only a described name introduces Y as the topic.
  const introduced = introducedName(text, p, end, byStart, entities);
  if (introduced) return introduced;
  // A name by its ending, looked for only now: the rules above settle many clauses without it.
  const fallback = nameByEnding(text, p, end);
  if (fallback && text[fallback.end] === '、') return null;
  // "仓储中心3个": a name directly followed by its count is the thing counted, not the subject.
  // A phrase with a number inside ("投资8个X项目") is a predicate, not a name.
  if (fallback && containsQuantity(fallback, memory.quantityAt)) return null;
  if (fallback && !countedName(text, fallback.end, end, memory.quantityAt, fallback.kind === 'project'))
    return relativeHead(text, fallback.end, end, byStart) ?? withEntityId(fallback, entities);
  if (fallback) return null;
  return regionAt(text, p, end) ?? countyActing(text, p, end);
}

// Short forms of county-level cities and counties ("乐陵" for 乐陵市), by their two characters' codes.
// Only 市 and 县: a district's short form is often an ordinary word.
const COUNTY_SHORT = byTwoCodes(
  COUNTIES.flatMap((c) => /^[\u4e00-\u9fff]{2}(?:市|县)$/.test(c.full) ? [c.full.slice(0, 2)] : []),
  (f) => f,
);
// What a place does as the agent of a clause (holds an event, starts or signs projects, achieves a total).
// Source: the predicates of Chinese local-news reporting.
const PLACE_ACTS = /^(?:举行|举办|召开|启动|开工|集中开工|集中签约|签约|实现|完成|新增|共有|累计|今年|去年|上半年|全年)/;

/** "乐陵举行22个重点项目集中开工仪式": a county named by its short form that acts is the clause's subject. */
function countyActing(text: string, p: number, end: number): Candidate | null {
  if (p + 2 >= end || !atTwoCodes(COUNTY_SHORT, text, p)) return null;
  if (!PLACE_ACTS.test(text.slice(p + 2, p + 6))) return null;
  return { start: p, end: p + 2, name: text.slice(p, p + 2), kind: 'region', id: null };
}

// Words that step to the next part of a breakdown ("其次是", "至于"): source, the sequence and topic-shift
// connectives of Modern Chinese grammar.
const NEXT_PART = literalWords(/(?:其次|再次|接下来|接着|然后|最后|至于)(?:是|为)?/y);
// An industry or sector phrase ("积体电路产业", "其余产业", "电子信息行业"): characters of a noun phrase only.
const SECTOR = /^(?:其余|其他|其它)?[\u4e00-\u9fff、及和与]{0,14}?(?:产业|行业)(?![\u4e00-\u9fff]?(?:园|区|基地|城|带|链|集群|联盟|协会|学会|研究|基金|项目|投资|化|工人|发展|布局|工程|体系|集聚|生态|人才|资源|政策|规划))/;
// A sentence that breaks a total down into its parts by industry ("其中", "分产业看", "以产业别区分").
const BREAKDOWN_BY_SECTOR = /其中|分(?:产业|行业)看|按(?:产业|行业)(?:分|划分|区分)|以产业别区分|从(?:产业|行业)(?:看|来看)/;

/**
 * An industry phrase that opens a clause of a breakdown ("其中，积体电路产业营业额约998亿元"; "其次是光电
 * 产业260亿元"): its figures are the industry's, not the park's. Outside a breakdown ("2020年集成电路产业
 * 销售收入达到…" after a park's description) the industry is only what the park's figure measures.
 */
function sectorAt(text: string, at: number, p: number, end: number): Candidate | null {
  // Every match ends in 产业 or 行业 within 20 characters of a step word of 4 at most: most clause openings have no 业
  // there, and then the step words need not be read.
  if (indexWithin(text, '业', p, Math.min(end, p + 24)) < 0) return null;
  // The opening words were skipped already when they are clause openers ("其次" before "是…").
  let k = p;
  const next = wordsAt(NEXT_PART, text, k) ?? (/(?:其次|再次|最后)$/.test(text.slice(at, p).trim()) ? /^(?:是|为)?/.exec(text.slice(k, k + 1)) : null);
  if (next) k += next[0].length;
  // (every match ends in 产业 or 行业 within the stretch it is tried on: most openings with a 业 have another word of
  // it there, 企业 or 工业, and the pattern, lazy and with a look-ahead, would be tried at length for nothing)
  const stretchEnd = Math.min(end, k + 20);
  if (indexWithin(text, '产业', k, stretchEnd) < 0 && indexWithin(text, '行业', k, stretchEnd) < 0) return null;
  const m = SECTOR.exec(text.slice(k, stretchEnd));
  if (!m || m[0].length < 3) return null;
  const name = m[0];
  if (NOT_IN_NAME.test(name.replace(/^其(?:余|他|它)/, '')) || OBJECT_VERBS.test(name)) return null;
  if (!next && !BREAKDOWN_BY_SECTOR.test(text.slice(sentenceStart(text, at, Math.max(0, at - 200)), p))) return null;
  return { start: k, end: k + name.length, name, kind: 'sector', id: null };
}

// A province, city or the country as a whole, named by a scope word ("全省", "我市"). Not "全区"/"我区",
// which on a park's page mean the park. Source: the deictic and scope words of Chinese official reporting.
const REGION_SCOPE = literalWords(/(?:全国|我国|全省|我省|本省|全市|我市|本市)/y);
// The class names after it: park types (official naming of development zones) and industries.
const SCOPED_CLASS = /^[\u4e00-\u9fff]{0,8}?(?:高新技术产业开发区|经济技术开发区|国家级经开区|高新区|经开区|开发区|综保区|综合保税区|产业园区|工业园区|园区|产业|行业)(?![\u4e00-\u9fff]?(?:园|区|基地|城|带|链|集群|联盟|协会|学会|研究|基金|项目|化|工人|发展|布局|工程|体系|集聚|生态|人才|资源|政策|规划|管委会))/;

function regionScopedClass(text: string, p: number, end: number): Candidate | null {
  const scope = wordsAt(REGION_SCOPE, text, p);
  if (!scope) return null;
  // "我国共有综合保税区150个": what the scope has is counted; the scope is the subject.
  if (/^(?:共有|拥有|现有|共|有)/.test(text.slice(p + 2, p + 4))) return { start: p, end: p + 2, name: text.slice(p, p + 2), kind: 'region', id: null };
  const m = SCOPED_CLASS.exec(text.slice(p + 2, Math.min(end, p + 24)));
  if (!m || NOT_IN_NAME.test(m[0]) || OBJECT_VERBS.test(m[0]) || /[\d一二三四五六七八九十两百千万]/.test(m[0])) return null;
  return { start: p, end: p + 2 + m[0].length, name: text.slice(p, p + 2 + m[0].length), kind: 'region', id: null };
}

// A clause that ends by publishing a document ("印发《X》（以下简称《措施》）"), and the words that open
// a breakdown of it.
const PUBLISHED = /(?:发布|出台|印发|推出|制定|公布|颁布)了?《([^《》]{2,40})》(?:[（(][^（()）]{0,20}[）)])?\s*$/;
const BREAKDOWN = /^\s*(?:分为|包括|包含|涵盖|共有|共计|含)/;

function publishedTitle(text: string, from: number, to: number): Candidate | null {
  const clause = text.slice(from, to);
  const m = PUBLISHED.exec(clause);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf('《') + 1;
  return { start, end: start + m[1]!.length, name: m[1]!, kind: 'org', id: null };
}

/** The end of a quantity that starts within a few characters after `at` ("总投资50亿元"). */
function quantityAfter(text: string, at: number, quantityAt: Map<number, number>): number | undefined {
  for (let i = at + 1; i <= at + 4; i++) {
    const e = quantityAt.get(i);
    if (e !== undefined) return e;
  }
  return undefined;
}

function introducedName(text: string, at: number, end: number, byStart: Map<number, Candidate[]>, entities: Entities): Candidate | null {
  if (end - at > 60) return null;
  let e = end;
  while (e > at && isWhitespace(text.charCodeAt(e - 1))) e--;
  // (the name is a recognised one ending the clause: most clauses end in none, and need not be read back to their 的)
  if (!entities.ends.has(e)) return null;
  // The last 的 of the clause, looked for inside it only (a search of the whole text would be quadratic).
  let de = e - 1;
  while (de >= at && text.charCodeAt(de) !== 0x7684) de--;
  if (de < at) return null;
  // The name may follow a descriptive noun ("…的软件服务商X").
  for (let k = de + 1; k < e && k - de <= 10; k++) {
    const found = byStart.get(k)?.find((c) => c.id && c.end === e && c.kind !== 'project');
    if (found) return found;
    const code = text.charCodeAt(k);
    if (code < 0x4e00 || code > 0x9fff) return null;
  }
  return null;
}

const HOSTED = literalWords(/(?:新|累计|共|已)?(?:入驻|进驻|入园|落户)/y);
const HOSTED_KIND = /^的?(?:企业|公司|项目|团队|机构)/;

const IS_A = /^(?:是一家|是一个|是一所|是国内|是全国|是我国|是中国|是全球)/;

/**
 * The recognised names of a document (candidates with an entity id, in text order), with what describedEntity and
 * withEntityId look up in them: made once per document, where a search of the whole list per clause was quadratic.
 */
interface Entities {
  list: Candidate[];
  /** The first name at each start that the text goes on to describe ("X是一家…"), by start; the starts in order. */
  described: Map<number, Candidate>;
  describedStarts: number[];
  /** Where the names end. */
  ends: Set<number>;
  /** Indexes in `list`: the first of each name, and all that end at an offset (made at the first look-up: most pages have few). */
  byName?: Map<string, number>;
  byEnd?: Map<number, number[]>;
}

function entityIndex(text: string, list: Candidate[]): Entities {
  const described = new Map<number, Candidate>();
  const describedStarts: number[] = [];
  for (const c of list) {
    // (every IS_A phrase opens with 是: the pattern only after one)
    if (c.kind === 'project' || described.has(c.start) || text.charCodeAt(c.end) !== 0x662f || !IS_A.test(text.slice(c.end, c.end + 4))) continue;
    described.set(c.start, c);
    describedStarts.push(c.start);
  }
  return { list, described, describedStarts, ends: new Set(list.map((c) => c.end)) };
}

/** "本次签约的投资方X集团是一家…": the first recognised name within the clause's first characters that the text says what it is. */
function describedEntity(at: number, end: number, entities: Entities): Candidate | null {
  for (const start of entities.describedStarts) {
    if (start >= end || start - at > 24) break;
    if (start > at) return entities.described.get(start)!;
  }
  return null;
}

/** The first entity (in text order) of the same name, or of the same kind ending where `c` does within it. */
function sameEntity(c: Candidate, entities: Entities): Candidate | undefined {
  if (!entities.byName || !entities.byEnd) {
    entities.byName = new Map();
    entities.byEnd = new Map();
    entities.list.forEach((e, k) => {
      if (!e.id) return;
      if (!entities.byName!.has(e.name)) entities.byName!.set(e.name, k);
      const ending = entities.byEnd!.get(e.end);
      if (ending) ending.push(k);
      else entities.byEnd!.set(e.end, [k]);
    });
  }
  let first = entities.byName.get(c.name) ?? entities.list.length;
  for (const k of entities.byEnd.get(c.end) ?? []) {
    if (k >= first) break;
    const e = entities.list[k]!;
    if (c.start <= e.start && c.kind === e.kind) first = k;
  }
  return entities.list[first];
}

function withEntityId(c: Candidate, entities: Entities): Candidate {
  const same = sameEntity(c, entities);
  if (!same) return c;
  // "累计评审X工业园区…", "经市科技局…": words before a recognised name that ends the phrase are no part of it when
  // they are a verb, a preposition or a conjunction ("A与B产业园"), or one character; a noun phrase may be
  // ("某兵团第一" before "师某某合作社", which the recogniser cut short).
  const inside = c.start < same.start && same.end === c.end && (same.start - c.start === 1 || !isNounPhrase(c.name.slice(0, same.start - c.start)));
  return { ...c, id: same.id, name: same.name, start: inside ? same.start : c.start };
}

/** True when the words of `text` are all nouns, places, names or numerals (jieba's dictionary tags). */
function isNounPhrase(text: string): boolean {
  return tokenize(text, 0, text.length).every((t) => /^\p{Script=Han}+$/u.test(t.word) && !/^(?:v|p|c|d|r|u)/.test(t.tag));
}

// A scope that makes a count the size of a whole class ("全国154个综合保税区"); source: common scope words
// of Chinese news reporting.
const POPULATION_SCOPE = /(?:全国|全省|全市|全球|国内|省内|市内|世界)\s*$/;
// A class named by its rank in the state's system ("8个国家高新区实现…") is a whole class without a scope word.
const NATIONAL_CLASS = /^(?:国家级|国家|省级)/;

/**
 * "在全国154个综合保税区中排名…", "全国219家国家级经开区实现…": a count of a whole class of parks or bodies
 * is the class's ("全国综合保税区"), not the park the clause is about, which is only one of them. The
 * class is the name after the count up to its ending, or up to the 中 of a ranking scope.
 */
function populationCounted(text: string, qStart: number, qEnd: number, clauseFrom: number, end: number, unit: string): Candidate | null {
  if (!/^[\u4e00-\u9fff]{1,2}$/.test(unit)) return null;
  const scope = POPULATION_SCOPE.exec(text.slice(Math.max(clauseFrom, qStart - 5), qStart));
  let x = qEnd;
  while (x < end && /[多余\s]/.test(text[x]!)) x++;
  const run = /^[\u4e00-\u9fff]{2,16}/.exec(text.slice(x, Math.min(end, x + 16)));
  if (!run) return null;
  let nameEnd = -1;
  const named = nameByEnding(text, x, x + run[0].length);
  if (named && (named.kind === 'park' || named.kind === 'org')) nameEnd = named.end;
  else if (scope) {
    // ("…项目集中开工": the 中 of a word, 集中, 其中, is not "among")
    const ranked = /^([\u4e00-\u9fff]{2,12}?)(?:之中|当中|(?<![集其空期途居适命])中)/.exec(run[0]);
    if (ranked && !NOT_IN_NAME.test(ranked[1]!) && !OBJECT_VERBS.test(ranked[1]!)) nameEnd = x + ranked[1]!.length;
  }
  if (nameEnd < 0) return null;
  // "浙江省21家国家级经开区参评": a province or city named right before the count scopes the class as 全省 does
  if (!scope && named) {
    for (let k = 4; k >= 2; k--) {
      const place = qStart - k >= clauseFrom ? placeAt(text, qStart - k) : null;
      if (place && place.full && place.form.length === k && place.level !== 'county' && NATIONAL_CLASS.test(text.slice(x, nameEnd)))
        return { start: qStart - k, end: nameEnd, name: place.form + text.slice(x, nameEnd), kind: 'region', id: null, omit: { start: qStart, end: x } };
    }
  }
  if (scope) {
    let start = qStart - scope[0].length;
    // "江西省内…": the region the scope word is within is part of the class's name.
    for (let k = 4; k >= 2; k--) {
      const place = start - k >= clauseFrom ? placeAt(text, start - k) : null;
      if (place && (place.form.length === k || (place.form.length === k + 1 && /[省市区县]/.test(scope[0][0]!)))) {
        start -= k;
        break;
      }
    }
    const scopeEnd = qStart - (scope[0].length - scope[0].trimEnd().length);
    return { start, end: nameEnd, name: text.slice(start, scopeEnd) + text.slice(x, nameEnd), kind: 'region', id: null, omit: { start: scopeEnd, end: x } };
  }
  // Without a scope word only a national class opening its clause ("8个国家高新区实现…").
  if (!NATIONAL_CLASS.test(text.slice(x, nameEnd)) || skipOpeners(text, clauseFrom, qStart) !== qStart) return null;
  return { start: x, end: nameEnd, name: text.slice(x, nameEnd), kind: 'region', id: null };
}

/** A name right after a quantity ("8万平方米的X", "20万吨X项目"), when the number modifies it. */
// Units of a size that can stand before a name without 的 ("20万吨X项目", "300亩X产业园").
const SIZE_UNITS = new Set(['m2', 'm3', 't', 'W', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'kV', 'm']);

function modifiedName(text: string, at: number, end: number, byStart: Map<number, Candidate[]>, unit: string): Candidate | null {
  const isSize = SIZE_UNITS.has(unit);
  let p = at;
  const post = /^(?:以上|左右|多|余)/.exec(text.slice(p, p + 2));
  if (post) p += post[0].length;
  // "投资30亿元建设X项目": the amount is the project's investment.
  if (unit === 'CNY') {
    const build = /^(?:用于|用来)?(?:建设|新建|打造|兴建|投建|筹建)/.exec(text.slice(p, p + 5));
    const built = build ? byStart.get(p + build[0].length)?.find((c) => c.kind === 'project') : undefined;
    if (built) return built;
  }
  const viaDe = text[p] === '的';
  if (viaDe) p++;
  const here = byStart.get(p);
  if (here?.length) {
    const best = here.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    // Without 的 only a size names its project ("20万吨X项目"); "首个95%X项目" is a predicate.
    if (viaDe || (best.kind === 'project' && isSize)) return best;
    // "设立15亿X基金": an amount right before a fund's name is its size.
    if (unit === 'CNY' && /基金$/.test(best.name)) return best;
  }
  if (!viaDe) return null;
  const fallback = nameByEnding(text, p, end);
  return fallback && fallback.kind !== 'org' ? fallback : null;
}

/**
 * The subject is the topic a clause opens with ("2021年，X营收…突破60亿元" → X), carried over to the
 * following clauses and sentences until another clause opens with a new one; "该公司"/"该区"/"该项目"
 * point back to the last one of their kind; a number in a quotation belongs to the speaker's body
 * ("“…我们…700人”Y董事长Z表示" → Y); a number that modifies a name ("8万平方米的X") belongs to X.
 * Names come from doc.parks / doc.organizations first (with subjectId), then from projects and a
 * fallback on name endings, "以下简称" short names and place names.
 */
export function linkSubjectsIn(doc: SourceDoc): Quantity[] {
  const text = doc.analysisText || doc.text;
  const candidates = collectCandidates(doc, text);
  const entities = entityIndex(text, candidates.filter((c) => c.id));
  const byStart = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byStart.get(c.start) ?? [];
    list.push(c);
    byStart.set(c.start, list);
  }
  const quantities = [...doc.quantities].sort((a, b) => a.textSpan.start - b.textSpan.start);
  const linked = new Map<string, Quantity>();
  const nextTitle = nextOf(text, '《');
  let qi = 0;
  let ci = 0;
  let article = -1;
  let previousEnd = -1;
  let carried: Candidate | null = null;
  const memory: Memory = {
    quantityAt: new Map(quantities.map((q) => [q.textSpan.start, q.textSpan.end])),
    lastCountAfterInner: quantities.reduce((last, q) => (text.charCodeAt(q.textSpan.start - 1) === 0x5185 ? Math.max(last, q.textSpan.start) : last), -1),
    nextShows: nextOf(text, '显示'),
    nextProves: nextOf(text, '表明'),
    last: new Map(),
    recent: [],
    topic: null,
  };

  for (const item of readItems(doc)) {
    if (item.article !== article) {
      article = item.article;
      memory.topic = null;
      carried = null;
      memory.last.clear();
      memory.recent.length = 0;
    } else if (previousEnd >= 0 && endsSentence(text, previousEnd) && !opensWithAnaphor(text, item.textSpan.start, item.textSpan.end)) {
      // A new paragraph starts a new topic unless it points back ("该区…", "园区…", "这些项目…") or the
      // last one broke off mid-sentence (a page or column break): until one of its clauses names one,
      // its numbers go to the article's main park (or, in an article that names no park, to the last topic).
      // Only a recognised name or a place carries over: a phrase found by its ending may be a category.
      if (memory.topic && (memory.topic.id || memory.topic.kind === 'region')) carried = memory.topic;
      memory.topic = null;
    }
    previousEnd = item.textSpan.end;
    const { start, end } = item.textSpan;
    // Only a speech is a unit of its own; a short quotation is a name or a slogan inside the clause.
    const speeches = speechRegions(text, start, end).filter((b) => b.close - b.open > SHORT_QUOTE && /[，。！？；,!?;]/.test(text.slice(b.open, b.close)));
    const quoteMarks = new Set<number>();
    for (const b of speeches) quoteMarks.add(b.open).add(b.close);
    let si = 0;
    let clauseFrom = start;
    let quoteTopic: Candidate | null = null;
    const waiting: Quantity[] = [];
    let inQuote: Bracketed | null = null;
    // Items of a "；"-separated list are parallel: a subject one item opens ends with it, and the next
    // item goes on with the topic the list started from (the one in force after its first item).
    let listBase: Candidate | null = null;
    let inList = false;
    // the topic before a breakdown's part ("其中X…") took over, restored at the sentence's end
    let breakdownBase: Candidate | null | undefined;
    for (let i = start; i <= end; i++) {
      const code = text.charCodeAt(i);
      // (an ideograph, most of the text, neither ends a clause nor marks a quotation: passed over before any look-up)
      if (i < end && code >= 0x4e00 && code <= 0x9fff) continue;
      if (i < end && !(clauseEndCode(code) && (code !== 0x2c || endsClauseAt(text, i))) && !((code === 0x201c || code === 0x201d || code === 0x300c || code === 0x300d) && quoteMarks.has(i))) continue;
      const c = text[i];
      // Clause text[clauseFrom, i): find its opening subject, then link the quantities inside it.
      while (si < speeches.length && speeches[si]!.close < clauseFrom) si++;
      const speech = si < speeches.length && speeches[si]!.open < clauseFrom + 1 && clauseFrom <= speeches[si]!.close ? speeches[si]! : null;
      if (speech !== inQuote) {
        inQuote = speech;
        quoteTopic = null;
      }
      const opening = i > clauseFrom ? openingSubject(text, clauseFrom, i, byStart, memory, entities) : null;
      // "…278平方公里，其中中新合作区80平方公里。园区实现…": a part named in a breakdown is the topic only until the
      // sentence ends; then the whole is again
      if (opening && breakdownBase === undefined && /^\s*其中[，,]?/.test(text.slice(clauseFrom, i))) breakdownBase = memory.topic;
      if (opening) {
        memory.topic = opening;
        if (inQuote) quoteTopic = opening;
      }
      // "15年后，X已…": a duration that only sets the time belongs to the subject of the clause after it.
      if (waiting.length) {
        const subject = opening ?? memory.topic ?? mainPark(doc, item.article) ?? carried;
        for (const q of waiting) linked.set(q.id, withSubject(q, subject, text, doc.text));
        waiting.length = 0;
      }
      while (qi < quantities.length && quantities[qi]!.textSpan.start < i) {
        const q = quantities[qi++]!;
        if (q.unit === 'year' && TIME_CLAUSE.test(text.slice(clauseFrom, i)) && !isSentenceEnd(c)) {
          waiting.push(q);
          continue;
        }
        let subject: Candidate | null = populationCounted(text, q.textSpan.start, q.textSpan.end, clauseFrom, end, q.unit) ?? modifiedName(text, q.textSpan.end, end, byStart, q.unit);
        if (!subject && /岁$/.test(q.surface)) subject = personBefore(q.textSpan.start, clauseStartOf(text, q.textSpan.start, start), doc);
        if (!subject && inQuote && !quoteTopic) subject = attribution(text, inQuote, end, byStart, entities) ?? memory.topic;
        subject ??= memory.topic ?? mainPark(doc, item.article) ?? carried ?? selfNamedPark(doc, text, item.article);
        // In an incentive clause ("对…项目给予补贴，最高500万元") a kind of project found by its ending is who
        // qualifies, not whose number it is: the amounts and thresholds are the policy's, so the article's park's.
        if (subject && !subject.id && subject.kind === 'project' && INCENTIVE.test(text.slice(sentenceStart(text, q.textSpan.start, start), sentenceEnd(text, q.textSpan.start, end))))
          subject = mainPark(doc, item.article) ?? subject;
        linked.set(q.id, withSubject(q, administeredPark(doc, text, subject, item.article) ?? subject, text, doc.text));
      }
      // Every name seen in the clause becomes the last of its kind, for "该…" further on.
      let lastInClause: Candidate | null = null;
      while (ci < candidates.length && candidates[ci]!.start < i) {
        const cand = candidates[ci++]!;
        if (cand.start >= start) remember(memory, cand);
        lastInClause = cand;
      }
      if (opening) remember(memory, opening);
      // "建设X基地，总投资…": a project a clause ends with is what the next clause goes on about.
      // So does a project named in quotation marks ("…申报“X”项目，获得900万元").
      if (lastInClause && lastInClause.kind === 'project' && (lastInClause.built || text[lastInClause.start] === '“') && lastInClause.end === i && !isSentenceEnd(c))
        memory.topic = lastInClause;
      // "发布《X》，分为2个…": what a published document is made of is counted about the document.
      // (only a clause with a title mark: the pattern is tried at every position of the clause)
      if (!isSentenceEnd(c) && i < end && holds(nextTitle, clauseFrom, i)) {
        const doc = publishedTitle(text, clauseFrom, i);
        if (doc && BREAKDOWN.test(text.slice(i + 1, i + 4))) memory.topic = doc;
      }
      if (c === '；' || c === ';') {
        if (!inList) {
          inList = true;
          listBase = memory.topic;
        } else memory.topic = listBase;
      } else if (isSentenceEnd(c)) inList = false;
      if (isSentenceEnd(c) && breakdownBase !== undefined) {
        if (breakdownBase) memory.topic = breakdownBase;
        breakdownBase = undefined;
      }
      clauseFrom = i + 1;
    }
    for (const q of waiting) linked.set(q.id, withSubject(q, memory.topic ?? mainPark(doc, item.article) ?? carried, text, doc.text));
  }
  return dropRepeats(doc.quantities.map((q) => linked.get(q.id) ?? q));
}

/**
 * A property stated again about the same subject in the same article ("220千伏" in every mention of a
 * substation, "12年" in a look-back) is one fact.
 */
// Units of properties a thing has (a voltage class, a process node, an age): stated again, they are the
// same fact. Amounts, shares and counts are not in it: two equal amounts are usually two facts.
const REPEATED_PROPERTY = new Set(['kV', 'V', 'kVA', 'nm', 'μm', 'mm', 'GHz', 'THz', 'MHz', 'Hz', 'W', 'kW', 'MW', 'GW', 'year']);

function dropRepeats(quantities: Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return quantities.filter((q) => {
    if (!REPEATED_PROPERTY.has(q.unit)) return true;
    const key = `${q.article}|${q.subjectId ?? q.subject}|${q.unit}|${q.value}|${q.qualifier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The slot of the last recognised name of each kind, beside the last name of it ("park:entity"): made once, not a new
// string for each name remembered.
const ENTITY_SLOT = {} as Record<SubjectKind, SubjectKind>;
for (const kind of ['park', 'org', 'project', 'region', 'sector'] as const) ENTITY_SLOT[kind] = `${kind}:entity` as SubjectKind;

function remember(memory: Memory, c: Candidate): void {
  memory.last.set(c.kind, c);
  if (c.id) memory.last.set(ENTITY_SLOT[c.kind], c);
  if (memory.recent[memory.recent.length - 1] !== c) memory.recent.push(c);
  if (memory.recent.length > 32) memory.recent.splice(0, memory.recent.length - 32);
}

/**
 * A person named earlier in the clause: whose age "45岁" is (the last mention there, in the order of the document's
 * people; read from them where asked, which few quantities are, rather than copied for every document).
 */
function personBefore(at: number, from: number, doc: SourceDoc): Candidate | null {
  let found: Candidate | null = null;
  for (const p of doc.people ?? [])
    for (const m of p.mentions)
      if (m.textSpan.start >= from && m.textSpan.end <= at) found = { start: m.textSpan.start, end: m.textSpan.end, name: p.name, kind: 'org', id: p.id };
  return found;
}

function clauseStartOf(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isClauseEndCode(text.charCodeAt(i - 1))) i--;
  return i;
}

// Words of an incentive clause: a benefit given to those who qualify.
const INCENTIVE = /给予|补助|补贴|奖励|奖补|资助|扶持|贴息|减免|返还/;

// A park's own administration ("某高新区管委会", "区管委会", "园管局"): what it reports is about its park.
const PARK_ADMINISTRATION = /(?:管委会|管理委员会|管理局|管局|党工委)$/;

/** The park a park administration runs: the park its name contains, or the article's park for "区管委会". */
function administeredPark(doc: SourceDoc, text: string, subject: Candidate | null, article: number): Candidate | null {
  if (!subject || subject.kind === 'park' || subject.kind === 'region' || subject.kind === 'project') return null;
  const name = text.slice(subject.start, subject.end).replace(/\s+/g, '');
  const admin = PARK_ADMINISTRATION.exec(name);
  if (!admin) return null;
  const rest = name.slice(0, admin.index);
  if (!rest || rest === '区' || rest === '园' || isGenericParkName(rest)) return mainPark(doc, article);
  for (const park of doc.parks ?? []) {
    const mention = park.mentions.find((m) => m.textSpan.start >= subject.start && m.textSpan.end <= subject.start + rest.length);
    if (mention) return { start: mention.textSpan.start, end: mention.textSpan.end, name: park.name, kind: 'park', id: park.id };
  }
  return null;
}

// A park naming itself by its type alone ("经开区…", "我区…" on a park's own site).
const SELF_NAMED_PARK = /(?:经开区|高新区|开发区|综保区|保税区|自贸区|新区|产业园区|工业园区|产业园|工业园|科技园|园区)/g;
// What may stand right before it: a clause boundary, 全/本/我/该, or the end of a time word ("上半年经开区").
const SELF_NAMED_BEFORE = /[，。；：、“”（）\s,;:全本我该年月日度]/u;
const selfNamed = new WeakMap<SourceDoc, Map<number, Candidate>>();

/**
 * In an article that names no park, the type word it opens clauses with ("经开区规上工业增加值增长…") is
 * the park the article is about: its numbers go to that word as printed, with no entity behind it.
 */
function selfNamedPark(doc: SourceDoc, text: string, article: number): Candidate | null {
  let perArticle = selfNamed.get(doc);
  if (!perArticle) {
    // every article's first such word, in one pass over the document's items
    selfNamed.set(doc, (perArticle = new Map()));
    for (const item of readItems(doc)) {
      if (perArticle.has(item.article)) continue;
      const slice = text.slice(item.textSpan.start, item.textSpan.end);
      for (const m of slice.matchAll(SELF_NAMED_PARK)) {
        if (m.index! > 0 && !SELF_NAMED_BEFORE.test(slice[m.index! - 1]!)) continue;
        const start = item.textSpan.start + m.index!;
        perArticle.set(item.article, { start, end: start + m[0].length, name: m[0], kind: 'park', id: null });
        break;
      }
    }
  }
  return perArticle.get(article) ?? null;
}

/** The park an article mentions most: the subject of last resort. */
function mainPark(doc: SourceDoc, article: number): Candidate | null {
  let best: Candidate | null = null;
  let count = 0;
  const text = doc.analysisText || doc.text;
  // A park named only as an item of an enumeration ("包括A、B、C等12个项目") is no topic of the article.
  const listed = (m: { textSpan: { start: number; end: number } }) =>
    text[m.textSpan.start - 1] === '、' || text[m.textSpan.end] === '、' || text[m.textSpan.end] === '等';
  for (const park of doc.parks ?? []) {
    const mentions = park.mentions.filter((m) => m.article === article && !listed(m));
    if (mentions.length > count) {
      count = mentions.length;
      best = { start: mentions[0]!.textSpan.start, end: mentions[0]!.textSpan.end, name: park.name, kind: 'park', id: park.id };
    }
  }
  return best;
}

/** The speaker's organisation or park: a name right after the closing quote ("”X董事长Y表示"). */
/** The field a post is of, printed between its body and the title ("行政总监", "首席执行官", "常务副总经理"). */
const POST_FIELD = /^(?:行政|技术|财务|市场|运营|营销|销售|人力资源|品牌|研发|生产|质量|首席|常务|执行|副)+$/;

function attribution(text: string, speech: Bracketed, end: number, byStart: Map<number, Candidate[]>, entities: Entities): Candidate | null {
  if (!speech.closed) return null;
  let p = speech.close + 1;
  if (p < end && /[，,]/.test(text[p]!)) p++;
  // "”5月初，X厂长Y说": a time before the speaker is no part of the name.
  const q = skipOpeners(text, p, end);
  if (q > p && q < end) p = q < end && /[，,]/.test(text[q]!) ? q + 1 : q;
  // "”X董事长Y表示": X, the body the speaker's title belongs to — the name right before the title.
  const title = SPEAKER_TITLE.exec(text.slice(p, Math.min(end, p + 30)));
  if (title) {
    let titleAt = p + title[1]!.length;
    // "某某分院分党组书记": the body's Party group is part of the post, the body before it the speaker's
    const party = /(?:分党组|党组|党委|党总支|党支部)$/.exec(title[1]!);
    if (party && title[1]!.length > party[0].length + 1) titleAt -= party[0].length;
    // "某市政府有关负责人": "the relevant official of" the body, whose name ends before 有关
    if (/(?:有关|相关)$/.test(text.slice(p, titleAt)) && titleAt - 2 > p) titleAt -= 2;
    // (a field of the post may stand between the body and the title: "某某有限责任公司行政总监")
    for (let s = p; s < titleAt; s++) {
      const ending = byStart.get(s)?.find((c) => c.kind !== 'project' && (c.end === titleAt || (c.end < titleAt && POST_FIELD.test(text.slice(c.end, titleAt)))));
      if (ending) return ending;
    }
    // "江城区内企业X董事长": after a generic word for what X is.
    let from = p;
    const generic = /(?:企业|公司|单位|机构)(?=[^企业公司单位机构]{2,})/g;
    for (const m of title[1]!.matchAll(generic)) from = p + m.index! + m[0].length;
    const name = text.slice(from, titleAt);
    // ("某某去年4月起出任某某行政总裁": a date inside says when someone took the post, the words are no body)
    // (nor is a common word: "行政" of 行政总监)
    const commonWord = isDictWord(name) && !/^(?:nr|ns|nt|nz|j)/.test(tagOf(name));
    if (name.length >= 2 && !commonWord && !NOT_IN_NAME.test(name) && !NOT_A_NAME_START.test(name) && !OBJECT_VERBS.test(name) && !DATE_INSIDE.test(name)) {
      const known = byStart.get(from)?.find((c) => c.end === titleAt);
      return known ?? withEntityId({ start: from, end: titleAt, name, kind: 'org', id: null }, entities);
    }
  }
  const here = byStart.get(p)?.filter((c) => c.kind !== 'project');
  if (here?.length) return here.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const fallback = nameByEnding(text, p, end);
  if (fallback) return withEntityId(fallback, entities);
  return null;
}

// Titles of people who speak for an organisation (source: common job titles in Chinese news usage).
const SPEAKER_TITLE = /^(.{2,20}?)(?:党委书记|党工委书记|董事长|副董事长|总经理|副总经理|总裁|副总裁|首席执行官|创始人|负责人|相关负责人|主任|副主任|院长|副院长|所长|局长|副局长|书记|经理|总监|部长|校长|会长|秘书长|主席|总工程师|理事长|社长|厂长|站长|行长|馆长|董事)/;

/** The attribute without the subject's own name in front of it. */
function withSubject(q: Quantity, subject: Candidate | null, text: string, printedText: string): Quantity {
  if (!subject) return q;
  let attribute = q.attribute;
  // A name found here (not by a recogniser) is reported as printed: traditional script stays traditional.
  // The subject is the name as printed at the mention (an alias, perhaps); subjectId gives the entity.
  const printed = (subject.omit
    ? printedText.slice(subject.start, subject.omit.start) + printedText.slice(subject.omit.end, subject.end)
    : printedText.slice(subject.start, subject.end)
  ).replace(/\s+/g, '');
  // A bare type word ("产业园", "该公司") names nothing by itself: then the entity's own name.
  const generic = subject.id && (isGenericParkName(printed) || /^(?:该|本|这家)?(?:公司|企业|集团|中心|基地|项目)$/.test(printed));
  const name = (generic ? subject.name : printed) || subject.name;
  const analysed = text.slice(subject.start, subject.end).replace(/\s+/g, '');
  for (const form of [printed, analysed, subject.name]) {
    if (attribute && form && attribute.startsWith(form) && attribute.length > form.length) attribute = attribute.slice(form.length);
  }
  return { ...q, subject: name, subjectId: subject.id, attribute };
}

export const linkSubjects = defineStage({
  name: 'linkSubjects',
  requires: ['quantities', 'parks', 'organizations'],
  assigns: ['quantities-linked'],
  run(doc) {
    return { ...doc, quantities: linkSubjectsIn(doc) };
  },
});

// Finds people: a surname-led name after a job title ("董事长王某某表示"), before an academic honour
// ("王某院士"), or before a speech verb ("李某说"), with the title as printed and the organisation it belongs to
// (the body named before the title, or the company "该公司" refers to). Bylined journalists are not people.
import { placeAt, placesIn } from '../lexicon/places.js';
import { surnameAt } from '../lexicon/surnames.js';
import { CONTACT_LABEL, TITLE_WORDS } from '../lexicon/titles.js';
import { titlesIn } from './entities/extendName.js';
import { TITLES } from './entities/endings.js';
import { isGenericParkName } from '../resolve/park-key.js';
import { defineStage } from '../stage.js';
import type { Mention, Person, SourceDoc } from '../types.js';
import { blocksOf, firstAtOrAfter, mentionAt, tokenAt, type Block } from './entities/blocks.js';
import { isDictWord, tagOf } from './entities/tokens.js';
import { readTitleChain } from './entities/titleChain.js';
import { BRACKET_ASIDE, matchesOf } from './entities/text.js';

/** A press release's contact line opening a paragraph's line (the reader keeps the line as a paragraph of its own). */
const CONTACT = new RegExp(`(?:^|\\n)\\s*${CONTACT_LABEL}\\s*`, 'gu');
/** A short aside in brackets ("（以下简称某某）", "（某某港）") standing between a body and a post. */
const ASIDE = new RegExp(`^${BRACKET_ASIDE}`, 'u');
/** What follows the name on a contact line: a post and nothing else (a telephone number is no post). */
const CONTACT_POST = /^[\p{Script=Han}]{0,12}?(?:长|主任|经理|书记|专员|秘书|科员|主管|处长)[）)]?\s*$/u;

/** Short forms of posts used with a surname to address someone (王总, 陈董, 李工 "engineer", 张老师). */
const ADDRESSED_AS = /^(?:总|董|工|老师|主任|局|处|所|院|校)$/;

const TITLE_END = new RegExp(`(?:${TITLE_WORDS.join('|')})$`);
/** What may follow a name: a speech or action verb, a preposition, punctuation ("…马某某表示", "…王某在…"). */
const AFTER_NAME =
  /^($|[\s，。、；：:“”"（(！？!?,;)）]|表示|说|所(?:说|言|述|讲|称)|作为|作(?:工作)?(?:表态|报告|重要|讲话|发言|总结|部署|动员|交流|汇报|说明|介绍)|介绍|告诉|认为|指出|坦言|透露|强调|提到|称|谈到|解释|分析|回忆|感慨|笑着|对|在|带领|如是说|向|也|还|则|就|等|和|及|与|的|团队|一行|先生|女士|同志|教授|院士|博士|研究员|边|正|曾|已|率|指导|亲自|接受|看来|直言|希望|建议|主持|出席|参加|致辞|讲话|发言|以|将|是|从|同|把|要|一直|为|带队|陪同|莅临|出席|一同|前往|来到|赴|随团|随同|随行|参观|考察|调研|视察|道出|回应|感叹|补充|呼吁|提醒|评价|点评|举例|说起)/;
/** Honours written after a name ("赵某院士团队"). */
const HONOUR_AFTER = /^(院士|教授|研究员|博士)/;
/** "该公司总经理…": the title belongs to the company the paragraph is about. */
const ANAPHOR = /(该|这家|此)(公司|企业|集团|院|所|局|中心|实验室|大学|学院|园区|基地|机构)$/;
/** Titles that are descriptions rather than posts: a name after them is still a person, but they name no org. */
const NO_ORG_TITLE = /^(职工|员工|工作人员|研发人员|技术员|专家|博士|博士后)$/;
/** A post named after its body's last character ("局长" after "某某局"); prefixes it may take ("副", "分"). */
const SHARED_POST = /^[局署厅处科所院队镇乡县市区省站]长$/;
const POST_MODIFIERS = /(?:常务副|执行副|副|总|分|支|大|代理|代)+$/;
const PUNCT = /[\s，。；：:“”"！？!?（）()《》]/;
// Char codes, so scanning a block allocates no one-character strings.
const BOUNDARY_CODES = new Set(Array.from(' \n\t\u3000，。；：:“”"！？!?（）()《》、,;', (c) => c.charCodeAt(0)));
/** A name stands alone before these speech and attendance verbs ("”李某说。", "李某一行…", "，李某主持，王某、赵某参加"). */
const ATTENDANCE_VERBS = ['主持', '出席', '参加', '陪同'];
const SPEECH_ANY = new RegExp(['说', '表示', '介绍', '告诉记者', '认为', '指出', '坦言', '透露', '强调', '谈到', '直言', '一行', ...ATTENDANCE_VERBS].join('|'), 'g');

interface EntitySpan {
  start: number;
  end: number;
  name: string;
  kind: string;
  article: number;
}

interface Found {
  name: string;
  start: number;
  end: number;
  article: number;
  title: string | null;
  org: string | null;
}

/** Length of the name starting at `at`, given what must follow it; 0 when there is none. */
function nameAt(text: string, at: number, block?: Block): number {
  const surname = surnameAt(text, at);
  if (!surname) return 0;
  // A name begins a word: not inside one that begins before it ("领导|班子多为…" is 领导班子, no 班子多).
  if (block) {
    const t = tokenAt(block, block.start + at);
    if (t && t.start < block.start + at && t.end >= block.start + at + 2 && t.word.length >= 3 && t.tag && !/^nr/.test(t.tag)) return 0;
  }
  for (const given of [2, 1]) {
    const end = at + surname + given;
    if (end > text.length) continue;
    const name = text.slice(at, end);
    if (!/^\p{Script=Han}+$/u.test(name)) continue;
    // A name's last character must not be the start of what follows it ("李某说" is not a three-character name).
    // (unless an honour follows the longer name: "惠某正教授" is 惠某正, though 正 can follow a name too)
    if (given === 2 && AFTER_NAME.test(text.slice(at + surname + 1)) && !/^[\s，。、；：:“”"（(！？!?,;)）]/.test(text.slice(at + surname + 1)) && !HONOUR_AFTER.test(text.slice(end))) continue;
    // "邱某|共同签署": a name does not end inside a word the cut reads across its end ("戴某|平等出席" lists the name
    // before 等)
    if (given === 2 && block && text[end] !== '等') {
      const last = tokenAt(block, block.start + end - 1);
      if (last && last.start === block.start + end - 1 && last.end > block.start + end && last.tag && !/^nr/.test(last.tag)) continue;
    }
    if (AFTER_NAME.test(text.slice(end))) return surname + given;
  }
  // After a title, a name runs up to the next dictionary word ("书记某某某宣布…"): jieba leaves an unknown name in
  // single characters, so the first word of two or more known characters marks where the name ends.
  if (block) {
    for (const given of [2, 1]) {
      const end = at + surname + given;
      const next = tokenAt(block, block.start + end);
      const inside = tokenAt(block, block.start + end - 1);
      // (not before a place: "企业代表齐聚蓉城" is a verb and its object, no name)
      if (!next || next.start !== block.start + end || next.word.length < 2 || !next.tag || /^(?:nr|ns)/.test(next.tag)) continue;
      if (!inside || inside.end !== block.start + end || inside.start < block.start + at) continue;
      if (/^\p{Script=Han}+$/u.test(text.slice(at, end))) return surname + given;
    }
  }
  return 0;
}

// Surnames that are far more often function words ("后", "从", "对" …).
const FUNCTION_SURNAMES = new Set(Array.from('后和从与对经自时当将就才向'));

/** True when a candidate looks like an ordinary word rather than a name ("公司", "高新"). */
function isCommonWord(name: string, titled = false): boolean {
  // 其 and 和 are function words, but also given-name characters ("张其某", "副区长关和某介绍"): after a title
  // the name is expected
  if ((titled ? /[了的着过们在是与及等之这那]/ : /[了的着过们在是和与及等之其这那]/).test(name.slice(1))) return true;
  // "和贵州…", "向上海…": a place right after the would-be surname.
  // (a county's weak short form is no evidence against a name: "高阳" is a county and a person)
  // (a county's weak short form as the given name is a name: "越福泉", 福泉 of 福泉市)
  const whole = placeAt(name, 0);
  const inner = placeAt(name, 1);
  if ((inner && (!inner.weak || FUNCTION_SURNAMES.has(name[0]!))) || (whole?.form === name && !whole.weak)) return true;
  // "院长后首次出席": a surname that is far more often a function word, before a dictionary word, is that word
  if (FUNCTION_SURNAMES.has(name[0]!) && name.length === 3 && isDictWord(name.slice(1)) && !/^nr/.test(tagOf(name.slice(1)))) return true;
  // "高新区党工委委员…": a bare park kind before a title is the body, not a person named 高新区
  if (isGenericParkName(name) || /(?:新区|园区|开区|新城)$/.test(name)) return true;
  if (!isDictWord(name)) return false;
  return !/^(nr|ns|nz)/.test(tagOf(name));
}

function overlaps(spans: EntitySpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** "李某某理事长", "宣某某资深顾问": a surname-led name of two or three characters and the post after it. */
function isNameAndTitle(segment: string): boolean {
  const m = TITLE_END.exec(segment);
  if (!m) return false;
  const head = segment.slice(0, m.index).replace(/(?:资深|首席|高级|名誉|荣誉)+$/, '');
  return head.length >= 2 && head.length <= 3 && surnameAt(head, 0) > 0 && !placeAt(head, 0) && !isDictWord(head) && !/[局署厅处科所院队会委办部]$/.test(head);
}

/** Titles opening with a level character ("区领导", "市领导"). */
const LEVEL_LEAD = /^[省市区县州]./u;

/** Words for the members of a group of officials ("领导", "市领导", "区领导"), not one person's post. */
const GROUP_TITLE = /^[省市区县镇乡]?领导$/;

export function recognizePeople(doc: SourceDoc): Person[] {
  const blocks = blocksOf(doc);
  const journalists = new Set<string>();
  for (const a of doc.articles) for (const list of Object.values(a.byline)) for (const n of list as string[]) journalists.add(n.replace(/\s+/g, ''));
  // Fields copied one by one: spreading the spans (`...m.textSpan`) took the slow generic copy, ten times the cost
  // (and plain loops: flatMap and array spreads took their generic paths too).
  let entities: EntitySpan[] = [];
  for (const p of doc.parks) for (const m of p.mentions) entities.push({ start: m.textSpan.start, end: m.textSpan.end, name: p.name, kind: 'park', article: m.article });
  for (const o of doc.organizations) for (const m of o.mentions) entities.push({ start: m.textSpan.start, end: m.textSpan.end, name: o.name, kind: o.kind, article: m.article });
  entities.sort((a, b) => a.start - b.start);
  const found: Found[] = [];
  /** Records the name unless it is no person's; false when it is an ordinary word ("代表" after "总经理"). */
  const accept = (block: Block, at: number, length: number, title: string | null, org: string | null): boolean => {
    const start = block.start + at;
    const end = start + length;
    const name = block.text.slice(at, at + length);
    if (journalists.has(name) || overlaps(entities, start, end) || found.some((f) => f.start < end && start < f.end)) return true;
    if (isCommonWord(name, title !== null)) return false;
    // "实行领导…周协调例会": after the word for officials as a group, a verb word read as a given name makes no person
    // (a one-character given name may be a verb too: "唐超")
    if (title !== null && GROUP_TITLE.test(title) && name.length === 3 && /^v/.test(tagOf(name.slice(1)))) return false;
    if (title === null && isDictWord(name.slice(0, 2)) && !/^nr/.test(tagOf(name.slice(0, 2)))) return false;
    found.push({ name, start, end, article: block.article, title, org });
    return true;
  };
  const all = entities;
  const longest = all.reduce((n, e) => Math.max(n, e.end - e.start), 0);
  for (const block of blocks) {
    const text = block.text;
    // Only the entities of this block matter to its names (keeps the per-name checks short); they are in text
    // order, so a binary search finds the first that can reach into the block.
    entities = [];
    for (let k = firstAtOrAfter(all, block.start - longest); k < all.length && all[k]!.start < block.end; k++) if (all[k]!.end > block.start) entities.push(all[k]!);
    for (const m of titlesIn(block)) {
      let ts = m.index;
      const te = ts + m.word.length;
      // "某某经开区领导": the level character of "区领导" ends the park's name; the title is 领导, the park its body
      if (LEVEL_LEAD.test(m.word) && TITLES.at(text, ts + 1) === m.word.slice(1) && entities.some((e) => e.end === block.start + ts + 1)) ts++;
      if (text.slice(Math.max(0, ts - 2), ts) === '记者') continue;
      // "惠科长沙直显…": a place the cut reads across the title's end shows the title to be letters of two words
      // ("副秘书长沙某某" is cut 秘书长|沙: there the title is one)
      // (a place must start at the title's last character: most titles are not read against the cut at all)
      const across = placeAt(text, te - 1) ? tokenAt(block, block.start + te - 1) : null;
      if (across && across.start > block.start + ts && across.end > block.start + te && across.tag === 'ns') continue;
      // "须待董事会批准": a board (董事会, 理事会, 监事会) is a body, not its members' title.
      if (text[te] === '会' && /(?:董事|理事|监事|股东)$/.test(m.word)) continue;
      // Name after the title, then any names listed after it ("院士王某、李某等"); a concurrent post's mark may
      // stand between ("党工委书记（兼）王某").
      let at = te;
      const concurrent = /^[（(]兼[）)]/u.exec(text.slice(te, te + 3));
      if (concurrent) at += concurrent[0].length;
      const namesFrom = at;
      const chain = titleAndOrg(doc, block, ts, te, entities, all);
      const org = chain.org;
      // ("《某某时报》原总经理": the closing mark of a body's name in marks is no part of the title)
      const title = chain.title.replace(/^[》”」』）)]+/u, '');
      // "王某书记和李某主任": 和 after a title joins the next person; it is no surname when a name follows it
      const joined = '和与及'.includes(text[at] ?? '') && nameAt(text, at + 1, block) > 0;
      for (let length = joined ? 0 : nameAt(text, at, block); length; ) {
        // (an ordinary word after the title, "总经理代表…", is no name: the name may stand before the title)
        if (!accept(block, at, length, title, NO_ORG_TITLE.test(m.word) ? null : org) && at === namesFrom && isDictWord(text.slice(at, at + length))) break;
        at += length;
        // "、" or a last "及"/"和" before the next name of the list
        if (text[at] !== '、' && text[at] !== '及' && text[at] !== '和') break;
        at++;
        length = nameAt(text, at, block);
        // a name right after the title's list, never a title of its own ("…和总经理…"), nor the body of the next
        // post ("、某镇长…": the characters before a title are its body)
        if (length && (TITLES.at(text, at) !== null || TITLES.at(text, at + length) !== null)) break;
      }
      // Name before a title ("…大学赵某院士团队", "、李某理事长", "某市李某副市长"): only right after a boundary,
      // a named body or a place, so the characters before a title are not taken for a name by chance.
      const honour = HONOUR_AFTER.test(m.word);
      // A title with a name after it has its body, not another name, before it ("、某镇长王某"). A post's
      // modifiers stand between the name and the post word ("某某副总队长": 副总 + 队长).
      const mods = at > namesFrom ? '' : (text.slice(Math.max(0, ts - 6), ts).match(POST_MODIFIERS)?.[0] ?? '');
      const postStart = ts - mods.length;
      for (const length of at > namesFrom ? [] : [3, 2, 4]) {
        const s = postStart - length;
        if (s < 0 || surnameAt(text, s) === 0 || (length === 4 && surnameAt(text, s) !== 2)) continue;
        if (!/^\p{Script=Han}+$/u.test(text.slice(s, postStart))) continue;
        const before = block.start + s;
        const prev = entities.find((e) => e.end === before);
        const placeBefore = placesIn(text.slice(Math.max(0, s - 6), s)).some((p) => p.at + p.form.length === Math.min(6, s));
        // "由某某局长主持": 由 introduces whoever presides, so a name may follow it before any title
        const boundary = s === 0 || PUNCT.test(text[s - 1]!) || text[s - 1] === '、' || prev || placeBefore || (honour ? '的由和与' : '由').includes(text[s - 1]!);
        if (!boundary) continue;
        accept(block, s, length, doc.text.slice(block.start + postStart, block.start + te), prev?.name ?? null);
        break;
      }
    }
    // A press release's contact line: "本案发言人：某某某 副处长", "联系人：某某（某某科科长）".
    // (a cheap test first: a contact line's label ends in 人 right before its colon)
    for (const contact of /人\s*[:：]/.test(text) ? text.matchAll(CONTACT) : []) {
      const at = contact.index! + contact[0].length;
      const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const length = [3, 2, 4].find((k) => {
        const after = text.slice(at + k, lineEnd);
        return surnameAt(text, at) > 0 && /^\p{Script=Han}+$/u.test(text.slice(at, at + k)) && /^(?:\s+|[（(])/u.test(after) && CONTACT_POST.test(after.replace(/^[\s（(]+/u, ''));
      });
      if (length) accept(block, at, length, doc.text.slice(block.start + at + length, block.start + lineEnd).replace(/^[\s（(]+|[）)]?\s*$/gu, '') || null, null);
    }
    // "”李某说。": a name standing alone before a speech verb, after a sentence boundary; before an attendance
    // verb, the names listed with it ("，王某、赵某参加").
    for (const m of matchesOf(SPEECH_ANY, text)) {
      for (let end = m.index!; end > 0; ) {
        let at = -1;
        for (const length of [3, 2, 4]) {
          const i = end - length;
          if (i < 0 || !(i === 0 || BOUNDARY_CODES.has(text.charCodeAt(i - 1)))) continue;
          const surname = surnameAt(text, i);
          if (!surname || (length === 4 && surname !== 2) || length - surname < 1 || length - surname > 2) continue;
          if (!/^\p{Script=Han}+$/u.test(text.slice(i, end))) continue;
          // "黄处长指出", "王总表示": a surname and a post is how someone is addressed, not a name
          if (TITLES.at(text, i + surname)?.length === length - surname || ADDRESSED_AS.test(text.slice(i + surname, end))) break;
          accept(block, i, length, null, null);
          at = i;
          break;
        }
        if (at <= 0 || text[at - 1] !== '、' || !ATTENDANCE_VERBS.includes(m[0])) break;
        end = at - 1;
      }
    }
  }
  entities = all;
  // "由某委副主委陈某某主持……从陈副主委某某手中": the formal order (surname, post, given name) names the same person
  // as the full name elsewhere, not a person called by the given name alone.
  const names = new Set(found.map((f) => f.name));
  // (read in the analysis text, where the names are: the printed title may be in traditional script)
  const formal = (f: Found) => {
    if (!f.title || f.name.length > 2) return false;
    const title = doc.analysisText.slice(f.start - f.title.length, f.start);
    return surnameAt(title, 0) === 1 && names.has(title[0] + f.name);
  };
  // One Person per name; later mentions (and other occurrences of the name) are its mentions.
  const byName = new Map<string, Found[]>();
  for (const f of found.filter((x) => !formal(x)).sort((a, b) => a.start - b.start)) {
    const list = byName.get(f.name) ?? [];
    list.push(f);
    byName.set(f.name, list);
  }
  const people: Person[] = [];
  for (const [name, list] of byName) {
    const spans = new Set(list.map((f) => f.start));
    const mentions: Mention[] = list.map((f) => mentionAt(doc, f.start, f.end, f.article));
    // Where the name occurs on the page (overlapping ones too), found by one search of the whole text instead of
    // one a block; each block takes those inside it, left to right and apart, as a search of its own text would.
    const occurrences: number[] = [];
    for (let i = doc.analysisText.indexOf(name); i >= 0; i = doc.analysisText.indexOf(name, i + 1)) occurrences.push(i);
    for (const block of blocks) {
      let from = block.start;
      for (const start of occurrences) {
        if (start < from || start + name.length > block.end) continue;
        from = start + name.length;
        if (spans.has(start) || overlaps(entities, start, start + name.length)) continue;
        spans.add(start);
        mentions.push(mentionAt(doc, start, start + name.length, block.article));
      }
    }
    mentions.sort((a, b) => a.textSpan.start - b.textSpan.start);
    // a post named where the person acts ("某某党工委书记某某") over a group's word for its members ("区领导…、…等陪同")
    const titled = list.find((f) => f.title && !GROUP_TITLE.test(f.title)) ?? list.find((f) => f.title) ?? list[0]!;
    people.push({ id: `person${people.length + 1}`, name: doc.text.slice(list[0]!.start, list[0]!.end), title: titled.title, org: titled.org ?? list.find((f) => f.org)?.org ?? null, mentions });
  }
  return people;
}

/** doc.text[block.start + s, block.start + e): a part of a block as printed (traditional stays traditional). */
function printedIn(doc: SourceDoc, block: Block, s: number, e: number): string {
  return doc.text.slice(block.start + s, block.start + e);
}

/**
 * The title as printed (from the end of the named body before it, across "、"-joined posts, to the name) and
 * the body it belongs to: the entity ending where the title chain starts, or the one "该公司" refers to.
 */
function titleAndOrg(doc: SourceDoc, block: Block, ts: number, te: number, entities: EntitySpan[], all: EntitySpan[]): { title: string; org: string | null } {
  const text = block.text;
  const absTs = block.start + ts;
  // (titles are read from the repaired text as printed, printedIn: the offsets are shared)
  const word = text.slice(ts, te);
  // "某某管理局长": a recognised body that ends inside the post, sharing its first character.
  if (SHARED_POST.test(word)) {
    for (const e of entities) {
      if (e.end !== absTs + 1 || e.start >= absTs || e.kind === 'park') continue;
      const mods = text.slice(0, ts).match(POST_MODIFIERS)?.[0] ?? '';
      // "某支队副支队长": the body ends before the prefixed post, which it does not share; read as a chain below.
      if (mods && text[ts - mods.length - 1] === word[0]) break;
      // A branch printed after its parent body ("某某署某某分署", "某省科技厅某处"): the parent is part of the name.
      const chain = readTitleChain(text, ts, word).body;
      const parent = chain && chain.end === e.end - block.start && chain.start < e.start - block.start ? text.slice(chain.start, e.start - block.start) : '';
      const org = /[局署厅处委部会院所]$/.test(parent) ? printedIn(doc, block, chain!.start, chain!.end) : fullestForm(doc, e.name);
      return { title: printedIn(doc, block, ts - mods.length, te), org };
    }
  }
  // The nearest entity ending before the title, with only title words and "、" between.
  let org: EntitySpan | null = null;
  for (const e of entities) {
    if (e.end > absTs || e.end < absTs - 24 || e.end <= block.start) continue;
    // An alias in brackets may stand between the body and the title: "某公司（以下简称某某）董事长…".
    // (or its short name: "某某管理有限公司（某某港）行政总裁…")
    const between = text.slice(e.end - block.start, ts).replace(/^[)）]/, '').replace(ASIDE, '');
    if (/[，。；：:“”"！？!?（）(),;]/.test(between)) continue;
    // Across "、" only a chain of posts: "某局局长王某、某镇镇长" is two people, not one chain.
    // (nor across a name and its title: "某公会李某某理事长、宣某某资深顾问、立法委员高某某" are three people)
    if (between.includes('、') && between.split('、').slice(0, -1).some((seg, k) => ((seg || k) && !TITLE_END.test(seg)) || isNameAndTitle(seg))) continue;
    if (!org || e.end > org.end) org = e;
  }
  // "某高新区党工委书记、某区委书记王某": a chain of posts belongs to the body named before the first of them.
  for (let guard = 0; org && guard < 4; guard++) {
    const before = org.start - block.start;
    if (text[before - 1] !== '、') break;
    let prev: EntitySpan | null = null;
    for (const e of entities) {
      if (e.end > org.start - 1 || e.end < org.start - 16 || e.end <= block.start) continue;
      const between = text.slice(e.end - block.start, before - 1);
      if (!between || /[，。；：:“”"！？!?（）(),;、]/.test(between) || !TITLE_END.test(between)) continue;
      if (!prev || e.end > prev.end) prev = e;
    }
    if (!prev) break;
    org = prev;
  }
  if (org) {
    let from = org.end - block.start;
    while (from < ts && /[)）、\s]/.test(text[from]!)) from++;
    from += ASIDE.exec(text.slice(from, ts))?.[0].length ?? 0;
    let name = org.name;
    // "某某市委副书记": the committee's "市委" is printed as part of the post.
    if (/[省市区县]委$/.test(org.name) && from === org.end - block.start) from -= 2;
    // "某高新区管委会副主任": the post belongs to the park, and its administration is part of the post.
    const admin = org.name.match(/(?:党工委|管委会)$/);
    const park = admin && doc.parks.find((p) => p.name === org!.name.slice(0, admin.index));
    if (park && from === org.end - block.start) {
      from -= admin![0].length;
      name = park.name;
    }
    // "某公司董事长某某和总经理某某": the second post, after the first holder and a conjunction, is the second's alone
    // (a conjunction inside a post or a name, "国际业务及中国总裁", joins no holders)
    const joined = /(\p{Script=Han}+?)(?:博士|先生|女士|教授|院士)?[和及与]([^和及与]*)$/u.exec(text.slice(from, ts));
    const holder = joined && [3, 2].map((k) => joined[1]!.slice(-k)).find((n) => surnameAt(n, 0) > 0 && (!isDictWord(n) || /^nr/.test(tagOf(n))));
    if (holder) from = ts - joined![2]!.length;
    // ("局长甲与副区长乙签署…": 与 joins the two parties of an act, and the second post is not the first's body's)
    // (nor one that names its own body before the post: "局长甲和某某港公众使命总监乙")
    const otherParty = !!holder && (text[from - 1] === '与' || from < ts);
    return { title: from < te ? printedIn(doc, block, from, te) : printedIn(doc, block, ts, te), org: otherParty ? null : name };
  }
  const head = text.slice(Math.max(0, ts - 6), ts);
  if (ANAPHOR.test(head)) {
    const kind = head.match(ANAPHOR)![2]!;
    const wanted = /公司|企业|集团/.test(kind) ? 'enterprise' : null;
    let best: EntitySpan | null = null;
    for (const e of all) {
      if (e.start >= absTs || e.article !== block.article) continue;
      if (wanted && e.kind !== wanted) continue;
      if (!wanted && !e.name.endsWith(kind)) continue;
      if (!best || e.start > best.start) best = e;
    }
    return { title: printedIn(doc, block, ts, te), org: best?.name ?? null };
  }
  // No recognised body: the chain of posts as printed, and the body read before it.
  const chain = readTitleChain(text, ts, word);
  const title = printedIn(doc, block, chain.titleStart, te);
  // A body at the very start of a paragraph that continues an unfinished sentence may be cut (a PDF page break).
  const continues = chain.body?.start === 0 && /[^。！？!?”"」』：:；;）)\s]\s*$/.test(doc.text.slice(Math.max(0, block.start - 4), block.start));
  if (chain.body && !continues) {
    const body = printedIn(doc, block, chain.body.start, chain.body.end);
    return { title, org: fullestForm(doc, body) };
  }
  return { title, org: chain.generic ? parkOf(doc, block.article) : null };
}

/**
 * The fullest recognised name a printed body is a form of: an organisation whose name ends with it or lists it
 * as an alias ("某管理局" → "某委员会某管理局"), else the body as printed.
 */
function fullestForm(doc: SourceDoc, body: string): string {
  let best: string | null = null;
  for (const o of [...doc.organizations, ...doc.parks]) {
    const alias = 'aliases' in o && o.aliases.includes(body);
    if (!alias && !(o.name.endsWith(body) && o.name.length <= body.length + 8)) continue;
    if (!best || o.name.length > best.length) best = o.name;
  }
  return best ?? body;
}

/** The park an article is about: the one it mentions most (first mentioned on a tie). */
function parkOf(doc: SourceDoc, article: number): string | null {
  let best: { name: string; count: number; first: number } | null = null;
  for (const p of doc.parks) {
    const own = p.mentions.filter((m) => m.article === article);
    if (!own.length) continue;
    const first = Math.min(...own.map((m) => m.textSpan.start));
    if (!best || own.length > best.count || (own.length === best.count && first < best.first)) best = { name: p.name, count: own.length, first };
  }
  return best?.name ?? null;
}

export const findPeople = defineStage({
  name: 'findPeople',
  requires: ['articles', 'analysisText', 'parks', 'organizations'],
  assigns: ['people'],
  run(doc) {
    return { ...doc, people: recognizePeople(doc) };
  },
});

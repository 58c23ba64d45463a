// Bylines: the printed credit block ("◎本报记者 赵某 通讯员 李某", "王某 本报记者 张某") and the
// credit inside a dateline ("某某日报讯（记者某某）…"). Names only come out, sorted by role; the
// role words are general newspaper vocabulary, not names from any page.
import type { Byline } from '../../types.js';
import { surnameAt } from '../../lexicon/surnames.js';
import { emptyByline } from '../assemble.js';
import { codeUnits } from '../repairs/chars.js';
import { CONTACT_LABEL } from '../../lexicon/titles.js';

type Role = keyof Byline;

// Role words as printed in Chinese newspaper credits (longest first so "本报记者" wins over "记者").
const ROLE_WORDS: [string, Role][] = [
  ['特约通讯员', 'correspondents'],
  ['本报通讯员', 'correspondents'],
  ['本报实习记者', 'reporters'],
  ['本报见习记者', 'reporters'],
  ['本报特约记者', 'reporters'],
  ['本报记者', 'reporters'],
  ['实习记者', 'reporters'],
  ['见习记者', 'reporters'],
  ['特约记者', 'reporters'],
  ['首席记者', 'reporters'],
  ['摄影记者', 'photographers'],
  ['通讯员', 'correspondents'],
  ['实习生', 'reporters'],
  ['记者', 'reporters'],
  ['摄影', 'photographers'],
  // a web page's credit for text and pictures ("文、图：某某", "文/图：某某", "图文：某某"), read as one role word
  ['文图', 'authors'],
];
// The same words in traditional script (Taiwan and Hong Kong papers print "記者", "通訊員", "攝影").
const TRADITIONAL: Record<string, string> = { 记: '記', 讯: '訊', 员: '員', 报: '報', 摄: '攝', 实: '實', 习: '習', 见: '見', 约: '約' };
for (const [word, role] of [...ROLE_WORDS]) {
  const traditional = [...word].map((c) => TRADITIONAL[c] ?? c).join('');
  if (traditional !== word) ROLE_WORDS.push([traditional, role]);
}
ROLE_WORDS.sort((a, b) => b[0].length - a[0].length);

/** A credit's name without the role words printed before it ("本报记者某某" → "某某"). */
export function withoutRoleWords(text: string): string {
  let rest = text;
  for (let role = ROLE_WORDS.find(([w]) => rest.startsWith(w)); role; role = ROLE_WORDS.find(([w]) => rest.startsWith(w))) rest = rest.slice(role[0].length);
  return rest;
}

const MARK = /^[◎●○■□◆◇★☆]\s*/u;
const MARK_CHARS = codeUnits('◎●○■□◆◇★☆');
/** A credit printed in brackets at the end of a story ("（记者 某某）", "(记者 某某 通讯员 某某)"). */
const BRACKETED = /^[（(【\[〔]\s*([^（()）【】\[\]〔〕]+?)\s*[）)】\]〕]$/u;
const OPENING_BRACKETS = codeUnits('（(【[〔');
// What a credit may carry besides names: the place it was filed from ("台北报导", "某地28日电") and the date.
const FILED_FROM = /^[\u4e00-\u9fff\d]{2,8}(?:报道|报导|報導|報道|电|電)$/u;
const DATE = /^(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|\d{1,2}月\d{1,2}日)$/u;

/** "文、图：", "文/图：", "图文：" before a name: the credit for text and pictures, as the role word 文图. */
const TEXT_AND_PICTURES = /^(?:文\s*[、/／]\s*图|图\s*[、/／]\s*文|文图|图文|文\s*[、/／]\s*圖|圖\s*[、/／]\s*文|文圖|圖文)\s*[:：]\s*/u;
const TEXT_AND_PICTURES_FIRST = codeUnits('文图圖');

/** The credit's text without its mark, the brackets around it or a date printed after them. */
function unwrap(text: string): string {
  let t = text.trim().replace(MARK, '').replace(TEXT_AND_PICTURES, '文图');
  const dated = /^(【[^】]+】)\s*(\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)(?:\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天])?$/u.exec(t);
  if (dated) t = dated[1]!;
  return BRACKETED.exec(t)?.[1] ?? t;
}
const NAME = /^[\u4e00-\u9fff·]{1,4}$/u;
// A Latin outlet name in a credit ("【CTIMES/SmartAuto 某某 報導】"): a brand, never a person's name here.
const LATIN_OUTLET = /^[A-Za-z][A-Za-z0-9.&-]{1,20}$/u;
// "報導"/"报道" printed after a name: that name is the reporter's ("某某 報導").
const REPORTS = /^(?:报道|报导|報導|報道)$/u;
const NAME_REPORTS = /^([\u4e00-\u9fff·]{2,4})(?:报道|报导|報導|報道)$/u;
// An outlet's name: a paper, site, agency or station ("某某日报", "某某网", "某某社", "某某台").
const OUTLET = '[\\u4e00-\\u9fff]{1,8}(?:报|報|网|網|社|台|新闻|新聞|客户端|媒|媒体|媒體)';
// An outlet's name alone, of three characters or more (a two-character name ending so may be a person's).
const OUTLET_ALONE = new RegExp(`^(?=[\\u4e00-\\u9fff]{3,})${OUTLET}$`, 'u');
// An outlet's name and then a role word ("某某日报记者").
const OUTLET_ROLE = new RegExp(`^${OUTLET}(记者|記者|通讯员|通訊員|摄影记者|攝影記者)([\\u4e00-\\u9fff·]{2,4})?$`, 'u');
// The key characters of the role words, in either script: the cheap first test for a credit.
const ROLE_CHARS = /[记記]者|通[讯訊][员員]|[摄攝]影|[报報][道导導]/u;

interface Token {
  role?: Role;
  name?: string;
}

/** Splits a credit into role words and names; null when some token is neither. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  // (Taiwan's papers set the paper's name apart with a box-drawing or a full-width slash: "某某晚報╱記者某某/台北報導")
  for (const piece of text.split(/[\s\u3000/／╱、，,]+/u)) {
    if (!piece) continue;
    let rest = piece;
    // the paper's own name, standing alone before the reporter's credit, is no author
    if (OUTLET_ALONE.test(rest)) continue;
    for (;;) {
      const role = ROLE_WORDS.find(([word]) => rest.startsWith(word));
      if (!role) break;
      tokens.push({ role: role[1] });
      rest = rest.slice(role[0].length);
    }
    // "某某日报记者": the outlet a role word is printed after (and the name glued after that: "某传媒记者某某")
    const outletRole = OUTLET_ROLE.exec(rest);
    if (outletRole) {
      const role = ROLE_WORDS.find(([word]) => word === outletRole[1]);
      if (role) tokens.push({ role: role[1] });
      if (!outletRole[2]) continue;
      rest = outletRole[2];
    }
    // "通讯员某某某报道": right after a role word, a name with 报道 glued to it is that person's report
    const reporting = tokens[tokens.length - 1]?.role ? NAME_REPORTS.exec(rest) : null;
    if (reporting && surnameAt(reporting[1]!, 0) > 0 && surnameAt(reporting[1]!, 0) < reporting[1]!.length) {
      tokens.push({ name: reporting[1]! });
      continue;
    }
    if (!rest || FILED_FROM.test(rest) || DATE.test(rest) || LATIN_OUTLET.test(rest)) continue;
    if (REPORTS.test(rest)) {
      const last = tokens[tokens.length - 1];
      if (last?.name) tokens.splice(tokens.length - 1, 0, { role: 'reporters' });
      continue;
    }
    if (!NAME.test(rest)) return null;
    tokens.push({ name: rest });
  }
  return tokens;
}

/** Names by role from tokens; single characters in a row are one spaced-out name ("陈 科" → 陈科). */
function collect(tokens: Token[], into: Byline = emptyByline()): Byline {
  let role: Role = 'authors';
  // (the run of singles is flushed in line, not by a closure: this runs for every dateline asked about)
  let pendingSingles = '';
  for (const token of tokens) {
    if (!token.role && token.name!.length === 1) {
      pendingSingles += token.name;
      continue;
    }
    if (pendingSingles) into[role].push(pendingSingles);
    pendingSingles = '';
    if (token.role) role = token.role;
    else into[role].push(token.name!);
  }
  if (pendingSingles) into[role].push(pendingSingles);
  return into;
}

/** True when the line is a byline block: a credit mark (◎) or a role word, and nothing but names besides. */
export function isBylineLine(text: string): boolean {
  const t = text.trim();
  // (a bracketed credit may carry the date and weekday after it: up to 60 characters)
  if (!t || t.length > 60 || (t.length > 40 && t[0] !== '【')) return false;
  // (first characters asked before the patterns: this is asked of every line)
  const marked = MARK_CHARS.has(t.charCodeAt(0)) && MARK.test(t);
  // "（某某某）" closing a story: one or two bare names in brackets, each opening with a surname
  if (OPENING_BRACKETS.has(t.charCodeAt(0)) && BRACKETED.test(t) && isBareNameCredit(t)) return true;
  // cheap test first: a credit mark or one of the role words' key characters
  if (!marked && !ROLE_CHARS.test(t) && !(TEXT_AND_PICTURES_FIRST.has(t.charCodeAt(0)) && TEXT_AND_PICTURES.test(t))) return false;
  const tokens = tokenize(unwrap(t));
  if (!tokens || !tokens.some((x) => x.name)) return false;
  return marked || tokens.some((x) => x.role);
}

// A line naming only the news source: an agency (…社), a site or paper (…网, …报), or a county's media centre
// or station ("◎ 某某县融媒体中心"); it names no person.
const SOURCE_ONLY = /^(?:[◎●]\s*)?(?:[\u4e00-\u9fff]{2,5}(?:社|网|網|报|報)|[\u4e00-\u9fff]{2,8}(?:融媒体中心|融媒體中心|新闻中心|新聞中心|传媒中心|傳媒中心|广播电视台|廣播電視台|电视台|電視台))$/u;
// The characters SOURCE_ONLY can end with: asked first, since most lines end otherwise.
const SOURCE_ONLY_LAST = codeUnits('社网網报報心台');

// The editor's credit closing a story ("（责任编辑：某某）", "(編輯:某某)"), sometimes followed by a filing code.
const EDITOR_CREDIT = /[（(](?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*[）)]\s*\d{0,10}\s*$/u;

// A web page's metadata line under the headline: a date (and time), and labelled fields ("来源：某某日报",
// "作者：某某"), e.g. "时间：2024-01-02 08:00:00 来源：某某日报", "(2023.11.06)"; some sites print the day
// first ("27.10.2015 13:05").
const META_DATE = /^[（(]?\s*(?:\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|\d{4}年\d{1,2}月|\d{2}-\d{2}-\d{2}(?=\s)|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)]?/u;
const META_FIELDS = '本文来源|本文來源|文章来源|文章來源|信息来源|資訊來源|稿件来源|稿件來源|发布时间|發佈時間|發布時間|发表时间|發表時間|发稿时间|發稿時間|编稿时间|編稿時間|发文时间|發文時間|录入时间|錄入時間|上传时间|發布日期|发布日期|更新时间|时间|時間|日期|来源|來源|供稿单位|供稿|作者|编辑|編輯|责任编辑|責任編輯|审核|審核|记者|記者|浏览次数|瀏覽次數|浏览量|瀏覽量|阅读量|閱讀量|访问量|訪問量|浏览|瀏覽|阅读|閱讀|点击量|点击数|点击|字号|字號|字体|字體';
const META_FIELD = new RegExp(`^(?:${META_FIELDS})\\s*[:：]\\s*`, 'u');
const META_NEXT_FIELD = new RegExp(`\\s*(?=(?:${META_FIELDS})\\s*[:：])`, 'u');
// The outlet a metadata line may open with ("某某新闻网 2024-01-02 来源：…") or end with after its date.
const META_OUTLET = new RegExp(`^${OUTLET}\\s*(?=\\d)`, 'u');
const META_OUTLET_AFTER = new RegExp(`^${OUTLET}$`, 'u');

/** The label of a press release's contact line: its spokesperson or contact person (新闻发言人, 联系人, 聯絡人). */
const CONTACT_LINE = new RegExp(`^\\s*${CONTACT_LABEL}`, 'u');
/** True for a press release's contact line: a line of its own, never wrapped into the paragraph around it. */
export const isContactLine = (text: string): boolean => CONTACT_LINE.test(text);

/** True when the line holds only a date and labelled page fields (time, source, author): page metadata. */
export function isMetadataLine(text: string): boolean {
  let t = text.trim();
  if (!t || t.length > 80) return false;
  // cheap test first: a metadata line holds a field's colon or a date's digits
  if (!/[:：]|\d{2}[-./年]/u.test(t)) return false;
  t = t.replace(META_OUTLET, '');
  let seen = 0;
  for (let guard = 0; guard < 8 && t; guard++) {
    const date = META_DATE.exec(t);
    if (date && date[0].length) {
      t = t.slice(date[0].length).replace(/^[\s|｜丨/]+/u, '');
      // the outlet may follow the date ("2022-05-12 15:11 某某网"), or the source's bare name ("2021-03-24 某某开发区")
      t = t.replace(META_OUTLET_AFTER, '');
      if (seen === 0 && date.index === 0 && /^[\u4e00-\u9fff]{2,12}$/u.test(t)) t = '';
      seen++;
      continue;
    }
    const field = META_FIELD.exec(t);
    if (!field) return false;
    t = t.slice(field[0].length);
    // the field's value runs to the next label or the end
    const next = META_NEXT_FIELD.exec(t);
    t = next ? t.slice(next.index).trimStart() : '';
    seen++;
  }
  return seen > 0 && !t;
}

/** Author names a metadata line gives ("作者：某某", "记者：某某 某某"). */
function metadataNames(text: string, into: Byline): void {
  for (const m of text.matchAll(/(作者|记者|記者)\s*[:：]\s*((?:[\u4e00-\u9fff·]{2,4}[\s、，,]*){1,4})/gu)) {
    // role words before a name ("作者：首席记者 某某") and the next field's label ("编辑") are no names
    const names = m[2]!.split(/[\s、，,]+/u).map(withoutRoleWords).filter((n) => NAME.test(n) && n.length >= 2 && !META_FIELD.test(`${n}：`) && !ROLE_CHARS.test(n));
    into[m[1] === '作者' ? 'authors' : 'reporters'].push(...names);
  }
}

/** True when the line is a bare source credit ("某某社") or an editor's credit: it names no author. */
export function isSourceLine(text: string): boolean {
  const t = text.trim();
  return (SOURCE_ONLY_LAST.has(t.charCodeAt(t.length - 1)) && SOURCE_ONLY.test(t)) || ((t[0] === '（' || t[0] === '(') && EDITOR_CREDIT.test(t));
}

/** Names of a byline block (one or more lines). */
export function parseByline(lines: string[]): Byline {
  const byline = emptyByline();
  for (const line of lines) {
    if (isSourceLine(line)) continue;
    if (isMetadataLine(line)) {
      metadataNames(line, byline);
      continue;
    }
    const tokens = tokenize(unwrap(line));
    if (tokens) collect(tokens, byline);
  }
  return byline;
}

// A dateline opens the first paragraph: a paper's name ending in 报/讯/电, then the credit in brackets.
const DATELINE = /^([\u4e00-\u9fff\d]{1,16}?(?:讯|电|报))\s*[（(]([^（()）]{2,40})[）)]/u;

/** The dateline at the start of a paragraph ("某某日报讯（记者某某）") with its names, or null. */
export function parseDateline(text: string): { text: string; byline: Byline } | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const tokens = tokenize(m[2]!);
  if (!tokens || !tokens.some((t) => t.name)) return null;
  return { text: m[0], byline: collect(tokens) };
}

// A bracketed credit closing a paragraph ("……正式投产。（记者 某某）"): only after a sentence mark.
const TRAILING = /([。！？!?”」])\s*([（(][^（()）]{2,40}[）)])\s*$/u;

/** A bracketed credit of one or two bare names, each opening with a surname ("（某某某）", "(某某 某某)"). */
function isBareNameCredit(text: string): boolean {
  const tokens = tokenize(unwrap(text));
  if (!tokens || tokens.some((x) => x.role)) return false;
  const names = tokens.filter((x) => x.name).map((x) => x.name!);
  return names.length >= 1 && names.length <= 2 && names.every((n) => n.length >= 2 && n.length <= 4 && surnameAt(n, 0) > 0 && surnameAt(n, 0) < n.length);
}

/** Where a bracketed credit that ends a paragraph starts, or -1 when the paragraph ends otherwise. */
export function trailingCreditAt(text: string): number {
  const last = text.trimEnd();
  // cheap test first: an editor's credit holds 编 or 編
  const editor = last.includes('编') || last.includes('編') ? EDITOR_CREDIT.exec(last) : null;
  if (editor && editor.index > 0) return editor.index;
  if (last[last.length - 1] !== '）' && last[last.length - 1] !== ')') return -1;
  const m = TRAILING.exec(last);
  // a bracketed photo credit ("（记者 某某 摄）") belongs to a photo, not to the story's byline
  if (!m || /摄\s*[）)]$/u.test(m[2]!)) return -1;
  const tokens = tokenize(unwrap(m[2]!));
  if (!tokens || !tokens.some((x) => x.name)) return -1;
  // with a role word ("（记者 某某）"), or one or two bare names, each opening with a surname ("（某某某）")
  const roled = ROLE_CHARS.test(m[2]!) && tokens.some((x) => x.role);
  if (!roled && !isBareNameCredit(m[2]!)) return -1;
  return m.index + m[0].indexOf(m[2]!, m[1]!.length);
}

export function mergeBylines(a: Byline, b: Byline): Byline {
  const out = emptyByline();
  for (const key of Object.keys(out) as Role[]) out[key] = [...new Set([...a[key], ...b[key]])];
  return out;
}

export function isEmptyByline(b: Byline): boolean {
  return !b.reporters.length && !b.correspondents.length && !b.photographers.length && !b.authors.length;
}

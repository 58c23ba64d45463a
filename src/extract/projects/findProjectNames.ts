// Named projects in a stretch of text: a "……项目" noun phrase whose name is more than generic words
// ("星河储能华东总部项目" is named, "重点产业项目" is not), a quoted name + 项目 ("“…示范”项目"), and a
// facility that a clause says is being built ("建设……研发生产基地"). Read right to left from the head word
// to the first boundary, so the scan is linear in the text.
import { afterUnclosedMark, isClauseEndCode } from '../clauses.js';
import { scanQuantities } from '../numbers/scanQuantities.js';
import { LiteralMatcher } from '../entities/literals.js';
import { PARK_KIND_WORDS } from '../../lexicon/parkSuffixes.js';

export interface ProjectName {
  name: string;
  start: number;
  end: number;
  /** Found as the object of a building verb ("建设……基地") rather than by the head word 项目. */
  built?: boolean;
}

// Characters and words at which a project name cannot continue leftwards.
// 或 joins two alternatives ("…或…项目"): a name does not cross it.
// (分别 "respectively" is a stop word below: its characters alone start words of names, "分布式")
// (flags by code: the scans read a character at a time, and text[i] of a CJK character allocates a string)
const STOP_CHARS = new Uint8Array(0x10000);
for (const c of '的在是将了把被对为以从向给让使着过也都还就又共已等超该由抓或而，。；：！？、“”《》,;:!?\t\n') STOP_CHARS[c.charCodeAt(0)] = 1;
// Verbs that take a project as their object: a name found leftwards is cut after the last of them.
// (a literal matcher, not a regex alternation: no verb opens another, so the longest word at a position is the one the
// alternation would match, and one table read turns away most positions where a regex tried ninety alternatives)
const VERBS = new LiteralMatcher('建成|建设|建立|打造|引导|实现|推动|培育|引进|引入|完成|开展|加快|推进|围绕|聚焦|依托|通过|提供|形成|拥有|获得|取得|设立|组建|参与|参加|加入|携手|落户|入驻|走进|支持|带动|发布|出台|举办|举行|签约|启动|助力|吸引|集聚|对接|获批|入选|入围|申报|上榜|搭建|布局|谋划|实施|探索|构建|响应|选取|孵化|转化|落地|告诉|表示|介绍|记者|首次|具体|相应|多项|稳增长|管理|结合|体现|显示|表明|反映|彰显|展现|凸显|开展|承建|承担|申报|获批|启动|签署|力争|争取|确保|要有|做好|抓好|抓紧|加紧|做实|做细|满足|提高|具有|承载|占|调研|察看|查看|视察|考察|参观|走访|观摩|打通|根据|按照|依据|宣布|见证|出席|进行'.split('|'));
const STOP_WORDS = [
  '签约', '开工', '奠基', '建设', '新建', '引进', '引入', '落地', '推进', '实施', '开展', '启动', '实现', '包括', '还有', '带动', '拉动',
  '投资', '总投资', '围绕', '聚焦', '支持', '获批', '入选', '申报', '完成', '参与', '建成', '投产', '打造', '谋划', '储备', '招引',
  '通过', '其中', '以及', '首个', '一批', '多个', '各类', '这些', '这两个', '两个', '该', '其', '此', '同时', '此外', '并', '新设',
  '受理', '评审', '审批', '正在', '再次', '即将', '分别', '此次', '本次', '这次', '该次', '首次', '每次',
  // another project's head word: "签约项目既涵盖某某项目" names one project, after it
  '项目',
];
// (by the code of their last character)
const STOP_BY_LAST = (() => {
  const map = new Map<number, string[]>();
  for (const w of STOP_WORDS) map.set(w.charCodeAt(w.length - 1), [...(map.get(w.charCodeAt(w.length - 1)) ?? []), w]);
  return map;
})();
// Words that alone make no name: a project must have more than these.
const GENERIC = /国内|一流|领先|世界级|重大|重点|高质量|全力|攻坚|大力|招商|优质|产业化|中试|科研|研发|建设|自主|联合|示范|标志性|十大|各类|该|这|些|首个|一批|个|类|新|大|科技|创新|合作|产业|工程|基础设施|民生|配套|技术|攻关|课题|研究|省级|市级|国家级|重大专项|专项|试点|计划|企业|立项|评审|季度|年度|申报|招商引资|优质|储备|在建|续建|新开工|竣工|增资|扩产|技改|国际化|国际|创业|加速|跨境|前沿|战略性|基础性|适合|相关|有关|其他|更多|一批|多个|若干/g;

// The words of industries and kinds that describe parks (生物医药, 新材料 …) describe projects too.
const KIND_WORDS = new RegExp([...PARK_KIND_WORDS].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length).join('|'), 'g');

// Sectors of the national industry classification (GB/T 4754: 制造业, 服务业 …), the economy words of
// investment promotion (总部经济, 楼宇经济) and the statistical investment classes (固定资产投资, 工业投资),
// closing a phrase with nothing after them but 投资 and 项目.
const SECTOR_CLASS =
  /^[\u4e00-\u9fff]{0,6}?(?:制造业|服务业|工业|农业|商业|物流业|旅游业|建筑业|金融业|(?:总部|楼宇|数字|平台)经济|固定资产)(?:投资)?项目$|^(?:科技)?成果转化项目$/;

/** What after 项目 makes it name a campaign's field ("项目建设会战", "项目建设年"), not close a project's name. */
export const CAMPAIGN_AFTER = /^(?:建设|招商|推进)(?:会战|热潮|高潮|年|大会|现场会|攻坚|观摩|擂台|比武)/;

const HEADS = ['项目'];
const BUILT_HEADS = ['生产基地', '制造基地', '研发中心', '产业园', '数据中心', '基地', '工厂', '电站'];
const BUILD_VERBS = ['建设', '新建', '打造', '投建', '兴建', '筹建'];

/** text.indexOf(word, from) but never looking past `end` (a page-long search per item would be quadratic). */
export function indexWithin(text: string, word: string, from: number, end: number): number {
  const first = word.charCodeAt(0);
  const last = end - word.length;
  for (let i = from; i <= last; i++) if (text.charCodeAt(i) === first && text.startsWith(word, i)) return i;
  return -1;
}

const WORK_NOUNS = /^(?:建设|研发|改造|转化|示范|孵化|攻关|应用|招商|产业化)$/;

/** Moves a name start past the last verb inside text[s, at). */
function afterLastVerb(text: string, s: number, at: number): number {
  let cut = s;
  // A verb right before the head word that names a kind of work is part of the name ("…管网建设项目",
  // "…研发项目"); any other verb ("与高校合作开展项目") ends it.
  // (matches left to right and apart, as a global regex over text[s, at) gives them)
  for (let i = s; i < at; ) {
    const verb = VERBS.at(text, i);
    if (!verb || i + verb.length > at) {
      i++;
      continue;
    }
    const after = i + verb.length;
    i = after;
    // "某市产业集聚区…项目": a verb that ends in a zone's ending (集聚区) is a word of the zone's name
    if (text.charCodeAt(after) === 0x533a) continue;
    if (after < at || !WORK_NOUNS.test(verb)) cut = after;
  }
  return cut;
}

/** Whether a stop word ends at `i` (starting at `floor` or after). */
function stopWordBefore(text: string, i: number, floor: number): boolean {
  const words = STOP_BY_LAST.get(text.charCodeAt(i - 1));
  if (words) for (const w of words) if (i - w.length >= floor && text.startsWith(w, i - w.length)) return true;
  return false;
}

function leftBoundary(text: string, end: number, floor: number): number {
  let i = end;
  const limit = Math.max(floor, end - 40);
  while (i > limit) {
    const code = text.charCodeAt(i - 1);
    if (STOP_CHARS[code] === 1) break;
    if (i < end && stopWordBefore(text, i, floor)) break;
    i--;
  }
  return i;
}

/** Whether a "…项目" phrase names a particular project (more than generic words). */
export function isNamedProject(name: string): boolean {
  // A category of projects ("区内企业…项目", "新引进…项目") is no particular one, nor is a count
  // of them ("A和B5个试点项目").
  if (/^(?:区内|园内|区外|全区|本地|原有|新引进|新落户|新建|新增|各类|各个)/.test(name)) return false;
  // (nor an article of a policy's text: "第十条如项目符合…")
  if (/^第[一二三四五六七八九十百零\d]+条/.test(name)) return false;
  // (nor a phrase holding a closing bracket it does not open: "在某高新区范围内)项目" is an aside's end)
  if (/[)）]/.test(name) && !/[(（]/.test(name)) return false;
  // (nor is a clause opening with a pronoun or an adverb of manner: "我们认真推行项目", "不断刷新项目")
  if (/^(?:我们|我|你们|他们|她们|大家|咱们|不断|认真|积极|持续|全力|努力|切实|着力|进一步|大力|全面|深入)/.test(name)) return false;
  // (nor a count of the companies behind them, "某某公司6家企业签订项目", nor a mode such as "团队+项目")
  if (/[\d０-９一二三四五六七八九十两]+\s*[个项批类家]/.test(name) || /[+＋]/.test(name)) return false;
  // A phrase opening with a verb or a scope word ("有X项目", "本批签约项目") is a predicate about projects,
  // and a kind of projects ("科创类项目", "化工类科研项目", "A和B项目", "X类工程") is a category that gets counted.
  if (/^(?:有|是|为|共有|拥有|包括|包含|涉及|其中|本次|此次|这次|本批|此批|本年|今年|全年|开工|新开工|集中开工|集中开竣工|开竣工|竣工|集中签约|签约|落地|实施|推进|在建|续建)/.test(name)) return false;
  if (/类[\u4e00-\u9fff]{0,4}(?:项目|工程)$/.test(name) || /[和及与]/.test(name.replace(/项目$/, ''))) return false;
  // A running total, a plan or a reserve ("累计新增储备项目", "全年预计…项目") counts a batch of projects, and a size
  // ("10亿元以上项目", "~10亿元项目") is a class of them; a name has neither, nor opens with a mark.
  if (/累计|预计|储备项目$/.test(name) || /\d\s*(?:亿|万)?(?:元|美元)|亿元/.test(name) || /^[^\p{Script=Han}A-Za-z\d“"「《]/u.test(name)) return false;
  // A time in the phrase ("今年工业项目", "6月份重点项目") dates a batch of projects; a name has none.
  // (and so does a year: "某市2019年重大项目")
  if (/今年|明年|去年|当年|本年|本月|当月|上半年|下半年|月份|季度|(?:19|20)\d{2}年/.test(name)) return false;
  // "利用某综保区土地新建项目": a phrase ending in a verb of building before 项目 speaks of new projects, not one
  if (/(?:新建|在建|续建|拟建|新开工)项目$/.test(name)) return false;
  // "X高新区重点项目", "X集团重点项目": a park's or a company's projects in general, not one of them.
  // (so are a province's or a city's, "某省重点项目", and a park's few, "两大重点项目")
  if (/(?:高新区|开发区|经开区|园区|新区|示范区|产业园|集团|公司|省|市|县|区|州|[两三四五六七八九十百]大)(?:重大|重点|优质|招商|引资|在建|新开工|签约|产业|科技)+项目$/.test(name)) return false;
  // A sector, an investment class or a programme of projects ("现代服务业投资项目", "总部经济项目",
  // "固定资产投资项目", "科技成果转化项目") is what a policy's clause or a statistic is about, not one project.
  if (SECTOR_CLASS.test(name)) return false;
  // "沪苏浙地区项目": a region's projects, not one of them
  if (/(?:地区|区域|地方)项目$/.test(name)) return false;
  // "抓招商上项目", "跑项目", "争项目": a one-character verb that takes projects as its object makes a slogan.
  if (/(?<![线网链海以之])[抓上引招跑争谋]项目$/.test(name)) return false;
  const rest = name.replace(/项目$/, '').replace(GENERIC, '');
  // A leading numeral is a count or size ("3个…", "20万吨…") unless it starts a word ("三维", "五轴", "三元").
  if (rest.length < 3 || /^[\d一二三四五六七八九十两](?![维轴元代])/.test(name)) return false;
  // (a name made only of an industry's or a kind's words, "生物医药产业项目", "电子信息项目", names a kind of project)
  return rest.replace(KIND_WORDS, '') !== '';
}

// linkSubjects and findProjects both ask for the names of the same items: remember the last page's.
let cacheText: string | null = null;
const cache = new Map<string, ProjectName[]>();

/** Project names in text[start, end). */
export function findProjectNames(text: string, start: number, end: number): ProjectName[] {
  if (cacheText !== text) {
    cacheText = text;
    cache.clear();
  }
  const key = `${start}:${end}`;
  const hit = cache.get(key);
  if (hit) return hit.map(copyOf);
  const found = findProjectNamesUncached(text, start, end);
  cache.set(key, found);
  return found.map(copyOf);
}

// Field by field: a spread copy takes V8's slow generic path.
function copyOf(p: ProjectName): ProjectName {
  return p.built === undefined ? { name: p.name, start: p.start, end: p.end } : { name: p.name, start: p.start, end: p.end, built: p.built };
}

// First characters of the head words and building verbs: one pass over the item finds them all.
const FIRST_CODES = new Uint8Array(0x10000);
for (const w of [...HEADS, ...BUILD_VERBS]) FIRST_CODES[w.charCodeAt(0)] = 1;

function findProjectNamesUncached(text: string, start: number, end: number): ProjectName[] {
  const out: ProjectName[] = [];
  const built: ProjectName[] = [];
  for (let at = start; at < end; at++) {
    if (FIRST_CODES[text.charCodeAt(at)] !== 1) continue;
    const head = headAt(HEADS, text, at, end, true);
    if (head) {
      const found = nameBefore(text, at, at + head.length, start);
      if (found) out.push(found);
      continue;
    }
    const verb = headAt(BUILD_VERBS, text, at, end, false);
    if (verb) {
      const found = builtAfter(text, at + verb.length, end);
      if (found) built.push(found);
    }
  }
  for (const b of built) if (!out.some((p) => p.start <= b.start && p.end >= b.end)) out.push(b);
  return out.sort((a, b) => a.start - b.start);
}

/** The first of `words` at `at` that ends before `end` (or at it, when `atEnd`); a loop, not a closure a character. */
function headAt(words: readonly string[], text: string, at: number, end: number, atEnd: boolean): string | undefined {
  for (const w of words) if ((atEnd ? at + w.length <= end : at + w.length < end) && text.startsWith(w, at)) return w;
  return undefined;
}

/** The name a head word 项目 at `at` closes, read leftwards. */
function nameBefore(text: string, at: number, nameEnd: number, start: number): ProjectName | null {
  // "项目团队", "项目负责人": 项目 modifies another noun here, it ends no name.
  // ("不低于项目所在地…": nor before 所在, "where the project is")
  if (/^(?:团队|部|组|经理|负责人|管理|资金|库|方|单位|工地|招引|所在)/.test(text.slice(nameEnd, nameEnd + 3))) return null;
  // "掀起项目建设会战热潮", "项目建设年": 项目 names the campaign's field here, not a project.
  if (CAMPAIGN_AFTER.test(text.slice(nameEnd, nameEnd + 5))) return null;
  // A quoted name before the head word: "“…”项目".
  if (text[at - 1] === '”') {
    const open = text.lastIndexOf('“', at - 1);
    // A short quoted word ("“四新”项目") is a kind of project, not a name.
    if (open >= start && at - open <= 60 && at - open - 2 >= 4) return { name: text.slice(open, nameEnd), start: open, end: nameEnd };
  }
  let s = leftBoundary(text, at, start);
  // "亿元以上制造业项目": projects over a threshold are a category, not one project.
  if (text[s - 1] === '以' && /[上下内]/.test(text[s] ?? '')) return null;
  s = afterLastVerb(text, s, at);
  // Drop a leading size ("20万吨…项目", "年产10万套…项目" name the project after its size) or stray bracket.
  const lead = /^(年产能?|年处理|年加工|年产值)?[\d０-９.．]+/.exec(text.slice(s, at));
  if (lead) {
    const size = scanQuantities(text, s + (lead[1]?.length ?? 0), at)[0];
    s = size && size.start <= s + 4 ? size.end : s + lead[0].length;
  }
  // ("2018年某市…项目", "11月集中开工项目": a number before 年, 月 or 日 was a date, no size)
  if (lead && /[年月日号]/.test(text[s] ?? '')) s++;
  while (s < at && /[）)\s]/.test(text[s]!)) s++;
  // "以X项目为例", "包含X、Y项目": the preposition or verb that introduces the name is no part of it.
  const opener = /^(?:以|既涵盖|涵盖|也包含|包含|也包括|包括|还有|含)/.exec(text.slice(s, at));
  if (opener && (opener[0] !== '以' || /^为(?:例|代表|主|核心|龙头|引领|重点)/.test(text.slice(nameEnd, nameEnd + 3)))) s += opener[0].length;
  // 暨 joins two names of one project ("某某总部暨某某中心项目") but also two events ("某某仪式暨某某项目签约"):
  // after an event the name starts anew.
  // (any meeting, "某某动员会暨…", and a campaign, "招商引资暨重大项目…")
  const event = /(?:仪式|会议|活动|论坛|开幕式|典礼|[\u4e00-\u9fff]会|招商引资|招商|开工|签约|奠基|投产|竣工)暨/.exec(text.slice(s, at));
  if (event) s += event.index + event[0].length;
  // (the event word may have ended the name already: "开工|暨某某项目")
  else if (text[s] === '暨') s++;
  // "…外资总部型企业(含增资项目)": a bracket the name does not close is an aside it stands in, not the name
  s = afterUnclosedMark(text, s, at);
  const name = text.slice(s, nameEnd);
  // "投资推介暨项目集中签约": 暨 right before the head word joins two events, and names no project.
  if (name.endsWith('暨项目')) return null;
  return isNamedProject(name) ? { name, start: s, end: nameEnd } : null;
}

/** "建设……基地": a facility built by the project the clause talks about, read rightwards from `from`. */
function builtAfter(text: string, from: number, end: number): ProjectName | null {
  if (!/[\u4e00-\u9fffA-Za-z]/.test(text[from] ?? '')) return null;
  const limit = Math.min(end, from + 40);
  for (let j = from; j < limit && !isClauseEndCode(text.charCodeAt(j)) && STOP_CHARS[text.charCodeAt(j)] !== 1; j++) {
    // (headAt, not a closure over j: V8 would allocate j anew for every character read)
    const head = headAt(BUILT_HEADS, text, j, text.length, true);
    if (!head) continue;
    const name = text.slice(from, j + head.length);
    return isNamedProject(name) && !/[\d０-９]/.test(name) ? { name, start: from, end: j + head.length, built: true } : null;
  }
  return null;
}

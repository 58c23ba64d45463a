// Named projects in a stretch of text: a "……项目" noun phrase whose name is more than generic words
// ("驭势科技西南总部项目" is named, "重大招商项目" is not), a quoted name + 项目 ("“…示范”项目"), and a
// facility that a clause says is being built ("建设……生产供应基地"). Read right to left from the head word
// to the first boundary, so the scan is linear in the text.
import { isClauseEnd } from '../clauses.js';

export interface ProjectName {
  name: string;
  start: number;
  end: number;
  /** Found as the object of a building verb ("建设……基地") rather than by the head word 项目. */
  built?: boolean;
}

// Characters and words at which a project name cannot continue leftwards.
const STOP_CHARS = new Set([...'的在是将了把被对为从向给让使着过也都还就又共已正再即等分别，。；：！？、“”《》 \t\n']);
const STOP_WORDS = [
  '签约', '开工', '奠基', '建设', '新建', '引进', '引入', '落地', '推进', '实施', '开展', '启动', '实现', '包括', '还有', '带动', '拉动',
  '投资', '总投资', '围绕', '聚焦', '支持', '获批', '入选', '申报', '完成', '参与', '建成', '投产', '打造', '谋划', '储备', '招引',
  '通过', '其中', '以及', '首个', '一批', '多个', '各类', '这些', '这两个', '两个', '该', '其', '此', '同时', '此外', '并', '新设',
  '受理', '评审', '审批',
];
// Words that alone make no name: a project must have more than these.
const GENERIC = /重大|重点|招商|优质|产业化|中试|科研|研发|建设|装置|试车|出产品|自主|联合|示范|标志性|十大|各类|该|这|些|首个|一批|个|类|新|大|科技|创新|合作|产业|工程|基础设施|民生|配套|技术|攻关|课题|研究|省级|市级|国家级|重大专项|专项|试点|计划|企业|立项|评审|季度|年度|申报|招商引资|优质|储备|在建|续建|新开工|竣工/g;

const HEADS = ['项目'];
const BUILT_HEADS = ['生产供应基地', '生产基地', '制造基地', '研发中心', '产业园', '数据中心', '基地', '工厂', '电站'];
const BUILD_VERBS = ['建设', '新建', '打造', '投建', '兴建', '筹建'];

function leftBoundary(text: string, end: number, floor: number): number {
  let i = end;
  const limit = Math.max(floor, end - 40);
  while (i > limit) {
    const c = text[i - 1]!;
    if (STOP_CHARS.has(c)) break;
    const word = STOP_WORDS.find((w) => text.startsWith(w, i - w.length) && i - w.length >= floor);
    if (word && i < end) break;
    i--;
  }
  return i;
}

/** Whether a "…项目" phrase names a particular project (more than generic words). */
export function isNamedProject(name: string): boolean {
  const rest = name.replace(/项目$/, '').replace(GENERIC, '');
  return rest.length >= 3 && !/^[\d一二三四五六七八九十两]/.test(name);
}

/** Project names in text[start, end). */
export function findProjectNames(text: string, start: number, end: number): ProjectName[] {
  const out: ProjectName[] = [];
  for (const head of HEADS) {
    let from = start;
    for (;;) {
      const at = text.indexOf(head, from);
      if (at < 0 || at + head.length > end) break;
      from = at + head.length;
      const nameEnd = at + head.length;
      // A quoted name before the head word: "“…”项目".
      if (text[at - 1] === '”') {
        const open = text.lastIndexOf('“', at - 1);
        if (open >= start && at - open <= 60) {
          out.push({ name: text.slice(open, nameEnd), start: open, end: nameEnd });
          continue;
        }
      }
      let s = leftBoundary(text, at, start);
      // Drop a leading classifier phrase ("2个项目") or stray bracket.
      while (s < at && /[（(）)\s]/.test(text[s]!) && text[s] !== '（') s++;
      const name = text.slice(s, nameEnd);
      if (isNamedProject(name)) out.push({ name, start: s, end: nameEnd });
    }
  }
  // "建设……基地": a facility built by the project the clause talks about.
  for (const verb of BUILD_VERBS) {
    let from = start;
    for (;;) {
      const at = text.indexOf(verb, from);
      if (at < 0 || at + verb.length >= end) break;
      from = at + verb.length;
      let j = from;
      const limit = Math.min(end, from + 40);
      while (j < limit && !isClauseEnd(text[j]) && text[j] !== '的') {
        const head = BUILT_HEADS.find((h) => text.startsWith(h, j));
        if (head) {
          const name = text.slice(from, j + head.length);
          if (isNamedProject(name) && !/[\d０-９]/.test(name) && !out.some((p) => p.start <= from && p.end >= j + head.length))
            out.push({ name, start: from, end: j + head.length, built: true });
          break;
        }
        j++;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Named projects ("……项目", facilities being built) with their stage (签约, 开工, 建成, 投产, 获批, 落地),
// date, the park the sentence places them in, the organisations named with them, and the quantities
// (investment, area, capacity) linkSubjects tied to them.
import { defineStage } from '../stage.js';
import { toRawSpan } from '../text/offsets.js';
import type { Project, ProjectStage, Quantity, SourceDoc } from '../types.js';
import { clauseEnd, clauseStart, readItems, sentenceEnd, sentenceStart } from './clauses.js';
import { publicationYear } from './findQuantities.js';
import { namedSpans } from './entities/blocks.js';
import { findProjectNames } from './projects/findProjectNames.js';

// Stage words, most advanced first (a sentence saying "签约…开工" reports the later one).
const STAGES: Array<[RegExp, Exclude<ProjectStage, null>]> = [
  [/投产|投用|投运|达产/, '投产'],
  [/建成|竣工|完工/, '建成'],
  [/开工|奠基|动工|开建/, '开工'],
  [/落地|落户|入驻/, '落地'],
  [/获批|批复|立项|获准/, '获批'],
  [/签约|签署|签订/, '签约'],
];

/** The most advanced stage word in a sentence, skipping future plans ("将投产", "计划开工"). */
export function stageOf(sentence: string): ProjectStage {
  for (const [re, stage] of STAGES) {
    const m = re.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(Math.max(0, m.index - 4), m.index);
    if (/将|计划|预计|拟|争取|力争|后$/.test(before)) continue;
    // "建成后", "投产后": a condition about the future, not a stage reached.
    if (sentence[m.index + m[0].length] === '后') continue;
    return stage;
  }
  return null;
}

const FULL_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** A date stated in the sentence: "2020年9月18日" → "2020-09-18", "6月3日" with the publication year. */
export function dateOf(sentence: string, pubYear: number | null): string | null {
  const m = FULL_DATE.exec(sentence);
  if (!m) return null;
  const pad = (n: string) => n.padStart(2, '0');
  if (m[1]) return m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`;
  return pubYear ? `${pubYear}-${pad(m[4]!)}-${pad(m[5]!)}` : null;
}

export function findProjectsIn(doc: SourceDoc, contextDate?: string): Project[] {
  const text = doc.analysisText || doc.text;
  const pubYear = publicationYear(doc, contextDate);
  const byName = new Map<string, Project>();
  const parkMentions = namedSpans(doc.parks);
  const orgMentions = namedSpans(doc.organizations);
  for (const item of readItems(doc)) {
    const { start, end } = item.textSpan;
    for (const found of findProjectNames(text, start, end)) {
      // A facility found after a building verb that is a recognised park is the park, not a project.
      if (found.built && parkMentions.some((m) => m.start === found.start && m.end === found.end)) continue;
      const key = `${item.article}|${found.name}`;
      const sFrom = sentenceStart(text, found.start, start);
      const sTo = sentenceEnd(text, found.end, end);
      const sentence = text.slice(sFrom, sTo);
      // The stage: a stage word in the project's own clause, else anywhere in the sentence.
      const clause = text.slice(clauseStart(text, found.start, sFrom), clauseEnd(text, found.end, sTo));
      const stage = stageOf(clause) ?? stageOf(sentence);
      const inSentence = <T extends { start: number; end: number }>(m: T) => m.start >= sFrom && m.end <= sTo;
      // The park: one named in the sentence (outside the project's own name), else the last one before it.
      const parks = parkMentions.filter((m) => inSentence(m) && (m.end <= found.start || m.start >= found.end));
      const before = parkMentions.filter((m) => m.end <= found.start && m.start >= (doc.articles[item.article]?.textSpan.start ?? 0));
      const park = parks[0]?.name ?? before[before.length - 1]?.name ?? null;
      const orgs = orgMentions.filter((m) => (m.start >= found.start && m.end <= found.end) || inSentence(m)).map((m) => m.name);
      const existing = byName.get(key);
      if (existing) {
        existing.stage ??= stage;
        existing.date ??= dateOf(sentence, pubYear);
        existing.park ??= park;
        for (const o of orgs) if (!existing.organizations.includes(o)) existing.organizations.push(o);
        continue;
      }
      const textSpan = { start: found.start, end: found.end };
      byName.set(key, {
        id: `p${byName.size + 1}`,
        name: doc.text.slice(found.start, found.end).replace(/\s+/g, ''),
        stage,
        date: dateOf(sentence, pubYear),
        park,
        organizations: [...new Set(orgs)],
        quantityIds: [],
        span: toRawSpan(doc.textMap, textSpan),
        textSpan,
        article: item.article,
      });
    }
  }
  const projects = [...byName.values()];
  for (const q of doc.quantities) {
    const p = projectOf(q, projects, doc.text);
    if (p) p.quantityIds.push(q.id);
  }
  return projects;
}

/** The project a quantity describes: its subject names the project (same article). */
function projectOf(q: Quantity, projects: Project[], printed: string): Project | null {
  const subject = q.subject?.replace(/\s+/g, '');
  if (!subject) return null;
  return (
    projects.find((p) => p.article === q.article && p.name === subject) ??
    projects.find((p) => p.article === q.article && subject.length >= 4 && p.name.includes(subject) && /项目|基地|中心|园/.test(subject)) ??
    // A number printed right before the name ("20万吨…项目") describes it even when the subject is the park.
    projects.find((p) => p.article === q.article && p.textSpan.start >= q.textSpan.end && p.textSpan.start - q.textSpan.end <= 1 && /^的?$/.test(printed.slice(q.textSpan.end, p.textSpan.start))) ??
    null
  );
}

export const findProjects = defineStage({
  name: 'findProjects',
  requires: ['quantities-linked', 'parks', 'organizations'],
  assigns: ['projects'],
  run(doc, context) {
    return { ...doc, projects: findProjectsIn(doc, context.date) };
  },
});

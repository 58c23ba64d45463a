// Builds valid SourceDocs by hand for store, resolver and API tests: every span is computed from the
// text, so `doc.text.slice(textSpan)` and `doc.raw.slice(span)` hold by construction. The raw text has
// a page header the repaired text drops, so raw and repaired offsets differ as they do in real pages.
import { createHash } from 'node:crypto';
import type {
  Article, Incentive, Mention, Organization, OrgKind, Park, ParkType, Person, Policy, Project, Quantity, Qualifier, SourceDoc, Span,
} from '../../src/types.js';

export interface ArticleSpec {
  title: string;
  subtitle?: string;
  paragraphs: string[];
}
export interface ParkSpec {
  name: string;
  aliases?: string[];
  type?: ParkType;
  province?: string | null;
  city?: string | null;
}
export interface OrgSpec {
  name: string;
  aliases?: string[];
  kind?: OrgKind;
}
export interface PersonSpec {
  name: string;
  title?: string | null;
  org?: string | null;
}
export interface QuantitySpec {
  /** Text as printed; its first occurrence (after `after`, if given) is the span. */
  surface: string;
  value: number;
  unit: string;
  qualifier?: Qualifier;
  subject?: string | null;
  attribute?: string | null;
  period?: string | null;
  after?: string;
}
export interface IncentiveSpec {
  text: string;
  park?: string | null;
  benefit: string;
  rate?: string | null;
  ratePercent?: number | null;
  capCNY?: number | null;
  amountCNY?: number | null;
  condition?: string | null;
}
export interface ProjectSpec {
  name: string;
  stage?: Project['stage'];
  park?: string | null;
}
export interface PolicySpec {
  name: string;
  issuer?: string | null;
  year?: string | null;
}
export interface DocSpec {
  name: string;
  path?: string;
  date?: string | null;
  header?: string;
  articles: ArticleSpec[];
  parks?: ParkSpec[];
  organizations?: OrgSpec[];
  people?: PersonSpec[];
  quantities?: QuantitySpec[];
  projects?: ProjectSpec[];
  policies?: PolicySpec[];
  incentives?: IncentiveSpec[];
}

export function makeDoc(spec: DocSpec): SourceDoc {
  const header = spec.header ?? '科技日报 园区周刊 第8版\n';
  let text = '';
  const articles: Article[] = [];
  spec.articles.forEach((a, index) => {
    if (index > 0) text += '\n';
    const start = text.length;
    const headlines: Article['headlines'] = [];
    const addLine = (line: string) => {
      const s = text.length;
      text += line + '\n';
      return { start: s, end: s + line.length };
    };
    const titleSpan = addLine(a.title);
    headlines.push({ text: a.title, textSpan: titleSpan, span: { start: titleSpan.start + header.length, end: titleSpan.end + header.length } });
    if (a.subtitle) {
      const s = addLine(a.subtitle);
      headlines.push({ text: a.subtitle, textSpan: s, span: { start: s.start + header.length, end: s.end + header.length } });
    }
    const paragraphs = a.paragraphs.map((p, i) => {
      const s = text.length;
      text += p + (i < a.paragraphs.length - 1 ? '\n' : '');
      const textSpan = { start: s, end: s + p.length };
      return { text: p, kind: 'body' as const, textSpan, span: { start: s + header.length, end: s + p.length + header.length } };
    });
    articles.push({
      id: `a${index + 1}`,
      title: a.title,
      subtitle: a.subtitle ?? null,
      kicker: null,
      column: null,
      byline: { reporters: [], correspondents: [], photographers: [], authors: [] },
      dateline: null,
      paragraphs,
      captions: [],
      pullQuotes: [],
      headlines,
      bylineItem: null,
      textSpan: { start, end: text.length },
    });
  });
  const raw = header + text;
  const textMap = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) textMap[i] = i + header.length;
  const toRaw = (s: Span): Span => ({ start: s.start + header.length, end: s.end + header.length });
  const articleOf = (offset: number) => articles.findIndex((a) => offset >= a.textSpan.start && offset < a.textSpan.end);
  const mentionsOf = (names: string[]): Mention[] => {
    const found: Mention[] = [];
    for (const name of names) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(name, from);
        if (at < 0) break;
        const textSpan = { start: at, end: at + name.length };
        if (!found.some((m) => m.textSpan.start < textSpan.end && textSpan.start < m.textSpan.end)) {
          found.push({ text: name, textSpan, span: toRaw(textSpan), article: articleOf(at) });
        }
        from = at + name.length;
      }
    }
    return found.sort((a, b) => a.textSpan.start - b.textSpan.start);
  };
  const locate = (needle: string, after?: string): Span => {
    const from = after ? text.indexOf(after) : 0;
    if (from < 0) throw new Error(`fixture: '${after}' not in text`);
    const at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`fixture: '${needle}' not in text`);
    return { start: at, end: at + needle.length };
  };

  const parks: Park[] = (spec.parks ?? []).map((p, i) => ({
    id: `park${i + 1}`,
    name: p.name,
    aliases: p.aliases ?? [],
    type: p.type ?? 'high-tech-zone',
    province: p.province ?? null,
    city: p.city ?? null,
    // Longest names first so an alias inside the full name does not take its place.
    mentions: mentionsOf([p.name, ...(p.aliases ?? [])].sort((a, b) => b.length - a.length)),
  }));
  const organizations: Organization[] = (spec.organizations ?? []).map((o, i) => ({
    id: `org${i + 1}`,
    name: o.name,
    aliases: o.aliases ?? [],
    kind: o.kind ?? 'enterprise',
    mentions: mentionsOf([o.name, ...(o.aliases ?? [])].sort((a, b) => b.length - a.length)),
  }));
  const people: Person[] = (spec.people ?? []).map((p, i) => ({
    id: `person${i + 1}`,
    name: p.name,
    title: p.title ?? null,
    org: p.org ?? null,
    mentions: mentionsOf([p.name]),
  }));
  const subjectId = (subject: string | null | undefined): string | null => {
    if (!subject) return null;
    const park = parks.find((p) => p.name === subject || p.aliases.includes(subject));
    if (park) return park.id;
    return organizations.find((o) => o.name === subject || o.aliases.includes(subject))?.id ?? null;
  };
  const quantities: Quantity[] = (spec.quantities ?? []).map((q, i) => {
    const textSpan = locate(q.surface, q.after);
    return {
      id: `q${i + 1}`,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier ?? '=',
      surface: q.surface,
      subject: q.subject ?? null,
      subjectId: subjectId(q.subject),
      attribute: q.attribute ?? null,
      period: q.period ?? null,
      evidence: q.surface,
      span: toRaw(textSpan),
      textSpan,
      article: articleOf(textSpan.start),
    };
  });
  const projects: Project[] = (spec.projects ?? []).map((p, i) => {
    const textSpan = locate(p.name);
    return {
      id: `proj${i + 1}`, name: p.name, stage: p.stage ?? null, date: null, park: p.park ?? null, organizations: [], quantityIds: [],
      span: toRaw(textSpan), textSpan, article: articleOf(textSpan.start),
    };
  });
  const policies: Policy[] = (spec.policies ?? []).map((p, i) => {
    const textSpan = locate(p.name);
    return { id: `pol${i + 1}`, name: p.name, issuer: p.issuer ?? null, year: p.year ?? null, span: toRaw(textSpan), textSpan, article: articleOf(textSpan.start) };
  });
  const incentives: Incentive[] = (spec.incentives ?? []).map((c, i) => {
    const textSpan = locate(c.text);
    return {
      id: `inc${i + 1}`, park: c.park ?? null, policy: null, condition: c.condition ?? null, benefit: c.benefit, rate: c.rate ?? null,
      ratePercent: c.ratePercent ?? null, capCNY: c.capCNY ?? null, amountCNY: c.amountCNY ?? null, text: c.text,
      span: toRaw(textSpan), textSpan, article: articleOf(textSpan.start),
    };
  });
  const date = spec.date === undefined ? '2023-04-20' : spec.date;
  return {
    source: {
      path: spec.path ?? spec.name,
      name: spec.name,
      sha256: createHash('sha256').update(raw).digest('hex'),
      bytes: Buffer.byteLength(raw),
      format: 'text',
      encoding: 'utf-8',
      traditional: false,
    },
    lines: [],
    raw,
    text,
    textMap,
    analysisText: text,
    publication: { name: '科技日报', month: date ? date.slice(0, 7) : null, date, basis: date ? 'explicit' : 'unknown' },
    articles,
    parks,
    organizations,
    people,
    quantities,
    projects,
    policies,
    incentives,
    messages: [],
  };
}

/** Two invented pages that name the same high-tech zone differently, plus a bonded zone of the same city. */
export function sampleDocs(): SourceDoc[] {
  const first = makeDoc({
    name: 'page-a.txt',
    date: '2023-04-20',
    articles: [
      {
        title: '烟台高新区储能产业加速集聚',
        paragraphs: [
          '山东烟台高新技术产业开发区（以下简称烟台高新区）近日发布储能产业扶持办法。',
          '2022年，烟台高新区储能产业营收突破120亿元，同比增长18%。园区现有储能企业65家。',
          '对固定资产投资超过2500万元的项目，按投资额的12%给予补助，单个项目最高600万元。',
          '蓝潮储能科技有限公司（以下简称蓝潮储能）董事长韩启明表示，公司新建产线年产能达到8GWh。',
        ],
      },
      {
        title: '烟台综保区进出口再创新高',
        paragraphs: ['今年一季度，烟台综合保税区进出口总额达到56亿元。'],
      },
    ],
    parks: [
      { name: '山东烟台高新技术产业开发区', aliases: ['烟台高新区'], type: 'high-tech-zone', province: '山东省', city: '烟台市' },
      { name: '烟台综合保税区', type: 'bonded-zone', province: '山东省', city: '烟台市' },
    ],
    organizations: [{ name: '蓝潮储能科技有限公司', aliases: ['蓝潮储能'], kind: 'enterprise' }],
    people: [{ name: '韩启明', title: '董事长', org: '蓝潮储能科技有限公司' }],
    quantities: [
      { surface: '120亿元', value: 12e9, unit: 'CNY', qualifier: '>', subject: '烟台高新区', attribute: '储能产业营收', period: '2022' },
      { surface: '18%', value: 18, unit: 'percent', subject: '烟台高新区', attribute: '同比增长', period: '2022' },
      { surface: '65家', value: 65, unit: '家', subject: '烟台高新区', attribute: '储能企业' },
      { surface: '8GWh', value: 8, unit: 'GWh', subject: '蓝潮储能', attribute: '年产能' },
      { surface: '56亿元', value: 5.6e9, unit: 'CNY', subject: '烟台综合保税区', attribute: '进出口总额', period: '2023-Q1' },
    ],
    incentives: [
      { text: '按投资额的12%给予补助，单个项目最高600万元', park: '烟台高新区', benefit: '补助', rate: '12%', ratePercent: 12, capCNY: 6e6, condition: '固定资产投资超过2500万元' },
    ],
    projects: [{ name: '新建产线', stage: '建成', park: '烟台高新区' }],
  });
  const second = makeDoc({
    name: 'page-b.txt',
    date: '2023-06-08',
    articles: [
      {
        title: '烟台高新区打造氢能示范高地',
        paragraphs: [
          '烟台高新区氢能产业园首期占地300亩，计划总投资45亿元。',
          '烟台市高新区管委会主任柯文远介绍，园区将引进氢能企业25家以上。',
        ],
      },
    ],
    parks: [{ name: '烟台市高新区', aliases: ['烟台高新区'], type: 'high-tech-zone', province: '山东省', city: '烟台市' }],
    organizations: [{ name: '烟台市高新区管委会', kind: 'government' }],
    people: [{ name: '柯文远', title: '主任', org: '烟台市高新区管委会' }],
    quantities: [
      { surface: '300亩', value: 200001, unit: 'm2', subject: '烟台高新区', attribute: '氢能产业园首期占地' },
      { surface: '45亿元', value: 4.5e9, unit: 'CNY', subject: '烟台高新区', attribute: '计划总投资' },
      { surface: '25家', value: 25, unit: '家', qualifier: '>', subject: '烟台高新区', attribute: '引进氢能企业' },
    ],
  });
  return [first, second];
}

// The document model every stage reads and extends: one SourceDoc per input file.
// Offsets are half-open UTF-16 ranges. `span` always points into `doc.raw` (the decoded original
// file); `textSpan` points into `doc.text` (the repaired text). `doc.textMap[i]` is the raw offset of
// repaired character i, so any textSpan converts to a raw span with `toRawSpan` (src/text/offsets.ts).

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, e.g. `doubled-bold-run`, `spaced-characters`, `page-furniture`. */
  ruleId: string;
  /** Stage that produced it. */
  source: string;
  reason: string;
  /** Raw span the message is about, when it has one. */
  place?: Span;
  /** Characters of the raw text dropped by this rule at `place` (repair accounting). */
  dropped?: string;
}

export type SourceFormat = 'text' | 'markdown' | 'html';

export interface SourceInfo {
  path: string;
  name: string;
  sha256: string;
  bytes: number;
  format: SourceFormat;
  encoding: string;
  /** True when the text was in traditional script and converted for analysis. */
  traditional: boolean;
}

export type ParagraphKind = 'body' | 'subhead' | 'dateline';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
  /** Raw span covering the paragraph (first to last source character). */
  span: Span;
  textSpan: Span;
}

export interface TextItem {
  text: string;
  span: Span;
  textSpan: Span;
}

export interface Byline {
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  authors: string[];
}

export interface Article {
  id: string;
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  column: string | null;
  byline: Byline;
  dateline: string | null;
  paragraphs: Paragraph[];
  captions: TextItem[];
  pullQuotes: TextItem[];
  /** The headline lines as printed (kicker, title, subtitle, in page order), with spans. */
  headlines: TextItem[];
  /** The byline block as printed ("◎本报记者 …"), when there is one. */
  bylineItem: TextItem | null;
  /** textSpan covering the whole article in doc.text (headline through last paragraph). */
  textSpan: Span;
}

export interface Publication {
  name: string | null;
  /** YYYY-MM */
  month: string | null;
  /** YYYY-MM-DD when the day is known. */
  date: string | null;
  /** How the date was decided: 'explicit' (CLI/metadata) or 'inferred'. */
  basis: 'explicit' | 'inferred' | 'unknown';
}

/** One occurrence of a name in the text. */
export interface Mention {
  text: string;
  span: Span;
  textSpan: Span;
  /** Index into doc.articles, or -1 when outside any article. */
  article: number;
}

export type ParkType =
  | 'high-tech-zone' // 高新区 / 高新技术产业开发区
  | 'economic-development-zone' // 经开区 / 经济技术开发区 / 开发区
  | 'industrial-park' // 产业园 / 工业园 / 园区
  | 'science-park' // 科技园 / 科学城 / 科学岛
  | 'demonstration-zone' // 示范区 / 自创区 / 试验区
  | 'bonded-zone' // 综保区 / 综合保税区 / 保税区
  | 'pilot-base' // 中试基地 / 基地
  | 'new-area' // 新区 / 新城
  | 'valley' // "…谷" nicknames
  | 'other';

export interface Park {
  id: string;
  name: string;
  aliases: string[];
  type: ParkType;
  province: string | null;
  city: string | null;
  mentions: Mention[];
}

export type OrgKind = 'enterprise' | 'university' | 'institute' | 'lab' | 'government' | 'fund' | 'association' | 'media' | 'other';

export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  kind: OrgKind;
  mentions: Mention[];
}

export interface Person {
  id: string;
  name: string;
  title: string | null;
  /** Name of the organisation or park the title belongs to (fullest form). */
  org: string | null;
  mentions: Mention[];
}

export type Qualifier = '=' | '>' | '<' | '~' | '>=' | '<=';

export interface Quantity {
  id: string;
  /** Value in the canonical unit (GOLD_SPEC): CNY, USD, m2, percent, t, kWh, GWh, MW, kV, year, … or a count classifier. */
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The surface form as printed, e.g. "突破 60亿元" → "60亿元". */
  surface: string;
  subject: string | null;
  /** Id of the park/organisation the subject resolves to, when it does. */
  subjectId: string | null;
  attribute: string | null;
  period: string | null;
  /** Shortest clause stating it. */
  evidence: string;
  span: Span;
  textSpan: Span;
  article: number;
}

export type ProjectStage = '签约' | '开工' | '建成' | '投产' | '获批' | '落地' | null;

export interface Project {
  id: string;
  name: string;
  stage: ProjectStage;
  date: string | null;
  park: string | null;
  organizations: string[];
  /** Ids of quantities that describe it (investment, area, capacity). */
  quantityIds: string[];
  span: Span;
  textSpan: Span;
  article: number;
}

export interface Policy {
  id: string;
  name: string;
  issuer: string | null;
  year: string | null;
  span: Span;
  textSpan: Span;
  article: number;
}

export interface Incentive {
  id: string;
  park: string | null;
  policy: string | null;
  /** Who qualifies, e.g. "固定资产投资超过1亿元". */
  condition: string | null;
  /** Kind of benefit, e.g. "一次性补贴", "奖励". */
  benefit: string;
  /** Rate as printed ("50%", "1∶2") and as a number (percent) when it is one. */
  rate: string | null;
  ratePercent: number | null;
  /** Cap in CNY ("最高补助200万元" → 2000000). */
  capCNY: number | null;
  /** Fixed amount in CNY when the clause grants one. */
  amountCNY: number | null;
  /** The clause as printed. */
  text: string;
  span: Span;
  textSpan: Span;
  article: number;
}

/** A line of text during repair: each UTF-16 unit of `text` has its raw offset in `map`. */
export interface Line {
  text: string;
  map: Int32Array;
  /** Layout role assigned by the reader stages (e.g. 'blank', 'heading', 'caption'); free-form. */
  role?: string;
  /** Markdown heading level when the source marked one (#, ## …). */
  headingLevel?: number;
}

export interface SourceDoc {
  source: SourceInfo;
  /** Working lines of the reader stages (repair works on these before articles exist). */
  lines: Line[];
  /** Decoded original file, as printed (never modified). */
  raw: string;
  /** Repaired text: articles in reading order, paragraphs joined by "\n". */
  text: string;
  /** Raw offset of each repaired character; length text.length. Inserted separators map to the raw offset of the next kept character (or raw.length). */
  textMap: Int32Array;
  /** `text` in simplified script, same length as `text`: what recognisers read. */
  analysisText: string;
  publication: Publication;
  articles: Article[];
  parks: Park[];
  organizations: Organization[];
  people: Person[];
  quantities: Quantity[];
  projects: Project[];
  policies: Policy[];
  incentives: Incentive[];
  messages: Diagnostic[];
}

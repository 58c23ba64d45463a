// The knowledge base as an interface: what the CLI and the HTTP API may ask of a store. SQLite
// (src/store/sqlite.ts) is the first implementation; every implementation must pass
// test/store/contract.ts. Methods are async so a networked back end (PostgreSQL) fits the same shape.
import type { ParkLensError } from '../errors.js';
import type { Diagnostic, OrgKind, ParkType, Qualifier, SourceDoc, Span } from '../types.js';

/** Where a fact was read: the sentence that states it and its offsets in the raw page, the repaired page and the article. */
export interface Evidence {
  documentId: string;
  articleId: string | null;
  articleTitle: string | null;
  /** The sentence of the article text that contains the fact's surface text. */
  quote: string;
  /** Half-open offsets into the document's raw text. */
  span: Span;
  /** Half-open offsets into the document's repaired text. */
  textSpan: Span;
  /** Offsets into the article text returned by getArticle, or null when the fact lies outside every article. */
  articleTextSpan: Span | null;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface ParkSummary {
  id: string;
  name: string;
  aliases: string[];
  type: ParkType;
  province: string | null;
  city: string | null;
  articleCount: number;
  quantityCount: number;
}

export interface QuantityFact {
  id: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  surface: string;
  subject: string | null;
  attribute: string | null;
  period: string | null;
  evidence: Evidence;
}

export interface ProjectFact {
  id: string;
  name: string;
  stage: string | null;
  date: string | null;
  organizations: string[];
  evidence: Evidence;
}

export interface PolicyFact {
  id: string;
  name: string;
  issuer: string | null;
  year: string | null;
  evidence: Evidence;
}

export interface IncentiveFact {
  id: string;
  park: EntityRef | null;
  policy: string | null;
  condition: string | null;
  benefit: string;
  rate: string | null;
  ratePercent: number | null;
  capCNY: number | null;
  amountCNY: number | null;
  text: string;
  evidence: Evidence;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  documentId: string;
  date: string | null;
}

export interface ParkProfile {
  id: string;
  name: string;
  aliases: string[];
  type: ParkType;
  province: string | null;
  city: string | null;
  quantities: QuantityFact[];
  projects: ProjectFact[];
  policies: PolicyFact[];
  incentives: IncentiveFact[];
  organizations: Array<{ id: string; name: string; kind: OrgKind }>;
  people: Array<{ id: string; name: string; title: string | null; org: string | null }>;
  articles: ArticleRef[];
  /**
   * How many facts of each kind the park has: a profile holds at most PROFILE_FACTS of each (newest first), and
   * `next` is the API path of the following page (`GET /api/parks/:id/quantities?offset=…`), null when all are here.
   */
  factCounts: Record<ParkFactKind, { total: number; next: string | null }>;
}

/** The fact lists of a park profile that are paged. */
export const PARK_FACT_KINDS = ['quantities', 'projects', 'policies', 'incentives'] as const;
export type ParkFactKind = (typeof PARK_FACT_KINDS)[number];
/** Facts of each kind a park profile holds; the rest are fetched a page at a time (parkFacts). */
export const PROFILE_FACTS = 50;

export interface ParkFactPages {
  quantities: Page<QuantityFact>;
  projects: Page<ProjectFact>;
  policies: Page<PolicyFact>;
  incentives: Page<IncentiveFact>;
}

export interface Comparison {
  parks: Array<{ id: string; name: string; type: ParkType; province: string | null; city: string | null }>;
  indicators: Array<{
    attribute: string;
    unit: string;
    values: Record<string, Array<{ value: number; qualifier: Qualifier; period: string | null; surface: string; evidence: Evidence }>>;
  }>;
  incentives: Record<string, IncentiveFact[]>;
}

export interface ParkQuery {
  q?: string;
  province?: string;
  type?: ParkType;
  limit?: number;
  offset?: number;
}

export interface SearchQuery {
  q?: string;
  province?: string;
  type?: ParkType;
  /** A word the article must also contain (e.g. "储能"). */
  industry?: string;
  year?: number;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  articleId: string;
  documentId: string;
  title: string | null;
  date: string | null;
  /** Plain text (never HTML); `highlights` are offsets into it. */
  snippet: string;
  highlights: Span[];
  parks: EntityRef[];
}

export interface SearchPage extends Page<SearchHit> {
  /** True when there are more matches than `total` says (totals are exact up to a cap). */
  totalCapped: boolean;
}

export interface ArticleView {
  id: string;
  documentId: string;
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  column: string | null;
  byline: SourceDoc['articles'][number]['byline'];
  date: string | null;
  /** Repaired article text, headline through last paragraph. */
  text: string;
  paragraphs: Array<{ text: string; kind: string; start: number; end: number }>;
  mentions: Array<{ kind: EntityKind; entityId: string; text: string; start: number; end: number }>;
  /** The raw slice of the source page that the article was read from, with its raw offsets. */
  original: { text: string; start: number; end: number };
}

export type EntityKind = 'park' | 'org' | 'person';

export interface OrganizationView {
  id: string;
  name: string;
  aliases: string[];
  kind: OrgKind;
  parks: EntityRef[];
  people: Array<{ id: string; name: string; title: string | null }>;
  quantities: QuantityFact[];
  articles: ArticleRef[];
}

export interface PersonView {
  id: string;
  name: string;
  title: string | null;
  org: string | null;
  orgId: string | null;
  articles: ArticleRef[];
}

export interface IncentiveQuery {
  /** Park id, or a park name (resolved like the parks list). */
  park?: string;
  /** Words the benefit must contain (e.g. "补贴"). */
  benefit?: string;
  limit?: number;
  offset?: number;
}

export interface MapView {
  provinces: Array<{ province: string; count: number; parks: Array<{ id: string; name: string; city: string | null; type: ParkType }> }>;
  /** Parks whose province is unknown. */
  unplaced: number;
}

export interface Stats {
  documents: number;
  articles: number;
  parks: number;
  organizations: number;
  people: number;
  quantities: number;
  projects: number;
  policies: number;
  incentives: number;
}

export interface DocumentInfo {
  id: string;
  name: string;
  path: string;
  sha256: string;
  date: string | null;
  articleCount: number;
}

export interface DocumentView extends DocumentInfo {
  articles: ArticleRef[];
  /** The reader's and extractor's messages about this page (Diagnostic objects, raw spans). */
  diagnostics: Diagnostic[];
}

export interface IngestResult {
  documentId: string;
  /** `unchanged`: the same bytes were already stored; `replaced`: an older version of the same file was removed. */
  status: 'added' | 'unchanged' | 'replaced';
  articles: number;
  replacedId?: string;
}

export interface Store {
  /** Stores one document atomically (all of it or nothing); idempotent by content sha256. */
  ingest(doc: SourceDoc): Promise<IngestResult>;
  /**
   * Stores several documents with one commit; each document is still all-or-nothing (a failing one is
   * returned as its error and the others are kept). For bulk loads; a crash loses the whole batch.
   */
  ingestMany(docs: SourceDoc[]): Promise<Array<IngestResult | ParkLensError>>;
  removeDocument(id: string): Promise<boolean>;
  listDocuments(): Promise<DocumentInfo[]>;
  getDocument(id: string): Promise<DocumentView | null>;
  listParks(query: ParkQuery): Promise<Page<ParkSummary>>;
  getPark(id: string): Promise<ParkProfile | null>;
  /**
   * The profile as JSON text, exactly `JSON.stringify(await getPark(id))` (a string, or its UTF-8 bytes), for a
   * caller that only sends it on (the HTTP API). Optional: an implementation may keep profiles ready as text;
   * callers fall back to getPark.
   */
  parkProfileJson?(id: string): Promise<string | Uint8Array | null>;
  /** A page of one kind of a park's facts, in the profile's order (null when there is no such park). */
  parkFacts<K extends ParkFactKind>(id: string, kind: K, page: { limit?: number; offset?: number }): Promise<ParkFactPages[K] | null>;
  compare(ids: string[]): Promise<Comparison>;
  search(query: SearchQuery): Promise<SearchPage>;
  getArticle(id: string): Promise<ArticleView | null>;
  getOrganization(id: string): Promise<OrganizationView | null>;
  getPerson(id: string): Promise<PersonView | null>;
  listIncentives(query: IncentiveQuery): Promise<Page<IncentiveFact>>;
  map(): Promise<MapView>;
  stats(): Promise<Stats>;
  /**
   * After a bulk load (ingestMany): prepares what reads use — compacted search indexes, ready-made profiles.
   * Answers stay the same, they come faster. Optional; may take seconds on a large store.
   */
  optimize?(): Promise<void>;
  /** Changes whenever the stored content changes; lets callers cache answers. */
  generation(): number;
  close(): Promise<void>;
}

export const PARK_TYPES: ParkType[] = [
  'high-tech-zone', 'economic-development-zone', 'industrial-park', 'science-park', 'demonstration-zone',
  'bonded-zone', 'pilot-base', 'new-area', 'valley', 'other',
];

// Typed client for the ParkLens HTTP API (src/server). One function a route; failures become
// ApiError carrying the server's error code, so views can say "没有找到" rather than crash.

export interface Span {
  start: number;
  end: number;
}

/** Where a fact was read: every figure in the UI links to this. */
export interface Evidence {
  documentId: string;
  articleId: string | null;
  articleTitle: string | null;
  quote: string;
  span: Span;
  textSpan: Span;
  /** Offsets of the fact inside the `text` of GET /api/articles/:articleId. */
  articleTextSpan: Span | null;
}

export interface ParkSummary {
  id: string;
  name: string;
  aliases: string[];
  type: string;
  province: string | null;
  city: string | null;
  articleCount: number;
  quantityCount: number;
}

export interface QuantityFact {
  id: string;
  value: number;
  unit: string;
  qualifier: string;
  surface: string;
  attribute: string | null;
  period: string | null;
  evidence: Evidence;
}

export interface ProjectFact {
  id: string;
  name: string;
  stage: string | null;
  date: string | null;
  organizations?: string[];
  evidence: Evidence;
}

export interface IncentiveFact {
  id: string;
  park?: string | { id: string; name: string } | null;
  parkId?: string | null;
  parkName?: string | null;
  policy?: string | null;
  condition: string | null;
  benefit: string;
  rate: string | null;
  ratePercent?: number | null;
  capCNY: number | null;
  amountCNY: number | null;
  text: string;
  evidence: Evidence;
}

export interface OrgRef {
  id: string;
  name: string;
  kind: string;
}

export interface PersonRef {
  id: string;
  name: string;
  title: string | null;
  org: string | null;
  evidence?: Evidence;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  documentId: string;
  date: string | null;
}

export interface PolicyFact {
  id: string;
  name: string;
  issuer: string | null;
  year: string | null;
  evidence: Evidence;
}

export interface ParkProfile {
  id: string;
  name: string;
  aliases: string[];
  type: string;
  province: string | null;
  city: string | null;
  quantities: QuantityFact[];
  projects: ProjectFact[];
  policies?: PolicyFact[];
  incentives: IncentiveFact[];
  organizations: OrgRef[];
  people: PersonRef[];
  articles: ArticleRef[];
  /** The fact lists hold the newest 50 of each kind: how many there are and the path of the next page. */
  factCounts?: Record<ParkFactKind, { total: number; next: string | null }>;
}

export type ParkFactKind = 'quantities' | 'projects' | 'policies' | 'incentives';
export interface ParkFactTypes {
  quantities: QuantityFact;
  projects: ProjectFact;
  policies: PolicyFact;
  incentives: IncentiveFact;
}

export interface CompareValue {
  value: number;
  qualifier: string;
  period: string | null;
  surface?: string;
  evidence: Evidence;
}

export interface CompareResult {
  /** Park heads; the counts may be missing here. */
  parks: (Omit<ParkSummary, 'articleCount' | 'quantityCount' | 'aliases'> & Partial<ParkSummary>)[];
  indicators: { attribute: string; unit: string; values: Record<string, CompareValue[]> }[];
  incentives: Record<string, IncentiveFact[]>;
}

export interface SearchHit {
  articleId: string;
  documentId: string;
  title: string | null;
  date: string | null;
  snippet: string;
  highlights: Span[];
  parks: { id: string; name: string }[];
}

export interface Paragraph {
  text: string;
  kind: string;
  start: number;
  end: number;
}

export interface ArticleMention {
  kind: string;
  entityId: string | null;
  text: string;
  start: number;
  end: number;
}

export interface ArticleDetail {
  id: string;
  documentId: string;
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  column: string | null;
  byline: unknown;
  date: string | null;
  text: string;
  paragraphs: Paragraph[];
  mentions: ArticleMention[];
  original: { text: string; start: number; end: number } | null;
}

export interface MapData {
  provinces: { province: string | null; count: number; parks: { id: string; name: string; city: string | null; type: string }[] }[];
  /** Parks whose province is unknown. */
  unplaced?: number;
}

export interface OrganizationDetail {
  id: string;
  name: string;
  aliases?: string[];
  kind: string;
  parks?: { id: string; name: string }[];
  people?: PersonRef[];
  quantities?: QuantityFact[];
  articles?: ArticleRef[];
}

export interface PersonDetail {
  id: string;
  name: string;
  title: string | null;
  org: string | null;
  orgId: string | null;
  articles: ArticleRef[];
}

export type Stats = Record<string, unknown>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | null | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url(path, query), { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'E_NETWORK', '无法连接到 ParkLens 服务');
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const problem = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, problem?.code ?? `HTTP_${response.status}`, problem?.message ?? response.statusText);
  }
  return body as T;
}

const id = (value: string) => encodeURIComponent(value);

export const api = {
  parks: (q: { q?: string; province?: string; type?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<{ total: number; items: ParkSummary[] }>('/api/parks', q, signal),
  park: (parkId: string, signal?: AbortSignal) => get<ParkProfile>(`/api/parks/${id(parkId)}`, {}, signal),
  parkFacts: <K extends ParkFactKind>(parkId: string, kind: K, offset: number, signal?: AbortSignal) =>
    get<{ total: number; items: ParkFactTypes[K][] }>(`/api/parks/${id(parkId)}/${kind}`, { offset, limit: 50 }, signal),
  compare: (ids: string[], signal?: AbortSignal) => get<CompareResult>('/api/compare', { ids: ids.join(',') }, signal),
  search: (q: { q?: string; province?: string; type?: string; industry?: string; year?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<{ total: number; items: SearchHit[] }>('/api/search', q, signal),
  article: (articleId: string, signal?: AbortSignal) => get<ArticleDetail>(`/api/articles/${id(articleId)}`, {}, signal),
  incentives: (q: { park?: string; benefit?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<{ total?: number; items: IncentiveFact[] } | IncentiveFact[]>('/api/incentives', q, signal).then((r) =>
      Array.isArray(r) ? { total: r.length, items: r } : { total: r.total ?? r.items.length, items: r.items },
    ),
  map: (signal?: AbortSignal) => get<MapData>('/api/map', {}, signal),
  stats: (signal?: AbortSignal) => get<Stats>('/api/stats', {}, signal),
  person: (personId: string, signal?: AbortSignal) => get<PersonDetail>(`/api/people/${id(personId)}`, {}, signal),
  organization: (orgId: string, signal?: AbortSignal) => get<OrganizationDetail>(`/api/organizations/${id(orgId)}`, {}, signal),
};

// The SQLite knowledge base (better-sqlite3): one transaction per document, WAL journal, schema
// migrations by user_version, entity resolution across documents at ingest, FTS5 search.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ParkLensError } from '../errors.js';
import { clusterByKeys, preferredName } from '../resolve/cluster.js';
import { fullProvince } from '../resolve/divisions.js';
import { orgKeys, personKey } from '../resolve/org-key.js';
import { normaliseName, parkKeys } from '../resolve/park-key.js';
import { ftsQuote, indexTokens, leadingTrigrams, queryTerms, queryWords } from '../search/tokens.js';
import { makeSnippet, sentenceAround, SNIPPET_WIDTH } from '../search/snippet.js';
import type { Article, OrgKind, ParkType, Qualifier, SourceDoc, Span } from '../types.js';
import { MIGRATIONS } from './schema.js';
import type {
  ArticleRef, ArticleView, Comparison, DocumentInfo, DocumentView, EntityKind, EntityRef, Evidence, IncentiveFact, IncentiveQuery, IngestResult,
  MapView, OrganizationView, Page, ParkFactKind, ParkFactPages, ParkProfile, ParkQuery, ParkSummary, PersonView, PolicyFact, ProjectFact,
  QuantityFact, SearchHit, SearchPage, SearchQuery, Stats, Store,
} from './store.js';
import { PARK_FACT_KINDS, PROFILE_FACTS } from './store.js';

export const DEFAULT_DB_FILE = 'parklens.db';
const MAX_LIMIT = 200;
/** Search totals are exact up to this many matches, and bm25 ranks every match of a search with no more. */
export const SEARCH_TOTAL_CAP = 1_000;
/** A search with more matches than SEARCH_TOTAL_CAP ranks only its most recent this many (see `search`). */
export const SEARCH_RANK_WINDOW = 200;

/** Stands for "no needle in the text" in articleRows (no article is this long). */
const NO_HIT = 1_000_000_000;

export interface SqliteStoreOptions {
  /** bm25 ranks searches with at most this many matches (default SEARCH_TOTAL_CAP); tests lower it to reach the other tier. */
  searchRankAll?: number;
  /** Open for reading only (search threads beside a server's own connection): no migrations, no writes. */
  readonly?: boolean;
}

type Row = Record<string, any>;
/** What the search indexes are filled from, an article at a time. */
type ArticleIndexRow = { rowid: number; title: string | null; subtitle: string | null; text: string; year: number | null };

/** Entity columns fillEntity may fill in. */
const FILLED_FIELDS = ['province', 'city', 'title', 'org_name', 'org_id'] as const;

function hashId(prefix: string, text: string): string {
  return `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 10)}`;
}

function clampPage(limit: number | undefined, offset: number | undefined, fallback = 20) {
  return { limit: Math.max(1, Math.min(MAX_LIMIT, limit ?? fallback)), offset: Math.max(0, offset ?? 0) };
}

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** Evidence columns shared by every fact table. */
interface EvidenceCols {
  article_id: string | null;
  quote: string;
  span_start: number;
  span_end: number;
  text_start: number;
  text_end: number;
  art_start: number | null;
  art_end: number | null;
}

/**
 * Index into MIGRATIONS of the last one changing what park_profiles holds (5 created it, 7 pages the facts): after
 * it every profile is stored afresh. A store older than 5 runs both and builds its profiles once, after 7.
 */
const PROFILE_MIGRATION = 6;
/** Index into MIGRATIONS of the one that recreates the search indexes with a year column (8): they are filled again. */
const SEARCH_INDEX_MIGRATION = 7;

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private gen = 0;
  /** Parks whose stored profile the write in progress changes; rebuilt before its transaction commits. */
  private readonly dirtyParks = new Set<string>();

  /** Searches with more matches than this are ranked by the cheap tier (see `search`). */
  private readonly searchRankAll: number;

  constructor(file: string = DEFAULT_DB_FILE, options: SqliteStoreOptions = {}) {
    this.searchRankAll = Math.min(options.searchRankAll ?? SEARCH_TOTAL_CAP, SEARCH_TOTAL_CAP);
    try {
      this.db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (error) {
      throw new ParkLensError('E_STORE', `cannot open database: ${(error as Error).message}`, { subject: file, cause: error });
    }
    if (!options.readonly) this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // A 64 MB page cache keeps the indexes an ingest touches in memory (the default is 2 MB).
    this.db.pragma('cache_size = -65536');
    // Checkpoint (and fsync the database) every ~40 MB of WAL instead of every 4 MB: ingest writes many pages.
    if (!options.readonly) this.db.pragma('wal_autocheckpoint = 10000');
    // Memory-mapped reads: a large store is read without copying pages through SQLite's cache.
    this.db.pragma('mmap_size = 1073741824');
    if (!options.readonly) this.migrate(file);
    else if ((this.db.pragma('user_version', { simple: true }) as number) !== MIGRATIONS.length) {
      throw new ParkLensError('E_STORE', 'a read-only connection needs a database at the current schema version (open it for writing once)', { subject: file });
    }
    this.gen = Number((this.stmt('SELECT count(*) AS n FROM documents').get() as Row).n);
  }

  private migrate(file: string) {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new ParkLensError('E_STORE', `database schema version ${version} is newer than this ParkLens (${MIGRATIONS.length})`, { subject: file });
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
        // The materialised park profiles (migrations 5 and 7): an older store gets them all at once.
        if (v === PROFILE_MIGRATION) {
          for (const id of this.stmt("SELECT id FROM entities WHERE kind = 'park'").pluck().all() as string[]) this.dirtyParks.add(id);
          this.rebuildProfiles();
        }
        if (v === SEARCH_INDEX_MIGRATION) this.reindexSearch();
      })();
    }
  }

  /** Fills both search indexes from the articles (after a migration recreated them). */
  private reindexSearch() {
    // (all rows are read first: this connection cannot write while a statement still reads)
    for (const a of this.stmt('SELECT rowid, title, subtitle, text, year FROM articles ORDER BY rowid').all() as ArticleIndexRow[]) {
      this.indexArticle(a.rowid, a, a.year);
    }
  }

  /**
   * One article's rows in the search indexes: the words and the characters of its title, subtitle and text, and its
   * year in a column of its own.
   */
  private indexArticle(rowid: number, a: { title: string | null; subtitle: string | null; text: string }, year: number | null) {
    const indexed = [a.title, a.subtitle, a.text].filter(Boolean).join('\n');
    const yearText = year === null ? '' : String(year);
    this.stmt('INSERT INTO fts_words (rowid, tokens, year) VALUES (?, ?, ?)').run(rowid, indexTokens(indexed), yearText);
    this.stmt('INSERT INTO fts_trigram (rowid, text, year) VALUES (?, ?, ?)').run(rowid, indexed, yearText);
  }

  private statements = new Map<string, Database.Statement>();

  /** Prepared statements are cached: preparing costs more than running most of these queries. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private dataVersion = -1;

  generation(): number {
    // data_version moves when another connection (a `parklens ingest` beside a running server) commits.
    const version = this.stmt('PRAGMA data_version').pluck().get() as number;
    if (version !== this.dataVersion) {
      if (this.dataVersion !== -1) this.gen++;
      this.dataVersion = version;
    }
    return this.gen;
  }

  /**
   * After a bulk load: stores the profiles ingestMany dropped, and merges each full-text index into one
   * segment. Bulk ingest leaves a dozen or more segments, and a phrase (a park's name in the trigram index) is
   * looked up in each of them: merged, such a search takes about half the time. Some seconds for 100,000
   * articles, so run after bulk loads, not after every page.
   */
  async optimize(): Promise<void> {
    this.db.transaction(() => {
      const missing = this.stmt("SELECT id FROM entities WHERE kind = 'park' AND id NOT IN (SELECT park_id FROM park_profiles)").pluck().all() as string[];
      for (const id of missing) this.dirtyParks.add(id);
      this.rebuildProfiles();
    })();
    this.db.exec("INSERT INTO fts_words(fts_words) VALUES('optimize'); INSERT INTO fts_trigram(fts_trigram) VALUES('optimize');");
    this.db.pragma('optimize');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ───────────────────────────── ingest ─────────────────────────────

  async ingest(doc: SourceDoc): Promise<IngestResult> {
    try {
      const result = this.writing(false, () => this.ingestSync(doc));
      if (result.status !== 'unchanged') this.gen++;
      return result;
    } catch (error) {
      if (error instanceof ParkLensError) throw error;
      throw new ParkLensError('E_STORE', `cannot store ${doc.source.name}: ${(error as Error).message}`, { subject: doc.source.name, cause: error });
    }
  }

  async ingestMany(docs: SourceDoc[]): Promise<Array<IngestResult | ParkLensError>> {
    // One commit for the batch, one savepoint per document: a document that fails is rolled back alone;
    // a crash loses the uncommitted batch but never leaves part of a document.
    // A bulk load drops the stored profiles it changes instead of rebuilding them batch after batch (a park
    // named in many batches would be built as often); reads build a missing profile from the facts, and
    // optimize(), run after the load, stores them all again.
    const results = this.writing(true, () =>
      docs.map((doc): IngestResult | ParkLensError => {
        try {
          return this.db.transaction(() => this.ingestSync(doc))();
        } catch (error) {
          return error instanceof ParkLensError
            ? error
            : new ParkLensError('E_STORE', `cannot store ${doc.source.name}: ${(error as Error).message}`, { subject: doc.source.name, cause: error });
        }
      }),
    );
    if (results.some((r) => !(r instanceof ParkLensError) && r.status !== 'unchanged')) this.gen++;
    return results;
  }

  /**
   * Runs a write in one transaction that also rebuilds the stored profiles it changes (or, for a bulk load,
   * drops them), so no stored profile is ever stale.
   */
  private writing<T>(bulk: boolean, write: () => T): T {
    try {
      return this.db.transaction(() => {
        const result = write();
        if (bulk) this.dropProfiles();
        else this.rebuildProfiles();
        return result;
      })();
    } finally {
      this.dirtyParks.clear();
    }
  }

  private dropProfiles() {
    const drop = this.stmt('DELETE FROM park_profiles WHERE park_id = ?');
    for (const id of this.dirtyParks) drop.run(id);
    this.dirtyParks.clear();
  }

  /** Stores the profile of every dirty park (or drops it when the park is gone). */
  private rebuildProfiles() {
    const put = this.stmt('INSERT OR REPLACE INTO park_profiles (park_id, json) VALUES (?, ?)');
    const drop = this.stmt('DELETE FROM park_profiles WHERE park_id = ?');
    for (const id of this.dirtyParks) {
      const profile = this.buildParkProfile(id);
      if (profile) put.run(id, Buffer.from(JSON.stringify(profile)));
      else drop.run(id);
    }
    this.dirtyParks.clear();
  }

  /**
   * An organisation or person whose shown fields (name, title) changed: the profiles listing it change too —
   * those of parks it is mentioned with, and of the park its role belongs to.
   */
  private shownElsewhere(id: string) {
    const parks = this.stmt(`SELECT DISTINCT ap.park_id FROM mentions m JOIN article_filters a ON a.id = m.article_id
        JOIN article_parks ap ON ap.article_rowid = a.rowid WHERE m.entity_id = ?`).pluck().all(id) as string[];
    for (const park of parks) this.dirtyParks.add(park);
    const orgId = this.stmt('SELECT org_id FROM entities WHERE id = ?').pluck().get(id) as string | null | undefined;
    if (orgId) this.dirtyParks.add(orgId);
  }

  private ingestSync(doc: SourceDoc): IngestResult {
    const db = this.db;
    const same = this.stmt('SELECT id, article_count FROM documents WHERE sha256 = ?').get(doc.source.sha256) as Row | undefined;
    if (same) return { documentId: same.id, status: 'unchanged', articles: same.article_count };
    const sourceKey = doc.source.path || doc.source.name;
    const previous = this.stmt('SELECT id FROM documents WHERE source_key = ?').get(sourceKey) as Row | undefined;
    if (previous) this.removeSync(previous.id);

    const documentId = `d${doc.source.sha256.slice(0, 16)}`;
    const date = doc.publication.date ?? doc.publication.month ?? null;
    this.stmt(
      `INSERT INTO documents (id, source_key, name, path, sha256, bytes, format, encoding, publication, date, year, raw, article_count, diagnostics, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      documentId, sourceKey, doc.source.name, doc.source.path, doc.source.sha256, doc.source.bytes, doc.source.format, doc.source.encoding,
      doc.publication.name, date, yearOf(date), doc.raw, doc.articles.length, JSON.stringify(doc.messages), new Date().toISOString(),
    );

    // Articles and their search rows.
    const insertArticle = this.stmt(
      `INSERT INTO articles (id, document_id, ord, title, subtitle, kicker, column_name, byline, dateline, date, year, text, paragraphs, captions,
        text_start, text_end, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const articleIds: string[] = [];
    const articleRowids: number[] = [];
    doc.articles.forEach((a, i) => {
      const id = `${documentId}-${i + 1}`;
      const base = a.textSpan.start;
      const text = doc.text.slice(a.textSpan.start, a.textSpan.end);
      // Paragraph texts are slices of the article text: only their offsets are stored.
      const paragraphs = a.paragraphs.map((p) => [p.textSpan.start - base, p.textSpan.end - base, p.kind]);
      const raw = rawRange(doc, a);
      const info = insertArticle.run(
        id, documentId, i, a.title, a.subtitle, a.kicker, a.column, JSON.stringify(a.byline), a.dateline, date, yearOf(date), text,
        JSON.stringify(paragraphs), JSON.stringify(a.captions.map((c) => c.text)), a.textSpan.start, a.textSpan.end, raw.start, raw.end,
      );
      const rowid = Number(info.lastInsertRowid);
      const year = yearOf(date);
      this.indexArticle(rowid, { title: a.title, subtitle: a.subtitle, text }, year);
      this.stmt('INSERT INTO article_filters (rowid, year, id, document_id, title, date) VALUES (?, ?, ?, ?, ?, ?)').run(rowid, year, id, documentId, a.title, date);
      this.stmt('INSERT INTO article_years (rowid, year) VALUES (?, ?)').run(rowid, year);
      articleIds.push(id);
      articleRowids.push(rowid);
    });
    const articleAt = (article: number, textSpan: Span): number => {
      if (article >= 0 && article < doc.articles.length) return article;
      return doc.articles.findIndex((a) => textSpan.start >= a.textSpan.start && textSpan.start < a.textSpan.end);
    };

    const touched = new Set<string>();
    const insertName = this.stmt('INSERT OR IGNORE INTO entity_names (entity_id, kind, document_id, name, key, main) VALUES (?, ?, ?, ?, ?, ?)');
    const insertMention = this.stmt(
      `INSERT INTO mentions (entity_id, kind, document_id, article_id, text, span_start, span_end, text_start, text_end, art_start, art_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const linkArticle = this.stmt('INSERT OR IGNORE INTO article_parks (article_rowid, park_id) VALUES (?, ?)');
    const addMentions = (entityId: string, kind: EntityKind, mentions: SourceDoc['parks'][number]['mentions']) => {
      for (const m of mentions) {
        if (!validSpan(doc, m.textSpan)) continue;
        const ai = articleAt(m.article, m.textSpan);
        const base = ai >= 0 ? doc.articles[ai]!.textSpan.start : null;
        insertMention.run(
          entityId, kind, documentId, ai >= 0 ? articleIds[ai] : null, m.text, m.span.start, m.span.end, m.textSpan.start, m.textSpan.end,
          base === null ? null : m.textSpan.start - base, base === null ? null : m.textSpan.end - base,
        );
        if (kind === 'park' && ai >= 0) linkArticle.run(articleRowids[ai], entityId);
      }
    };

    // Parks: cluster within the document, then attach each cluster to the stored entity sharing a key.
    const localPark = new Map<string, string>(); // doc park id or name → entity id
    const parkClusters = clusterByKeys(doc.parks.map((p) => ({ keys: [p.name, ...p.aliases].flatMap(parkKeys) })));
    for (const group of parkClusters) {
      const parks = group.map((i) => doc.parks[i]!);
      const names = [...new Set(parks.flatMap((p) => [p.name, ...p.aliases]))];
      const keys = [...new Set(names.flatMap(parkKeys))];
      const first = parks[0]!;
      const entityId = this.resolveEntity('park', keys, `${documentId}:${first.name}`, {
        name: preferredName(parks.map((p) => p.name)),
        type: first.type,
        province: parks.find((p) => p.province)?.province ?? null,
        city: parks.find((p) => p.city)?.city ?? null,
      });
      touched.add(entityId);
      const mains = new Set(parks.map((p) => p.name));
      for (const name of names) insertName.run(entityId, 'park', documentId, name, parkKeys(name)[0] ?? null, mains.has(name) ? 1 : 0);
      for (const p of parks) {
        localPark.set(p.id, entityId);
        for (const name of [p.name, ...p.aliases]) localPark.set(normaliseName(name), entityId);
        addMentions(entityId, 'park', p.mentions);
      }
    }

    const localOrg = new Map<string, string>();
    const orgClusters = clusterByKeys(doc.organizations.map((o) => ({ keys: [o.name, ...o.aliases].flatMap(orgKeys) })));
    for (const group of orgClusters) {
      const orgs = group.map((i) => doc.organizations[i]!);
      const names = [...new Set(orgs.flatMap((o) => [o.name, ...o.aliases]))];
      const keys = [...new Set(names.flatMap(orgKeys))];
      const entityId = this.resolveEntity('org', keys, `${documentId}:${orgs[0]!.name}`, {
        name: preferredName(orgs.map((o) => o.name)),
        type: orgs[0]!.kind,
      });
      touched.add(entityId);
      const mains = new Set(orgs.map((o) => o.name));
      for (const name of names) insertName.run(entityId, 'org', documentId, name, orgKeys(name)[0] ?? null, mains.has(name) ? 1 : 0);
      for (const o of orgs) {
        localOrg.set(o.id, entityId);
        for (const name of [o.name, ...o.aliases]) localOrg.set(normaliseName(name), entityId);
        addMentions(entityId, 'org', o.mentions);
      }
    }

    const findPark = (name: string | null): string | null => {
      if (!name) return null;
      return localPark.get(name) ?? localPark.get(normaliseName(name)) ?? this.lookupKeys('park', parkKeys(name))[0] ?? null;
    };
    const findOrg = (name: string | null): string | null => {
      if (!name) return null;
      return localOrg.get(name) ?? localOrg.get(normaliseName(name)) ?? this.lookupKeys('org', orgKeys(name))[0] ?? null;
    };

    for (const person of doc.people) {
      const orgId = findOrg(person.org) ?? findPark(person.org);
      // An organisation no page has named as an entity still tells namesakes apart by its normalised name.
      const orgPart = orgId ?? (person.org ? `name:${orgKeys(person.org)[0] ?? normaliseName(person.org)}` : null);
      const key = personKey(person.name, orgPart, documentId);
      const entityId = this.resolveEntity('person', [key], key, { name: person.name, title: person.title, org_name: person.org, org_id: orgId });
      touched.add(entityId);
      insertName.run(entityId, 'person', documentId, person.name, key, 1);
      addMentions(entityId, 'person', person.mentions);
    }

    // Facts, each with its evidence; facts that cannot be grounded in the text are not stored.
    const evidence = (span: Span, textSpan: Span, article: number): EvidenceCols | null => {
      if (!validSpan(doc, textSpan)) return null;
      const ai = articleAt(article, textSpan);
      if (ai < 0) {
        return { article_id: null, quote: sentenceAround(doc.text, textSpan.start, textSpan.end), span_start: span.start, span_end: span.end,
          text_start: textSpan.start, text_end: textSpan.end, art_start: null, art_end: null };
      }
      const a = doc.articles[ai]!;
      const text = doc.text.slice(a.textSpan.start, a.textSpan.end);
      const start = textSpan.start - a.textSpan.start;
      const end = textSpan.end - a.textSpan.start;
      if (end > text.length) return null;
      return { article_id: articleIds[ai]!, quote: sentenceAround(text, start, end), span_start: span.start, span_end: span.end,
        text_start: textSpan.start, text_end: textSpan.end, art_start: start, art_end: end };
    };
    const link = (parkId: string | null, ev: EvidenceCols) => {
      if (!parkId || !ev.article_id) return;
      touched.add(parkId);
      linkArticle.run(articleRowids[articleIds.indexOf(ev.article_id)], parkId);
    };

    const insertQuantity = this.stmt(
      `INSERT INTO quantities (id, document_id, article_id, ord, park_id, org_id, subject, value, unit, qualifier, surface, attribute, period, clause,
        quote, span_start, span_end, text_start, text_end, art_start, art_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.quantities.forEach((q, i) => {
      const ev = evidence(q.span, q.textSpan, q.article);
      if (!ev || !Number.isFinite(q.value)) return;
      const parkId = (q.subjectId && localPark.get(q.subjectId)) || (q.subjectId ? null : findPark(q.subject));
      const orgId = (q.subjectId && localOrg.get(q.subjectId)) || (q.subjectId || parkId ? null : findOrg(q.subject));
      insertQuantity.run(`${documentId}-q${i + 1}`, documentId, ev.article_id, i, parkId, orgId, q.subject, q.value, q.unit, q.qualifier, q.surface,
        q.attribute, q.period, q.evidence, ev.quote, ev.span_start, ev.span_end, ev.text_start, ev.text_end, ev.art_start, ev.art_end);
      link(parkId, ev);
      if (orgId) touched.add(orgId);
    });
    const insertProject = this.stmt(
      `INSERT INTO projects (id, document_id, article_id, ord, park_id, name, stage, date, organizations, quote, span_start, span_end, text_start,
        text_end, art_start, art_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.projects.forEach((p, i) => {
      const ev = evidence(p.span, p.textSpan, p.article);
      if (!ev) return;
      const parkId = findPark(p.park);
      insertProject.run(`${documentId}-pj${i + 1}`, documentId, ev.article_id, i, parkId, p.name, p.stage, p.date, JSON.stringify(p.organizations),
        ev.quote, ev.span_start, ev.span_end, ev.text_start, ev.text_end, ev.art_start, ev.art_end);
      link(parkId, ev);
    });
    const insertPolicy = this.stmt(
      `INSERT INTO policies (id, document_id, article_id, ord, name, issuer, year, quote, span_start, span_end, text_start, text_end, art_start, art_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.policies.forEach((p, i) => {
      const ev = evidence(p.span, p.textSpan, p.article);
      if (!ev) return;
      insertPolicy.run(`${documentId}-pl${i + 1}`, documentId, ev.article_id, i, p.name, p.issuer, p.year, ev.quote, ev.span_start, ev.span_end,
        ev.text_start, ev.text_end, ev.art_start, ev.art_end);
    });
    const insertIncentive = this.stmt(
      `INSERT INTO incentives (id, document_id, article_id, ord, park_id, park_name, policy, condition, benefit, rate, rate_percent, cap_cny, amount_cny,
        clause, quote, span_start, span_end, text_start, text_end, art_start, art_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.incentives.forEach((c, i) => {
      const ev = evidence(c.span, c.textSpan, c.article);
      if (!ev) return;
      const parkId = findPark(c.park);
      insertIncentive.run(`${documentId}-in${i + 1}`, documentId, ev.article_id, i, parkId, c.park, c.policy, c.condition, c.benefit, c.rate,
        c.ratePercent, c.capCNY, c.amountCNY, c.text, ev.quote, ev.span_start, ev.span_end, ev.text_start, ev.text_end, ev.art_start, ev.art_end);
      link(parkId, ev);
    });

    this.refreshEntities([...touched]);
    return { documentId, status: previous ? 'replaced' : 'added', articles: doc.articles.length, replacedId: previous?.id };
  }

  /** Entity ids (oldest merge target first) that hold any of the keys. */
  private lookupKeys(kind: EntityKind, keys: string[]): string[] {
    if (keys.length === 0) return [];
    const rows = this.stmt(`SELECT DISTINCT entity_id FROM entity_names WHERE kind = ? AND key IN (${keys.map(() => '?').join(',')}) ORDER BY entity_id`)
      .all(kind, ...keys) as Row[];
    return rows.map((r) => r.entity_id as string);
  }

  /**
   * The entity for a group of names: the stored one sharing a key, a new one otherwise. When the names
   * join entities that were apart so far (one page says both names), they are merged into the first id.
   */
  private resolveEntity(kind: EntityKind, keys: string[], seed: string, fields: Row): string {
    const found = this.lookupKeys(kind, keys);
    if (found.length > 0) {
      const [keep, ...rest] = found;
      for (const drop of rest) this.mergeEntities(kind, keep!, drop);
      this.fillEntity(keep!, fields);
      return keep!;
    }
    let id = hashId(kind === 'park' ? 'pk' : kind === 'org' ? 'og' : 'pe', keys[0] ?? seed);
    for (let n = 2; this.stmt('SELECT 1 FROM entities WHERE id = ?').get(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    this.stmt('INSERT INTO entities (id, kind, name, type, province, city, title, org_name, org_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, kind, fields.name, fields.type ?? null, fields.province ?? null, fields.city ?? null, fields.title ?? null, fields.org_name ?? null,
        fields.org_id ?? null);
    return id;
  }

  /** Fills fields the stored entity does not know yet. */
  private fillEntity(id: string, fields: Row) {
    const row = this.stmt('SELECT kind, province, city, title, org_name, org_id FROM entities WHERE id = ?').get(id) as Row | undefined;
    if (!row || !FILLED_FIELDS.some((f) => row[f] === null && (fields[f] ?? null) !== null)) return;
    this.stmt(`UPDATE entities SET province = coalesce(province, ?), city = coalesce(city, ?), title = coalesce(title, ?),
        org_name = coalesce(org_name, ?), org_id = coalesce(org_id, ?) WHERE id = ?`)
      .run(fields.province ?? null, fields.city ?? null, fields.title ?? null, fields.org_name ?? null, fields.org_id ?? null, id);
    if (row.kind === 'park') this.dirtyParks.add(id);
    else this.shownElsewhere(id);
  }

  private mergeEntities(kind: EntityKind, keep: string, drop: string) {
    if (kind === 'park') this.dirtyParks.add(keep).add(drop);
    else this.shownElsewhere(drop);
    this.stmt('INSERT OR IGNORE INTO entity_names SELECT ?, kind, document_id, name, key, main FROM entity_names WHERE entity_id = ?').run(keep, drop);
    this.stmt('DELETE FROM entity_names WHERE entity_id = ?').run(drop);
    this.stmt('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(keep, drop);
    this.stmt('INSERT OR IGNORE INTO article_parks SELECT article_rowid, ? FROM article_parks WHERE park_id = ?').run(keep, drop);
    this.stmt('DELETE FROM article_parks WHERE park_id = ?').run(drop);
    for (const table of ['quantities', 'projects', 'incentives']) this.stmt(`UPDATE ${table} SET park_id = ? WHERE park_id = ?`).run(keep, drop);
    this.stmt('UPDATE quantities SET org_id = ? WHERE org_id = ?').run(keep, drop);
    this.stmt('UPDATE entities SET org_id = ? WHERE org_id = ?').run(keep, drop);
    const dropped = this.stmt('SELECT * FROM entities WHERE id = ?').get(drop) as Row | undefined;
    if (dropped) this.fillEntity(keep, dropped);
    this.stmt('DELETE FROM entities WHERE id = ?').run(drop);
  }

  /** Recomputes names and counts of entities whose documents changed; drops entities no document names any more. */
  private refreshEntities(ids: string[]) {
    const db = this.db;
    const names = this.stmt('SELECT name, main FROM entity_names WHERE entity_id = ? ORDER BY document_id, name');
    const update = this.stmt(`UPDATE entities SET name = @name,
      article_count = (SELECT count(*) FROM article_parks WHERE park_id = @id),
      quantity_count = (SELECT count(*) FROM quantities WHERE park_id = @id OR org_id = @id) WHERE id = @id`);
    const updateNonPark = this.stmt(`UPDATE entities SET name = @name,
      article_count = (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = @id),
      quantity_count = (SELECT count(*) FROM quantities WHERE org_id = @id) WHERE id = @id`);
    for (const id of ids) {
      const entity = this.stmt('SELECT kind, name FROM entities WHERE id = ?').get(id) as Row | undefined;
      if (!entity) continue;
      if (entity.kind === 'park') this.dirtyParks.add(id);
      const rows = names.all(id) as Row[];
      if (rows.length === 0) {
        if (entity.kind !== 'park') this.shownElsewhere(id);
        this.stmt('DELETE FROM entities WHERE id = ?').run(id);
        this.stmt('DELETE FROM article_parks WHERE park_id = ?').run(id);
        continue;
      }
      const mains = rows.filter((r) => r.main).map((r) => r.name as string);
      const name = preferredName(mains.length ? mains : rows.map((r) => r.name as string));
      if (entity.kind !== 'park' && name !== entity.name) this.shownElsewhere(id);
      (entity.kind === 'park' ? update : updateNonPark).run({ name, id });
    }
  }

  async removeDocument(id: string): Promise<boolean> {
    const removed = this.writing(false, () => this.removeSync(id));
    if (removed) this.gen++;
    return removed;
  }

  private removeSync(id: string): boolean {
    const db = this.db;
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) return false;
    const entityIds = (this.stmt('SELECT DISTINCT entity_id FROM entity_names WHERE document_id = ?').all(id) as Row[]).map((r) => r.entity_id);
    const factParks = (this.stmt('SELECT park_id FROM quantities WHERE document_id = @id AND park_id IS NOT NULL UNION SELECT park_id FROM incentives WHERE document_id = @id AND park_id IS NOT NULL UNION SELECT park_id FROM projects WHERE document_id = @id AND park_id IS NOT NULL').all({ id }) as Row[]).map((r) => r.park_id);
    const rowids = (this.stmt('SELECT rowid FROM articles WHERE document_id = ?').all(id) as Row[]).map((r) => r.rowid as number);
    for (const rowid of rowids) {
      this.stmt('DELETE FROM fts_words WHERE rowid = ?').run(rowid);
      this.stmt('DELETE FROM fts_trigram WHERE rowid = ?').run(rowid);
      this.stmt('DELETE FROM article_parks WHERE article_rowid = ?').run(rowid);
      this.stmt('DELETE FROM article_filters WHERE rowid = ?').run(rowid);
      this.stmt('DELETE FROM article_years WHERE rowid = ?').run(rowid);
    }
    for (const table of ['articles', 'mentions', 'entity_names', 'quantities', 'projects', 'policies', 'incentives']) {
      this.stmt(`DELETE FROM ${table} WHERE document_id = ?`).run(id);
    }
    this.stmt('DELETE FROM documents WHERE id = ?').run(id);
    this.refreshEntities([...new Set([...entityIds, ...factParks])]);
    return true;
  }

  async listDocuments(): Promise<DocumentInfo[]> {
    const rows = this.stmt('SELECT id, name, path, sha256, date, article_count FROM documents ORDER BY name, id').all() as Row[];
    return rows.map((r) => ({ id: r.id, name: r.name, path: r.path, sha256: r.sha256, date: r.date, articleCount: r.article_count }));
  }

  async getDocument(id: string): Promise<DocumentView | null> {
    const r = this.stmt('SELECT id, name, path, sha256, date, article_count, diagnostics FROM documents WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const articles = this.stmt('SELECT id, title, document_id, date FROM articles WHERE document_id = ? ORDER BY ord').all(id) as Row[];
    return {
      id: r.id, name: r.name, path: r.path, sha256: r.sha256, date: r.date, articleCount: r.article_count,
      articles: articles.map((a) => ({ id: a.id, title: a.title, documentId: a.document_id, date: a.date })),
      diagnostics: JSON.parse(r.diagnostics),
    };
  }

  // ───────────────────────────── reading ─────────────────────────────

  private aliasesOf(id: string, name: string): string[] {
    const rows = this.stmt('SELECT DISTINCT name FROM entity_names WHERE entity_id = ? ORDER BY name').all(id) as Row[];
    return rows.map((r) => r.name as string).filter((n) => n !== name);
  }

  private parkSummary(r: Row): ParkSummary {
    return {
      id: r.id, name: r.name, aliases: this.aliasesOf(r.id, r.name), type: (r.type ?? 'other') as ParkType, province: r.province, city: r.city,
      articleCount: r.article_count, quantityCount: r.quantity_count,
    };
  }

  async listParks(query: ParkQuery): Promise<Page<ParkSummary>> {
    const { limit, offset } = clampPage(query.limit, query.offset);
    const where = ["kind = 'park'"];
    const params: unknown[] = [];
    if (query.province) {
      where.push('province = ?');
      params.push(fullProvince(query.province) ?? query.province);
    }
    if (query.type) {
      where.push('type = ?');
      params.push(query.type);
    }
    const q = query.q?.trim();
    if (q) {
      // A name that resolves (same key) is an exact answer; only without one fall back to substring matches.
      const ids = this.lookupKeys('park', parkKeys(q));
      if (ids.length > 0) {
        where.push(`id IN (${ids.map(() => '?').join(',')})`);
        params.push(...ids);
      } else {
        where.push("id IN (SELECT entity_id FROM entity_names WHERE kind = 'park' AND name LIKE ? ESCAPE '\\')");
        params.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
    }
    const sql = `FROM entities WHERE ${where.join(' AND ')}`;
    const total = (this.stmt(`SELECT count(*) AS n ${sql}`).get(...params) as Row).n as number;
    const rows = this.stmt(`SELECT * ${sql} ORDER BY article_count DESC, name, id LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.parkSummary(r)) };
  }

  private evidenceOf(r: Row): Evidence {
    return {
      documentId: r.document_id,
      articleId: r.article_id,
      articleTitle: r.article_title ?? null,
      quote: r.quote,
      span: { start: r.span_start, end: r.span_end },
      textSpan: { start: r.text_start, end: r.text_end },
      articleTextSpan: r.art_start === null ? null : { start: r.art_start, end: r.art_end },
    };
  }

  private quantityFact(r: Row): QuantityFact {
    return {
      id: r.id, value: r.value, unit: r.unit, qualifier: r.qualifier as Qualifier, surface: r.surface, subject: r.subject, attribute: r.attribute,
      period: r.period, evidence: this.evidenceOf(r),
    };
  }

  private incentiveFact(r: Row): IncentiveFact {
    return {
      id: r.id, park: r.park_id ? { id: r.park_id, name: r.park_entity_name ?? r.park_name } : null, policy: r.policy, condition: r.condition,
      benefit: r.benefit, rate: r.rate, ratePercent: r.rate_percent, capCNY: r.cap_cny, amountCNY: r.amount_cny, text: r.clause,
      evidence: this.evidenceOf(r),
    };
  }

  private factsFor(table: string, column: string, ids: string[]): Row[] {
    if (ids.length === 0) return [];
    const extra = table === 'incentives' ? ', (SELECT name FROM entities WHERE id = f.park_id) AS park_entity_name' : '';
    return this.stmt(`SELECT f.*, a.title AS article_title, d.date AS doc_date${extra} FROM ${table} f LEFT JOIN article_filters a ON a.id = f.article_id
        JOIN documents d ON d.id = f.document_id WHERE f.${column} IN (${ids.map(() => '?').join(',')}) ORDER BY d.date DESC, f.document_id, f.ord`)
      .all(...ids) as Row[];
  }

  private articlesOfPark(id: string, limit: number): ArticleRef[] {
    const rows = this.stmt(`SELECT a.id, a.title, a.document_id, a.date FROM article_parks ap JOIN article_filters a ON a.rowid = ap.article_rowid
        WHERE ap.park_id = ? ORDER BY a.date DESC, a.id LIMIT ?`)
      .all(id, limit) as Row[];
    return rows.map((r) => ({ id: r.id, title: r.title, documentId: r.document_id, date: r.date }));
  }

  async getPark(id: string): Promise<ParkProfile | null> {
    const json = this.storedProfile(id);
    return json !== undefined ? (JSON.parse(json.toString()) as ParkProfile) : this.buildParkProfile(id);
  }

  async parkProfileJson(id: string): Promise<Uint8Array | null> {
    const json = this.storedProfile(id);
    if (json !== undefined) return json;
    const profile = this.buildParkProfile(id);
    return profile ? Buffer.from(JSON.stringify(profile)) : null;
  }

  private storedProfile(id: string): Buffer | undefined {
    return this.stmt('SELECT CAST(json AS BLOB) FROM park_profiles WHERE park_id = ?').pluck().get(id) as Buffer | undefined;
  }

  /** A park's profile from the fact tables (what park_profiles stores; reads fall back to it). */
  private buildParkProfile(id: string): ParkProfile | null {
    const r = this.stmt("SELECT * FROM entities WHERE id = ? AND kind = 'park'").get(id) as Row | undefined;
    if (!r) return null;
    const coMentioned = (kind: EntityKind) =>
      this.stmt(`SELECT e.*, count(*) AS n FROM article_parks ap JOIN article_filters a ON a.rowid = ap.article_rowid
          JOIN mentions m ON m.article_id = a.id AND m.kind = ? JOIN entities e ON e.id = m.entity_id
          WHERE ap.park_id = ? GROUP BY e.id ORDER BY n DESC, e.name LIMIT 50`)
        .all(kind, id) as Row[];
    const people = this.stmt(`SELECT e.* FROM entities e WHERE e.id IN (
        SELECT id FROM entities WHERE org_id = @id AND kind = 'person'
        UNION
        SELECT m.entity_id FROM article_parks ap JOIN article_filters a ON a.rowid = ap.article_rowid JOIN mentions m ON m.article_id = a.id AND m.kind = 'person'
        WHERE ap.park_id = @id) ORDER BY (e.org_id = @id) DESC, e.name LIMIT 50`)
      .all({ id }) as Row[];
    return {
      id: r.id, name: r.name, aliases: this.aliasesOf(r.id, r.name), type: (r.type ?? 'other') as ParkType, province: r.province, city: r.city,
      quantities: this.parkFactPage(id, 'quantities', PROFILE_FACTS, 0),
      projects: this.parkFactPage(id, 'projects', PROFILE_FACTS, 0),
      policies: this.parkFactPage(id, 'policies', PROFILE_FACTS, 0),
      incentives: this.parkFactPage(id, 'incentives', PROFILE_FACTS, 0),
      organizations: coMentioned('org').map((o) => ({ id: o.id, name: o.name, kind: (o.type ?? 'other') as OrgKind })),
      people: people.map((p) => ({ id: p.id, name: p.name, title: p.title, org: p.org_name })),
      articles: this.articlesOfPark(id, 200),
      factCounts: Object.fromEntries(
        PARK_FACT_KINDS.map((kind) => {
          const total = this.parkFactTotal(id, kind);
          const next = total > PROFILE_FACTS ? `/api/parks/${encodeURIComponent(id)}/${kind}?offset=${PROFILE_FACTS}&limit=${PROFILE_FACTS}` : null;
          return [kind, { total, next }];
        }),
      ) as ParkProfile['factCounts'],
    };
  }

  /**
   * Where each kind of a park's facts comes from, newest first: its own quantities, projects and incentives, and
   * the policies of the articles about it.
   */
  private static readonly PARK_FACTS: Record<ParkFactKind, { from: string; order: string; count: string }> = {
    quantities: {
      from: 'quantities f LEFT JOIN article_filters a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id WHERE f.park_id = ?',
      order: 'd.date DESC, f.document_id, f.ord', count: 'quantities WHERE park_id = ?',
    },
    projects: {
      from: 'projects f LEFT JOIN article_filters a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id WHERE f.park_id = ?',
      order: 'd.date DESC, f.document_id, f.ord', count: 'projects WHERE park_id = ?',
    },
    incentives: {
      from: 'incentives f LEFT JOIN article_filters a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id WHERE f.park_id = ?',
      order: 'd.date DESC, f.document_id, f.ord', count: 'incentives WHERE park_id = ?',
    },
    policies: {
      from: 'article_parks ap JOIN article_filters a ON a.rowid = ap.article_rowid JOIN policies f ON f.article_id = a.id WHERE ap.park_id = ?',
      order: 'a.date DESC, f.document_id, f.ord',
      count: 'article_parks ap JOIN article_filters a ON a.rowid = ap.article_rowid JOIN policies f ON f.article_id = a.id WHERE ap.park_id = ?',
    },
  };

  /** A fact's document is stored and removed with it, so a park's own facts are counted from their table alone. */
  private parkFactTotal(id: string, kind: ParkFactKind): number {
    return this.stmt(`SELECT count(*) FROM ${SqliteStore.PARK_FACTS[kind].count}`).pluck().get(id) as number;
  }

  private parkFactPage<K extends ParkFactKind>(id: string, kind: K, limit: number, offset: number): ParkProfile[K] {
    const { from, order } = SqliteStore.PARK_FACTS[kind];
    const extra = kind === 'incentives' ? ', (SELECT name FROM entities WHERE id = f.park_id) AS park_entity_name' : '';
    const rows = this.stmt(`SELECT f.*, a.title AS article_title${extra} FROM ${from} ORDER BY ${order} LIMIT ? OFFSET ?`).all(id, limit, offset) as Row[];
    const facts =
      kind === 'quantities' ? rows.map((q) => this.quantityFact(q))
      : kind === 'projects' ? rows.map((p): ProjectFact => ({
          id: p.id, name: p.name, stage: p.stage, date: p.date, organizations: JSON.parse(p.organizations), evidence: this.evidenceOf(p),
        }))
      : kind === 'policies' ? rows.map((p): PolicyFact => ({ id: p.id, name: p.name, issuer: p.issuer, year: p.year, evidence: this.evidenceOf(p) }))
      : rows.map((c) => this.incentiveFact(c));
    return facts as ParkProfile[K];
  }

  async parkFacts<K extends ParkFactKind>(id: string, kind: K, page: { limit?: number; offset?: number }): Promise<ParkFactPages[K] | null> {
    if (!this.stmt("SELECT 1 FROM entities WHERE id = ? AND kind = 'park'").get(id)) return null;
    const { limit, offset } = clampPage(page.limit, page.offset, PROFILE_FACTS);
    return { total: this.parkFactTotal(id, kind), items: this.parkFactPage(id, kind, limit, offset) } as ParkFactPages[K];
  }

  async compare(ids: string[]): Promise<Comparison> {
    const unique = [...new Set(ids)];
    const rows = unique.length
      ? (this.stmt(`SELECT * FROM entities WHERE kind = 'park' AND id IN (${unique.map(() => '?').join(',')})`).all(...unique) as Row[])
      : [];
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const missing = unique.filter((id) => !byId.has(id));
    if (missing.length) throw new ParkLensError('E_NOT_FOUND', `no park with id ${missing.join(', ')}`, { subject: missing[0] });
    const parks = unique.map((id) => byId.get(id)!).map((r) => ({ id: r.id, name: r.name, type: (r.type ?? 'other') as ParkType, province: r.province, city: r.city }));
    const indicators = new Map<string, Comparison['indicators'][number]>();
    for (const q of this.factsFor('quantities', 'park_id', unique)) {
      const attribute = q.attribute ?? '(unnamed)';
      const key = `${attribute}\u0000${q.unit}`;
      let indicator = indicators.get(key);
      if (!indicator) indicators.set(key, (indicator = { attribute, unit: q.unit, values: {} }));
      (indicator.values[q.park_id] ??= []).push({ value: q.value, qualifier: q.qualifier, period: q.period, surface: q.surface, evidence: this.evidenceOf(q) });
    }
    // Indicators that several parks report come first: those are the comparable ones.
    const sorted = [...indicators.values()].sort(
      (a, b) => Object.keys(b.values).length - Object.keys(a.values).length || a.attribute.localeCompare(b.attribute) || a.unit.localeCompare(b.unit),
    );
    const incentives: Record<string, IncentiveFact[]> = Object.fromEntries(unique.map((id) => [id, []]));
    for (const c of this.factsFor('incentives', 'park_id', unique)) incentives[c.park_id]!.push(this.incentiveFact(c));
    return { parks, indicators: sorted, incentives };
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const { limit, offset } = clampPage(query.limit, query.offset);
    const terms = [...queryTerms(query.q ?? ''), ...queryTerms(query.industry ?? '')];
    const where: string[] = [];
    const params: unknown[] = [];
    let fts: 'fts_trigram' | 'fts_words' | null = null;
    let needles: string[] = terms;
    if (terms.length > 0) {
      // A term that is one dictionary word is looked up in the word index (cheap); other terms of three or
      // more characters go to the trigram index as exact substrings; shorter ones can only be words.
      const words = terms.map((t) => queryWords(t));
      const substring = terms.some((t, i) => [...t].length >= 3 && words[i]!.length !== 1);
      // Terms are looked up in the text column only: the year column holds the article's year (a search for "2022"
      // means the text).
      if (substring && terms.every((t) => [...t].length >= 3)) {
        fts = 'fts_trigram';
        params.push(`{text} : (${terms.map(ftsQuote).join(' AND ')})`);
      } else {
        if (words.some((w) => w.length === 0)) return { total: 0, totalCapped: false, items: [] };
        fts = 'fts_words';
        params.push(`{tokens} : (${words.map((w) => `(${w.map(ftsQuote).join(' AND ')})`).join(' AND ')})`);
        needles = [...terms, ...words.flat()];
      }
      where.push(`${fts} MATCH ?`);
    }
    if (query.year !== undefined) {
      where.push('a.year = ?');
      params.push(query.year);
    }
    if (query.province || query.type) {
      const cond: string[] = [];
      if (query.province) {
        cond.push('e.province = ?');
        params.push(fullProvince(query.province) ?? query.province);
      }
      if (query.type) {
        cond.push('e.type = ?');
        params.push(query.type);
      }
      where.push(`EXISTS (SELECT 1 FROM article_parks ap JOIN entities e ON e.id = ap.park_id WHERE ap.article_rowid = a.rowid AND ${cond.join(' AND ')})`);
    }
    // Filters read the slimmest table that has their column, article_years (aliased `a`), joined only when needed:
    // counting FTS matches alone is cheapest.
    const needsArticles = where.length > (fts ? 1 : 0);
    const from = !fts ? 'articles a' : needsArticles ? `${fts} f JOIN article_years a ON a.rowid = f.rowid` : `${fts} f`;
    const sql = `FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const id = fts ? 'f.rowid' : 'a.rowid';
    const columns = 'a.rowid, a.id, a.document_id, a.title, a.subtitle, a.date, a.text';
    let counted: number;
    let rows: Row[];
    if (fts) {
      // Ranking has two tiers, because bm25 is dear for a common term: before it scores the first row, FTS5
      // reads every match of each term in the whole index to weigh the terms (~12 ms for a phrase in all of
      // 100,000 articles), however few rows are asked for. So a first pass without bm25 and without filters
      // counts the term's matches up to SEARCH_TOTAL_CAP (oldest first, which FTS5 reads fastest):
      // - at most `searchRankAll` (a park's name, a rare word): bm25 ranks all of them, filtered, and the
      //   ranked rows are the exact count, so a rare search reads its matches twice at most;
      // - more (in a store of 100,000 articles, a word in one article in a hundred or more): the most recent
      //   SEARCH_RANK_WINDOW matches, those whose title holds more of the query terms first, then newest
      //   first; pages past the window are newest first. A ranking trade-off, stated in docs/knowledge-base.md:
      //   bm25 would order the window by how often each term occurs against article length (and weigh
      //   rarer terms higher); this tier does not look at the text beyond the title. bm25 reads every match
      //   of the terms whatever the filters keep, so the unfiltered count decides the tier: a common term
      //   narrowed to a few matches by a filter is ranked here too, and only such a search counts its filtered
      //   matches apart (newest first, up to SEARCH_TOTAL_CAP: the window is the first of them).
      //   A long substring's match count is bounded first by that of its leading trigrams (leadingTrigrams, a
      //   tenth of the cost to count): when that bound is small enough, the exact count is not needed.
      const countMatches = (match: unknown) =>
        this.stmt(`SELECT count(*) FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid ASC LIMIT ${SEARCH_TOTAL_CAP + 1})`).pluck().get(match) as number;
      const leading = fts === 'fts_trigram' ? leadingTrigrams(terms) : null;
      const loose = leading === null ? null : `{text} : (${leading})`;
      const rare = loose !== null && countMatches(loose) <= this.searchRankAll;
      // The exact count of a common term's matches is what the cheap tier reports (up to the cap).
      const termMatches = rare ? 0 : countMatches(params[0]);
      if (rare || termMatches <= this.searchRankAll) {
        const ranked = this.stmt(`SELECT ${id}, bm25(${fts}) ${sql}`).raw().all(...params) as Array<[number, number]>;
        counted = ranked.length;
        ranked.sort((x, y) => x[1] - y[1] || y[0] - x[0]);
        rows = this.articleRows(ranked.slice(offset, offset + limit).map((r) => r[0]), needles);
      } else {
        let newest: number[];
        if (needsArticles && query.year !== undefined && !query.province && !query.type) {
          // The year alone: the index's year column narrows the matches, with no look-up for each of them.
          const match = `${params[0]} AND {year} : ${ftsQuote(String(query.year))}`;
          newest = this.stmt(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_TOTAL_CAP + 1}`).pluck().all(match) as number[];
          counted = newest.length;
        } else if (needsArticles) {
          newest = this.stmt(`SELECT ${id} ${sql} ORDER BY ${id} DESC LIMIT ${SEARCH_TOTAL_CAP + 1}`).pluck().all(...params) as number[];
          counted = newest.length;
        } else {
          counted = termMatches;
          newest = this.stmt(`SELECT ${id} ${sql} ORDER BY ${id} DESC LIMIT ${SEARCH_RANK_WINDOW}`).pluck().all(...params) as number[];
        }
        if (offset + limit <= SEARCH_RANK_WINDOW) {
          rows = this.articleRows(this.byTitleMatches(newest.slice(0, SEARCH_RANK_WINDOW), terms).slice(offset, offset + limit), needles);
        } else {
          rows = this.stmt(
            `SELECT ${columns} FROM (SELECT ${id} AS rowid ${sql} ORDER BY ${id} DESC LIMIT ? OFFSET ?) m JOIN articles a ON a.rowid = m.rowid ORDER BY m.rowid DESC`,
          ).all(...params, limit, offset) as Row[];
        }
      }
    } else {
      // Totals are exact up to SEARCH_TOTAL_CAP; past it counting every match costs more than the answer is worth.
      counted = (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 ${sql} LIMIT ${SEARCH_TOTAL_CAP + 1})`).get(...params) as Row).n as number;
      rows = this.stmt(`SELECT ${columns} ${sql} ORDER BY a.date DESC, a.rowid DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    }
    const parks = this.parksOfArticles(rows.map((r) => r.rowid as number));
    return {
      total: Math.min(counted, SEARCH_TOTAL_CAP),
      totalCapped: counted > SEARCH_TOTAL_CAP,
      items: rows.map((r) => {
        const { snippet, highlights } = makeSnippet(r.text, needles);
        return { articleId: r.id, documentId: r.document_id, title: r.title, date: r.date, snippet, highlights, parks: parks.get(r.rowid) ?? [] };
      }),
    };
  }

  /**
   * Rowids (newest first) reordered by how many of the query terms their article's title contains, most
   * first; a stable sort, so equal counts stay newest first. The cheap ranking of a very common search.
   */
  private byTitleMatches(rowids: number[], terms: string[]): number[] {
    if (rowids.length === 0) return [];
    const needles = terms.map((t) => t.toLowerCase());
    const titles = new Map(
      this.stmt(`SELECT rowid, title FROM article_filters WHERE rowid IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(rowids)) as Array<[number, string | null]>,
    );
    const score = (rowid: number) => {
      const title = titles.get(rowid)?.toLowerCase() ?? '';
      return needles.reduce((n, needle) => n + (title.includes(needle) ? 1 : 0), 0);
    };
    const scored = rowids.map((rowid) => [rowid, score(rowid)] as const);
    scored.sort((x, y) => y[1] - x[1]);
    return scored.map((r) => r[0]);
  }

  /**
   * The articles with these rowids, in the order given, each with the part of its text a snippet is cut from: the
   * text around the first needle SQLite finds in it, with margins wider than a snippet reaches, or the whole text
   * when it finds none (makeSnippet then looks for itself). Turning an article's whole text into a JavaScript string
   * costs more than the rest of reading a hit: a few microseconds a kilobyte, for each hit of a page.
   */
  private articleRows(rowids: number[], needles: string[]): Row[] {
    if (rowids.length === 0) return [];
    const lowered = [...new Set(needles.map((n) => n.toLowerCase()).filter((n) => n.length > 0))];
    const longest = lowered.reduce((n, needle) => Math.max(n, needle.length), 0);
    // SQLite's lower() folds ASCII only, as CJK needs; a needle found only with wider folding falls to the whole text.
    const hit = `min(${[...lowered.map(() => `coalesce(nullif(instr(lower(text), ?), 0), ${NO_HIT})`), NO_HIT].join(', ')})`;
    const from = `max(1, hit - ${SNIPPET_WIDTH})`;
    const found = this.stmt(
      `SELECT rowid, id, document_id, title, date,
        CASE WHEN hit < ${NO_HIT} THEN substr(text, ${from}, ${3 * SNIPPET_WIDTH + 4 * longest}) ELSE text END AS text
       FROM (SELECT rowid, id, document_id, title, date, text, ${hit} AS hit FROM articles WHERE rowid IN (${rowids.map(() => '?').join(',')}))`,
    ).all(...lowered, ...rowids) as Row[];
    const byRowid = new Map(found.map((r) => [r.rowid as number, r]));
    return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
  }

  /** The parks of each article (at most 10, most written about first), in one query for a page of hits. */
  private parksOfArticles(rowids: number[]): Map<number, EntityRef[]> {
    const parks = new Map<number, EntityRef[]>();
    if (rowids.length === 0) return parks;
    const rows = this.stmt(`SELECT ap.article_rowid, e.id, e.name FROM article_parks ap JOIN entities e ON e.id = ap.park_id
        WHERE ap.article_rowid IN (${rowids.map(() => '?').join(',')}) ORDER BY ap.article_rowid, e.article_count DESC, e.name`)
      .raw().all(...rowids) as Array<[number, string, string]>;
    for (const [rowid, id, name] of rows) {
      let list = parks.get(rowid);
      if (!list) parks.set(rowid, (list = []));
      if (list.length < 10) list.push({ id, name });
    }
    return parks;
  }

  async getArticle(id: string): Promise<ArticleView | null> {
    const r = this.stmt('SELECT a.*, d.raw FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const mentions = this.stmt('SELECT kind, entity_id, text, art_start, art_end FROM mentions WHERE article_id = ? ORDER BY art_start, art_end')
      .all(id) as Row[];
    return {
      id: r.id, documentId: r.document_id, title: r.title, subtitle: r.subtitle, kicker: r.kicker, column: r.column_name,
      byline: JSON.parse(r.byline), date: r.date, text: r.text,
      paragraphs: (JSON.parse(r.paragraphs) as Array<[number, number, string]>).map(([start, end, kind]) => ({ text: (r.text as string).slice(start, end), kind, start, end })),
      mentions: mentions.map((m) => ({ kind: m.kind as EntityKind, entityId: m.entity_id, text: m.text, start: m.art_start, end: m.art_end })),
      original: { text: (r.raw as string).slice(r.raw_start, r.raw_end), start: r.raw_start, end: r.raw_end },
    };
  }

  private articlesOfEntity(id: string): ArticleRef[] {
    const rows = this.stmt(`SELECT DISTINCT a.id, a.title, a.document_id, a.date FROM mentions m JOIN article_filters a ON a.id = m.article_id
        WHERE m.entity_id = ? ORDER BY a.date DESC, a.id LIMIT 200`)
      .all(id) as Row[];
    return rows.map((r) => ({ id: r.id, title: r.title, documentId: r.document_id, date: r.date }));
  }

  async getOrganization(id: string): Promise<OrganizationView | null> {
    const r = this.stmt("SELECT * FROM entities WHERE id = ? AND kind = 'org'").get(id) as Row | undefined;
    if (!r) return null;
    const parks = this.stmt(`SELECT e.id, e.name, count(*) AS n FROM mentions m JOIN article_filters a ON a.id = m.article_id JOIN article_parks ap ON ap.article_rowid = a.rowid
        JOIN entities e ON e.id = ap.park_id WHERE m.entity_id = ? GROUP BY e.id ORDER BY n DESC, e.name LIMIT 50`)
      .all(id) as Row[];
    const people = this.stmt("SELECT id, name, title FROM entities WHERE kind = 'person' AND org_id = ? ORDER BY name").all(id) as Row[];
    return {
      id: r.id, name: r.name, aliases: this.aliasesOf(r.id, r.name), kind: (r.type ?? 'other') as OrgKind,
      parks: parks.map((p) => ({ id: p.id, name: p.name })),
      people: people.map((p) => ({ id: p.id, name: p.name, title: p.title })),
      quantities: this.factsFor('quantities', 'org_id', [id]).map((q) => this.quantityFact(q)),
      articles: this.articlesOfEntity(id),
    };
  }

  async getPerson(id: string): Promise<PersonView | null> {
    const r = this.stmt("SELECT * FROM entities WHERE id = ? AND kind = 'person'").get(id) as Row | undefined;
    if (!r) return null;
    return { id: r.id, name: r.name, title: r.title, org: r.org_name, orgId: r.org_id, articles: this.articlesOfEntity(id) };
  }

  async listIncentives(query: IncentiveQuery): Promise<Page<IncentiveFact>> {
    const { limit, offset } = clampPage(query.limit, query.offset, 50);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.park) {
      const byId = this.stmt("SELECT id FROM entities WHERE id = ? AND kind = 'park'").get(query.park) as Row | undefined;
      const ids = byId ? [byId.id as string] : this.lookupKeys('park', parkKeys(query.park));
      if (ids.length === 0) return { total: 0, items: [] };
      where.push(`f.park_id IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    if (query.benefit) {
      where.push("(f.benefit LIKE ? ESCAPE '\\' OR f.clause LIKE ? ESCAPE '\\')");
      const like = `%${query.benefit.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like);
    }
    const sql = `FROM incentives f${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const total = (this.stmt(`SELECT count(*) AS n ${sql}`).get(...params) as Row).n as number;
    const rows = this.stmt(`SELECT f.*, a.title AS article_title, (SELECT name FROM entities WHERE id = f.park_id) AS park_entity_name ${sql.replace('FROM incentives f', 'FROM incentives f LEFT JOIN article_filters a ON a.id = f.article_id')}
        ORDER BY f.document_id, f.ord LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.incentiveFact(r)) };
  }

  async map(): Promise<MapView> {
    const rows = this.stmt("SELECT id, name, city, type, province FROM entities WHERE kind = 'park' ORDER BY province, article_count DESC, name")
      .all() as Row[];
    const provinces = new Map<string, MapView['provinces'][number]>();
    let unplaced = 0;
    for (const r of rows) {
      if (!r.province) {
        unplaced++;
        continue;
      }
      let p = provinces.get(r.province);
      if (!p) provinces.set(r.province, (p = { province: r.province, count: 0, parks: [] }));
      p.count++;
      p.parks.push({ id: r.id, name: r.name, city: r.city, type: (r.type ?? 'other') as ParkType });
    }
    return { provinces: [...provinces.values()].sort((a, b) => b.count - a.count || a.province.localeCompare(b.province)), unplaced };
  }

  async stats(): Promise<Stats> {
    const count = (sql: string) => (this.stmt(sql).get() as Row).n as number;
    return {
      documents: count('SELECT count(*) AS n FROM documents'),
      articles: count('SELECT count(*) AS n FROM articles'),
      parks: count("SELECT count(*) AS n FROM entities WHERE kind = 'park'"),
      organizations: count("SELECT count(*) AS n FROM entities WHERE kind = 'org'"),
      people: count("SELECT count(*) AS n FROM entities WHERE kind = 'person'"),
      quantities: count('SELECT count(*) AS n FROM quantities'),
      projects: count('SELECT count(*) AS n FROM projects'),
      policies: count('SELECT count(*) AS n FROM policies'),
      incentives: count('SELECT count(*) AS n FROM incentives'),
    };
  }
}

function validSpan(doc: SourceDoc, s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= doc.text.length;
}

/** The raw range an article was read from: its headline lines through its last paragraph, caption or quote. */
function rawRange(doc: SourceDoc, a: Article): Span {
  const spans: Span[] = [...a.headlines.map((h) => h.span), ...(a.bylineItem ? [a.bylineItem.span] : []), ...a.paragraphs.map((p) => p.span), ...a.captions.map((c) => c.span), ...a.pullQuotes.map((q) => q.span)]
    .filter((s) => s.end > s.start);
  if (spans.length === 0 && a.textSpan.end > a.textSpan.start) {
    const start = doc.textMap[a.textSpan.start] ?? 0;
    const end = (doc.textMap[a.textSpan.end - 1] ?? start) + 1;
    return { start, end };
  }
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function openSqliteStore(file: string = DEFAULT_DB_FILE): SqliteStore {
  return new SqliteStore(file);
}

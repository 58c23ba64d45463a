// Runs the store contract against SQLite in memory and in a file, plus SQLite-specific checks.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { makeDoc, sampleDocs } from '../helpers/source-doc.js';
import { makeSnippet, SNIPPET_WIDTH } from '../../src/search/snippet.js';
import { runStoreContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'parklens-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite :memory:', () => new SqliteStore(':memory:'));
runStoreContract('sqlite file', () => new SqliteStore(join(dir, `contract-${n++}.db`)));

describe('SqliteStore specifics', () => {
  it('uses WAL and records the schema version', () => {
    const file = join(dir, 'wal.db');
    const store = new SqliteStore(file);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    store.db.close();
  });

  it('keeps data across reopening and refuses a newer schema', async () => {
    const file = join(dir, 'reopen.db');
    const store = new SqliteStore(file);
    for (const doc of sampleDocs()) await store.ingest(doc);
    await store.close();
    const again = new SqliteStore(file);
    assert.equal((await again.stats()).documents, 2);
    assert.equal((await again.ingest(sampleDocs()[1]!)).status, 'unchanged');
    await again.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    assert.throws(() => new SqliteStore(file), (e: any) => e.code === 'E_STORE');
  });

  it('migrates a database made by an older schema', async () => {
    const file = join(dir, 'old.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.close();
    const store = new SqliteStore(file);
    assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    for (const doc of sampleDocs()) await store.ingest(doc);
    assert.equal((await store.search({ q: '烟台', year: 2023 })).total, 3);
    await store.close();
  });

  it('stores every profile afresh when migrating to paged fact lists (schema 7)', async () => {
    const file = join(dir, 'profiles-6.db');
    const store = new SqliteStore(file);
    for (const doc of sampleDocs()) await store.ingest(doc);
    await store.close();
    // A store at schema 6 whose stored profiles have no factCounts.
    const raw = new Database(file);
    for (const { park_id, json } of raw.prepare('SELECT park_id, json FROM park_profiles').all() as Array<{ park_id: string; json: Buffer }>) {
      const { factCounts, ...old } = JSON.parse(json.toString());
      raw.prepare('UPDATE park_profiles SET json = ? WHERE park_id = ?').run(Buffer.from(JSON.stringify(old)), park_id);
    }
    raw.pragma('user_version = 6');
    raw.close();
    const again = new SqliteStore(file);
    const stored = again.db.prepare('SELECT json FROM park_profiles').pluck().all() as Buffer[];
    assert.equal(stored.length, (await again.stats()).parks);
    for (const json of stored) assert.ok(JSON.parse(json.toString()).factCounts.quantities.total >= 0);
    await again.close();
  });

  it('notices writes by another connection (an ingest beside a running server)', async () => {
    const file = join(dir, 'two.db');
    const server = new SqliteStore(file);
    const before = server.generation();
    const writer = new SqliteStore(file);
    await writer.ingest(sampleDocs()[0]!);
    await writer.close();
    assert.notEqual(server.generation(), before);
    assert.equal((await server.stats()).documents, 1);
    await server.close();
  });

  it('rolls a failed document back completely', async () => {
    const store = new SqliteStore(':memory:');
    const [a] = sampleDocs();
    // A value the schema rejects (NOT NULL unit) makes the insert fail half-way through the document.
    (a!.quantities[2] as any).unit = null;
    await assert.rejects(store.ingest(a!), (e: any) => e.code === 'E_STORE');
    const stats = await store.stats();
    assert.deepEqual([stats.documents, stats.articles, stats.parks, stats.quantities], [0, 0, 0, 0]);
    assert.equal((store.db.prepare('SELECT count(*) AS n FROM fts_trigram').get() as any).n, 0);
    assert.equal((store.db.prepare('SELECT count(*) AS n FROM park_profiles').get() as any).n, 0, 'no profile of a rolled-back park');
    await store.close();
  });
});

describe('SqliteStore optimize', () => {
  it('merges the search indexes without changing any answer', async () => {
    const store = new SqliteStore(':memory:');
    for (const doc of sampleDocs()) await store.ingest(doc);
    await store.ingest(makeDoc({ name: 'page-e.txt', articles: [{ title: '烟台高新区储能新闻', paragraphs: ['烟台高新区储能企业新增3家。'] }] }));
    const queries = [{ q: '储能' }, { q: '烟台高新区' }, { q: '储能', year: 2023 }, { q: '进出口总额' }];
    const before = await Promise.all(queries.map((q) => store.search(q)));
    const segments = () => (store.db.prepare('SELECT count(DISTINCT segid) AS n FROM fts_trigram_idx').get() as any).n as number;
    assert.ok(segments() > 1, 'one segment a document before');
    await store.optimize();
    assert.equal(segments(), 1);
    assert.deepEqual(await Promise.all(queries.map((q) => store.search(q))), before);
    await store.close();
  });
});

describe('SqliteStore stored park profiles', () => {
  /** Every stored profile equals one built afresh from the fact tables, and every park has one. */
  const assertProfilesFresh = (store: SqliteStore) => {
    const parks = store.db.prepare("SELECT id FROM entities WHERE kind = 'park' ORDER BY id").pluck().all() as string[];
    const stored = store.db.prepare('SELECT park_id, json FROM park_profiles ORDER BY park_id').all() as Array<{ park_id: string; json: Buffer }>;
    assert.deepEqual(stored.map((r) => r.park_id), parks, 'one stored profile a park');
    for (const { park_id, json } of stored) assert.equal(json.toString(), JSON.stringify((store as any).buildParkProfile(park_id)), `profile of ${park_id} is current`);
  };
  /** A third page naming the first page's company by a longer name (its preferred name from now on) beside another park. */
  const renamingDoc = () =>
    makeDoc({
      name: 'page-c.txt',
      date: '2023-09-01',
      articles: [{ title: '威海经开区引进储能项目', paragraphs: ['蓝潮储能科技股份有限公司在威海经济技术开发区投资建设储能基地。'] }],
      parks: [{ name: '威海经济技术开发区', type: 'economic-development-zone', province: '山东省', city: '威海市' }],
      organizations: [{ name: '蓝潮储能科技股份有限公司', aliases: ['蓝潮储能科技有限公司'], kind: 'enterprise' }],
    });

  it('a profile read after a second ingest shows the new page', async () => {
    const store = new SqliteStore(':memory:');
    const [a, b] = sampleDocs();
    await store.ingest(a!);
    const id = (await store.listParks({ q: '烟台高新区' })).items[0]!.id;
    const first = (await store.getPark(id))!;
    assert.equal(first.articles.length, 1);
    assert.equal(first.quantities.length, 3);
    assertProfilesFresh(store);
    await store.ingest(b!);
    const second = (await store.getPark(id))!;
    assert.equal(second.articles.length, 2);
    assert.equal(second.quantities.length, 6);
    assert.ok(second.people.some((p) => p.name === '柯文远'), 'a person of the new page');
    assert.ok(second.aliases.includes('烟台市高新区'), 'a name of the new page');
    assert.equal(Buffer.from((await store.parkProfileJson(id))!).toString(), JSON.stringify(second));
    assertProfilesFresh(store);
    // Removing the page takes its facts out of the stored profile again.
    await store.removeDocument((await store.listDocuments()).find((d) => d.name === 'page-b.txt')!.id);
    assert.deepEqual(await store.getPark(id), first);
    assertProfilesFresh(store);
    await store.close();
  });

  it('a company renamed by a page about another park is renamed in every profile listing it', async () => {
    const store = new SqliteStore(':memory:');
    for (const doc of sampleDocs()) await store.ingest(doc);
    const id = (await store.listParks({ q: '烟台高新区' })).items[0]!.id;
    assert.ok((await store.getPark(id))!.organizations.some((o) => o.name === '蓝潮储能科技有限公司'));
    await store.ingest(renamingDoc());
    const orgs = (await store.getPark(id))!.organizations.map((o) => o.name);
    assert.ok(orgs.includes('蓝潮储能科技股份有限公司'), `renamed: ${orgs.join(', ')}`);
    assertProfilesFresh(store);
    // A bulk load drops the profiles it changes (reads build them from the facts) until optimize() stores them.
    await store.ingestMany([makeDoc({ name: 'page-d.txt', articles: [{ title: '烟台高新区新闻', paragraphs: ['烟台高新区新增企业9家。'] }], parks: [{ name: '烟台高新区', province: '山东省', city: '烟台市' }] })]);
    assert.equal(store.db.prepare('SELECT count(*) AS n FROM park_profiles WHERE park_id = ?').pluck().get(id), 0);
    const built = (await store.getPark(id))!;
    assert.equal(built.articles.length, 3);
    assert.equal(Buffer.from((await store.parkProfileJson(id))!).toString(), JSON.stringify(built));
    await store.optimize();
    assertProfilesFresh(store);
    assert.deepEqual(await store.getPark(id), built);
    await store.close();
  });

  it('a store made before stored profiles gets them when opened', async () => {
    const file = join(dir, 'before-profiles.db');
    const store = new SqliteStore(file);
    for (const doc of sampleDocs()) await store.ingest(doc);
    await store.close();
    const raw = new Database(file);
    raw.exec('DROP TABLE park_profiles; DROP TABLE article_years');
    raw.pragma('user_version = 4');
    raw.close();
    const again = new SqliteStore(file);
    assert.equal((again.db.prepare('SELECT count(*) AS n FROM park_profiles').get() as any).n, 2);
    assertProfilesFresh(again);
    await again.close();
  });
});

describe('SqliteStore article years', () => {
  it('a store made before the year table gets it when opened, and year filters read it', async () => {
    const file = join(dir, 'before-years.db');
    const store = new SqliteStore(file);
    for (const doc of sampleDocs()) await store.ingest(doc);
    const before = await store.search({ q: '烟台', year: 2023 });
    await store.close();
    const raw = new Database(file);
    raw.exec('DROP TABLE article_years');
    raw.pragma('user_version = 5');
    raw.close();
    const again = new SqliteStore(file);
    assert.deepEqual(
      again.db.prepare('SELECT rowid, year FROM article_years ORDER BY rowid').raw().all(),
      again.db.prepare('SELECT rowid, year FROM articles ORDER BY rowid').raw().all(),
    );
    assert.deepEqual(await again.search({ q: '烟台', year: 2023 }), before);
    await again.close();
  });

  it('follows ingests and removals', async () => {
    const store = new SqliteStore(':memory:');
    const [first, second] = sampleDocs();
    const { documentId } = await store.ingest(first!);
    await store.ingest(second!);
    await store.removeDocument(documentId);
    assert.deepEqual(
      store.db.prepare('SELECT rowid, year FROM article_years ORDER BY rowid').raw().all(),
      store.db.prepare('SELECT rowid, year FROM articles ORDER BY rowid').raw().all(),
    );
    await store.close();
  });
});

describe('SqliteStore search ranking tiers', () => {
  // Invented articles, ingested oldest first: one page each, so rowids follow this order.
  const pages = [
    { title: '园区新闻一', paragraphs: ['氢能企业落户园区，氢能产业链延伸，氢能装备下线，氢能加注站建成。'] },
    { title: '园区新闻二', paragraphs: ['园区举办招商推介会，现场签约项目12个，其中一个涉及氢能，总投资45亿元，涵盖装备制造和现代物流。'] },
    { title: '氢能产业专题', paragraphs: ['园区发布产业规划，明确集成电路、生物医药、新材料、高端装备和数字经济五大方向，提出到2027年产业规模翻一番，并配套人才公寓、研发平台和产业基金。'] },
    { title: '园区新闻四', paragraphs: ['园区新增企业8家，其中氢能企业1家。'] },
  ];
  const open = async (searchRankAll?: number) => {
    const store = new SqliteStore(':memory:', { searchRankAll });
    for (const [i, a] of pages.entries()) await store.ingest(makeDoc({ name: `rank-${i}.txt`, date: `2024-0${i + 1}-01`, articles: [a] }));
    return store;
  };

  it('ranks every match by bm25 when there are few: the article saying the word most comes first', async () => {
    const store = await open();
    const page = await store.search({ q: '氢能' });
    assert.equal(page.total, 4);
    assert.equal(page.totalCapped, false);
    // bm25: four occurrences in a short article beat one in a longer or newer one.
    assert.equal(page.items[0]!.title, '园区新闻一');
    // Pages of a ranked search follow the same order.
    const second = await store.search({ q: '氢能', limit: 2, offset: 2 });
    assert.deepEqual(second.items.map((i) => i.articleId), page.items.slice(2, 4).map((i) => i.articleId));
    await store.close();
  });

  it('ranks a search with more matches than bm25 ranks by title matches, then newest first', async () => {
    const store = await open(2);
    const page = await store.search({ q: '氢能' });
    assert.equal(page.total, 4);
    assert.deepEqual(page.items.map((i) => i.title), ['氢能产业专题', '园区新闻四', '园区新闻二', '园区新闻一']);
    for (const hit of page.items) assert.ok(hit.highlights.every((h) => hit.snippet.slice(h.start, h.end) === '氢能'));
    // Filters apply in this tier too (each page has its own month, all in 2024).
    assert.equal((await store.search({ q: '氢能', year: 2024 })).total, 4);
    assert.equal((await store.search({ q: '氢能', year: 2023 })).total, 0);
    await store.close();
  });

  it('counts a filtered search exactly in either tier', async () => {
    // Rare (bm25 ranks): the ranked rows are the count. Common (the cheap tier): the filtered matches are counted apart.
    const store = await open(2);
    for (const [q, year, total] of [['集成电路', 2024, 1], ['集成电路', 2023, 0], ['氢能', 2024, 4], ['氢能', 2025, 0]] as const) {
      const page = await store.search({ q, year });
      assert.equal(page.total, total, `${q} ${year}`);
      assert.equal(page.items.length, total);
      assert.equal(page.totalCapped, false);
    }
    await store.close();
  });
});

describe('SqliteStore search index year column (schema 8)', () => {
  // Invented articles in two years, oldest first.
  const pages = [
    { date: '2023-03-01', title: '园区新闻甲', paragraphs: ['氢能企业落户园区。'] },
    { date: '2024-03-01', title: '园区新闻乙', paragraphs: ['氢能装备下线，计划2023年扩产。'] },
    { date: '2023-09-01', title: '园区新闻丙', paragraphs: ['氢能加注站建成。'] },
    { date: '2024-09-01', title: '园区新闻丁', paragraphs: ['园区新增企业8家。'] },
  ];
  const ingestAll = async (store: SqliteStore) => {
    for (const [i, { date, ...a }] of pages.entries()) await store.ingest(makeDoc({ name: `year-${i}.txt`, date, articles: [a] }));
  };

  it('filters a common term by year in the index, newest first', async () => {
    const store = new SqliteStore(':memory:', { searchRankAll: 1 });
    await ingestAll(store);
    assert.deepEqual((await store.search({ q: '氢能', year: 2023 })).items.map((i) => i.title), ['园区新闻丙', '园区新闻甲']);
    assert.deepEqual((await store.search({ q: '氢能', year: 2024 })).items.map((i) => i.title), ['园区新闻乙']);
    assert.equal((await store.search({ q: '氢能', year: 2022 })).total, 0);
    await store.close();
  });

  it('looks a year typed as a query up in the text, not in the year column', async () => {
    const store = new SqliteStore(':memory:');
    await ingestAll(store);
    // Only the article that says "2023" matches, though two others are of 2023.
    assert.deepEqual((await store.search({ q: '2023' })).items.map((i) => i.title), ['园区新闻乙']);
    assert.deepEqual((await store.search({ q: '2023年' })).items.map((i) => i.title), ['园区新闻乙']);
    await store.close();
  });

  it('a store made before the year column gets its search indexes filled again when opened', async () => {
    const file = join(dir, 'before-year-column.db');
    const store = new SqliteStore(file);
    await ingestAll(store);
    const queries = [{ q: '氢能' }, { q: '氢能', year: 2023 }, { q: '加注站' }, { q: '园区新增企业' }];
    const before = await Promise.all(queries.map((q) => store.search(q)));
    await store.close();
    // Schema 7's search indexes had one column; the migration drops them, so they are left empty here.
    const raw = new Database(file);
    raw.exec(`DROP TABLE fts_words; DROP TABLE fts_trigram;
      CREATE VIRTUAL TABLE fts_words USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61');
      CREATE VIRTUAL TABLE fts_trigram USING fts5(text, content='', contentless_delete=1, tokenize='trigram');`);
    raw.pragma('user_version = 7');
    raw.close();
    const again = new SqliteStore(file);
    assert.equal(again.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    assert.deepEqual(await Promise.all(queries.map((q) => again.search(q))), before);
    assert.ok(before[0]!.total > 0);
    await again.close();
  });
});

describe('SqliteStore search snippets', () => {
  // Invented text: long enough that a snippet is cut from the middle of the article.
  const filler = (n: number) => '园区持续优化营商环境，推动企业技术改造和产品升级。'.repeat(n);
  const body = `${filler(40)}新建ABC储能电站一座，配套建设储能研究院。${filler(40)}`;

  it('cuts a hit deep in a long article as makeSnippet cuts the whole text', async () => {
    const store = new SqliteStore(':memory:');
    await store.ingest(makeDoc({ name: 'long.txt', articles: [{ title: '园区动态', paragraphs: [body] }] }));
    const article = (await store.getArticle((await store.search({ q: '储能' })).items[0]!.articleId))!;
    for (const [q, needles] of [['储能', ['储能', '储能']], ['abc储能', ['abc储能']]] as const) {
      const hit = (await store.search({ q })).items[0]!;
      const expected = makeSnippet(article.text, [...needles]);
      assert.deepEqual({ snippet: hit.snippet, highlights: hit.highlights }, expected, q);
      assert.ok(expected.highlights.length > 0 && expected.snippet.length === SNIPPET_WIDTH);
    }
    await store.close();
  });

  it('finds a needle that only wider case folding matches in the whole text', async () => {
    const store = new SqliteStore(':memory:');
    await store.ingest(makeDoc({ name: 'folding.txt', articles: [{ title: '园区动态', paragraphs: [`${filler(20)}ÉCOLE储能中心揭牌。`] }] }));
    const hit = (await store.search({ q: 'école储能' })).items[0]!;
    assert.equal(hit.snippet.slice(hit.highlights[0]!.start, hit.highlights[0]!.end), 'ÉCOLE储能');
    await store.close();
  });
});

describe('SqliteStore search tier of a long substring', () => {
  // A long term is first counted by its two leading trigrams (a bound on its own count); the bound alone must never
  // send a rare term to the cheap tier. Oldest first: three articles share the leading trigrams, two hold the term.
  const pages = [
    { title: '园区动态', paragraphs: ['氢能加注站建成，氢能加注站投运，氢能加注站开放。'] },
    { title: '园区动态', paragraphs: ['园区新建一座氢能加注站，同时建设充电桩和光伏车棚，服务物流企业和市民出行。'] },
    { title: '园区动态', paragraphs: ['园区采购氢能加注设备十套。'] },
  ];
  const open = async (searchRankAll: number) => {
    const store = new SqliteStore(':memory:', { searchRankAll });
    for (const [i, a] of pages.entries()) await store.ingest(makeDoc({ name: `long-${i}.txt`, date: `2024-0${i + 1}-01`, articles: [a] }));
    return store;
  };

  for (const rankAll of [2, 3]) {
    it(`ranks it by bm25 when its own count is small, whatever the bound (${rankAll === 2 ? 'bound above' : 'bound within'} the limit)`, async () => {
      const store = await open(rankAll);
      const page = await store.search({ q: '氢能加注站' });
      assert.equal(page.total, 2);
      // bm25: three occurrences in the short first article beat one in the newer, longer second (the cheap tier would
      // put the newest first).
      assert.deepEqual(page.items.map((i) => i.snippet.slice(0, 5)), ['氢能加注站', '园区新建一']);
      assert.equal((await store.search({ q: '氢能加注站', year: 2024 })).total, 2);
      await store.close();
    });
  }
});

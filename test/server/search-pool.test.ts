// Search threads (SearchPool) answer exactly what the store's own connection does, through the API too,
// and see pages ingested after they started (each thread reads the file through its own connection).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { SearchPool } from '../../src/server/search-pool.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { SearchQuery } from '../../src/store/store.js';
import { makeDoc, sampleDocs } from '../helpers/source-doc.js';

const dir = mkdtempSync(join(tmpdir(), 'parklens-pool-'));
let store: SqliteStore;
let pool: SearchPool;
let app: FastifyInstance;

before(async () => {
  store = new SqliteStore(join(dir, 'pool.db'));
  for (const doc of sampleDocs()) await store.ingest(doc);
  pool = await SearchPool.open(store.db.name, 2);
  app = await buildApp({ store, webRoot: '/nonexistent', cache: false, searchPool: pool });
});
after(async () => {
  await app.close();
  await pool.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const queries: SearchQuery[] = [
  { q: '储能' }, { q: '氢能' }, { q: '产业营收突破' }, { q: '烟台', year: 2023 }, { q: '烟台', province: '山东' },
  { q: '烟台', type: 'bonded-zone' }, { industry: '储能' }, { q: '量子计算机' }, { q: '高新区', limit: 1, offset: 1 },
];

describe('SearchPool', () => {
  it('answers every query as the store does', async () => {
    const answers = await Promise.all(queries.map((q) => pool.search(q)));
    for (const [i, q] of queries.entries()) assert.deepEqual(JSON.parse(answers[i]!), await store.search(q), JSON.stringify(q));
  });

  it('serves GET /api/search with the same body and type as without threads', async () => {
    const plain = await buildApp({ store, webRoot: '/nonexistent', cache: false });
    for (const url of ['/api/search?q=%E5%82%A8%E8%83%BD', '/api/search?q=%E7%83%9F%E5%8F%B0&year=2023&limit=1']) {
      const [threaded, own] = [await app.inject({ url }), await plain.inject({ url })];
      assert.equal(threaded.statusCode, 200);
      assert.equal(threaded.headers['content-type'], own.headers['content-type']);
      assert.deepEqual(threaded.json(), own.json());
    }
    assert.equal((await app.inject({ url: '/api/search?q=x&year=twenty' })).statusCode, 400);
    await plain.close();
  });

  it('finds a page ingested after the threads started', async () => {
    assert.equal(JSON.parse(await pool.search({ q: '钙钛矿' })).total, 0);
    await store.ingest(makeDoc({ name: 'late.txt', articles: [{ title: '钙钛矿中试线投产', paragraphs: ['园区钙钛矿电池中试线投产。'] }] }));
    assert.equal(JSON.parse(await pool.search({ q: '钙钛矿' })).total, 1);
  });

  it('refuses a store file at an older schema version', async () => {
    const old = new SqliteStore(join(dir, 'old.db'));
    old.db.pragma('user_version = 1');
    await old.close();
    await assert.rejects(SearchPool.open(join(dir, 'old.db'), 1), (e: any) => e.code === 'E_STORE');
  });
});

describe('SearchPool queue', () => {
  it('answers many more searches than its threads hold at once, each with its own page', async () => {
    const many = Array.from({ length: 25 }, (_, i) => queries[i % queries.length]!);
    const answers = await Promise.all(many.map((q) => pool.search(q)));
    for (const [i, q] of many.entries()) assert.deepEqual(JSON.parse(answers[i]!), await store.search(q), JSON.stringify(q));
  });

  it('fails queued searches when its threads are gone, instead of leaving them waiting', async () => {
    const lone = await SearchPool.open(store.db.name, 1);
    const pending = Array.from({ length: 5 }, () => lone.search({ q: '储能' }).then(() => 'answered', (e) => e.code));
    await lone.close();
    const outcomes = await Promise.all(pending);
    assert.ok(outcomes.every((o) => o === 'answered' || o === 'E_INTERNAL'), outcomes.join());
    await assert.rejects(lone.search({ q: '储能' }), (e: any) => e.code === 'E_INTERNAL');
  });
});

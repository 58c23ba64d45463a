// Regression over the bundled corpus (the one test allowed to name things from the seed pages): the real
// extractor's documents go into the store and come back out through the API with exact evidence.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { listInputs } from '../../src/inputs.js';
import { buildApp } from '../../src/server/app.js';
import { ingestFiles } from '../../src/store/ingest-files.js';
import { SqliteStore } from '../../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'parklens-e2e-'));
let store: SqliteStore;
let app: FastifyInstance;
let files: string[];

before(async () => {
  store = new SqliteStore(join(dir, 'corpus.db'));
  files = (await listInputs(['corpus/kejiribao'])).files;
  const summary = await ingestFiles(store, files);
  assert.equal(summary.failed, 0, JSON.stringify(summary.outcomes.filter((o) => o.error).map((o) => o.error!.message)));
  app = await buildApp({ store, webRoot: join(dir, 'no-web') });
});
after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => (await app.inject({ url })).json() as any;

it('stores every bundled page once, and again changes nothing', async () => {
  const before = await store.stats();
  assert.equal(before.documents, files.length);
  assert.ok(before.articles >= files.length);
  const again = await ingestFiles(store, files);
  assert.equal(again.unchanged, files.length);
  assert.deepEqual(await store.stats(), before);
});

it('resolves 青岛高新区 across pages into one park with facts from two documents', async () => {
  const found = await get(`/api/parks?q=${encodeURIComponent('青岛高新区')}`);
  assert.equal(found.total, 1);
  const profile = await get(`/api/parks/${found.items[0].id}`);
  assert.equal(profile.province, '山东省');
  const documents = new Set([...profile.quantities, ...profile.projects, ...profile.incentives].map((f: any) => f.evidence.documentId));
  assert.ok(documents.size >= 2, `facts from ${documents.size} document(s)`);
});

it('keeps parks apart whose type or name differs, even in the same place', async () => {
  const idOf = async (name: string) => (await get(`/api/parks?q=${encodeURIComponent(name)}`)).items.map((p: any) => p.id) as string[];
  let checked = 0;
  for (const [a, b] of [['贵阳综保区', '贵阳高新区'], ['张江医谷', '张江示范区']]) {
    const [x, y] = [await idOf(a!), await idOf(b!)];
    if (x.length === 1 && y.length === 1) {
      assert.notEqual(x[0], y[0], `${a} and ${b} are different parks`);
      checked++;
    }
  }
  assert.ok(checked > 0, 'at least one pair was found to compare');
});

it('grounds every stored fact in its article text', async () => {
  const { items } = await get('/api/parks?limit=200');
  const articles = new Map<string, any>();
  const article = async (id: string) => {
    if (!articles.has(id)) articles.set(id, await get(`/api/articles/${id}`));
    return articles.get(id);
  };
  let facts = 0;
  for (const park of items) {
    const profile = await get(`/api/parks/${park.id}`);
    for (const fact of [...profile.quantities, ...profile.projects, ...profile.incentives]) {
      const ev = fact.evidence;
      if (!ev.articleId) continue;
      const a = await article(ev.articleId);
      const printed = a.text.slice(ev.articleTextSpan.start, ev.articleTextSpan.end);
      assert.ok(printed.length > 0 && ev.quote.includes(printed), `${printed} in ${ev.quote}`);
      if (fact.surface !== undefined) assert.equal(printed, fact.surface);
      facts++;
    }
  }
  assert.ok(facts > 0);
  for (const a of articles.values()) {
    for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
    for (const p of a.paragraphs) assert.equal(a.text.slice(p.start, p.end), p.text);
    assert.ok(a.original.text.length > 0);
  }
});

it('returns each page with its reader diagnostics', async () => {
  for (const doc of await get('/api/documents')) {
    const view = await get(`/api/documents/${doc.id}`);
    assert.equal(view.articles.length, view.articleCount);
    for (const d of view.diagnostics) assert.ok(d.ruleId && d.severity);
  }
});

it('finds a two-character word in the real pages', async () => {
  const result = await get(`/api/search?q=${encodeURIComponent('储能')}`);
  assert.ok(result.total >= 1);
  for (const hit of result.items) for (const h of hit.highlights) assert.ok(hit.snippet.slice(h.start, h.end).length > 0);
});

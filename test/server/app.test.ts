// Every API route in-process (app.inject, no socket): answers, evidence offsets and coded errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { sampleDocs } from '../helpers/source-doc.js';

let app: FastifyInstance;
let store: SqliteStore;
let parkId: string;
let bondedId: string;

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any, headers: res.headers };
}

function assertCodedError(res: { status: number; body: any }, status: number, code: string) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
  assert.equal(typeof res.body.error.message, 'string');
}

before(async () => {
  store = new SqliteStore(':memory:');
  for (const doc of sampleDocs()) await store.ingest(doc);
  app = await buildApp({ store, webRoot: '/nonexistent' });
  const parks = (await store.listParks({})).items;
  parkId = parks.find((p) => p.type === 'high-tech-zone')!.id;
  bondedId = parks.find((p) => p.type === 'bonded-zone')!.id;
});
after(async () => {
  await app.close();
  await store.close();
});

describe('GET /api/parks', () => {
  it('lists and finds parks by any name', async () => {
    const all = await get('/api/parks');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 2);
    const one = await get(`/api/parks?q=${encodeURIComponent('烟台高新区')}`);
    assert.equal(one.body.total, 1);
    assert.deepEqual(Object.keys(one.body.items[0]).sort(), ['aliases', 'articleCount', 'city', 'id', 'name', 'province', 'quantityCount', 'type']);
    assert.equal((await get('/api/parks?type=bonded-zone&limit=5&offset=0')).body.total, 1);
    assert.equal((await get(`/api/parks?province=${encodeURIComponent('山东')}`)).body.total, 2);
  });

  it('rejects bad parameters with 400 E_USAGE', async () => {
    assertCodedError(await get('/api/parks?limit=abc'), 400, 'E_USAGE');
    assertCodedError(await get('/api/parks?limit=0'), 400, 'E_USAGE');
    assertCodedError(await get('/api/parks?type=castle'), 400, 'E_USAGE');
    assertCodedError(await get('/api/parks?colour=red'), 400, 'E_USAGE');
  });
});

describe('GET /api/parks/:id', () => {
  it('returns the profile with evidence on every fact', async () => {
    const { status, body } = await get(`/api/parks/${parkId}`);
    assert.equal(status, 200);
    assert.equal(body.name, '山东烟台高新技术产业开发区');
    assert.ok(body.quantities.length >= 6);
    for (const fact of [...body.quantities, ...body.incentives, ...body.projects]) {
      const ev = fact.evidence;
      assert.ok(ev.documentId && ev.articleId && ev.articleTitle && ev.quote, JSON.stringify(fact));
      const article = (await get(`/api/articles/${ev.articleId}`)).body;
      const printed = article.text.slice(ev.articleTextSpan.start, ev.articleTextSpan.end);
      assert.ok(ev.quote.includes(printed));
      if (fact.surface) assert.equal(printed, fact.surface);
    }
    assert.equal(new Set(body.quantities.map((q: any) => q.evidence.documentId)).size, 2);
    assert.ok(body.organizations.length > 0 && body.people.length > 0 && body.articles.length === 2);
  });

  it('answers 404 E_NOT_FOUND for an unknown id', async () => {
    assertCodedError(await get('/api/parks/pk-nothing'), 404, 'E_NOT_FOUND');
  });

  it('counts each fact list and serves its pages at /api/parks/:id/<kind>', async () => {
    const profile = (await get(`/api/parks/${parkId}`)).body;
    for (const kind of ['quantities', 'projects', 'policies', 'incentives']) {
      // All of this small park's facts fit in the profile: no next page.
      assert.deepEqual(profile.factCounts[kind], { total: profile[kind].length, next: null }, kind);
      const page = await get(`/api/parks/${parkId}/${kind}`);
      assert.equal(page.status, 200);
      assert.deepEqual(page.body, { total: profile[kind].length, items: profile[kind] });
    }
    const second = await get(`/api/parks/${parkId}/quantities?offset=2&limit=3`);
    assert.deepEqual(second.body.items, profile.quantities.slice(2, 5));
    assert.equal(second.body.total, profile.quantities.length);
    assertCodedError(await get('/api/parks/pk-nothing/quantities'), 404, 'E_NOT_FOUND');
    assertCodedError(await get(`/api/parks/${parkId}/quantities?limit=0`), 400, 'E_USAGE');
    assertCodedError(await get(`/api/parks/${parkId}/quantities?colour=red`), 400, 'E_USAGE');
  });

  it('sends the stored profile text with the same content as the response schema would serialise', async () => {
    // The same store seen without parkProfileJson: the route builds the profile and Fastify serialises it.
    const plain = new Proxy(store, { get: (target, key) => (key === 'parkProfileJson' ? undefined : Reflect.get(target, key, target)) });
    const other = await buildApp({ store: plain, webRoot: '/nonexistent', cache: false });
    try {
      for (const id of [parkId, bondedId]) {
        const stored = await app.inject({ method: 'GET', url: `/api/parks/${id}` });
        const serialised = await other.inject({ method: 'GET', url: `/api/parks/${id}` });
        assert.equal(stored.headers['content-type'], serialised.headers['content-type']);
        // Same properties and values (fast-json-stringify orders required properties first; key order is not part of JSON).
        assert.deepEqual(stored.json(), serialised.json());
      }
    } finally {
      await other.close();
    }
  });

  it('a profile read after a second ingest shows the new page', async () => {
    const own = new SqliteStore(':memory:');
    const ownApp = await buildApp({ store: own, webRoot: '/nonexistent' });
    try {
      const [a, b] = sampleDocs();
      await own.ingest(a!);
      const id = (await own.listParks({ q: '烟台高新区' })).items[0]!.id;
      const read = async () => (await ownApp.inject({ method: 'GET', url: `/api/parks/${id}` })).json() as any;
      const first = await read();
      assert.equal(first.articles.length, 1);
      const again = await ownApp.inject({ method: 'GET', url: `/api/parks/${id}` });
      assert.equal(again.headers['x-cache'], 'hit', 'stored profiles are answer-cached too');
      assert.deepEqual(again.json(), first);
      await own.ingest(b!);
      const second = await read();
      assert.equal(second.articles.length, 2);
      assert.equal(second.quantities.length, first.quantities.length + 3);
      assert.ok(second.aliases.includes('烟台市高新区'));
    } finally {
      await ownApp.close();
      await own.close();
    }
  });
});

describe('GET /api/compare', () => {
  it('lines parks up on indicators', async () => {
    const { status, body } = await get(`/api/compare?ids=${parkId},${bondedId}`);
    assert.equal(status, 200);
    assert.deepEqual(body.parks.map((p: any) => p.id), [parkId, bondedId]);
    const revenue = body.indicators.find((i: any) => i.attribute === '储能产业营收');
    assert.equal(revenue.values[parkId][0].value, 12e9);
    assert.ok(revenue.values[parkId][0].evidence.quote.includes('120亿元'));
    assert.equal(revenue.values[parkId][0].surface, '120亿元');
    assert.equal(body.incentives[parkId].length, 1);
    assert.deepEqual(body.incentives[bondedId], []);
  });

  it('rejects a missing or oversized id list', async () => {
    assertCodedError(await get('/api/compare'), 400, 'E_USAGE');
    assertCodedError(await get(`/api/compare?ids=${Array.from({ length: 11 }, (_, i) => `p${i}`).join(',')}`), 400, 'E_USAGE');
    assertCodedError(await get(`/api/compare?ids=${parkId},pk-unknown`), 404, 'E_NOT_FOUND');
  });
});

describe('GET /api/search', () => {
  it('finds two-character words with plain-text highlights and park links', async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('储能')}`);
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    const hit = body.items[0];
    assert.ok(hit.highlights.length > 0);
    for (const h of hit.highlights) assert.equal(hit.snippet.slice(h.start, h.end), '储能');
    assert.ok(hit.parks.some((p: any) => p.id === parkId));
  });

  it('applies filters', async () => {
    const q = encodeURIComponent('烟台');
    assert.equal((await get(`/api/search?q=${q}&year=2023`)).body.total, 3);
    assert.equal((await get(`/api/search?q=${q}&type=bonded-zone`)).body.total, 1);
    assert.equal((await get(`/api/search?q=${q}&industry=${encodeURIComponent('氢能')}`)).body.total, 1);
    assert.equal((await get(`/api/search?q=${q}&province=${encodeURIComponent('江苏省')}`)).body.total, 0);
  });

  it('rejects bad parameters', async () => {
    assertCodedError(await get('/api/search'), 400, 'E_USAGE');
    assertCodedError(await get('/api/search?q=x&year=twenty'), 400, 'E_USAGE');
    assertCodedError(await get(`/api/search?q=${'长'.repeat(300)}`), 400, 'E_USAGE');
  });
});

describe('GET /api/articles/:id', () => {
  it('returns text, paragraphs, mentions and the original', async () => {
    const hit = (await get(`/api/search?q=${encodeURIComponent('进出口总额')}`)).body.items[0];
    const { status, body } = await get(`/api/articles/${hit.articleId}`);
    assert.equal(status, 200);
    for (const p of body.paragraphs) assert.equal(body.text.slice(p.start, p.end), p.text);
    for (const m of body.mentions) assert.equal(body.text.slice(m.start, m.end), m.text);
    assert.ok(body.original.text.includes('进出口总额'));
    assert.ok(body.original.start > 0, 'raw offsets include the page header');
    assertCodedError(await get('/api/articles/none'), 404, 'E_NOT_FOUND');
  });
});

describe('organisations, people, incentives, map, stats, openapi', () => {
  it('GET /api/organizations/:id and /api/people/:id', async () => {
    const profile = (await get(`/api/parks/${parkId}`)).body;
    const org = profile.organizations.find((o: any) => o.name === '蓝潮储能科技有限公司');
    const view = (await get(`/api/organizations/${org.id}`)).body;
    assert.deepEqual(view.aliases, ['蓝潮储能']);
    assert.equal(view.quantities[0].surface, '8GWh');
    const person = profile.people.find((p: any) => p.name === '韩启明');
    const pv = await get(`/api/people/${person.id}`);
    assert.equal(pv.status, 200);
    assert.equal(pv.body.orgId, org.id);
    assertCodedError(await get('/api/organizations/og-none'), 404, 'E_NOT_FOUND');
    assertCodedError(await get('/api/people/pe-none'), 404, 'E_NOT_FOUND');
  });

  it('GET /api/incentives', async () => {
    const { body } = await get(`/api/incentives?park=${encodeURIComponent('烟台高新区')}&benefit=${encodeURIComponent('补助')}`);
    assert.equal(body.total, 1);
    assert.equal(body.items[0].park.id, parkId);
    assert.equal(body.items[0].capCNY, 6e6);
    assert.ok(body.items[0].evidence.quote.length > 0);
    assertCodedError(await get('/api/incentives?limit=-1'), 400, 'E_USAGE');
  });

  it('GET /api/map and /api/stats', async () => {
    const map = (await get('/api/map')).body;
    assert.equal(map.provinces[0].province, '山东省');
    assert.equal(map.provinces[0].parks.length, 2);
    const stats = (await get('/api/stats')).body;
    assert.equal(stats.documents, 2);
    assert.equal(stats.quantities, 8);
  });

  it('GET /openapi.json describes every /api route', async () => {
    const { status, body } = await get('/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const path of ['/api/parks', '/api/parks/{id}', '/api/parks/{id}/quantities', '/api/parks/{id}/incentives', '/api/compare', '/api/search', '/api/articles/{id}', '/api/incentives', '/api/map', '/api/stats']) {
      assert.ok(body.paths[path]?.get, path);
    }
    assert.ok(body.paths['/api/documents'].post);
    assert.ok(body.paths['/api/search'].get.parameters.some((p: any) => p.name === 'industry'));
    assert.deepEqual(body.paths['/api/parks/{id}'].get.responses['200'].content['application/json'].schema.properties.factCounts.required, ['quantities', 'projects', 'policies', 'incentives']);
  });

  it('GET /api/documents and /api/documents/:id', async () => {
    const docs = (await get('/api/documents')).body;
    assert.equal(docs.length, 2);
    const doc = (await get(`/api/documents/${docs[0].id}`)).body;
    assert.equal(doc.articles.length, doc.articleCount);
    assert.ok(Array.isArray(doc.diagnostics));
    assertCodedError(await get('/api/documents/nope'), 404, 'E_NOT_FOUND');
  });

  it('unknown API routes are coded 404s', async () => {
    assertCodedError(await get('/api/nothing'), 404, 'E_NOT_FOUND');
  });

  it('caches answers until the store changes', async () => {
    const first = await get('/api/stats');
    const second = await get('/api/stats');
    assert.equal(second.headers['x-cache'], 'hit');
    assert.deepEqual(second.body, first.body);
    await store.removeDocument((await store.listDocuments())[0]!.id);
    const third = await get('/api/stats');
    assert.equal(third.headers['x-cache'], undefined);
    assert.equal(third.body.documents, 1);
    for (const doc of sampleDocs()) await store.ingest(doc);
  });
});

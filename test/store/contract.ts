// The behaviour every Store must have, whatever the back end: run it with `runStoreContract(name, open)`.
// Nothing here may depend on SQLite; a PostgreSQL store must pass the same suite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/store.js';
import { makeDoc, sampleDocs } from '../helpers/source-doc.js';

export function runStoreContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    const withStore = async (fn: (store: Store) => Promise<void>) => {
      const store = await open();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    };

    it('stores documents with their articles and facts', () =>
      withStore(async (store) => {
        const [a, b] = sampleDocs();
        const first = await store.ingest(a!);
        assert.equal(first.status, 'added');
        assert.equal(first.articles, 2);
        await store.ingest(b!);
        const stats = await store.stats();
        assert.equal(stats.documents, 2);
        assert.equal(stats.articles, 3);
        assert.equal(stats.quantities, 8);
        assert.equal(stats.incentives, 1);
        assert.equal(stats.projects, 1);
      }));

    it('is idempotent by content: the same page twice adds nothing', () =>
      withStore(async (store) => {
        const [a] = sampleDocs();
        await store.ingest(a!);
        const before = await store.stats();
        const again = await store.ingest(sampleDocs()[0]!);
        assert.equal(again.status, 'unchanged');
        assert.deepEqual(await store.stats(), before);
      }));

    it('replaces the old version of a changed page with the same name', () =>
      withStore(async (store) => {
        const [a] = sampleDocs();
        const old = await store.ingest(a!);
        const changed = makeDoc({
          name: 'page-a.txt',
          articles: [{ title: '烟台高新区新材料产业提速', paragraphs: ['烟台高新区新材料企业达到40家。'] }],
          parks: [{ name: '烟台高新区', province: '山东省', city: '烟台市' }],
          quantities: [{ surface: '40家', value: 40, unit: '家', subject: '烟台高新区', attribute: '新材料企业' }],
        });
        const result = await store.ingest(changed);
        assert.equal(result.status, 'replaced');
        assert.equal(result.replacedId, old.documentId);
        const stats = await store.stats();
        assert.equal(stats.documents, 1);
        assert.equal(stats.articles, 1);
        assert.equal(stats.quantities, 1);
        assert.equal(stats.parks, 1, 'the bonded zone only the old version named is gone');
        assert.equal(stats.organizations, 0);
        const docs = await store.listDocuments();
        assert.deepEqual(docs.map((d) => d.id), [result.documentId]);
      }));

    it('resolves one park across documents, with every name as an alias', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        const found = await store.listParks({ q: '烟台高新区' });
        assert.equal(found.total, 1);
        const park = found.items[0]!;
        assert.equal(park.name, '山东烟台高新技术产业开发区');
        assert.deepEqual([...park.aliases].sort(), ['烟台市高新区', '烟台高新区'].sort());
        assert.equal(park.articleCount, 2);
        assert.equal(park.province, '山东省');
        const profile = (await store.getPark(park.id))!;
        const documents = new Set(profile.quantities.map((q) => q.evidence.documentId));
        assert.equal(documents.size, 2, 'facts from both pages');
        // The bonded zone of the same city stays a park of its own.
        const all = await store.listParks({});
        assert.equal(all.total, 2);
      }));

    it('holds the newest facts of each kind in a profile and pages the rest, each with evidence', () =>
      withStore(async (store) => {
        // Two invented pages about one park: 40 figures in the older, 30 in the newer.
        const page = (name: string, date: string, from: number, count: number) => {
          const figures = Array.from({ length: count }, (_, i) => `${from + i}`);
          return makeDoc({
            name, date,
            articles: [{ title: '星河湾高新区经济运行情况', paragraphs: [`星河湾高新区公布各项指标：${figures.map((f, i) => `第${i + 1}项为${f}亿元`).join('，')}。`] }],
            parks: [{ name: '星河湾高新区', type: 'high-tech-zone' }],
            quantities: figures.map((f, i) => ({ surface: `${f}亿元`, value: Number(f) * 1e8, unit: 'CNY', subject: '星河湾高新区', attribute: `指标${i + 1}` })),
          });
        };
        await store.ingest(page('paging-1.txt', '2023-05-01', 1000, 40));
        await store.ingest(page('paging-2.txt', '2024-05-01', 2000, 30));
        const [park] = (await store.listParks({ q: '星河湾高新区' })).items;
        const profile = (await store.getPark(park!.id))!;
        assert.equal(profile.quantities.length, 50);
        assert.deepEqual(profile.factCounts.quantities, { total: 70, next: `/api/parks/${encodeURIComponent(park!.id)}/quantities?offset=50&limit=50` });
        assert.deepEqual(profile.factCounts.incentives, { total: 0, next: null });
        // Newest page first: its 30 figures, then 20 of the older page's.
        assert.ok(profile.quantities.slice(0, 30).every((q) => q.surface.startsWith('2')));
        const rest = (await store.parkFacts(park!.id, 'quantities', { offset: 50, limit: 50 }))!;
        assert.equal(rest.total, 70);
        assert.equal(rest.items.length, 20);
        const all = (await store.parkFacts(park!.id, 'quantities', { limit: 200 }))!;
        assert.deepEqual([...profile.quantities, ...rest.items], all.items);
        assert.equal(new Set(all.items.map((q) => q.surface)).size, 70);
        for (const q of all.items) assert.ok(q.evidence.quote.includes(q.surface) && q.evidence.articleId && q.evidence.articleTextSpan);
        assert.equal(await store.parkFacts('no-such-park', 'quantities', {}), null);
      }));

    it('gives every fact evidence that points at its printed surface', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        const [park] = (await store.listParks({ q: '烟台高新区' })).items;
        const profile = (await store.getPark(park!.id))!;
        assert.ok(profile.quantities.length >= 6);
        for (const q of profile.quantities) {
          const article = (await store.getArticle(q.evidence.articleId!))!;
          const span = q.evidence.articleTextSpan!;
          assert.equal(article.text.slice(span.start, span.end), q.surface);
          assert.ok(q.evidence.quote.includes(q.surface), `${q.evidence.quote} contains ${q.surface}`);
          assert.equal(article.title, q.evidence.articleTitle);
          // The raw span lies inside the article's original slice.
          assert.ok(q.evidence.span.start >= article.original.start && q.evidence.span.end <= article.original.end);
          assert.equal(article.original.text.slice(q.evidence.span.start - article.original.start, q.evidence.span.end - article.original.start), q.surface);
        }
        assert.equal(profile.incentives.length, 1);
        assert.equal(profile.incentives[0]!.capCNY, 6e6);
        assert.ok(profile.incentives[0]!.evidence.quote.includes('单个项目最高600万元'));
        assert.ok(profile.organizations.some((o) => o.name === '蓝潮储能科技有限公司'));
        assert.ok(profile.people.some((p) => p.name === '柯文远' && p.title === '主任'));
        assert.equal(profile.articles.length, 2);
      }));

    it('returns article text, paragraphs, mentions and the original slice', () =>
      withStore(async (store) => {
        const [a] = sampleDocs();
        const { documentId } = await store.ingest(a!);
        const hits = await store.search({ q: '进出口总额' });
        assert.equal(hits.total, 1);
        const article = (await store.getArticle(hits.items[0]!.articleId))!;
        assert.equal(article.documentId, documentId);
        assert.equal(article.title, '烟台综保区进出口再创新高');
        for (const p of article.paragraphs) assert.equal(article.text.slice(p.start, p.end), p.text);
        for (const m of article.mentions) assert.equal(article.text.slice(m.start, m.end), m.text);
        assert.ok(article.mentions.some((m) => m.kind === 'park' && m.text === '烟台综合保税区'));
        assert.ok(article.original.text.includes('进出口总额'));
        assert.equal(await store.getArticle('nope'), null);
      }));

    it('searches two-character words and longer substrings, ranked, with plain-text highlights', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        const short = await store.search({ q: '氢能' });
        assert.equal(short.total, 1);
        const hit = short.items[0]!;
        assert.ok(hit.highlights.length > 0);
        for (const h of hit.highlights) assert.equal(hit.snippet.slice(h.start, h.end), '氢能');
        assert.ok(!/[<>]/.test(hit.snippet));
        const long = await store.search({ q: '产业营收突破' });
        assert.equal(long.total, 1);
        assert.equal(long.items[0]!.title, '烟台高新区储能产业加速集聚');
        const none = await store.search({ q: '量子计算机' });
        assert.equal(none.total, 0);
        // Ranking: the article that says 储能 most comes first.
        const ranked = await store.search({ q: '高新区' });
        assert.equal(ranked.total, 2);
      }));

    it('filters search by province, park type, industry word and year', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        assert.equal((await store.search({ q: '烟台', year: 2023 })).total, 3);
        assert.equal((await store.search({ q: '烟台', year: 2021 })).total, 0);
        assert.equal((await store.search({ q: '烟台', type: 'bonded-zone' })).total, 1);
        assert.equal((await store.search({ q: '烟台', province: '山东' })).total, 3);
        assert.equal((await store.search({ q: '烟台', province: '江苏省' })).total, 0);
        assert.equal((await store.search({ q: '烟台', industry: '氢能' })).total, 1);
        assert.equal((await store.search({ industry: '储能' })).total, 1);
      }));

    it('pages park lists and filters them', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        const first = await store.listParks({ limit: 1 });
        const second = await store.listParks({ limit: 1, offset: 1 });
        assert.equal(first.total, 2);
        assert.notEqual(first.items[0]!.id, second.items[0]!.id);
        assert.equal((await store.listParks({ type: 'bonded-zone' })).total, 1);
        assert.equal((await store.listParks({ province: '山东省' })).total, 2);
        assert.equal((await store.listParks({ q: '综合保税' })).total, 1);
        assert.equal((await store.listParks({ q: '不存在的园' })).total, 0);
      }));

    it('compares parks by shared indicators and lists incentives', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        const parks = (await store.listParks({})).items;
        const comparison = await store.compare(parks.map((p) => p.id));
        assert.deepEqual(comparison.parks.map((p) => p.id), parks.map((p) => p.id));
        const revenue = comparison.indicators.find((i) => i.attribute === '储能产业营收')!;
        assert.equal(revenue.unit, 'CNY');
        const hz = parks.find((p) => p.type === 'high-tech-zone')!;
        assert.equal(revenue.values[hz.id]![0]!.value, 12e9);
        assert.equal(comparison.incentives[hz.id]!.length, 1);
        await assert.rejects(store.compare(['missing']), (e: any) => e.code === 'E_NOT_FOUND');
        const incentives = await store.listIncentives({ park: '烟台高新区' });
        assert.equal(incentives.total, 1);
        assert.equal(incentives.items[0]!.park!.id, hz.id);
        assert.equal((await store.listIncentives({ benefit: '补助' })).total, 1);
        assert.equal((await store.listIncentives({ benefit: '贷款' })).total, 0);
      }));

    it('shows organisations, people, the map and stats', () =>
      withStore(async (store) => {
        for (const doc of sampleDocs()) await store.ingest(doc);
        const hz = (await store.listParks({ q: '烟台高新区' })).items[0]!;
        const profile = (await store.getPark(hz.id))!;
        const org = profile.organizations.find((o) => o.name === '蓝潮储能科技有限公司')!;
        const view = (await store.getOrganization(org.id))!;
        assert.deepEqual(view.aliases, ['蓝潮储能']);
        assert.equal(view.quantities[0]!.unit, 'GWh');
        assert.ok(view.people.some((p) => p.name === '韩启明'));
        const person = profile.people.find((p) => p.name === '韩启明');
        assert.ok(person);
        const personView = (await store.getPerson(person.id))!;
        assert.equal(personView.orgId, org.id);
        assert.equal(await store.getOrganization(hz.id), null, 'a park id is not an organisation');
        const map = await store.map();
        assert.equal(map.provinces.length, 1);
        assert.equal(map.provinces[0]!.province, '山东省');
        assert.equal(map.provinces[0]!.count, 2);
        const before = store.generation();
        await store.ingest(makeDoc({ name: 'c.txt', articles: [{ title: '新页', paragraphs: ['一段文字。'] }] }));
        assert.notEqual(store.generation(), before);
      }));

    it('stores a batch with each document all-or-nothing', () =>
      withStore(async (store) => {
        const [a, b] = sampleDocs();
        const broken = makeDoc({ name: 'broken.txt', articles: [{ title: '标题', paragraphs: ['园区企业达到12家。'] }], quantities: [{ surface: '12家', value: 12, unit: '家' }] });
        (broken.quantities[0] as any).unit = null;
        const results = await store.ingestMany([a!, broken, b!, sampleDocs()[0]!]);
        assert.deepEqual(results.map((r) => ('status' in r ? r.status : r.code)), ['added', 'E_STORE', 'added', 'unchanged']);
        const stats = await store.stats();
        assert.deepEqual([stats.documents, stats.articles, stats.quantities], [2, 3, 8]);
        assert.equal((await store.listParks({ q: '烟台高新区' })).total, 1);
      }));

    it('joins people by name and organisation, and keeps namesakes apart', () =>
      withStore(async (store) => {
        const page = (name: string, org: string) =>
          makeDoc({ name, articles: [{ title: '访谈', paragraphs: [`${org}总经理周明远表示，将加快研发。`] }], people: [{ name: '周明远', title: '总经理', org }] });
        await store.ingest(page('p1.txt', '星河电子有限公司'));
        await store.ingest(page('p2.txt', '星河电子有限公司'));
        await store.ingest(page('p3.txt', '远山材料有限公司'));
        assert.equal((await store.stats()).people, 2);
      }));

    it('drops facts whose spans are not in the text', () =>
      withStore(async (store) => {
        const doc = makeDoc({
          name: 'bad.txt',
          articles: [{ title: '标题', paragraphs: ['园区企业达到12家。'] }],
          quantities: [{ surface: '12家', value: 12, unit: '家' }],
        });
        doc.quantities.push({ ...doc.quantities[0]!, id: 'q2', textSpan: { start: 5000, end: 5004 } });
        await store.ingest(doc);
        assert.equal((await store.stats()).quantities, 1);
      }));

    it('removes a document and the entities only it named', () =>
      withStore(async (store) => {
        const [a, b] = sampleDocs();
        const first = await store.ingest(a!);
        await store.ingest(b!);
        assert.equal(await store.removeDocument(first.documentId), true);
        assert.equal(await store.removeDocument(first.documentId), false);
        const stats = await store.stats();
        assert.deepEqual([stats.documents, stats.articles, stats.parks, stats.quantities, stats.incentives], [1, 1, 1, 3, 0]);
        const park = (await store.listParks({})).items[0]!;
        assert.equal(park.articleCount, 1);
        assert.equal(park.name, '烟台市高新区');
      }));
  });
}

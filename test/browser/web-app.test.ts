// The web app in a real browser against the real server: search → park profile → a figure → its
// evidence highlighted in the article reader, over the bundled corpus; and page texts carrying
// markup render as text. Skips when /usr/bin/chromium is missing (CI installs it).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { extractBytes } from '../../src/extract.js';
import { ingestFiles } from '../../src/store/ingest-files.js';
import type { ParkProfile, ParkSummary, Page as ResultPage } from '../../src/store/store.js';
import { makeDoc } from '../helpers/source-doc.js';
import { ROOT, screenshot, skipReason, startHarness } from './harness.js';

const CORPUS = path.join(ROOT, 'corpus', 'kejiribao');
const squash = (s: string) => s.replace(/\s+/g, '');

/** Waits until the app has finished rendering the current hash route. */
async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('app');
    return !!app && app.dataset.rendered === location.hash && app.getAttribute('aria-busy') === 'false';
  });
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  assert.equal(response.status, 200, `GET ${url}`);
  return (await response.json()) as T;
}

test('search, open a park profile, click a figure and read its evidence highlighted', { timeout: 180_000 }, async (t) => {
  const reason = skipReason();
  if (reason) return t.skip(reason);
  const h = await startHarness(async (store) => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS, f));
    const summary = await ingestFiles(store, files);
    assert.equal(summary.failed, 0, `corpus pages fail to ingest: ${summary.outcomes.filter((o) => o.error).map((o) => `${path.basename(o.file)}: ${o.error!.code} ${o.error!.message}`).join(', ')}`);
    assert.ok(summary.added > 0);
  });
  t.after(() => h.close());
  const { page, baseUrl } = h;

  await page.goto(`${baseUrl}/`);
  await page.locator('input[name="q"]').waitFor();
  assert.match((await page.title()) ?? '', /园镜/);
  await screenshot(page, 'home');

  // A two-character industry word: every hit shows it marked in the snippet.
  const word = '医药';
  await page.fill('input[name="q"]', word);
  await page.press('input[name="q"]', 'Enter');
  await page.locator('.result').first().waitFor();
  assert.match(page.url(), /#\/search\?q=/);
  const marks = await page.locator('.result .snippet mark.hit').allTextContents();
  assert.ok(marks.length > 0, 'search results mark the query in their snippets');
  assert.ok(marks.every((m) => m.includes(word)), `every highlight holds the query word, got ${JSON.stringify(marks.slice(0, 5))}`);
  await screenshot(page, 'search');

  // The park with the most figures, and one of its figures that is grounded in an article.
  const parks = await getJson<ResultPage<ParkSummary>>(`${baseUrl}/api/parks?limit=200`);
  const ranked = [...parks.items].sort((a, b) => b.quantityCount - a.quantityCount);
  let park: ParkProfile | null = null;
  for (const candidate of ranked.slice(0, 10)) {
    const profile = await getJson<ParkProfile>(`${baseUrl}/api/parks/${encodeURIComponent(candidate.id)}`);
    if (profile.quantities.some((q) => q.evidence.articleId && q.evidence.articleTextSpan)) {
      park = profile;
      break;
    }
  }
  assert.ok(park, `the bundled corpus yields a park with a figure grounded in an article (parks: ${parks.total})`);
  const quantity = park.quantities.find((q) => q.evidence.articleId && q.evidence.articleTextSpan)!;

  // Reach the profile through the UI: the parks list, filtered by the park's name.
  await page.click('nav [data-nav="parks"]');
  await rendered(page);
  await page.locator('input[name="q"]').fill(park.name);
  await page.click('form.toolbar button[type="submit"]');
  await rendered(page);
  const exact = new RegExp(`^${park.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('a.strong-link', { hasText: exact }).first().click();
  await page.locator('h1', { hasText: exact }).waitFor();
  await page.locator('table.indicators').waitFor();
  await screenshot(page, 'park-profile');

  const span = quantity.evidence.articleTextSpan!;
  const figure = page.locator(`table.indicators a.figure[href*="hl=${span.start}-${span.end}"]`).first();
  assert.ok((await figure.count()) >= 1, 'the figure is a link to its evidence');
  await figure.click();
  const evidence = page.locator('.reader-text mark.evidence');
  await evidence.first().waitFor();
  assert.match(page.url(), new RegExp(`#/article/[^?]+\\?hl=${span.start}-${span.end}`));
  const highlighted = squash((await evidence.allTextContents()).join(''));
  assert.ok(highlighted.includes(squash(quantity.surface)), `highlight ${JSON.stringify(highlighted)} contains ${JSON.stringify(quantity.surface)}`);
  // Scrolled into view.
  await page.waitForFunction(() => {
    const r = document.querySelector('.reader-text mark.evidence')!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  await screenshot(page, 'article-evidence', { viewport: true });
  assert.deepEqual(h.pageErrors, []);
});

// Invented page in the style of a park-news item, with markup where a careless UI would run it.
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_PAGE = `园区新闻

示范高新区出台人才新政 ${SCRIPT}

本报记者 林晓

近日，示范高新区管委会发布人才引进扶持办法${IMG}，对新落户的研发团队给予一次性奖励，最高奖励200万元。

据介绍，该区今年已引进研发团队12个，带动新增就业岗位800余个。
`;

test('page texts containing markup render as text everywhere', { timeout: 180_000 }, async (t) => {
  const reason = skipReason();
  if (reason) return t.skip(reason);
  const parkName = `海棠${IMG}高新区`;
  const h = await startHarness(async (store) => {
    await store.ingest(extractBytes(new TextEncoder().encode(HOSTILE_PAGE), { name: 'hostile-page.txt' }));
    // Facts whose names and attributes carry markup, for the profile, compare, map and policy views.
    await store.ingest(
      makeDoc({
        name: 'hostile-facts.txt',
        date: '2024-03-02',
        articles: [{ title: `海棠高新区${SCRIPT}年报`, paragraphs: [`${parkName}去年营收达到30亿元，${SCRIPT}企业数量120家。`, `对新认定的企业给予一次性奖励，最高50万元${IMG}。`] }],
        parks: [{ name: parkName, type: 'high-tech-zone', province: '浙江省', city: '宁波市' }],
        quantities: [
          { surface: '30亿元', value: 3e9, unit: 'CNY', subject: parkName, attribute: `营收${SCRIPT}`, period: '2023' },
          { surface: '120家', value: 120, unit: '家', subject: parkName, attribute: `企业数量${IMG}` },
        ],
        incentives: [{ text: `给予一次性奖励，最高50万元${IMG}`, park: parkName, benefit: `一次性奖励${SCRIPT}`, capCNY: 5e5 }],
      }),
    );
  });
  t.after(() => h.close());
  const { page, baseUrl } = h;
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  const injected = () => page.evaluate(() => document.querySelectorAll('#app script, #app img').length);

  // Search → the hostile article in the reader.
  await page.goto(`${baseUrl}/#/search?q=${encodeURIComponent('人才')}`);
  const result = page.locator('.result-title a').first();
  await result.waitFor();
  await result.click();
  const reader = page.locator('.reader-text');
  await reader.waitFor();
  const appText = (await page.locator('#app').textContent()) ?? '';
  assert.ok(appText.includes(SCRIPT), 'the script tag shows as text');
  assert.ok(appText.includes(IMG), 'the img tag shows as text (original pane)');
  assert.equal(await injected(), 0, 'no element was created from page text');
  assert.equal(await pwned(), undefined);
  await screenshot(page, 'hostile-article');

  // The same markup in park names, attributes and incentive clauses.
  const parks = await getJson<ResultPage<ParkSummary>>(`${baseUrl}/api/parks?limit=200`);
  const park = parks.items.find((p) => p.name === parkName);
  assert.ok(park, 'the hostile park was stored');
  for (const route of [`#/park/${encodeURIComponent(park.id)}`, '#/parks', '#/incentives', '#/map', `#/search?q=${encodeURIComponent('营收')}`]) {
    await page.goto(`${baseUrl}/${route}`);
    await rendered(page);
    await page.waitForTimeout(300); // charts draw on the next frame
    const text = (await page.locator('#app').textContent()) ?? '';
    assert.ok(text.includes(IMG) || text.includes(SCRIPT), `${route} shows the markup as text`);
    assert.equal(await injected(), 0, `${route} created no element from data`);
    assert.equal(await pwned(), undefined, `${route} ran no injected code`);
    if (route.startsWith('#/park/')) await screenshot(page, 'hostile-profile');
  }
  assert.deepEqual(h.pageErrors, []);
});

test('compare two parks side by side and find them on the province map', { timeout: 180_000 }, async (t) => {
  const reason = skipReason();
  if (reason) return t.skip(reason);
  // Invented parks in two provinces that report the same kind of figure.
  const h = await startHarness(async (store) => {
    await store.ingest(
      makeDoc({
        name: 'compare-a.txt',
        date: '2024-05-10',
        articles: [{ title: '青枫工业园区新材料产业提速', paragraphs: ['青枫工业园区今年计划总投资120亿元，新引进新材料企业35家。'] }],
        parks: [{ name: '青枫工业园区', type: 'industrial-park', province: '江苏省', city: '常州市' }],
        quantities: [
          { surface: '120亿元', value: 1.2e10, unit: 'CNY', subject: '青枫工业园区', attribute: '计划总投资', period: '2024' },
          { surface: '35家', value: 35, unit: '家', subject: '青枫工业园区', attribute: '新材料企业' },
        ],
      }),
    );
    await store.ingest(
      makeDoc({
        name: 'compare-b.txt',
        date: '2024-05-12',
        articles: [{ title: '白鹭高新区布局低空经济', paragraphs: ['白鹭高新区低空经济产业园计划总投资45亿元，首批签约项目18个。'] }],
        parks: [{ name: '白鹭高新区', type: 'high-tech-zone', province: '安徽省', city: '芜湖市' }],
        quantities: [
          { surface: '45亿元', value: 4.5e9, unit: 'CNY', subject: '白鹭高新区', attribute: '计划总投资', period: '2024' },
          { surface: '18个', value: 18, unit: '个', subject: '白鹭高新区', attribute: '首批签约项目' },
        ],
      }),
    );
  });
  t.after(() => h.close());
  const { page, baseUrl } = h;

  // Tick both parks in the list and compare them.
  await page.goto(`${baseUrl}/#/parks`);
  await rendered(page);
  for (const name of ['青枫工业园区', '白鹭高新区']) await page.getByLabel(`选择 ${name}`).check();
  await page.getByRole('button', { name: /对比所选园区/ }).click();
  await page.locator('.compare-table').waitFor();
  await rendered(page);
  const heads = await page.locator('.compare-table thead th').allTextContents();
  assert.deepEqual(heads.slice(1).sort(), ['白鹭高新区', '青枫工业园区'].sort());
  const row = page.locator('.compare-table tbody tr', { hasText: '计划总投资' });
  assert.deepEqual((await row.locator('a.figure').allTextContents()).sort(), ['120亿元', '45亿元']);
  await page.locator('.chart canvas').first().waitFor();
  await screenshot(page, 'compare');

  await row.locator('a.figure', { hasText: '45亿元' }).click();
  await page.locator('.reader-text mark.evidence').first().waitFor();
  assert.equal(squash((await page.locator('.reader-text mark.evidence').allTextContents()).join('')), '45亿元');

  // The map: Jiangsu and Anhui are coloured; picking a province lists its parks.
  await page.goto(`${baseUrl}/#/map`);
  await rendered(page);
  await page.locator('.chart-map canvas').first().waitFor();
  await page.locator('.chip-province', { hasText: '安徽省' }).click();
  await page.locator('.map-panel a', { hasText: '白鹭高新区' }).waitFor();
  await page.locator('.chip-province', { hasText: '江苏省' }).click();
  await page.locator('.map-panel a', { hasText: '青枫工业园区' }).waitFor();
  await screenshot(page, 'map');
  assert.deepEqual(h.pageErrors, []);
});

test('a park profile with more figures than it holds loads the rest on request', { timeout: 180_000 }, async (t) => {
  const reason = skipReason();
  if (reason) return t.skip(reason);
  // An invented park reporting 56 figures in one article: the profile holds the newest 50.
  const figures = Array.from({ length: 56 }, (_, i) => `${300 + i}`);
  const h = await startHarness(async (store) => {
    await store.ingest(
      makeDoc({
        name: 'many-figures.txt',
        date: '2024-06-01',
        articles: [{ title: '云杉高新区经济运行简报', paragraphs: [`云杉高新区各项指标：${figures.map((f, i) => `第${i + 1}项${f}亿元`).join('，')}。`] }],
        parks: [{ name: '云杉高新区', type: 'high-tech-zone', province: '四川省', city: '绵阳市' }],
        quantities: figures.map((f, i) => ({ surface: `${f}亿元`, value: Number(f) * 1e8, unit: 'CNY', subject: '云杉高新区', attribute: `指标${i + 1}` })),
      }),
    );
  });
  t.after(() => h.close());
  const { page, baseUrl } = h;
  const parks = await getJson<ResultPage<ParkSummary>>(`${baseUrl}/api/parks?limit=200`);
  const park = parks.items.find((p) => p.name === '云杉高新区')!;
  await page.goto(`${baseUrl}/#/park/${encodeURIComponent(park.id)}`);
  await rendered(page);
  const rows = page.locator('table.indicators tbody tr');
  assert.equal(await rows.count(), 50);
  const more = page.locator('button.btn-more');
  assert.equal(await more.count(), 1);
  assert.ok(((await more.textContent()) ?? '').includes('56'));
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll('table.indicators tbody tr').length === 56);
  assert.equal(await page.locator('button.btn-more').count(), 0, 'no button once every figure is shown');
  assert.deepEqual(h.pageErrors, []);
});

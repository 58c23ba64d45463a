// The knowledge-base commands run in-process against a temporary database: exit codes, output, formats.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { csvField } from '../../src/store/export-formats.js';
import { sampleDocs } from '../helpers/source-doc.js';

const dir = mkdtempSync(join(tmpdir(), 'parklens-cmd-'));
const db = join(dir, 'kb.db');
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI and captures what it prints. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    const code = await main(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

before(async () => {
  const store = new SqliteStore(db);
  for (const doc of sampleDocs()) await store.ingest(doc);
  await store.close();
});

describe('parklens ingest', () => {
  it('stores good files, reports bad ones with codes, and exits 1', async () => {
    const pages = join(dir, 'pages');
    const fs = await import('node:fs');
    fs.mkdirSync(pages);
    writeFileSync(join(pages, 'good.txt'), '星河高新区储能产业提速\n今年以来，星河高新区新落地储能项目12个，总投资达到86亿元。\n园区储能企业已有45家，产业链配套日益完善。\n');
    writeFileSync(join(pages, 'empty.txt'), '   \n');
    const target = join(dir, 'ingest.db');
    const first = await run(['ingest', pages, '--db', target]);
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stderr, /empty\.txt: error E_EMPTY/);
    assert.match(first.stderr, /1 added, 0 replaced, 0 unchanged, 1 failed/);
    const again = await run(['ingest', join(pages, 'good.txt'), '--db', target]);
    assert.equal(again.code, 0);
    assert.match(again.stderr, /0 added, 0 replaced, 1 unchanged, 0 failed/);
    const store = new SqliteStore(target);
    assert.equal((await store.stats()).documents, 1);
    await store.close();
    assert.equal((await run(['ingest', '--db', target])).code, 2);
  });
});

describe('parklens search and park', () => {
  it('search prints hits and --json the API shape', async () => {
    const text = await run(['search', '储能', '--db', db]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /1 article/);
    assert.match(text.stdout, /烟台高新区储能产业加速集聚/);
    const json = await run(['search', '氢能', '--db', db, '--json']);
    const body = JSON.parse(json.stdout);
    assert.equal(body.total, 1);
    assert.ok(body.items[0].highlights.length > 0);
    assert.equal((await run(['search', '--db', db])).code, 2);
    assert.equal((await run(['search', 'x', '--type', 'castle', '--db', db])).code, 2);
  });

  it('park prints a profile by any name, with quotes', async () => {
    const text = await run(['park', '烟台市高新区', '--db', db]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /山东烟台高新技术产业开发区/);
    assert.match(text.stdout, /储能产业营收 \(2022\): > 120亿元/);
    const json = JSON.parse((await run(['park', '烟台高新区', '--db', db, '--json'])).stdout);
    assert.ok(json.quantities.every((q: any) => q.evidence.quote.includes(q.surface)));
    const missing = await run(['park', '不存在园', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /E_NOT_FOUND/);
  });
});

describe('parklens serve', () => {
  it('refuses bad options before opening anything', async () => {
    assert.equal((await run(['serve', '--port', '99999', '--db', db])).code, 2);
    assert.equal((await run(['serve', '--workers', '0', '--db', db])).code, 2);
    assert.equal((await run(['serve', 'extra', '--db', db])).code, 2);
  });
});

describe('parklens export', () => {
  it('writes jsonl, csv and geojson', async () => {
    const jsonl = join(dir, 'parks.jsonl');
    assert.equal((await run(['export', '--format', 'jsonl', '--db', db, '--out', jsonl])).code, 0);
    const parks = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(parks.length, 2);
    const csv = join(dir, 'q.csv');
    assert.equal((await run(['export', '--format', 'csv', '--db', db, '--out', csv])).code, 0);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    assert.match(rows[0]!, /^park_id,park,province/);
    assert.equal(rows.length, 1 + 6 + 1, 'header + quantities of the two parks');
    const geo = join(dir, 'parks.geojson');
    assert.equal((await run(['export', '--format', 'geojson', '--db', db, '--out', geo])).code, 0);
    const fc = JSON.parse(readFileSync(geo, 'utf8'));
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 2);
    const [lon, lat] = fc.features[0].geometry.coordinates;
    assert.ok(lon > 115 && lon < 123 && lat > 34 && lat < 38.5, 'a point in Shandong');
    assert.equal((await run(['export', '--format', 'xml', '--db', db])).code, 2);
  });

  it('quotes CSV fields', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField(null), '');
  });
});

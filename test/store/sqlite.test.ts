// Runs the store contract against SQLite in memory and in a file, plus SQLite-specific checks.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { sampleDocs } from '../helpers/source-doc.js';
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
    await store.close();
  });
});

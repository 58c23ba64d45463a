// Kills a process in the middle of ingesting and checks the database: intact, and every document that is
// there is there completely (one transaction per document).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'parklens-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('survives SIGKILL mid-ingest with no half-written document', { timeout: 60_000 }, async () => {
  const file = join(dir, 'crash.db');
  const writer = fileURLToPath(new URL('../helpers/crash-writer.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let committed = -1;
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) committed = Number(line.split(' ')[1]);
      if (committed >= 40) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
  assert.equal(child.signalCode, 'SIGKILL', 'the writer was killed, not finished');

  const raw = new Database(file);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  const docs = raw.prepare('SELECT id, name, article_count FROM documents').all() as Array<{ id: string; name: string; article_count: number }>;
  assert.ok(docs.length >= committed + 1, `${docs.length} documents, ${committed + 1} reported committed`);
  for (const doc of docs) {
    const i = Number(/crash-(\d+)/.exec(doc.name)![1]);
    const expected = (i % 7) + 1;
    const count = (sql: string) => (raw.prepare(sql).get(doc.id) as { n: number }).n;
    assert.equal(doc.article_count, expected, doc.name);
    assert.equal(count('SELECT count(*) AS n FROM articles WHERE document_id = ?'), expected, doc.name);
    assert.equal(count('SELECT count(*) AS n FROM quantities WHERE document_id = ?'), expected, doc.name);
    assert.equal(count('SELECT count(*) AS n FROM mentions WHERE document_id = ?'), expected * 20, doc.name);
  }
  const indexed = (raw.prepare("SELECT count(*) AS n FROM fts_trigram WHERE fts_trigram MATCH '产业园'").get() as { n: number }).n;
  const articles = (raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  assert.equal(indexed, articles, 'search index and articles agree');
  raw.close();

  // The store opens the recovered file and goes on ingesting.
  const store = new SqliteStore(file);
  assert.equal((await store.stats()).documents, docs.length);
  await store.close();
});

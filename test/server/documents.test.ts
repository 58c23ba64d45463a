// POST /api/documents (token, size limit, coded errors) and the static web app with its SPA fallback.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'parklens-web-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const page = [
  '星河高新区储能产业提速',
  '本报记者 林舟',
  '今年以来，星河高新区新落地储能项目12个，总投资达到86亿元。园区储能企业已有45家。',
  '星河高新区管委会表示，将继续完善产业链配套，推动储能产业集群发展。',
].join('\n');

describe('POST /api/documents', () => {
  it('is off without a token (403 E_FORBIDDEN)', async () => {
    const store = new SqliteStore(':memory:');
    const app = await buildApp({ store, webRoot: dir });
    const res = await app.inject({ method: 'POST', url: '/api/documents?name=a.txt', payload: page, headers: { 'content-type': 'text/plain' } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'E_FORBIDDEN');
    assert.equal((await store.stats()).documents, 0);
    await app.close();
  });

  it('needs the bearer token, limits size and ingests idempotently', async () => {
    const store = new SqliteStore(':memory:');
    const app = await buildApp({ store, token: 'sekret', maxUploadBytes: 4096, webRoot: dir });
    const post = (headers: Record<string, string>, payload: string | Buffer, name = 'a.txt') =>
      app.inject({ method: 'POST', url: `/api/documents?name=${name}`, payload, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
    const noAuth = await post({}, page);
    assert.equal(noAuth.statusCode, 401);
    assert.equal(noAuth.json().error.code, 'E_UNAUTHORIZED');
    assert.equal((await post({ authorization: 'Bearer wrong!' }, page)).statusCode, 401);
    const tooBig = await post({ authorization: 'Bearer sekret' }, 'x'.repeat(5000));
    assert.equal(tooBig.statusCode, 413);
    assert.equal(tooBig.json().error.code, 'E_TOO_LARGE');
    const empty = await post({ authorization: 'Bearer sekret' }, '');
    assert.equal(empty.statusCode, 422);
    assert.equal(empty.json().error.code, 'E_EMPTY');
    const badName = await post({ authorization: 'Bearer sekret' }, page, '..%2Fetc');
    assert.equal(badName.statusCode, 400);
    assert.equal(badName.json().error.code, 'E_USAGE');
    const ok = await post({ authorization: 'Bearer sekret' }, page);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().status, 'added');
    assert.ok(ok.json().articles >= 1);
    const again = await post({ authorization: 'Bearer sekret' }, Buffer.from(page), 'a.txt');
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().status, 'unchanged');
    assert.equal((await store.stats()).documents, 1);
    const binary = await post({ authorization: 'Bearer sekret', 'content-type': 'application/octet-stream' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), 'b.png');
    assert.ok(binary.statusCode >= 400 && binary.statusCode < 500);
    assert.match(binary.json().error.code, /^E_/);
    await app.close();
  });
});

describe('web app', () => {
  it('serves web/dist at / with an SPA fallback, but not for /api', async () => {
    const web = join(dir, 'dist');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>ParkLens</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const store = new SqliteStore(':memory:');
    const app = await buildApp({ store, webRoot: web });
    const index = await app.inject({ url: '/' });
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /ParkLens/);
    assert.equal((await app.inject({ url: '/assets/app.js' })).body, 'console.log(1)');
    const deep = await app.inject({ url: '/parks/pk-123' });
    assert.equal(deep.statusCode, 200);
    assert.match(deep.headers['content-type'] as string, /text\/html/);
    const api = await app.inject({ url: '/api/unknown' });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'E_NOT_FOUND');
    await app.close();
  });
});

// Bad input in a run of `parklens extract`: each bad file gets a coded error naming it, the good
// files of the same run are still written, and the exit code is 1.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { command as extract } from '../../src/commands/extract.js';

const goodPage = [
  '某市高新区加快建设智能制造产业园',
  '',
  '本报记者 张三',
  '',
  '近日，某市高新区智能制造产业园一期项目开工建设。该项目总投资12亿元，占地面积300亩，预计2025年建成投产。',
  '',
  '某市高新区管委会主任李四表示，园区将继续完善产业链配套，吸引更多企业落户。',
].join('\n');

async function runExtract(args: string[]): Promise<{ code: number; stderr: string }> {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...parts: unknown[]) => lines.push(parts.join(' '));
  try {
    const code = await extract.run(args);
    return { code, stderr: lines.join('\n') };
  } finally {
    console.error = original;
  }
}

test('bad files get coded errors and the good file in the same run is still written', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parklens-bad-'));
  const out = path.join(dir, 'out');
  try {
    const inputs = path.join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(path.join(inputs, 'good.txt'), goodPage);
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    writeFileSync(path.join(inputs, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(path.join(inputs, 'latin.txt'), Buffer.from('abc \x80\xff\x80\xff xyz \xff\xff\x80 '.repeat(20), 'latin1'));
    writeFileSync(path.join(inputs, 'nav.html'), '<!doctype html><html><head><title>x</title></head><body><nav><a href="/">首页</a></nav><script>var a=1</script></body></html>');
    // 100 MB of text: refused by size before it is read
    const huge = path.join(inputs, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 0x41));
    const emptyDir = path.join(dir, 'nothing-here');
    mkdirSync(emptyDir);
    writeFileSync(path.join(emptyDir, 'photo.png'), 'x');

    const { code, stderr } = await runExtract([inputs, emptyDir, '--out', out]);
    assert.equal(code, 1);
    assert.ok(existsSync(path.join(out, 'good.txt.json')), 'the good file is written');
    const good = JSON.parse(readFileSync(path.join(out, 'good.txt.json'), 'utf8'));
    assert.ok(good.articles.length >= 1);
    const expected: [string, string][] = [
      ['empty.txt', 'E_EMPTY'],
      ['image.txt', 'E_BINARY'],
      ['latin.txt', 'E_UNDECODABLE'],
      ['nav.html', 'E_NO_ARTICLE'],
      ['huge.txt', 'E_TOO_LARGE'],
    ];
    for (const [file, errorCode] of expected) {
      assert.match(stderr, new RegExp(`${file.replace('.', '\\.')}: error ${errorCode}`), `${file} reported with ${errorCode}`);
      const saved = JSON.parse(readFileSync(path.join(out, `${file}.error.json`), 'utf8'));
      assert.equal(saved.error.code, errorCode);
    }
    assert.match(stderr, /nothing-here: error E_NO_INPUT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2', async () => {
  const { main } = await import('../../src/cli.js');
  const original = console.error;
  console.error = () => {};
  try {
    assert.equal(await main(['extract']), 2);
    assert.equal(await main(['extract', 'x.txt', '--format', 'pdf', '--out', 'o']), 2);
    assert.equal(await main(['no-such-command']), 2);
  } finally {
    console.error = original;
  }
});

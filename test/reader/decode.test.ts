// Decoding: encodings are detected, binary/empty/oversized/undecodable input gets a coded error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes, detectFormat } from '../../src/reader/decode.js';
import { ParkLensError } from '../../src/errors.js';

const simplified = '某市高新区生物医药产业营收规模突破60亿元，同比增长15%。';
const traditional = '某市科學園區的高新技術產業開發區發展迅速，進駐企業數量超過一千家。';

const decodes: [string, Buffer, string, string][] = [
  ['UTF-8', Buffer.from(simplified), 'UTF-8', simplified],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]), 'UTF-8 (BOM)', simplified],
  ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(simplified, 'utf-16le')]), 'UTF-16LE', simplified],
  ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(simplified, 'utf-16be')]), 'UTF-16BE', simplified],
  ['UTF-16LE without BOM', iconv.encode(`Report ${simplified}`, 'utf-16le'), 'utf-16le', `Report ${simplified}`],
  ['GBK', iconv.encode(simplified, 'gbk'), 'GB18030', simplified],
  ['GB18030', iconv.encode(simplified, 'gb18030'), 'GB18030', simplified],
  ['Big5', iconv.encode(traditional, 'big5'), 'Big5', traditional],
];

for (const [label, bytes, encoding, text] of decodes) {
  test(`decodes ${label}`, () => {
    const decoded = decodeBytes(bytes, { name: 'page.txt' });
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.text, text);
  });
}

test('decodes UTF-8 exactly as V8 does: ASCII, CJK, full-width marks and characters beyond the BMP, with or without a BOM', () => {
  const text = `ParkLens 2024：${simplified}「園區」𠀀𩸽😀 ok\r\n末行`;
  const bytes = Buffer.from(text);
  assert.equal(decodeBytes(bytes, { name: 'page.txt' }).text, bytes.toString('utf8'));
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), { name: 'page.txt' }).text, text);
  // an invalid sequence after a BOM is read as U+FFFD, one in a hundred characters or fewer passing as text
  const damaged = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified.repeat(10)), Buffer.from([0xc3]), Buffer.from(simplified.repeat(10))]);
  assert.equal(decodeBytes(damaged, { name: 'page.txt' }).text, `${simplified.repeat(10)}\ufffd${simplified.repeat(10)}`);
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ParkLensError);
    return error.code;
  }
  return 'no error';
}

test('refuses empty, whitespace-only, binary, undecodable and oversized input with codes naming the file', () => {
  assert.equal(code(() => decodeBytes(Buffer.alloc(0), { name: 'a.txt' })), 'E_EMPTY');
  assert.equal(code(() => decodeBytes(Buffer.from(' \n\t\n'), { name: 'a.txt' })), 'E_EMPTY');
  assert.equal(code(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), { name: 'a.txt' })), 'E_BINARY');
  assert.equal(code(() => decodeBytes(Buffer.from('%PDF-1.7\n...'), { name: 'a.txt' })), 'E_NO_TEXT_LAYER');
  assert.equal(code(() => decodeBytes(Buffer.from([1, 2, 0, 0, 5, 0, 7, 8, 0, 9]), { name: 'a.txt' })), 'E_BINARY');
  assert.equal(code(() => decodeBytes(Buffer.from('abc \x80\xff\x80\xff xyz \xff\xff\x80', 'latin1'), { name: 'a.txt' })), 'E_UNDECODABLE');
  assert.equal(code(() => decodeBytes(Buffer.from('园区'.repeat(100)), { name: 'a.txt', maxBytes: 100 })), 'E_TOO_LARGE');
  try {
    decodeBytes(Buffer.alloc(0), { name: 'named-file.txt' });
  } catch (error) {
    assert.match((error as Error).message, /named-file\.txt/);
  }
});

test('detects the format from the name or the content', () => {
  assert.equal(detectFormat('anything', 'page.html'), 'html');
  assert.equal(detectFormat('<!DOCTYPE html><html><body><p>园区</p></body></html>', 'page.txt'), 'html');
  assert.equal(detectFormat('# 标题\n\n正文', 'page.txt'), 'markdown');
  assert.equal(detectFormat('正文第一行\n正文第二行', 'page.txt'), 'text');
  assert.equal(detectFormat('正文', 'page.md'), 'markdown');
});

// LiteralMatcher: the longest-first, non-overlapping matches a global alternation of the words would give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiteralMatcher, LiteralScan } from '../../src/extract/entities/literals.js';

test('LiteralMatcher finds the longest word at each position, left to right, without overlaps', () => {
  const m = new LiteralMatcher(['园', '产业园', '产业', '园区', '中心']);
  const hits = m.all('某某产业园区和研发中心园');
  assert.deepEqual(
    hits.map((h) => [h.index, h.word]),
    [
      [2, '产业园'],
      [9, '中心'],
      [11, '园'],
    ],
  );
  assert.equal(m.at('园区', 0), '园区');
  assert.equal(m.at('区', 0), null);
});

test('LiteralMatcher gives what a global alternation of the words gives, first characters sharing a bucket included', () => {
  // Two first characters 4096 code points apart share the index's bucket.
  const a = String.fromCharCode(0x56ed);
  const b = String.fromCharCode(0x46ed);
  const words = [a, a + '区', b + '区', b + '区域', '中心'];
  const m = new LiteralMatcher(words);
  const re = new RegExp([...words].sort((x, y) => y.length - x.length).join('|'), 'g');
  for (const text of [`${a}区${b}区域${b}${a}中心`, `${b}${b}区${a}${a}`, `中${a}心${b}区区`, '']) {
    assert.deepEqual(m.all(text).map((h) => [h.index, h.word]), [...text.matchAll(re)].map((x) => [x.index, x[0]]), text);
  }
});

test('LiteralScan gives each matcher\'s own matches in one pass, overlapping lists and one-character words included', () => {
  const lists = [['园', '产业园', '园区'], ['园区', '区', '中心', '研发中心'], ['产业', '业园'], ['心园', 'x']];
  const scan = new LiteralScan(lists);
  const alphabet = Array.from('产业园区中心研发x某');
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < 300; n++) {
    const text = Array.from({ length: Math.floor(random() * 16) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const found = scan.all(text);
    lists.forEach((words, k) => assert.deepEqual(found[k], new LiteralMatcher(words).all(text), `${k} ${text}`));
  }
});

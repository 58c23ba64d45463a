// Display widths and sentence ends, the measures every layout decision rests on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth, displayWidthUpTo, endsSentence, median, quantile } from '../../../src/reader/layout/measureLine.js';

test('a CJK character is one em, Latin and digits half, squeezed punctuation pairs half', () => {
  assert.equal(displayWidth('新区建设'), 4);
  assert.equal(displayWidth('5G'), 1);
  assert.equal(displayWidth('方案》，以'), 4.5);
});

test('a sentence ends at 。！？… or ；, also inside closing quotes', () => {
  assert.ok(endsSentence('园区发展很快。'));
  assert.ok(endsSentence('“我们很有信心。”'));
  assert.ok(!endsSentence('园区发展很'));
  assert.ok(!endsSentence('新区：'));
});

test('quantile by nearest rank', () => {
  assert.equal(quantile([1, 2, 3, 4, 5], 0.8), 4);
  assert.equal(quantile([], 0.5), 0);
});

test('a width measured up to a limit is exact below it and only "above" past it', () => {
  const line = '园区今年新签约项目十二个，总投资超过八十亿元。';
  assert.equal(displayWidthUpTo(line, 81), displayWidth(line));
  const long = line.repeat(10);
  assert.ok(displayWidthUpTo(long, 81) > 81);
  assert.ok(displayWidthUpTo(long, 81) < displayWidth(long));
});

test('a sentence ends at its mark, inside closing quotes and brackets, with trailing spaces', () => {
  assert.ok(endsSentence('项目已开工。'));
  assert.ok(endsSentence('他说：“项目已开工！” '));
  assert.ok(endsSentence('（完）；'));
  assert.ok(!endsSentence('项目已开工，'));
  assert.ok(!endsSentence('。项目'));
  assert.ok(!endsSentence(''));
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('the median of many values (found by selection) is the median of the sorted values', () => {
  // a fixed-seed generator: widths with many repeats, as a page's line widths have
  let x = 0x2545f491;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 0x100000000);
  for (let n = 0; n < 2000; n++) {
    const length = 9 + Math.floor(next() * 300);
    const values = Array.from({ length }, () => Math.floor(next() * (n % 2 ? 6 : 60)) / 2);
    const sorted = values.slice().sort((a, b) => a - b);
    const mid = length >> 1;
    assert.equal(median(values), length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2, JSON.stringify(values));
  }
  // (a NaN among them: the values are sorted as a typed array sorts them, NaN last)
  assert.equal(median([NaN, ...Array.from({ length: 20 }, (_, i) => 19 - i)]), 10);
});

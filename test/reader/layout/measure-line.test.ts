// Display widths and sentence ends, the measures every layout decision rests on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth, endsSentence, quantile } from '../../../src/reader/layout/measureLine.js';

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

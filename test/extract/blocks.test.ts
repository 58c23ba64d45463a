// blocks.ts: the words of a block, cut clause by clause and found by offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksOf, tokenAt, tokensIn } from '../../src/extract/entities/blocks.js';
import { page } from './entity-fixtures.js';

test('tokenAt gives the token containing each offset, whatever the order of the look-ups', () => {
  const doc = page('江城高新区管委会召开会议', '据悉，江城高新区、云溪科学城和星河生物科技股份有限公司签约。董事长王某某表示，项目将于明年投产。');
  const blocks = blocksOf(doc);
  assert.ok(blocks.length >= 2);
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (const block of blocks) {
    const tokens = tokensIn(block, block.start, block.end);
    const expected = (at: number) => tokens.find((t) => t.start <= at && at < t.end) ?? null;
    // leftwards a token at a time, rightwards, and at random, as the recognisers read
    const order = [
      ...Array.from({ length: block.end - block.start }, (_, i) => block.end - 1 - i),
      ...Array.from({ length: block.end - block.start }, (_, i) => block.start + i),
      ...Array.from({ length: 200 }, () => block.start - 2 + Math.floor(random() * (block.end - block.start + 4))),
    ];
    for (const at of order) assert.equal(tokenAt(block, at), expected(at), `${at}`);
  }
});

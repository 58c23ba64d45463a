// flatSlice: the same characters as String.prototype.slice, at every length around the point where it copies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatSlice } from '../../src/text/flatSlice.js';

test('flatSlice gives the characters slice gives, short or long, at the ends and across astral pairs', () => {
  const text = '某某高新区\u{20000}企业A1，二〇二三年建成投产。'.repeat(4);
  for (let start = 0; start <= text.length; start += 3)
    for (const length of [0, 1, 2, 12, 13, 14, 40, text.length]) {
      const end = Math.min(text.length, start + length);
      assert.equal(flatSlice(text, start, end), text.slice(start, end), `[${start}, ${end})`);
    }
  assert.equal(flatSlice('', 0, 0), '');
});

// Pull quotes: the standalone or cut-off copy of a duplicated passage is the quote.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '../../../src/reader/layout/classifyLines.js';
import { findPullQuotes } from '../../../src/reader/layout/findPullQuotes.js';
import { lineFromRaw } from '../../../src/text/offsets.js';

function unit(text: string, level = 0): Unit {
  return { line: lineFromRaw(text, 0, text.length), kind: level ? 'heading' : 'body', level, hardBreak: false, attribution: [] };
}

test('the copy inside a longer paragraph is the body; the standalone copy is the quote', () => {
  const quote = '到2030年，新区将建成一批高水平研发平台，带动海洋产业规模突破百亿元。';
  const units = [unit('新区今年以来持续优化创新生态。'), unit(quote, 3), unit(`目前，新区已建成创新平台30个。${quote}`)];
  assert.deepEqual(findPullQuotes(units), [{ quote: 1, twin: 2 }]);
});

test('of two equal copies, the one cut off mid-sentence is the quote', () => {
  const units = [
    unit('作为全国最大的化工园区，某能源基地获评化工园区高质量发展综合评价第一名。其中累计投资排名'),
    unit('作为全国最大的化工园区，某能源基地获评化工园区高质量发展综合评价第一名。其中累计投资排名居首。'),
  ];
  assert.deepEqual(findPullQuotes(units), [{ quote: 0, twin: 1 }]);
});

test('no duplicate, no quote', () => {
  assert.deepEqual(findPullQuotes([unit('园区今年新增企业四十家，同比增长明显，发展势头良好。'), unit('新区持续完善孵化服务体系，吸引创业团队入驻发展。')]), []);
});

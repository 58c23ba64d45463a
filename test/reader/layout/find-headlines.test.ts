// Headline runs: column label, kicker, title, subtitle; a headline's printed tail joined back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '../../../src/reader/layout/classifyLines.js';
import { isKicker, joinHeadlineFragments, splitHeadline } from '../../../src/reader/layout/findHeadlines.js';
import { lineFromRaw } from '../../../src/text/offsets.js';

function heading(text: string, level = 0): Unit {
  return { line: lineFromRaw(text, 0, text.length), kind: 'heading', level, hardBreak: false, attribution: [] };
}

test('series labels are kickers', () => {
  assert.ok(isKicker('聚焦科技园区①'));
  assert.ok(isKicker('新城建设新观察③'));
  assert.ok(!isKicker('湖畔新区：'));
});

test('a very short label above a headline is a column label; the kicker is taken out of the title', () => {
  const parts = splitHeadline([heading('园镜头'), heading('南岭产业园'), heading('新增三家专精特新企业')]);
  assert.equal(parts.column?.text, '园镜头');
  assert.equal(parts.title?.text, '南岭产业园');
  assert.equal(parts.subtitle?.text, '新增三家专精特新企业');
  const kicked = splitHeadline([heading('东湖科技园加快布局新兴产业'), heading('打造区域创新高地'), heading('聚焦科技园区①')]);
  assert.equal(kicked.column, null);
  assert.equal(kicked.kicker?.text, '聚焦科技园区①');
  assert.equal(kicked.subtitle?.text, '打造区域创新高地');
});

test('a headline broken across printed lines is joined; two headline lines are not', () => {
  const joined = joinHeadlineFragments([heading('实现千兆网络全'), heading('覆盖')]);
  assert.deepEqual(joined.map((u) => u.line.text), ['实现千兆网络全覆盖']);
  const kept = joinHeadlineFragments([heading('湖畔新区：'), heading('新项目陆续开工建设')]);
  assert.equal(kept.length, 2);
});

test("a part's number opening a headline run's first line makes that line the kicker; alone it stays the title", () => {
  const parts = splitHeadline([heading('（二）某某高新区'), heading('关于加快推进数字经济发展的措施')]);
  assert.equal(parts.kicker?.text, '（二）某某高新区');
  assert.equal(parts.title?.text, '关于加快推进数字经济发展的措施');
  assert.equal(parts.subtitle, null);
  assert.equal(splitHeadline([heading('（二）加强人才引进')]).title?.text, '（二）加强人才引进');
});

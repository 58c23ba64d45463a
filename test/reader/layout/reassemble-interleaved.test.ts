// Reassembly of paragraphs cut off mid-sentence: by a caption (the next fragment continues it) or by
// a wrong column order (the continuation is fetched from another article and matched by topic).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '../../../src/reader/layout/classifyLines.js';
import { reassembleInterleaved } from '../../../src/reader/layout/reassembleInterleaved.js';
import { newStory, type Piece } from '../../../src/reader/layout/stories.js';
import { lineFromRaw } from '../../../src/text/offsets.js';

function piece(text: string, order: number, anchored = false, kind: Piece['kind'] = 'body'): Piece {
  const line = lineFromRaw(text, 0, text.length);
  const unit: Unit = { line, kind: kind === 'body' ? 'body' : 'heading', level: 0, hardBreak: false, attribution: [] };
  return { line, kind, order, units: [unit], anchored };
}

test('a paragraph split by a caption is rejoined with the fragment after it', () => {
  const story = newStory();
  story.pieces = [piece('园区持续完善孵化服务体系，今年发布的《2024年', 1, true), piece('度企业创新报告》显示，园区企业研发投入同比增长18%。', 3)];
  const result = reassembleInterleaved([story], () => true);
  assert.deepEqual(result, { joined: 1, fetched: 0 });
  assert.deepEqual(story.pieces.map((p) => p.line.text), ['园区持续完善孵化服务体系，今年发布的《2024年度企业创新报告》显示，园区企业研发投入同比增长18%。']);
});

test('a fragment printed inside another article is fetched back by topic, and loose paragraphs follow their article', () => {
  const sea = newStory();
  sea.pieces = [
    piece('西港新城今年以来持续优化创新生态，吸引各类研发机构入驻。依托海洋实验室，新城在海洋装备和生物材料', 1, true),
    piece('平台赋能产业升级', 2, false, 'subhead'),
    piece('目前，新城已建成各类创新平台30个，海洋产业规模持续扩大。', 3),
  ];
  const tea = newStory();
  tea.pieces = [
    piece('近年来，茶乡产业园推动茶叶种植、加工和销售一体发展，园区茶企已增至45家。', 5, true),
    piece('领域取得多项突破，海洋实验室研发的深海探测装备已投入应用，生物材料成果也实现转化。', 7),
    piece('为拓宽销路，茶乡产业园建设了电商服务中心，帮助茶企开展直播销售。', 8),
  ];
  const result = reassembleInterleaved([sea, tea], (a, b) => b === a + 1);
  assert.equal(result.fetched, 1);
  assert.match(sea.pieces[0]!.line.text, /生物材料领域取得多项突破/u);
  assert.deepEqual(tea.pieces.map((p) => p.line.text.slice(0, 5)), ['近年来，茶', '为拓宽销路']);
});

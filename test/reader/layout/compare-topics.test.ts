// Topic continuity: fragments about the same thing share rare bigrams.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TopicModel } from '../../../src/reader/layout/compareTopics.js';

const a = '茶乡产业园推动茶叶种植和加工，园区茶企已增至45家。';
const b = '茶乡产业园建设电商中心，帮助茶企直播销售茶叶。';
const c = '西港新城海洋实验室研发的深海探测装备已投入应用。';

test('fragments on one subject are closer than fragments on different subjects', () => {
  const model = TopicModel.of([a, b, c]);
  const [pa, pb, pc] = [a, b, c].map((t) => model.profile(t)) as [Int32Array, Int32Array, Int32Array];
  assert.ok(model.similarity(pa, pb) > model.similarity(pa, pc));
  assert.equal(model.similarity(pa, new Int32Array(0)), 0);
  assert.ok(Math.abs(model.similarity(pa, pa) - 1) < 1e-9);
});

test('containment: how much of a caption an article covers', () => {
  const model = TopicModel.of([a, c]);
  const caption = model.profile('图为茶乡产业园茶企直播间');
  assert.ok(model.containment(caption, model.profile(a + b)) > model.containment(caption, model.profile(c)));
});

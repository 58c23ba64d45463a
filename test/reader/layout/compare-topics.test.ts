// Topic continuity: fragments about the same thing share rare bigrams.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigrams, TopicModel } from '../../../src/reader/layout/compareTopics.js';

test('fragments on one subject are closer than fragments on different subjects', () => {
  const a = '茶乡产业园推动茶叶种植和加工，园区茶企已增至45家。';
  const b = '茶乡产业园建设电商中心，帮助茶企直播销售茶叶。';
  const c = '西港新城海洋实验室研发的深海探测装备已投入应用。';
  const model = new TopicModel([a, b, c]);
  assert.ok(model.similarity(bigrams(a), bigrams(b)) > model.similarity(bigrams(a), bigrams(c)));
  assert.equal(model.similarity(bigrams(a), new Set()), 0);
});

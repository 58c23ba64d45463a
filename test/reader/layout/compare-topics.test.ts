// Topic continuity: fragments about the same thing share rare bigrams.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageTopics, profile, profilesAmong, TopicAccumulator, TopicModel, union } from '../../../src/reader/layout/compareTopics.js';

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

test('profiles computed once per page combine exactly as one profile of the texts together', () => {
  const topics = new PageTopics();
  assert.deepEqual(topics.ofAll([a, b, c]), profile(a, b, c));
  assert.deepEqual(union([profile(a), profile(a, b)]), profile(a, b));
  assert.equal(topics.of(a), topics.of(a)); // the same profile object: computed once
});

test('profiles among a caption\'s bigrams keep just those, and score the caption as whole profiles do', () => {
  const caption = profile('图为茶乡产业园茶企直播间');
  const [inA, inC] = profilesAmong([[a, b], [c]], caption);
  const wanted = new Set(caption);
  assert.deepEqual([...inA!].sort(), [...profile(a, b)].filter((s) => wanted.has(s)).sort());
  assert.equal(inC!.length, [...profile(c)].filter((s) => wanted.has(s)).length);
  const whole = new TopicModel([profile(a, b), profile(c)]);
  const restricted = new TopicModel([inA!, inC!]);
  assert.equal(restricted.containment(caption, inA!), whole.containment(caption, profile(a, b)));
  assert.ok(restricted.containment(caption, inA!) > 0);
});

test('an emptied accumulator reads the next fragment as a new one does', () => {
  const model = TopicModel.of([a, b, c]);
  const reused = new TopicAccumulator(model);
  reused.add(profile(c));
  reused.clear();
  reused.add(profile(a));
  const fresh = new TopicAccumulator(model);
  fresh.add(profile(a));
  assert.equal(reused.similarity(profile(b)), fresh.similarity(profile(b)));
  assert.ok(fresh.similarity(profile(b)) > 0);
});

// undoubleBoldRuns: runs that PDF extraction emitted twice, and reduplication that must stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseSpacedCharacters } from '../../src/reader/collapseSpacedCharacters.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { DOUBLED_BOLD_RUN, undoubleBoldRuns, undoubleLine } from '../../src/reader/undoubleBoldRuns.js';
import { lineFromRaw } from '../../src/text/offsets.js';
import { checkFixture, describe, docOf, fixtureNames, runStages } from './reader-fixtures.js';

const undouble = (text: string) => undoubleLine(lineFromRaw(text, 0, text.length)).line.text;

for (const name of fixtureNames('doubled')) {
  test(`fixture ${name}`, () =>
    checkFixture(name, (raw, file) => {
      const doc = runStages(docOf(raw, file), [splitLines, collapseSpacedCharacters, undoubleBoldRuns]);
      return { lines: doc.lines.map((l) => l.text).filter(Boolean), messages: describe(raw, doc.messages, [DOUBLED_BOLD_RUN]) };
    }));
}

test('a doubled headline keeps one copy of each run, punctuation included', () => {
  assert.equal(undouble('滨江数字港滨江数字港：：'), '滨江数字港：');
  assert.equal(undouble('打造打造““算力高地算力高地”，”，服务千企服务千企'), '打造“算力高地”，服务千企');
});

test('a doubled photo credit (name doubled, then each character) is undone', () => {
  assert.equal(undouble('图为产线图为产线。。 陈立陈立摄摄'), '图为产线。 陈立摄');
});

test('characters doubled one by one are undone when five or more are doubled', () => {
  assert.equal(undouble('滨滨江江数数字字港港'), '滨江数字港');
  assert.equal(undouble('园园区区动动态态：：今年新增企业'), '园区动态：今年新增企业');
});

test('reduplicated words and doubled dashes stay', () => {
  for (const text of ['大家高高兴兴地来了', '研究研究这个问题', '一一对应', '谢谢', '常常', '加油——再加油……', '清清楚楚明明白白', '2020年至2020年']) assert.equal(undouble(text), text);
});

test('the diagnostic carries the dropped copy and a place covering both copies', () => {
  const raw = '前言\n园区速递园区速递：：今年新增企业多家。';
  const doc = runStages(docOf(raw), [splitLines, undoubleBoldRuns]);
  const [message] = doc.messages.filter((m) => m.ruleId === DOUBLED_BOLD_RUN);
  assert.ok(message);
  assert.equal(message.dropped, '园区速递：');
  assert.equal(raw.slice(message.place!.start, message.place!.end), '园区速递园区速递：：');
  assert.equal(doc.lines[1]!.text, '园区速递：今年新增企业多家。');
  for (const line of doc.lines) for (let i = 0; i < line.text.length; i++) assert.equal(raw[line.map[i]!], line.text[i]);
});

test('a 10,000-character line without doubling is fast', () => {
  const long = '园区企业创新发展的新路径与产业集群建设'.repeat(530);
  const started = performance.now();
  assert.equal(undouble(long).length, long.length > 0 ? undouble(long).length : 0);
  assert.ok(performance.now() - started < 500);
});

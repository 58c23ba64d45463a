// collapseSpacedCharacters: spaced-out justified lines and stray spaces, against fixtures and by rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseLine, collapseSpacedCharacters, SPACED_CHARACTERS } from '../../src/reader/collapseSpacedCharacters.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { lineFromRaw } from '../../src/text/offsets.js';
import { checkFixture, describe, docOf, fixtureNames, runStages } from './reader-fixtures.js';

const collapse = (text: string) => collapseLine(lineFromRaw(text, 0, text.length)).line.text;

for (const name of fixtureNames('spaced')) {
  test(`fixture ${name}`, () =>
    checkFixture(name, (raw, file) => {
      const doc = runStages(docOf(raw, file), [splitLines, collapseSpacedCharacters]);
      return { lines: doc.lines.map((l) => l.text).filter(Boolean), messages: describe(raw, doc.messages, [SPACED_CHARACTERS]) };
    }));
}

test('a spaced-out line loses every inserted space but those between Latin words and numbers', () => {
  assert.equal(collapse('推 动 16 万 平 方 米 厂 房 改 造'), '推动16万平方米厂房改造');
  assert.equal(collapse('月 ，全 国 已 获 批 的 项 目'), '月，全国已获批的项目');
  assert.equal(collapse('部 署 5G SA 网 络 和 KX 6000 芯 片'), '部署5G SA网络和KX 6000芯片');
  // digits spaced out one by one, like every other character of the line, are one number
  assert.equal(collapse('新 引 进 项 目 5 0 个 , 税 收 2 4 . 8 亿 元'), '新引进项目50个,税收24.8亿元');
});

test('an ordinary line keeps its Latin and phrase spaces and loses those beside numbers and punctuation', () => {
  assert.equal(collapse('记者 4 月 16 日获悉，营收突破 80亿元'), '记者4月16日获悉，营收突破80亿元');
  assert.equal(collapse('会议举行， 园区负责人出席'), '会议举行，园区负责人出席');
  assert.equal(collapse('注射 PD-L1 抗体药物'), '注射 PD-L1 抗体药物');
  assert.equal(collapse('引入 5G 专网'), '引入 5G 专网');
  assert.equal(collapse('系统谋划 引育项目'), '系统谋划 引育项目');
  assert.equal(collapse('图为车间。 张三摄'), '图为车间。 张三摄');
});

test('padded two-character names are joined, several names in a byline pairwise', () => {
  assert.equal(collapse('◎陈 平'), '◎陈平');
  assert.equal(collapse('◎本报记者 王 春 李 明'), '◎本报记者 王春 李明');
  assert.equal(collapse('◎本报记者 王 春 李 明 张 华'), '◎本报记者 王春 李明 张华');
  assert.equal(collapse('通讯员 钱小红 孙丽'), '通讯员 钱小红 孙丽');
});

test('wide gaps (column gutters) are kept', () => {
  assert.equal(collapse('园区简介      企业名录'), '园区简介      企业名录');
});

test('one diagnostic per changed line, with the removed whitespace and an exact map', () => {
  const raw = '标 题 在 这 里\n正文 3 项';
  const doc = runStages(docOf(raw), [splitLines, collapseSpacedCharacters]);
  const messages = doc.messages.filter((m) => m.ruleId === SPACED_CHARACTERS);
  assert.equal(messages.length, 2);
  assert.equal(messages[0]!.dropped, '    ');
  assert.deepEqual(messages[0]!.place, { start: 1, end: 8 });
  for (const line of doc.lines) for (let i = 0; i < line.text.length; i++) assert.equal(raw[line.map[i]!], line.text[i]);
});

test('a 10,000-character line is handled in linear time', () => {
  const long = '园 区 '.repeat(2500) + '2024 年';
  const started = performance.now();
  const out = collapse(long);
  assert.equal(out.length, 5000 + 5);
  assert.ok(performance.now() - started < 500);
});

// Splitting the decoded text into mapped lines: every line end form, and offsets into the raw text.
import assert from 'node:assert/strict';
import { extractBytes } from '../../src/extract.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { splitRawLines } from '../../src/reader/splitLines.js';
import { FIXTURES } from './reader-fixtures.js';

test('lines end at \\r\\n, \\n, \\r, U+2028 and U+2029, and each character keeps its raw offset', () => {
  const raw = '园区\r\n签约\r项目\n\n投产\u2028开工\u2029完工';
  const lines = splitRawLines(raw, false);
  assert.deepEqual(
    lines.map((l) => l.text),
    ['园区', '签约', '项目', '', '投产', '开工', '完工'],
  );
  for (const line of lines) for (let i = 0; i < line.text.length; i++) assert.equal(raw[line.map[i]!], line.text[i]);
  assert.equal(lines[1]!.map[0], 4);
});

test('a text ending in a line end has a last, empty line; Markdown heading marks leave the text', () => {
  assert.deepEqual(splitRawLines('甲\n', false).map((l) => l.text), ['甲', '']);
  const messages: Parameters<typeof splitRawLines>[2] = [];
  const [heading, body] = splitRawLines('## 园区动态 ##\n正文', true, messages);
  assert.equal(heading!.text, '园区动态');
  assert.equal(heading!.headingLevel, 2);
  assert.equal(heading!.map[0], 3);
  assert.equal(body!.map[0], 11);
  assert.equal(messages!.length, 2);
});

test('Markdown: links keep their text, images, emphasis, list and quote markers, table pipes, fences and HTML leave it, each reported', () => {
  const raw = readFileSync(path.join(FIXTURES, 'web-export.md'), 'utf8');
  const messages: Parameters<typeof splitRawLines>[2] = [];
  const lines = splitRawLines(raw, true, messages);
  const texts = lines.map((l) => l.text).filter(Boolean);
  assert.deepEqual(texts, [
    '首页 > 园区资讯',
    '星湾科技园二期·云溪园开园仪式成功举行',
    '时间：2023-12-12 12:37 | 点击次数：124',
    '5月24日上午，星湾科技园二期·云溪园成功举行开园仪式。星湾区委书记程某某，云溪控股党委书记李某某出席了开园仪式。',
    '园区已入驻企业120家；',
    '总投资超过15亿元，其中研发投入占*三成*。',
    '三年来，依托科创走廊，园区形成了具有一定规模的科创产业集群。',
    '指标  数值',
    '入驻企业  120家',
    '园区服务热线 0000-0000',
    '代码示例：内嵌标签文字。',
    '相关阅读',
  ]);
  assert.equal(lines.find((l) => l.text === '相关阅读')?.headingLevel, 2);
  for (const line of lines) for (let i = 0; i < line.text.length; i++) assert.equal(raw[line.map[i]!], line.text[i]);
  const reasons = new Set(messages.map((m) => m.reason));
  for (const r of ['Markdown link', 'Markdown image', 'Markdown emphasis mark', 'Markdown list or quote marker', 'Markdown escape', 'Markdown code mark', 'HTML markup', 'Markdown list item of one link (navigation)'])
    assert.ok(reasons.has(r), `${r} in ${[...reasons].join(', ')}`);
});

test('a Markdown page too long to parse keeps its inline markup as text, reads its headings, and says so', () => {
  const raw = '# 标题\n' + '- 园区企业[星湾科技](https://example.com/a)投资**5亿元**。\n'.repeat(25_000);
  const messages: Parameters<typeof splitRawLines>[2] = [];
  const lines = splitRawLines(raw, true, messages);
  assert.equal(lines[0]!.headingLevel, 1);
  assert.ok(lines[1]!.text.includes('[星湾科技]'));
  assert.ok(messages.some((m) => m.ruleId === 'markdown-unparsed' && m.severity === 'warning'));
});

test('a ranking printed without gaps (rows opening with ranks 1, 2, 3 …) is a table: its rows stay apart', () => {
  const lines = splitRawLines('名单\n\n附：前30强名单\n排名园区省份\n1星湾工业园区江苏\n2云溪经济技术开发区广东\n3江城经济技术开发区天津\n', false, []);
  const rows = lines.filter((l) => l.role === 'table-row').map((l) => l.text);
  assert.deepEqual(rows, ['1星湾工业园区江苏', '2云溪经济技术开发区广东', '3江城经济技术开发区天津']);
});

test('a ranking whose ranks carry a list mark (1、星湾工业园区) is a table too; list numbers of amounts (3、4月份) are not ranks', () => {
  const lines = splitRawLines('附：前30强名单\n1、星湾工业园区\n2、云溪经济技术开发区\n3. 江城经济技术开发区\n', false, []);
  assert.deepEqual(lines.filter((l) => l.role === 'table-row').map((l) => l.text), ['1、星湾工业园区', '2、云溪经济技术开发区', '3. 江城经济技术开发区']);
  const months = splitRawLines('1、2月份营收增长\n2、3月份产值增长\n3、4月份出口增长\n', false, []);
  assert.deepEqual(months.filter((l) => l.role === 'table-row'), []);
  // read as an article, each row stays a paragraph of its own, not one headline
  const doc = extractBytes(Buffer.from('星湾工业园区位列第一。云溪经济技术开发区位列第二，江城经济技术开发区位列第三。\n附：前3强名单\n1、星湾工业园区\n2、云溪经济技术开发区\n3、江城经济技术开发区\n'), { name: 'rank.txt', readerOnly: true });
  assert.ok(doc.articles.every((a) => !(a.subtitle ?? '').includes('2、')), JSON.stringify(doc.articles.map((a) => [a.title, a.subtitle])));
});

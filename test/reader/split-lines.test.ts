// Splitting the decoded text into mapped lines: every line end form, and offsets into the raw text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitRawLines } from '../../src/reader/splitLines.js';

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

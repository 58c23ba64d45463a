// Reflow of printed-column text: lines joined into paragraphs by the local column width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isColumnWrapped, reflowWrapped } from '../../../src/reader/reflowLines.js';
import { splitRawLines } from '../../../src/reader/splitLines.js';

const page = [
  '园区今年以来持续优化营商环境，一批新项',
  '目陆续落地。5月8日，记者从园区管委会',
  '获悉，今年已签约项目12个，总投资约50',
  '亿元，其中采用 5G 专网的项目有 3 个。',
  '打造服务品牌',
  '园区还为初创团队提供免费工位和创业辅',
  '导服务，并设立专项资金支持企业研发投',
  '入。',
].join('\n\n');

test('column-wrapped text is told from one-paragraph-a-line text', () => {
  assert.ok(isColumnWrapped(splitRawLines(page, false)));
  const clean = '园区今年以来持续优化营商环境，一批新项目陆续落地，记者从园区管委会获悉，今年已签约项目12个，总投资约50亿元。\n打造服务品牌\n园区还为初创团队提供免费工位和创业辅导服务，并设立专项资金支持企业研发投入，助力企业成长。';
  assert.ok(!isColumnWrapped(splitRawLines(clean, false)));
});

test('lines join without spaces between CJK characters; a short unpunctuated line between paragraphs is a headline', () => {
  const out = reflowWrapped(splitRawLines(page, false), page);
  assert.deepEqual(
    out.map((l) => [l.role, l.text]),
    [
      ['paragraph', '园区今年以来持续优化营商环境，一批新项目陆续落地。5月8日，记者从园区管委会获悉，今年已签约项目12个，总投资约50亿元，其中采用 5G 专网的项目有 3 个。'],
      ['heading', '打造服务品牌'],
      ['paragraph', '园区还为初创团队提供免费工位和创业辅导服务，并设立专项资金支持企业研发投入。'],
    ],
  );
  for (const line of out) for (let i = 0; i < line.text.length; i++) if (line.text[i] !== ' ') assert.equal(page[line.map[i]!], line.text[i]);
});

test('a number broken by the wrap joins without a space; Latin words still get one', () => {
  const wrapped = [
    '据介绍，今年前五个月园区共引进产业项目3',
    '6个，总投资约80亿元，其中 smart',
    'factory 类项目占比超过一半，企业反响良',
    '好，园区服务效率明显提升，得到好评。',
    '园区还为初创团队提供免费工位和创业辅',
    '导服务，并设立专项资金支持企业研发投',
    '入。',
  ].join('\n\n');
  const out = reflowWrapped(splitRawLines(wrapped, false), wrapped);
  assert.ok(out[0]!.text.includes('产业项目36个'), out[0]!.text);
  assert.ok(out[0]!.text.includes('smart factory'), out[0]!.text);
});

test('a full-width first line without punctuation above a dated opening is the headline', () => {
  const wrapped = [
    '园区招商再提速一季度十八个产业项目签约',
    '5月8日，记者从园区管委会获悉，一季度',
    '园区共签约产业项目18个，总投资约90亿',
    '元，其中先进制造业项目占比超过六成，',
    '园区服务效率明显提升，企业反响良好。',
    '园区还为初创团队提供免费工位和创业辅',
    '导服务，并设立专项资金支持企业研发投',
    '入。',
  ].join('\n\n');
  const out = reflowWrapped(splitRawLines(wrapped, false), wrapped);
  assert.deepEqual(out[0]!.role, 'heading');
  assert.equal(out[0]!.text, '园区招商再提速一季度十八个产业项目签约');
  assert.ok(out[1]!.text.startsWith('5月8日'), out[1]!.text);
});

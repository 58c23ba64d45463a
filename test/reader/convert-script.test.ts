// Traditional-script pages: detected, converted to simplified for analysis with offsets unchanged,
// and kept as printed in doc.text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { fullWidthPunctuation, simplifiedSameLength } from '../../src/reader/convertScript.js';

test('a traditional page is analysed in simplified script with the same offsets', () => {
  const page = '某市科學園區的積體電路產業發展迅速，進駐企業數量超過一千家。\n\n園區管理局表示，將繼續優化營商環境。';
  const doc = extractBytes(Buffer.from(page), { name: 'trad.txt', readerOnly: true });
  assert.equal(doc.source.traditional, true);
  assert.equal(doc.analysisText.length, doc.text.length);
  assert.match(doc.analysisText, /科学园区/);
  assert.match(doc.text, /科學園區/, 'the original script is kept for display');
  assert.ok(doc.messages.some((m) => m.ruleId === 'traditional-script'));
});

test('a simplified page is left alone', () => {
  const doc = extractBytes(Buffer.from('某市高新区集成电路产业发展迅速，入驻企业超过一千家。'), { name: 's.txt', readerOnly: true });
  assert.equal(doc.source.traditional, false);
  assert.equal(doc.analysisText, doc.text);
});

test('simplifiedSameLength never changes the length', () => {
  for (const s of ['滑鼠與軟體', '臺灣', '乾燥的麵包', 'ABC 123 園區']) assert.equal(simplifiedSameLength(s).length, s.length);
});

test('half-width punctuation next to Chinese reads as full-width in the analysis text, same length', () => {
  const text = '项目建成后可形成年产5亿片的产能,新增年销售约20亿元;总投资1,500万元(一期)。Hello, world.';
  const analysis = fullWidthPunctuation(text);
  assert.equal(analysis.length, text.length);
  assert.equal(analysis, '项目建成后可形成年产5亿片的产能，新增年销售约20亿元；总投资1,500万元（一期）。Hello, world.');
});

test('a clause break printed half-width ends the clause a quantity is linked in', () => {
  const doc = extractBytes(Buffer.from('园区动态\n绿色高效超薄硅片项目总投资10.1亿元,项目建成投产后可形成年产硅片5亿片的产能,新增年销售约20亿元,该项目将推动产业升级。\n'), { name: 'x.txt' });
  const pieces = doc.quantities.find((q) => q.surface === '5亿片');
  assert.ok(pieces);
  assert.ok(!/[,，]/.test(pieces.subject ?? ''), `subject ${pieces.subject}`);
  // spans still point at the printed half-width text
  assert.equal(doc.text.slice(pieces.textSpan.start, pieces.textSpan.end), '5亿片');
});

// dropPinyinAnnotations: pinyin a mirror site's script conversion printed after characters is removed when a
// page has many; a writer's own reading aid stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { PINYIN_ANNOTATION } from '../../src/reader/dropPinyinAnnotations.js';
import { unaccountedCharacters } from '../../src/reader/accounting.js';

test('a page with many annotations reads without them, and every span still points at the original', () => {
  const raw = '園區動態\n\n南灣經(jīng)開(kāi)區產(chǎn)業(yè)園重大項目集中開(kāi)工，總投資40.6億元。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'pinyin.txt' });
  assert.ok(doc.text.includes('南灣經開區產業園重大項目集中開工'), doc.text);
  assert.ok(!/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(doc.text));
  const notes = doc.messages.filter((m) => m.ruleId === PINYIN_ANNOTATION);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!.reason, /removed 5 pinyin annotations/);
  // The park and the amount are found, their spans in the original file.
  const park = doc.parks.find((p) => p.name === '南灣經開區');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  const amount = doc.quantities.find((q) => q.value === 4.06e9);
  assert.ok(amount);
  assert.equal(raw.slice(amount.span.start, amount.span.end), '40.6億元');
  // Every dropped character is accounted for by the diagnostic's place.
  assert.deepEqual(unaccountedCharacters(raw, [{ text: doc.text, map: doc.textMap }], doc.messages), []);
});

test('one or two reading aids a writer printed stay', () => {
  const doc = extractBytes(Buffer.from('園區動態\n\n泺(luò)口片區新建廠房，鄱(pó)陽湖畔的園區擴建。\n'), { name: 'gloss.txt' });
  assert.ok(doc.text.includes('泺(luò)口'));
  assert.equal(doc.messages.filter((m) => m.ruleId === PINYIN_ANNOTATION).length, 0);
});

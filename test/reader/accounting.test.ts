// Repair accounting over the bundled pages and the fixtures: every raw character reaches the repaired
// text through an exact map, or is whitespace, or lies in the place of a diagnostic of a rule listed
// in DROPPING_RULES. Also: line maps and article spans point at exactly the text they claim.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractBytes, newSourceDoc } from '../../src/extract.js';
import { readerStages } from '../../src/pipeline.js';
import { DROPPING_RULES, mapMismatches, unaccountedCharacters } from '../../src/reader/accounting.js';
import { toRawSpan } from '../../src/text/offsets.js';
import type { SourceDoc } from '../../src/types.js';
import { FIXTURES } from './reader-fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(root, 'corpus/kejiribao');

const inputs = [
  ...readdirSync(corpus).map((f) => ({ name: f, file: path.join(corpus, f) })),
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .map((f) => ({ name: f, file: path.join(FIXTURES, f) })),
];

function show(raw: string, missing: { offset: number; char: string }[]): string {
  return missing
    .slice(0, 5)
    .map((m) => `${m.offset} ${JSON.stringify(m.char)} in …${raw.slice(Math.max(0, m.offset - 8), m.offset + 8)}…`)
    .join('; ');
}

/** The document after each reader stage, lines included (extractBytes clears them). */
function readStageByStage(bytes: Uint8Array, name: string): { stage: string; doc: SourceDoc }[] {
  let doc = newSourceDoc(bytes, { name });
  const out: { stage: string; doc: SourceDoc }[] = [];
  for (const stage of readerStages) {
    doc = stage.run(doc, {});
    out.push({ stage: stage.name, doc });
  }
  return out;
}

test('DROPPING_RULES names the rules that may drop text, and nothing else', () => {
  assert.ok(DROPPING_RULES.includes('doubled-bold-run'));
  assert.ok(DROPPING_RULES.includes('page-furniture'));
  assert.ok(!DROPPING_RULES.includes('spaced-characters'), 'spaced-characters drops whitespace only');
});

for (const input of inputs) {
  test(`every character of ${input.name} is kept, whitespace, or dropped by a reported rule`, () => {
    const bytes = readFileSync(input.file);
    const steps = readStageByStage(bytes, input.name);
    const { raw } = steps[0]!.doc;
    for (const { stage, doc } of steps) {
      if (doc.source.format === 'html') break; // HTML markup is not in any map by design
      for (const [k, line] of doc.lines.entries()) {
        const bad = mapMismatches(raw, line);
        assert.deepEqual(bad, [], `${stage}: line ${k} "${line.text.slice(0, 20)}" has characters not at their raw offsets`);
      }
      if (stage === 'segmentArticles' || stage === 'inferPublicationDate' || stage === 'convertScript') continue;
      const missing = unaccountedCharacters(raw, doc.lines, doc.messages);
      assert.equal(missing.length, 0, `after ${stage}: ${missing.length} raw characters unaccounted: ${show(raw, missing)}`);
    }
    const doc = extractBytes(bytes, { name: input.name, readerOnly: true });
    assert.deepEqual(mapMismatches(raw, { text: doc.text, map: doc.textMap }, true), [], 'doc.text characters not at their textMap offsets');
    const missing = unaccountedCharacters(raw, [{ text: doc.text, map: doc.textMap }], doc.messages);
    assert.equal(missing.length, 0, `repaired text: ${missing.length} raw characters unaccounted: ${show(raw, missing)}`);
    for (const m of doc.messages) {
      if (!m.place) continue;
      assert.ok(m.place.start >= 0 && m.place.start <= m.place.end && m.place.end <= raw.length, `${m.ruleId} place out of range`);
    }
  });

  test(`spans of ${input.name} slice to the text they claim`, () => {
    const doc = extractBytes(readFileSync(input.file), { name: input.name, readerOnly: true });
    for (const article of doc.articles) {
      const items = [...article.headlines, ...article.captions, ...article.pullQuotes, ...(article.bylineItem ? [article.bylineItem] : []), ...article.paragraphs];
      for (const item of items) {
        assert.equal(doc.text.slice(item.textSpan.start, item.textSpan.end), item.text);
        const raw = toRawSpan(doc.textMap, item.textSpan);
        assert.ok(raw.start >= item.span.start && raw.end <= item.span.end, 'raw span of a text item lies within its span');
      }
      assert.ok(article.textSpan.start >= 0 && article.textSpan.end <= doc.text.length);
    }
  });
}

test('a dropped character outside any reported place is caught', () => {
  const raw = '园区新增企业';
  const kept = { text: '园区企业', map: Int32Array.from([0, 1, 4, 5]) };
  assert.deepEqual(unaccountedCharacters(raw, [kept], []).map((m) => m.char), ['新', '增']);
  const reported = [{ severity: 'info' as const, ruleId: 'page-furniture', source: 't', reason: 'r', place: { start: 2, end: 4 }, dropped: '新增' }];
  assert.deepEqual(unaccountedCharacters(raw, [kept], reported), []);
  const notDropping = [{ ...reported[0]!, ruleId: 'spaced-characters' }];
  assert.equal(unaccountedCharacters(raw, [kept], notDropping).length, 2);
});

// Fixture tests for reflowLines + segmentArticles: each test/fixtures/reader/segment-*.txt (invented
// pages in the style of the real ones) is read by the reader stages up to segmentArticles and its
// articles are compared with segment-*.expected.json; UPDATE=1 rewrites the expected files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { collapseSpacedCharacters } from '../../src/reader/collapseSpacedCharacters.js';
import { dropPageFurniture } from '../../src/reader/dropPageFurniture.js';
import { reflowLines } from '../../src/reader/reflowLines.js';
import { segmentArticles } from '../../src/reader/segmentArticles.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { undoubleBoldRuns } from '../../src/reader/undoubleBoldRuns.js';
import { checkFixture, docOf, FIXTURES, fixtureNames, runStages } from './reader-fixtures.js';

const stages = [splitLines, collapseSpacedCharacters, undoubleBoldRuns, dropPageFurniture, reflowLines, segmentArticles];

function read(raw: string, name: string) {
  const doc = runStages(docOf(raw, name), stages);
  return doc.articles.map((a) => ({
    column: a.column,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    dateline: a.dateline,
    paragraphs: a.paragraphs.map((p) => (p.kind === 'subhead' ? `## ${p.text}` : p.text)),
    captions: a.captions.map((c) => c.text),
    pullQuotes: a.pullQuotes.map((q) => q.text),
  }));
}

const names = fixtureNames('segment');
test('there are segmentation fixtures', () => assert.ok(names.length >= 4));
for (const name of names) test(`segments ${name} as expected`, () => checkFixture(name, read));

test('every paragraph, headline, caption and quote slices out of doc.text at its textSpan', () => {
  for (const name of names) {
    const doc = runStages(docOf(checkRaw(name), `${name}.txt`), stages);
    for (const article of doc.articles)
      for (const item of [...article.headlines, ...article.paragraphs, ...article.captions, ...article.pullQuotes])
        assert.equal(doc.text.slice(item.textSpan.start, item.textSpan.end), item.text, `${name}: ${item.text.slice(0, 12)}`);
  }
});

function checkRaw(name: string): string {
  return readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
}

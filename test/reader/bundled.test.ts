// Regression over the bundled seed pages (no gold needed, so it runs without ../shared): how many
// articles each page has, that every article has a title and a body, and that every paragraph's
// text is exactly doc.text at its textSpan.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../src/reader/decode.js';
import { collapseSpacedCharacters } from '../../src/reader/collapseSpacedCharacters.js';
import { dropPageFurniture } from '../../src/reader/dropPageFurniture.js';
import { reflowLines } from '../../src/reader/reflowLines.js';
import { segmentArticles } from '../../src/reader/segmentArticles.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { undoubleBoldRuns } from '../../src/reader/undoubleBoldRuns.js';
import { docOf, runStages } from './reader-fixtures.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus/kejiribao');
const stages = [splitLines, collapseSpacedCharacters, undoubleBoldRuns, dropPageFurniture, reflowLines, segmentArticles];

// Articles per page as a reader counts them (column items are articles of their own).
const EXPECTED_ARTICLES: Record<string, number> = {
  '000_850b5fb04a126bb6.txt': 4,
  '001_7c0e3b62e9f8622c.txt': 5,
  '002_edf5affd2abe794d.txt': 5,
  '003_0f48f5688114090f.txt': 5,
  '004_d58ff43d179b9ab9.txt': 5,
};

for (const name of readdirSync(corpus).sort()) {
  test(`bundled page ${name}`, () => {
    const bytes = readFileSync(path.join(corpus, name));
    const doc = runStages(docOf(decodeBytes(bytes, { name }).text, name), stages);
    if (name in EXPECTED_ARTICLES) assert.equal(doc.articles.length, EXPECTED_ARTICLES[name], 'article count');
    for (const article of doc.articles) {
      assert.ok(article.title && article.title.trim(), `${name}: an article without a title`);
      assert.ok(article.paragraphs.some((p) => p.kind === 'body' && p.text.trim()), `${name}: "${article.title}" has no body`);
      for (const p of article.paragraphs) assert.equal(p.text, doc.text.slice(p.textSpan.start, p.textSpan.end));
      assert.equal(doc.text.slice(article.textSpan.start, article.textSpan.end).includes(article.paragraphs[0]!.text), true);
    }
  });
}

// Regression over the bundled pages (corpus/kejiribao): every quantity, project, policy and incentive is
// grounded — its textSpan slices to what it reports, and its raw span holds the same digits.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractFile } from '../../src/extract.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus/kejiribao');
const pages = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿半]/g;
const digitsOf = (s: string) => (s.match(NUMERAL) ?? []).join('');
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** True when the characters of `needle` occur in `hay` in order. */
function inOrder(needle: string, hay: string): boolean {
  let k = 0;
  for (const c of hay) if (c === needle[k]) k++;
  return k === needle.length;
}

describe('quantities are grounded on every bundled page', () => {
  it('has pages to check', () => assert.ok(pages.length >= 5));
  for (const page of pages) {
    it(page, async () => {
      const doc = await extractFile(path.join(corpus, page));
      assert.ok(doc.quantities.length > 0, 'finds quantities');
      for (const q of doc.quantities) {
        assert.equal(doc.text.slice(q.textSpan.start, q.textSpan.end), q.surface, `textSpan of ${q.id}`);
        const raw = squeeze(doc.raw.slice(q.span.start, q.span.end));
        assert.ok(digitsOf(q.surface).length > 0, `surface ${q.surface} has digits`);
        assert.ok(inOrder(digitsOf(q.surface), raw), `raw span of ${q.id} (${q.surface}) holds its digits: ${raw}`);
        assert.ok(Number.isFinite(q.value) && q.unit.length > 0);
      }
      // No quantity is reported twice at the same place.
      const places = new Set(doc.quantities.map((q) => `${q.textSpan.start}:${q.value}`));
      assert.equal(places.size, doc.quantities.length);
      for (const fact of [...doc.projects, ...doc.policies]) {
        assert.equal(squeeze(doc.text.slice(fact.textSpan.start, fact.textSpan.end)), fact.name, `textSpan of ${fact.id}`);
        assert.ok(fact.span.end > fact.span.start);
      }
      for (const inc of doc.incentives) {
        assert.equal(doc.text.slice(inc.textSpan.start, inc.textSpan.end).trim(), inc.text, `textSpan of ${inc.id}`);
        assert.ok(inc.span.end > inc.span.start);
      }
    });
  }
});

// Every park, organisation and person mention on the bundled pages is grounded: its raw span shows the
// mention (whitespace aside; a doubled-bold repair may leave the raw span holding the text twice) and its
// textSpan is exactly the mention's text in the repaired text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractBytes } from '../../src/extract.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus/kejiribao');
const squash = (s: string) => s.replace(/\s+/gu, '');

for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
  test(`entity mentions are grounded in ${file}`, () => {
    const doc = extractBytes(readFileSync(path.join(corpus, file)), { name: file });
    const entities = [...doc.parks, ...doc.organizations, ...doc.people];
    assert.ok(doc.parks.length > 0 && doc.organizations.length > 0, 'the page names parks and organisations');
    for (const entity of entities) {
      assert.ok(entity.mentions.length > 0, `${entity.name} has a mention`);
      for (const m of entity.mentions) {
        assert.equal(doc.text.slice(m.textSpan.start, m.textSpan.end), m.text, `textSpan of ${m.text}`);
        const raw = squash(doc.raw.slice(m.span.start, m.span.end));
        const text = squash(m.text);
        assert.ok(raw === text || raw.includes(text), `raw span of ${m.text} shows ${raw}`);
        assert.ok(m.article >= 0 && m.article < doc.articles.length, `article index of ${m.text}`);
      }
    }
  });
}

// someDictWordAt: the dictionary words starting at a position, read off the trie, agree with what the cut can give there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { someDictWordAt, tagOf, tokenize } from '../../src/extract/entities/tokens.js';

test('someDictWordAt sees every dictionary word starting at the position, with its tag', () => {
  const text = '据国务院办公厅通知';
  const seen: string[] = [];
  someDictWordAt(text, 1, (word, tag) => (seen.push(`${word}/${tag}`), false));
  assert.ok(seen.includes('国务院/nt'), seen.join(' '));
  assert.ok(seen.includes('国务院办公厅/nt'), seen.join(' '));
  assert.ok(seen.every((s) => text.startsWith(s.slice(0, s.indexOf('/')), 1)));
  assert.equal(someDictWordAt(text, 1, (word) => word === '国务院办公厅'), true);
  assert.equal(someDictWordAt(text, 2, (word) => word.startsWith('国务院')), false);
});

test('a word the cut gives at a position is one someDictWordAt finds there', () => {
  const text = '中国科学院与国家发展和改革委员会联合发布';
  for (const t of tokenize(text, 0, text.length)) {
    if (!tagOf(t.word)) continue;
    assert.equal(someDictWordAt(text, t.start, (word, tag) => word === t.word && tag === tagOf(t.word)), true, t.word);
  }
});

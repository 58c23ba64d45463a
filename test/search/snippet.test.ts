// Snippets, highlights, sentence quotes and query tokens: plain text with offsets, never markup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findHighlights, makeSnippet, sentenceAround } from '../../src/search/snippet.js';
import { indexTokens, leadingTrigrams, queryTerms, queryWords } from '../../src/search/tokens.js';

describe('snippets', () => {
  it('merges overlapping highlights and finds every occurrence', () => {
    assert.deepEqual(findHighlights('储能储能产业', ['储能', '能产']), [{ start: 0, end: 5 }]);
    assert.deepEqual(findHighlights('甲乙甲', ['甲']), [{ start: 0, end: 1 }, { start: 2, end: 3 }]);
  });

  it('cuts a window that starts at the sentence of the first hit', () => {
    const text = `${'前文没有关键词。'.repeat(10)}园区储能企业达到30家。后文。`;
    const { snippet, highlights } = makeSnippet(text, ['储能'], 40);
    assert.ok(snippet.startsWith('园区储能'));
    assert.equal(snippet.slice(highlights[0]!.start, highlights[0]!.end), '储能');
  });

  it('keeps offsets valid when line breaks become spaces', () => {
    const { snippet, highlights } = makeSnippet('标题\n正文提到氢能。', ['氢能']);
    assert.ok(!snippet.includes('\n'));
    assert.equal(snippet.slice(highlights[0]!.start, highlights[0]!.end), '氢能');
  });

  it('quotes the sentence around a span', () => {
    const text = '第一句。园区营收达到65亿元，增长17%。第三句';
    const at = text.indexOf('65亿元');
    assert.equal(sentenceAround(text, at, at + 5), '园区营收达到65亿元，增长17%。');
    assert.equal(sentenceAround('没有句号的文字', 2, 3), '没有句号的文字');
  });
});

describe('tokens', () => {
  it('indexes whole words and their parts, without punctuation', () => {
    const tokens = indexTokens('新能源汽车产业，增长。').split(' ');
    assert.ok(tokens.includes('新能源'));
    assert.ok(tokens.includes('汽车'));
    assert.ok(!tokens.includes('，'));
  });

  it('strips FTS syntax from queries', () => {
    assert.deepEqual(queryTerms(' 储能 "OR" 氢能* '), ['储能', 'OR', '氢能']);
    assert.deepEqual(queryWords('储能'), ['储能']);
  });
});

describe('leading trigrams', () => {
  it('takes the first two trigrams of each term, by code point, and nothing when no term is longer than four', () => {
    assert.equal(leadingTrigrams(['氢能加注站']), '"氢能加" AND "能加注"');
    assert.equal(leadingTrigrams(['氢能加注站', '产业园']), '"氢能加" AND "能加注" AND "产业园"');
    assert.equal(leadingTrigrams(['a𝒳"cd']), '"a𝒳""" AND "𝒳""c"');
    assert.equal(leadingTrigrams(['产业营收']), null);
    assert.equal(leadingTrigrams(['产业营收', '园区']), null);
  });
});

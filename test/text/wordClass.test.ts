import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHanCharAt, isHanWord, isPunctuationWord } from '../../src/text/wordClass.js';

// The character-code shortcuts must give exactly what the regular expressions they stand for give.
const PUNCTUATION_WORD = /^[\s\p{P}\p{S}]+$/u;
const HAN_WORD = /^\p{Script=Han}+$/u;

test('one character: every code unit of the Basic Multilingual Plane, as the patterns say', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isPunctuationWord(ch), PUNCTUATION_WORD.test(ch), `U+${c.toString(16)} punctuation`);
    assert.equal(isHanWord(ch), HAN_WORD.test(ch), `U+${c.toString(16)} Han`);
    assert.equal(isHanCharAt(`a${ch}`, 1), HAN_WORD.test(ch), `U+${c.toString(16)} Han at`);
  }
});

test('words: mixed scripts, marks, an empty word and a surrogate pair', () => {
  for (const w of ['', '园区', '高新区A', 'A园', '，。', '——', '“', '  ', '产业园。', '𠀀园', '〇', '々', 'ABC', '2023', '¥', '·']) {
    assert.equal(isPunctuationWord(w), PUNCTUATION_WORD.test(w), `${w} punctuation`);
    assert.equal(isHanWord(w), HAN_WORD.test(w), `${w} Han`);
  }
});

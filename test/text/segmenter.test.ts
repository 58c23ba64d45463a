// The JS segmenter must cut exactly as the native jieba's cut(text, false) does: same dictionary, same words.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dict } from '@node-rs/jieba/dict.js';
import { jiebaCutter } from '../../src/text/dictionary.js';
import { NO_NODE, Segmenter, segmenter } from '../../src/text/segmenter.js';

const native = jiebaCutter();
const dictionaryLines = new TextDecoder('utf-8').decode(dict).split('\n').filter(Boolean);

function mismatches(texts: Iterable<string>, limit = 5): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const want = native.cut(text, false).join('|');
    // the native binding reads a lone surrogate as U+FFFD; the JS cut keeps it (a
    // one-character word: a pair is one word of two)
    const got = segmenter()
      .words(text)
      .map((w) => (w.length === 1 && /[\ud800-\udfff]/.test(w) ? '\ufffd' : w))
      .join('|');
    if (want !== got && out.push(`${JSON.stringify(text)}: native ${want} / js ${got}`) >= limit) break;
  }
  return out;
}

test('every dictionary word, and words run together, are cut as the native jieba cuts them', () => {
  const words = dictionaryLines.map((line) => line.split(' ')[0]!);
  assert.deepEqual(mismatches(words), []);
  // three words in a row make the ambiguous joins the route has to settle
  const runs = function* () {
    for (let i = 0; i + 2 < words.length; i += 7) yield words[i]! + words[(i * 31 + 1) % words.length]! + words[i + 2]!;
  };
  assert.deepEqual(mismatches(runs()), []);
});

test('every BMP character, inside and between runs of ideographs and ASCII, is cut as the native jieba cuts it', () => {
  const texts = function* () {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      yield `a${ch}1中国${ch}人x${ch}`;
    }
  };
  assert.deepEqual(mismatches(texts()), []);
});

test('the bundled pages and hostile text are cut as the native jieba cuts them, with offsets in the text', () => {
  const dir = path.join(import.meta.dirname, '../../corpus/kejiribao');
  const lines = readdirSync(dir).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));
  const hostile = ['', '\r\n', 'a\r\nb', '中\r\n\r\n国', 'EPON）设备', '3/5', '20％—30％的成本', '𠀀𠀀中国😀1a', '\ud840中', '中\udc00', '园'.repeat(10_000), 'C++与C#和.NET'];
  assert.deepEqual(mismatches([...lines, ...hostile]), []);
  const text = '前言某某高新区引进EPON设备';
  const spans: Array<[number, number]> = [];
  segmenter().cut(text, 2, text.length, (s, e) => spans.push([s, e]));
  assert.equal(spans[0]![0], 2);
  assert.equal(spans.at(-1)![1], text.length);
  for (let i = 1; i < spans.length; i++) assert.equal(spans[i]![0], spans[i - 1]![1]);
});

test('tags and word tests read the dictionary: its tag for a listed word, "" for anything else', () => {
  for (const line of dictionaryLines.filter((_, i) => i % 997 === 0)) {
    const [word, , tag] = line.split(' ');
    assert.equal(segmenter().tagOf(word!), tag, word);
    assert.ok(segmenter().has(word!), word);
  }
  assert.equal(segmenter().tagOf('高新区青岛'), '');
  assert.equal(segmenter().has(''), false);
  // a word's beginning is a trie node but no word
  const s = new Segmenter('中国 100 ns\n中国人 50 n\n');
  assert.equal(s.has('中'), false);
  assert.notEqual(s.nodeOf('中'), NO_NODE);
  assert.equal(s.tagOf('中国人'), 'n');
  assert.deepEqual(s.words('中国人民'), ['中国人', '民']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOpeningBefore, MONTH_DAY_RE, ROC_DATE_RE, YEAR_RE } from '../../src/reader/repairs/dateEvidence.js';

// The date patterns are tried only at the digits before each 年 or 月; that must find exactly the matches a scan of
// the whole text (matchAll) finds. Random texts over the characters the patterns are made of, from a fixed seed.
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const ALPHABET = Array.from('0123456789012345678920192024年年月月日号號份度底末初上中下旬  \u3000１２园区的');

const PATTERNS: Array<[string, string, number, RegExp]> = [
  ['a year', '年', 4, YEAR_RE],
  ['a Taiwan-calendar date', '年', 3, ROC_DATE_RE],
  ['a month and day', '月', 2, MONTH_DAY_RE],
];

for (const [what, key, digits, sticky] of PATTERNS) {
  test(`${what}: the matches found from each ${key} are those of a scan of the whole text`, () => {
    const next = random(0x5eed + digits);
    const scan = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const expected = [...text.matchAll(scan)].map((m) => [m.index, m[0]]);
      const found = matchesOpeningBefore(text, key, digits, sticky).map((m) => [m.index, m[0]]);
      assert.deepEqual(found, expected, JSON.stringify(text));
    }
  });
}

test('the documented cases: dated years, a Taiwan-calendar date, months and days', () => {
  const years = matchesOpeningBefore('2021年9月6日，12021年，2020 年底', '年', 4, YEAR_RE).map((m) => m[0]);
  assert.deepEqual(years, ['2021年9月6日', '2021年', '2020 年底']);
  assert.deepEqual(matchesOpeningBefore('民国109年2月26日', '年', 3, ROC_DATE_RE).map((m) => m[0]), ['109年2月26日']);
  assert.deepEqual(matchesOpeningBefore('3月21日获悉，123月底', '月', 2, MONTH_DAY_RE).map((m) => m[0]), ['3月21日', '23月底']);
});

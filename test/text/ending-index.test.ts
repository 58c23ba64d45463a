// EndingIndex: the first entry, in list order, whose ending a name ends with.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EndingIndex } from '../../src/lexicon/endingIndex.js';

test('EndingIndex gives the first matching entry in list order, whatever its length', () => {
  const longestFirst = new EndingIndex([['高新技术产业开发区', 'a'], ['开发区', 'b'], ['区', 'c']] as const);
  assert.deepEqual(longestFirst.find('某市高新技术产业开发区'), ['高新技术产业开发区', 'a']);
  assert.deepEqual(longestFirst.find('某某经济开发区'), ['开发区', 'b']);
  assert.deepEqual(longestFirst.find('某某新区'), ['区', 'c']);
  assert.equal(longestFirst.find('某某园'), undefined);
  assert.equal(longestFirst.find(''), undefined);
  // listed shorter first, the shorter ending wins: the list's order decides, not the length
  const shortFirst = new EndingIndex([['公司', 1], ['有限公司', 2]] as const);
  assert.deepEqual(shortFirst.find('某某有限公司'), ['公司', 1]);
});

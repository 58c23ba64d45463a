// jieba at a join: does a dictionary word straddle the break?
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinsWord } from '../../../src/reader/layout/joinsWord.js';

test('a word across the break means the text runs on', () => {
  assert.ok(joinsWord('推动新能源汽车产业高质量发', '展，带动上下游'));
  assert.ok(joinsWord('双方签约建设物流园', '区，总投资'));
  assert.ok(!joinsWord('园区发展很快。', '新区建设'));
  assert.ok(!joinsWord('聚焦三大方向', '西部城区'));
});

test('traditional script is read through its simplified form, as the dictionary is written', () => {
  // 時代 + 加工處: in simplified script no word spans the break; read as printed, jieba makes one of the strange characters
  assert.ok(!joinsWord('將邁向科技產業園區新時代', '加工處表示，改名為'));
  assert.ok(joinsWord('推動新能源汽車產業高質量發', '展，帶動上下游'));
});

// Photo captions and their credits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCaptionText, isCreditOnly, photographersOf } from '../../../src/reader/layout/findCaptions.js';

test('captions start with 图为 or end with a photo credit', () => {
  assert.ok(isCaptionText('图为云岭软件园企业服务大厅。受访单位供图'));
  assert.ok(isCaptionText('工人在车间调试设备。 张明摄'));
  assert.ok(!isCaptionText('记者在现场进行了拍摄。'));
});

test('a bare credit line and the photographer of a caption', () => {
  assert.ok(isCreditOnly('受访者供图'));
  assert.ok(isCreditOnly('张明摄'));
  assert.ok(!isCreditOnly('园区供图服务很好，企业满意'));
  assert.deepEqual(photographersOf('图为北湾物流园一期。张明摄'), ['张明']);
  assert.deepEqual(photographersOf('图为北湾物流园一期。受访者供图'), []);
});

test('role words in a photo credit are not photographers', () => {
  assert.deepEqual(photographersOf('园区企业车间里工人正在调试设备。本报记者 林晓摄'), ['林晓']);
  assert.deepEqual(photographersOf('园区企业车间里工人正在调试设备。记者周立群 摄'), ['周立群']);
  assert.deepEqual(photographersOf('园区企业车间里工人正在调试设备。本报记者 林晓 摄'), ['林晓']);
});

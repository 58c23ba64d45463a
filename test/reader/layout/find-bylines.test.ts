// Byline blocks and datelines: names by role, role words dropped, spaced names closed up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBylineLine, parseByline, parseDateline, trailingCreditAt } from '../../../src/reader/layout/findBylines.js';

test('byline blocks are a credit mark or role words plus names', () => {
  assert.ok(isBylineLine('◎本报记者 张远 通讯员 李梅'));
  assert.ok(isBylineLine('◎刘 青'));
  assert.ok(isBylineLine('王川 本报记者 赵月'));
  assert.ok(!isBylineLine('周宁'), 'a bare name is not a byline');
  assert.ok(!isBylineLine('园区负责人表示，将继续做好服务。'));
});

test('names are sorted by role and a spaced two-character name is closed up', () => {
  assert.deepEqual(parseByline(['◎王川 邓林 本报记者 赵 月', '通讯员 孙一 钱二']), {
    reporters: ['赵月'],
    correspondents: ['孙一', '钱二'],
    photographers: [],
    authors: ['王川', '邓林'],
  });
});

test('a dateline gives its names and stays recognisable as printed', () => {
  const d = parseDateline('本报讯（实习记者孙明 通讯员周华 吴迪）近日，园区……');
  assert.equal(d?.text, '本报讯（实习记者孙明 通讯员周华 吴迪）');
  assert.deepEqual(d?.byline, { reporters: ['孙明'], correspondents: ['周华', '吴迪'], photographers: [], authors: [] });
  assert.deepEqual(parseDateline('某某日报(李华 记者周强)11月2日')?.byline.authors, ['李华']);
  assert.equal(parseDateline('中国地质大学(武汉)等单位'), null, 'a place in brackets is not a credit');
});

test('a bracketed credit ends a paragraph only when it names reporters, not a photo', () => {
  assert.ok(trailingCreditAt('园区将继续做好企业服务。（记者 林小青）') > 0);
  assert.equal(trailingCreditAt('园区将继续做好企业服务。（记者 林小青 摄）'), -1);
  assert.equal(trailingCreditAt('园区将继续做好企业服务（试行）'), -1);
});

// Numeral parsing and the quantity scanner on small invented phrases: Arabic and Chinese numerals,
// units to GOLD_SPEC canonical units, qualifiers, ranges, fractions, and what is not a quantity.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArabic, parseChinese } from '../../src/extract/numbers/parseNumeral.js';
import { scanQuantities } from '../../src/extract/numbers/scanQuantities.js';
import { findPeriod } from '../../src/extract/numbers/findPeriod.js';

const scan = (text: string) => scanQuantities(text).map((h) => [text.slice(h.start, h.end), h.value, h.unit, h.qualifier]);

describe('parseNumeral', () => {
  it('reads Arabic numerals with thousands commas, decimals and full-width digits', () => {
    assert.equal(parseArabic('1,200家', 0)?.value, 1200);
    assert.equal(parseArabic('3125.9亿', 0)?.value, 3125.9);
    assert.equal(parseArabic('１２３家', 0)?.value, 123);
    // A comma not followed by exactly three digits separates list items.
    assert.equal(parseArabic('10,20', 0)?.value, 10);
  });
  it('reads Chinese numerals', () => {
    assert.equal(parseChinese('两千', 0)?.value, 2000);
    assert.equal(parseChinese('一千一百', 0)?.value, 1100);
    assert.equal(parseChinese('十三', 0)?.value, 13);
    assert.equal(parseChinese('三万五千', 0)?.value, 35000);
    assert.equal(parseChinese('一千零五', 0)?.value, 1005);
  });
  it('reads "六七十" as an approximate range and rejects runs that are no number', () => {
    assert.deepEqual(parseChinese('六七十', 0)?.range, [60, 70]);
    assert.deepEqual(parseChinese('三四百', 0)?.range, [300, 400]);
    assert.equal(parseChinese('一一', 0), null);
  });
});

describe('scanQuantities', () => {
  it('Chinese decimals (五点三兆), one-character tens (卅), and no number inside a place name (三门峡)', () => {
    assert.deepEqual(scan('产值从五点三兆元成长至六点五兆元'), [['五点三兆元', 5.3e12, 'CNY', '='], ['六点五兆元', 6.5e12, 'CNY', '=']]);
    assert.deepEqual(scan('园区成立卅年'), [['卅年', 30, 'year', '=']]);
    assert.deepEqual(scan('下午两点召开会议'), []);
    assert.deepEqual(scan('三门峡海关一行9人来考察'), [['9人', 9, '人', '=']]);
  });
  it('compound classifiers (批次, 架次) are one unit', () => {
    assert.deepEqual(scan('外出招商17批次'), [['17批次', 17, '批次', '=']]);
  });
  it('a place or threshold in a ranking is no count of people', () => {
    assert.deepEqual(scan('对全国评价排名100名(含)以前的园区'), []);
    assert.deepEqual(scan('位列全国前50名'), []);
    assert.deepEqual(scan('招聘员工100名'), [['100名', 100, '名', '=']]);
  });
  it('adds the smaller part written after a large place value ("1兆8042亿", "3亿5000万", "6万0859")', () => {
    assert.deepEqual(scan('营业额1兆8042亿元'), [['1兆8042亿元', 1804200000000, 'CNY', '=']]);
    assert.deepEqual(scan('总投资3亿5000万元'), [['3亿5000万元', 350000000, 'CNY', '=']]);
    assert.deepEqual(scan('就业6万0859人'), [['6万0859人', 60859, '人', '=']]);
    assert.deepEqual(scan('就业2万1千人'), [['2万1千人', 21000, '人', '=']]);
    // 兆 before a unit is mega, and a number after a full stop is a new one
    assert.deepEqual(scan('装机5兆瓦'), [['5兆瓦', 5, 'MW', '=']]);
    assert.deepEqual(scan('1.5万亿元'), [['1.5万亿元', 1.5e12, 'CNY', '=']]);
  });
  it('converts money, area, energy and mass to canonical units', () => {
    assert.deepEqual(scan('签约金额3125.9亿元'), [['3125.9亿元', 312590000000, 'CNY', '=']]);
    assert.deepEqual(scan('投资约2.5亿美元'), [['2.5亿美元', 250000000, 'USD', '~']]);
    assert.deepEqual(scan('占地300亩'), [['300亩', 200001, 'm2', '=']]);
    assert.deepEqual(scan('园区面积0.64平方公里'), [['0.64平方公里', 640000, 'm2', '=']]);
    assert.deepEqual(scan('厂房9万平方米'), [['9万平方米', 90000, 'm2', '=']]);
    assert.deepEqual(scan('年发电3亿千瓦时'), [['3亿千瓦时', 300000000, 'kWh', '=']]);
    assert.deepEqual(scan('年产能8GWh'), [['8GWh', 8, 'GWh', '=']]);
    assert.deepEqual(scan('年减排2.71万吨'), [['2.71万吨', 27100, 't', '=']]);
    assert.deepEqual(scan('220千伏变电站'), [['220千伏', 220, 'kV', '=']]);
  });
  it('keeps count classifiers and measured durations', () => {
    assert.deepEqual(scan('引进企业65家'), [['65家', 65, '家', '=']]);
    assert.deepEqual(scan('培训3200余人次'), [['3200余人次', 3200, '人次', '>']]);
    assert.deepEqual(scan('只用了5个多月'), [['5个多月', 5, 'month', '>']]);
    assert.deepEqual(scan('完成300小时试验'), [['300小时', 300, 'hour', '=']]);
    assert.deepEqual(scan('入驻园区8年，'), [['8年', 8, 'year', '=']]);
    assert.deepEqual(scan('12年来'), [['12年', 12, 'year', '=']]);
    assert.deepEqual(scan('20多年来'), [['20多年', 20, 'year', '>']]);
    assert.deepEqual(scan('十年来'), [['十年', 10, 'year', '=']]);
  });
  it('sets qualifiers from the words around the number', () => {
    assert.deepEqual(scan('营收突破90亿元'), [['90亿元', 9000000000, 'CNY', '>']]);
    assert.deepEqual(scan('带动投资30亿元以上'), [['30亿元', 3000000000, 'CNY', '>']]);
    assert.deepEqual(scan('近500人'), [['500人', 500, '人', '~']]);
    assert.deepEqual(scan('误差在5米左右'), [['5米', 5, 'm', '~']]);
    assert.deepEqual(scan('相距不到2公里'), [['2公里', 2000, 'm', '<']]);
    assert.deepEqual(scan('科研投入7000余万元'), [['7000余万元', 70000000, 'CNY', '>']]);
  });
  it('gives every number of a list the unit printed once at its end (10万、20万、50万元; 10、20和30亿元)', () => {
    assert.deepEqual(scan('分别给予10万、20万、50万元奖励'), [
      ['10万', 100000, 'CNY', '='],
      ['20万', 200000, 'CNY', '='],
      ['50万元', 500000, 'CNY', '='],
    ]);
    assert.deepEqual(scan('营收分别为10、20和30亿元'), [
      ['10', 1e9, 'CNY', '='],
      ['20', 2e9, 'CNY', '='],
      ['30亿元', 3e9, 'CNY', '='],
    ]);
    assert.deepEqual(scan('每家奖励2万/5万/10万元'), [
      ['2万', 20000, 'CNY', '='],
      ['5万', 50000, 'CNY', '='],
      ['10万元', 100000, 'CNY', '='],
    ]);
    // (a list of years, months or ordinals is no list of quantities)
    assert.deepEqual(scan('2021、2022和2023年'), []);
    assert.deepEqual(scan('3、4月份'), []);
  });
  it('reads no count in the places a list is ranked in (分列一二三位, 分列第一、二、三位, 分列前三位)', () => {
    assert.deepEqual(scan('北京、上海、深圳分列一二三位'), []);
    assert.deepEqual(scan('三地分列第一、二、三位'), []);
    assert.deepEqual(scan('三地分列前三位，共有50位专家'), [['50位', 50, '位', '=']]);
    assert.deepEqual(scan('三个园区位列榜单前三名'), []);
    // (an area that classes projects is no measured area: "首批启动30个80亩以上试点项目")
    assert.deepEqual(scan('首批启动80亩以上试点项目，总用地6720.1亩'), [['6720.1亩', 4480089.067, 'm2', '=']]);
    assert.deepEqual(scan('三个园区位列综合评价前50名，并在六个单项评价前20名中'), []);
  });
  it('splits a range into its two ends, both exact', () => {
    assert.deepEqual(scan('利润在300—800万元'), [
      ['300—800万元', 3000000, 'CNY', '='],
      ['800万元', 8000000, 'CNY', '='],
    ]);
    assert.deepEqual(scan('申请4—9个计划'), [
      ['4—9个', 4, '个', '='],
      ['9个', 9, '个', '='],
    ]);
    assert.deepEqual(scan('输送5亿—8亿千瓦时'), [
      ['5亿—8亿千瓦时', 500000000, 'kWh', '='],
      ['8亿千瓦时', 800000000, 'kWh', '='],
    ]);
  });
  it('reads "三四十人" as two approximate quantities (the convention: both ends, "~")', () => {
    assert.deepEqual(scan('从三四十人增加到'), [
      ['三四十人', 30, '人', '~'],
      ['三四十人', 40, '人', '~'],
    ]);
  });
  it('reads fractions and percentages as percent', () => {
    assert.deepEqual(scan('占全省的2/5'), [['2/5', 40, 'percent', '=']]);
    assert.deepEqual(scan('占全市的1/8'), [['1/8', 12.5, 'percent', '=']]);
    assert.deepEqual(scan('三分之一的企业'), [['三分之一', 33.3333333333, 'percent', '=']]);
    assert.deepEqual(scan('增速23%'), [['23%', 23, 'percent', '=']]);
    assert.deepEqual(scan('降低15％'), [['15％', 15, 'percent', '=']]);
    assert.deepEqual(scan('超一半'), [['一半', 50, 'percent', '>']]);
    assert.deepEqual(scan('超过3成'), [['3成', 30, 'percent', '>']]);
    assert.deepEqual(scan('百分之十五'), [['百分之十五', 15, 'percent', '=']]);
  });
  it('tolerates spaces a PDF extraction left inside numbers and units', () => {
    assert.deepEqual(scan('营收 70 亿元'), [['70 亿元', 7000000000, 'CNY', '=']]);
    assert.deepEqual(scan('面积14 万 平 方 米的'), [['14 万 平 方 米', 140000, 'm2', '=']]);
  });
  it('reads Chinese numerals with a unit', () => {
    assert.deepEqual(scan('六栋厂房'), [['六栋', 6, '栋', '=']]);
    assert.deepEqual(scan('订了千吨'), [['千吨', 1000, 't', '=']]);
    assert.deepEqual(scan('两千名员工'), [['两千名', 2000, '名', '=']]);
  });
  it('does not report dates, ordinals, list counts, codes or numbers without a unit', () => {
    for (const text of [
      '2021年实现', '6月3日获悉', '一季度', '第八期', '排名第7', '三大领域', '十个方面', '两个字', '一批企业',
      '5G基站', 'KX-6000芯片', 'T7520', '“2+5”政策', '2024—2028年', '建设期3年。', '三年内完成', '共有63', '千家万户',
      '10月上旬', '二期工程', '5天内完成', '下一个10年的', '百万吨级基地', '成立30周年大会', '三年行动计划', '数十亿元', '十几个',
      '签下百亿项目', '引进50亿项目', '汽车零部件', '区四套班子', '出台“稳增长”30条', '排名前移12位', '排位上升5位',
      '党委十二届十二次全会', '二十届三中全会', '分别列22位和29位', '列全国第3位', '三部曲', '5亿元(含)以上项目', '10亿元以上项目', '亿元以上重大项目', '实现两位数增长', '增速保持三位数',
    ])
      assert.deepEqual(scan(text), [], text);
  });
  it('reads "前N个月" as the first months of a year (a period, like 前三季度), but "提前N个月" as a duration', () => {
    assert.deepEqual(scan('今年前三个月'), []);
    assert.deepEqual(scan('前5个月出口'), []);
    assert.deepEqual(scan('提前3个月竣工'), [['3个月', 3, 'month', '=']]);
    assert.deepEqual(scan('工期18个月'), [['18个月', 18, 'month', '=']]);
  });
  it('still counts people by 位 and articles by 条 outside those shapes', () => {
    assert.deepEqual(scan('邀请12位专家'), [['12位', 12, '位', '=']]);
    assert.deepEqual(scan('陈列12位名人'), [['12位', 12, '位', '=']]);
    assert.deepEqual(scan('新增生产线3条'), [['3条', 3, '条', '=']]);
    assert.deepEqual(scan('连续三届获评'), [['三届', 3, '届', '=']]);
    assert.deepEqual(scan('举办活动12次'), [['12次', 12, '次', '=']]);
  });
  it('reads a phase after the name of what is built in phases (园区七期) as an ordinal, a number of sessions held as a count', () => {
    assert.deepEqual(scan('数码港五期将建设数据平台，园区七期已完工'), []);
    assert.deepEqual(scan('共举办五期培训班，累计开展12期'), [['五期', 5, '期', '='], ['12期', 12, '期', '=']]);
  });
  it('reads the years a plan gives itself (力争用五年时间) as a horizon, the years something took as a duration', () => {
    assert.deepEqual(scan('力争用五年时间创建国家级高新区；计划用3年时间完成改造'), []);
    assert.deepEqual(scan('园区用了四年时间建成'), [['四年', 4, 'year', '=']]);
  });
  it('reads digit strings of Chinese digits (五六○公顷, 一九○亿元) and the point of Taiwan print (十三‧五万), and no number inside a year (一一七年)', () => {
    assert.deepEqual(scan('开发面积逾五六○公顷，吸引近一九○亿元投资'), [['五六○公顷', 5600000, 'm2', '>'], ['一九○亿元', 19000000000, 'CNY', '~']]);
    assert.deepEqual(scan('释出二‧二五公顷，可释出十三‧五万平方公尺'), [['二‧二五公顷', 22500, 'm2', '='], ['十三‧五万平方公尺', 135000, 'm2', '=']]);
    assert.deepEqual(scan('方案延长至一一七年'), []);
  });
  it('reads no unit that opens a place name with what follows (3天津…, a rank before a park)', () => {
    assert.deepEqual(scan('3天津经济技术开发区天津'), []);
    assert.deepEqual(scan('仅用3天完成审批'), [['3天', 3, 'day', '=']]);
  });
  it('reads no count where the classifier opens a word with what follows (两部分, 五部委)', () => {
    assert.deepEqual(scan('园区由南园和西园两部分组成，经五部委联合验收'), []);
  });
  it('reads a month and day written with a slash (今(8/29)日) as a date, not a fraction', () => {
    assert.deepEqual(scan('管理局今(8/29)日举办说明会，8/30日再办'), []);
    assert.deepEqual(scan('占比1/4'), [['1/4', 25, 'percent', '=']]);
  });
  it('reads the signs of policy tables (≥, ≤) and 及以上 / 及以下 as inclusive bounds', () => {
    assert.deepEqual(scan('含工业机器人（≥4个）'), [['4个', 4, '个', '>=']]);
    assert.deepEqual(scan('面积≤500平方米'), [['500平方米', 500, 'm2', '<=']]);
    assert.deepEqual(scan('投资5000万元及以上的项目'), [['5000万元', 5e7, 'CNY', '>=']]);
  });
  it('skips positions the caller marks as names', () => {
    const text = '《行动方案》推进36项任务';
    const hits = scanQuantities(text, 0, text.length, (i) => i < 6);
    assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['36项']);
  });
  it('handles a 10,000-character line of digits, numerals and repeated facts', () => {
    assert.deepEqual(scanQuantities('1'.repeat(5000) + '一'.repeat(5000)), []);
    assert.equal(scanQuantities('营收70亿元，'.repeat(1500)).length, 1500);
  });
  it('reads industry capacity counts (锭, 台套) and volumes in 立方公尺', () => {
    assert.deepEqual(scan('新增纺纱30万锭'), [['30万锭', 300000, '锭', '=']]);
    assert.deepEqual(scan('引进设备120台套'), [['120台套', 120, '台套', '=']]);
    assert.deepEqual(scan('节水3,500立方公尺'), [['3,500立方公尺', 3500, 'm3', '=']]);
  });
});

describe('spans of years and bare magnitudes', () => {
  it('reads a span of years after 连续/历时 and an anniversary that ends a clause', () => {
    assert.deepEqual(scan('园区已连续7年位居全省前列'), [['7年', 7, 'year', '=']]);
    assert.deepEqual(scan('项目历时3年建成'), [['3年', 3, 'year', '=']]);
    assert.deepEqual(scan('园区迈入30周年。'), [['30周年', 30, 'year', '=']]);
    // an anniversary naming an event, and a year, are not spans
    assert.deepEqual(scan('园区10周年庆典活动举行'), []);
    assert.deepEqual(scan('2023年园区产值增长'), []);
  });
  it('reads 亿 and 万亿 alone before a currency after a word of exceeding or nearing', () => {
    assert.deepEqual(scan('投资过亿元的项目'), [['亿元', 1e8, 'CNY', '>']]);
    assert.deepEqual(scan('营收突破万亿元'), [['万亿元', 1e12, 'CNY', '>']]);
    assert.deepEqual(scan('全年投资近亿美元'), [['亿美元', 1e8, 'USD', '~']]);
    // a class of projects, or a magnitude with no such word, is no amount
    assert.deepEqual(scan('引进过亿元项目3个'), [['3个', 3, '个', '=']]);
    assert.deepEqual(scan('一季度新开工过亿元大项目25个'), [['25个', 25, '个', '=']]);
    // an amount in 万 granted as a reward, its 元 left out, is money; a count in 万 is not
    assert.deepEqual(scan('获批国家级检验检测中心奖励100万，最高补贴50万'), [['100万', 1e6, 'CNY', '='], ['50万', 5e5, 'CNY', '=']]);
    assert.deepEqual(scan('园区就业人口达10万'), []);
    // a classifier that opens a verb with what follows is no classifier ("60亿支援", "30亿支持")
    assert.deepEqual(scan('斥资60亿支援创科，另投入30亿支持初创企业，新增设备5台'), [['5台', 5, '台', '=']]);
    assert.deepEqual(scan('打造亿元级产业'), []);
    // an amount before projects that are then counted classes them by size
    assert.deepEqual(scan('超50亿元项目4个'), [['4个', 4, '个', '=']]);
    assert.deepEqual(scan('投资10亿元项目开工'), [['10亿元', 1e9, 'CNY', '=']]);
  });
});

describe('periods', () => {
  it('puts a figure after a word of the present at the time of writing, not at an earlier year of its sentence', () => {
    const text = '2011年省政府批准成立园区，目前规划面积171平方公里。';
    assert.equal(findPeriod(text, 0, text.indexOf('171'), 2014), '2014');
    assert.equal(findPeriod(text, 0, text.indexOf('171'), null), null);
    // without such a word the year stated before the figure is its period
    const stated = '2011年园区规划面积171平方公里。';
    assert.equal(findPeriod(stated, 0, stated.indexOf('171'), 2014), '2011');
  });
});

describe('one-character qualifiers inside words', () => {
  it('reads 约 and 近 as qualifiers only when they are not the end of another word (签约, 节约, 最近, 附近)', () => {
    assert.deepEqual(scan('园区签约43个项目'), [['43个', 43, '个', '=']]);
    assert.deepEqual(scan('园区预约300个车位'), [['300个', 300, '个', '=']]);
    assert.deepEqual(scan('投资约30亿元'), [['30亿元', 3e9, 'CNY', '~']]);
    assert.deepEqual(scan('营收近30亿元'), [['30亿元', 3e9, 'CNY', '~']]);
    assert.deepEqual(scan('附近5公里'), [['5公里', 5000, 'm', '=']]);
  });
});

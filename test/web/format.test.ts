// The web app's figure formatting: canonical stored values back into the units a reader expects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber, formatQuantity, formatValue, placeLabel, shortProvince } from '../../web/src/format.ts';

test('money is written in 亿元 / 万元 / 元', () => {
  assert.equal(formatValue(8e9, 'CNY'), '80亿元');
  assert.equal(formatValue(1.235e8, 'CNY'), '1.24亿元');
  assert.equal(formatValue(5e6, 'CNY'), '500万元');
  assert.equal(formatValue(3500, 'CNY'), '3,500元');
  assert.equal(formatValue(2.5e6, 'USD'), '250万美元');
});

test('areas are written in 平方公里 / 万平方米 / 平方米', () => {
  assert.equal(formatValue(16e4, 'm2'), '16万平方米');
  assert.equal(formatValue(3.2e7, 'm2'), '32平方公里');
  assert.equal(formatValue(4500, 'm2'), '4,500平方米');
});

test('percentages, energy units, durations and counts keep their own words', () => {
  assert.equal(formatValue(18, 'percent'), '18%');
  assert.equal(formatValue(8, 'GWh'), '8GWh');
  assert.equal(formatValue(220, 'kV'), '220千伏');
  assert.equal(formatValue(3, 'year'), '3年');
  assert.equal(formatValue(65, '家'), '65家');
  assert.equal(formatValue(12000, '人'), '1.2万人');
});

test('qualifiers read as words before the value', () => {
  assert.equal(formatQuantity({ value: 1.2e10, unit: 'CNY', qualifier: '>' }), '超120亿元');
  assert.equal(formatQuantity({ value: 800, unit: '人', qualifier: '~' }), '约800人');
  assert.equal(formatQuantity({ value: 50, unit: '家', qualifier: '=' }), '50家');
});

test('numbers drop trailing zeros and group thousands', () => {
  assert.equal(formatNumber(1234.5), '1,234.5');
  assert.equal(formatNumber(2), '2');
  assert.equal(formatNumber(-0.125, 2), '-0.13');
});

test('full province names shorten to the names the map outlines use', () => {
  assert.equal(shortProvince('宁夏回族自治区'), '宁夏');
  assert.equal(shortProvince('广西壮族自治区'), '广西');
  assert.equal(shortProvince('内蒙古自治区'), '内蒙古');
  assert.equal(shortProvince('上海市'), '上海');
  assert.equal(shortProvince('山东省'), '山东');
  assert.equal(shortProvince('香港特别行政区'), '香港');
  assert.equal(placeLabel('上海市', '上海市'), '上海市');
  assert.equal(placeLabel('山东省', '青岛市'), '山东省 · 青岛市');
});

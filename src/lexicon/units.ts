// Units of measure as printed in Chinese news text, each mapped to the canonical unit of GOLD_SPEC
// ("CNY", "m2", "percent", a count classifier …) and the factor that converts a value into it.
// Source: GB 3100-1993 (SI units and their Chinese names), the Chinese market units in common use
// (亩, 公顷, 度 for kWh), and the general list of Chinese measure words (量词) of modern grammars.
// This is general data: nothing here is taken from any particular page.

export type UnitKind = 'money' | 'area' | 'length' | 'mass' | 'energy' | 'power' | 'electric' | 'frequency' | 'volume' | 'percent' | 'count' | 'duration' | 'other';

export interface UnitDef {
  /** The unit as printed (without multipliers such as 万/亿, which the numeral parser handles). */
  text: string;
  /** Canonical unit (GOLD_SPEC table). */
  unit: string;
  /** Canonical value = printed value × factor. */
  factor: number;
  kind: UnitKind;
}

const u = (text: string, unit: string, factor: number, kind: UnitKind): UnitDef => ({ text, unit, factor, kind });

/** Measurement units (money, area, energy …). Multipliers 万/亿/千/百 before them are numeral parts. */
const MEASURES: UnitDef[] = [
  // money
  u('元', 'CNY', 1, 'money'), u('元人民币', 'CNY', 1, 'money'), u('人民币', 'CNY', 1, 'money'),
  u('美元', 'USD', 1, 'money'), u('欧元', 'EUR', 1, 'money'), u('英镑', 'GBP', 1, 'money'),
  u('日元', 'JPY', 1, 'money'), u('港元', 'HKD', 1, 'money'), u('港币', 'HKD', 1, 'money'), u('美金', 'USD', 1, 'money'),
  u('新台币', 'TWD', 1, 'money'), u('台币', 'TWD', 1, 'money'), u('澳门元', 'MOP', 1, 'money'), u('韩元', 'KRW', 1, 'money'),
  // area
  u('平方米', 'm2', 1, 'area'), u('平米', 'm2', 1, 'area'), u('㎡', 'm2', 1, 'area'), u('m²', 'm2', 1, 'area'), u('m2', 'm2', 1, 'area'),
  u('平方公尺', 'm2', 1, 'area'), u('坪', 'm2', 3.3058, 'area'), u('平方公里', 'm2', 1e6, 'area'), u('平方千米', 'm2', 1e6, 'area'), u('km²', 'm2', 1e6, 'area'), u('km2', 'm2', 1e6, 'area'),
  u('亩', 'm2', 666.67, 'area'), u('公顷', 'm2', 1e4, 'area'),
  // volume
  u('立方米', 'm3', 1, 'volume'), u('立方公尺', 'm3', 1, 'volume'), u('升', 'L', 1, 'volume'),
  // length
  u('米', 'm', 1, 'length'), u('公尺', 'm', 1, 'length'), u('公里', 'm', 1000, 'length'), u('千米', 'm', 1000, 'length'), u('km', 'm', 1000, 'length'),
  u('厘米', 'm', 0.01, 'length'), u('毫米', 'mm', 1, 'length'), u('微米', 'μm', 1, 'length'), u('纳米', 'nm', 1, 'length'), u('nm', 'nm', 1, 'length'),
  // mass
  u('吨', 't', 1, 'mass'), u('公斤', 't', 0.001, 'mass'), u('千克', 't', 0.001, 'mass'), u('kg', 't', 0.001, 'mass'),
  // energy
  u('千瓦时', 'kWh', 1, 'energy'), u('度电', 'kWh', 1, 'energy'), u('kWh', 'kWh', 1, 'energy'), u('千瓦·时', 'kWh', 1, 'energy'),
  u('兆瓦时', 'MWh', 1, 'energy'), u('MWh', 'MWh', 1, 'energy'), u('GWh', 'GWh', 1, 'energy'), u('吉瓦时', 'GWh', 1, 'energy'), u('TWh', 'TWh', 1, 'energy'),
  // power
  u('瓦', 'W', 1, 'power'), u('W', 'W', 1, 'power'), u('千瓦', 'kW', 1, 'power'), u('kW', 'kW', 1, 'power'),
  u('兆瓦', 'MW', 1, 'power'), u('MW', 'MW', 1, 'power'), u('吉瓦', 'GW', 1, 'power'), u('GW', 'GW', 1, 'power'),
  // electric
  u('千伏', 'kV', 1, 'electric'), u('kV', 'kV', 1, 'electric'), u('伏', 'V', 1, 'electric'), u('千伏安', 'kVA', 1, 'electric'),
  u('毫安时', 'mAh', 1, 'electric'), u('安时', 'Ah', 1, 'electric'),
  // frequency
  u('赫兹', 'Hz', 1, 'frequency'), u('Hz', 'Hz', 1, 'frequency'), u('兆赫', 'MHz', 1, 'frequency'), u('MHz', 'MHz', 1, 'frequency'),
  u('吉赫', 'GHz', 1, 'frequency'), u('吉赫兹', 'GHz', 1, 'frequency'), u('GHz', 'GHz', 1, 'frequency'),
  u('太赫兹', 'THz', 1, 'frequency'), u('THz', 'THz', 1, 'frequency'),
  // freight
  u('标箱', 'TEU', 1, 'other'), u('TEU', 'TEU', 1, 'other'),
  // data
  u('TB', 'TB', 1, 'other'), u('PB', 'PB', 1, 'other'), u('EB', 'EB', 1, 'other'),
  // percent
  u('%', 'percent', 1, 'percent'), u('％', 'percent', 1, 'percent'), u('‰', 'percent', 0.1, 'percent'),
  u('个百分点', 'percent', 1, 'percent'), u('成', 'percent', 10, 'percent'),
  u('倍', '倍', 1, 'other'),
  // durations (measured): 年 needs context and is handled by the scanner, 岁 is an age in years
  u('个月', 'month', 1, 'duration'), u('个多月', 'month', 1, 'duration'), u('个工作日', 'day', 1, 'duration'),
  u('个小时', 'hour', 1, 'duration'), u('小时', 'hour', 1, 'duration'), u('天', 'day', 1, 'duration'),
  u('个星期', 'week', 1, 'duration'), u('分钟', 'minute', 1, 'duration'), u('秒', 'second', 1, 'duration'),
  u('岁', 'year', 1, 'duration'),
];

/** Count classifiers (量词) that GOLD_SPEC keeps as the unit itself. */
export const CLASSIFIERS: readonly string[] = [
  '人次', '家', '个', '人', '项', '台', '支', '栋', '幢', '名', '架', '所', '座', '户', '部', '只', '条', '期', '层', '款', '件',
  '种', '位', '套', '辆', '株', '次', '颗', '枚', '份', '篇', '本', '张', '间', '处', '艘', '列', '批', '棵', '头', '亿次',
  '例', '场', '届', '门', '类', '根', '片', '块', '口', '组', '对', '班', '所', '宗', '笔', '单', '节', '轮', '批次', '架次', '车次', '航次', '班次',
  // capacity counts of industry: spindles, sets of equipment, head of poultry
  '锭', '台套', '羽',
];

export const UNITS: readonly UnitDef[] = [
  ...MEASURES,
  ...CLASSIFIERS.filter((c) => c !== '亿次').map((c) => u(c, c, 1, 'count')),
];

/** Numeral multipliers printed between a number and its unit ("2.5万", "3125.9亿"). */
// 兆 as a numeral is 10^12 (Taiwan's usage, "1兆8042亿元"); as the start of a unit (兆瓦, 兆赫) it is mega,
// and units are matched before multipliers.
export const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Units by first character, longest first, for a longest-match lookup without backtracking. */
export const UNITS_BY_FIRST: ReadonlyMap<string, readonly UnitDef[]> = (() => {
  const map = new Map<string, UnitDef[]>();
  for (const def of UNITS) {
    const list = map.get(def.text[0]!) ?? [];
    if (!list.some((d) => d.text === def.text)) list.push(def);
    map.set(def.text[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.text.length - a.text.length);
  return map;
})();

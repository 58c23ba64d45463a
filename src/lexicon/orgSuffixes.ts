// Endings that mark an organisation's name, with the kind each denotes. Source: the legal forms of the
// PRC Company Law (有限公司, 股份有限公司 …), the usual names of higher-education and research bodies, and
// the names of organs of government and the Party in official usage (局, 厅, 委员会, 管委会 …).
import type { OrgKind } from '../types.js';

export const ORG_SUFFIXES: ReadonlyArray<readonly [string, OrgKind]> = (
  [
    ['股份有限公司', 'enterprise'],
    ['有限责任公司', 'enterprise'],
    ['集团有限公司', 'enterprise'],
    ['有限公司', 'enterprise'],
    ['集团公司', 'enterprise'],
    ['分公司', 'enterprise'],
    ['公司', 'enterprise'],
    ['集团', 'enterprise'],
    ['银行', 'enterprise'],
    ['支行', 'enterprise'],
    ['分行', 'enterprise'],
    ['示范工厂', 'enterprise'],
    ['合伙企业', 'enterprise'],
    ['事务所', 'enterprise'],
    ['工业中心', 'enterprise'],
    // Incubators named as bodies ("…梦工厂", "…众创空间"; MOST 科技企业孵化器 naming).
    ['梦工厂', 'enterprise'],
    ['众创空间', 'enterprise'],
    ['孵化器', 'enterprise'],
    ['大学', 'university'],
    ['学院', 'university'],
    ['校区', 'university'],
    ['职业技术学院', 'university'],
    ['中学', 'other'],
    ['小学', 'other'],
    ['学校', 'other'],
    ['科学院', 'institute'],
    ['工程院', 'institute'],
    ['研究院', 'institute'],
    ['研究所', 'institute'],
    // an academy's branch in a city ("中国科学院某地分院")
    ['分院', 'institute'],
    ['设计院', 'institute'],
    ['研究中心', 'institute'],
    ['实验室', 'lab'],
    ['研究室', 'lab'],
    ['管理委员会', 'government'],
    ['委员会', 'government'],
    ['管委会', 'government'],
    ['筹委会', 'government'],
    // a review board, as Taiwan names its statutory ones ("某某审议会")
    ['审议会', 'government'],
    // common abbreviations of government commissions and offices ("区发改委", "省口岸办", "市台办")
    ['发改委', 'government'],
    ['经信委', 'government'],
    ['工信委', 'government'],
    ['卫健委', 'government'],
    ['住建委', 'government'],
    ['国资委', 'government'],
    ['科委', 'government'],
    ['教委', 'government'],
    ['口岸办', 'government'],
    ['招商办', 'government'],
    ['金融办', 'government'],
    ['外事办', 'government'],
    ['台办', 'government'],
    ['侨办', 'government'],
    ['人民政府', 'government'],
    ['政府', 'government'],
    ['国务院', 'government'],
    ['办公室', 'government'],
    ['海关', 'government'],
    // 国务院直属机构 and their branches ("海关总署", "…分署"), and ranked units of police and fire services
    // (总队/支队/大队/分队), as named in official usage.
    ['总署', 'government'],
    ['分署', 'government'],
    ['署', 'government'],
    ['总队', 'government'],
    ['支队', 'government'],
    ['大队', 'government'],
    ['分队', 'government'],
    ['省委', 'government'],
    ['市委', 'government'],
    // an autonomous prefecture's committee (…州委), and Taiwan's township and district offices (…镇公所, …区公所)
    ['州委', 'government'],
    ['公所', 'government'],
    // the people's congress standing committee and the CPPCC committee of a level of government
    ['人大常委会', 'government'],
    ['政协', 'government'],
    // a working committee of a Party or people's congress body ("某某联络工委")
    ['工委', 'government'],
    ['区委', 'government'],
    ['县委', 'government'],
    ['管理局', 'government'],
    // administrative offices and their branches ("…管理处", "…分处")
    ['管理处', 'government'],
    ['分处', 'government'],
    ['局', 'government'],
    ['厅', 'government'],
    ['部', 'government'],
    ['联合会', 'association'],
    ['促进会', 'association'],
    ['研究会', 'association'],
    ['基金会', 'association'],
    ['协会', 'association'],
    ['学会', 'association'],
    ['商会', 'association'],
    ['公会', 'association'],
    ['贸协', 'association'],
    ['联盟', 'association'],
    ['产业基金', 'fund'],
    ['母基金', 'fund'],
    ['基金', 'fund'],
    ['报社', 'media'],
    ['日报', 'media'],
    ['晚报', 'media'],
    ['新闻网', 'media'],
    ['广播电视台', 'media'],
    ['新华社', 'media'],
    ['电视台', 'media'],
    ['杂志社', 'media'],
    ['出版社', 'media'],
    ['通讯社', 'media'],
    ['合作社', 'other'],
    ['联合体', 'other'],
    ['基地', 'other'],
    ['医院', 'other'],
    ['中心', 'other'],
    // "…公共服务平台": a body only with a place or proper head (a weak suffix, see findOrganizations).
    ['平台', 'other'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Ministries and Party departments: the only names "…部" is accepted for (State Council constituent
 * departments; and the ministries of Taiwan's Executive Yuan: 内政部, 经济部, 劳动部, 数位发展部 …).
 */
export const MINISTRY_HEADS =
  /(内政|法务|经济|交通|劳动|农业|卫生福利|环境|文化|数位发展|外交|国防|发展和改革|教育|科学技术|科技|工业和信息化|工信|国家民族事务|公安|国家安全|民政|司法|财政|人力资源和社会保障|人社|自然资源|生态环境|住房和城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|退役军人事务|应急管理|审计|组织|宣传|统战|政法)$/;

/** Words ending in an organisation suffix that are not organisations ("格局", "布局", "展厅", "总部" …). */
export const NOT_ORG_WORDS = new Set([
  '格局', '布局', '大局', '全局', '开局', '结局', '破局', '当局', '棋局', '邮局', '僵局', '残局', '时局', '局部',
  '大厅', '展厅', '餐厅', '客厅', '门厅', '前厅', '多功能厅', '会议厅', '宴会厅', '报告厅', '营业厅', '演播厅', '音乐厅', '展览厅',
  '总部', '内部', '外部', '全部', '局部', '西部', '东部', '中部', '南部', '北部', '东西部', '底部', '顶部', '头部', '腹部', '干部',
  '俱乐部', '部分', '本部', '校本部', '一部', '各部', '基部', '尾部', '前部', '后部', '上部', '下部', '面部', '胸部',
  '中心', '公司', '集团', '大学', '学院', '政府', '基金', '银行',
  '部署', '签署', '联署', '连署', '布署', '平台', '梦工厂', '孵化器', '众创空间',
]);

/** Kinds of company ("上市公司", "投资公司"): a business type before 公司 names no company. */
// (one to three such words: "电力上市公司", "上市发电公司"; after a superlative's 大 too: "第二大电力上市公司")
export const GENERIC_COMPANY =
  /^大?(?:外地|本地|当地|外国|国外|境外|海外|外商|内地|本港|上市|子|母|总|控股|投资|科技|贸易|物流|建筑|房地产|互联网|生物|医药|咨询|运营|平台|国有|民营|外资|合资|中小|初创|研发|创科|科创|龙头|头部|链主|供电|发电|电力|能源|创业|创投|高新技术|高科技|新能源|软件|信息|技术|服务|管理|资产|基金|融资|担保|保险|证券|信托|金融|电商|快递|外贸|工程|设计|制造|销售|代理|中介|空壳|皮包|独角兽|瞪羚){1,3}(有限)?公司$/;

/** A company described only by its scale or character ("现代化大型企业集团", "国有骨干企业"). */
export const DESCRIBED_COMPANY = /^(?:现代化|大型|特大型|超大型|中型|小型|国有|民营|综合性|综合|跨国|一流|知名|龙头|骨干|重点|新型)+(?:企业集团|集团|企业|公司)$/;

/** Generic bodies that alone, or after 国家/省级/企业, a rank (一流) or a count (四所), name no particular organisation. */
export const GENERIC_ORG_BODY =
  /^(国家级?|省级?|市级?|国家重点|企业|省部共建|自治区|一流|世界一流|知名|重点|[一二三四五六七八九十两几多数]+所(?:高校)?|高校)?(重点实验室|工程实验室|实验室|工程研究中心|工程技术研究中心|技术研究中心|企业技术中心|技术中心|技术创新中心|创新中心|研发中心|研究中心|研究院|研究所|运营中心|服务中心|数据中心|计算中心|孵化中心|展示中心|体验中心|交易中心|物流中心|培训中心|中心|公司|集团|企业|大学|学院|高校|协会|基金|产业基金|联盟|政府|管委会|党工委|委员会|办公室|实验室|合作社|平台|服务平台|公共服务平台|综合服务平台|孵化器|众创空间)$/;

/**
 * The policy bureaus of the Hong Kong SAR Government (as reorganised in 2022) and the departments under them that
 * park and investment news names, and the five secretariats of the Macau SAR Government, in simplified script as
 * the analysis text is. Source: the HKSAR Government's list of policy bureaus and of departments and agencies
 * (gov.hk); the Macau SAR Government's organisation (gov.mo). Named without a place, they are found by name rather
 * than by their ending.
 */
export const SAR_BODIES: readonly string[] = [
  '公务员事务局', '政制及内地事务局', '文化体育及旅游局', '商务及经济发展局', '教育局', '环境及生态局', '医务卫生局',
  '民政及青年事务局', '劳工及福利局', '保安局', '财经事务及库务局', '发展局', '房屋局', '创新科技及工业局', '运输及物流局',
  // the three departments of the Secretaries (政务司司长, 财政司司长, 律政司司长)
  '政务司', '财政司', '律政司',
  // the bureaus' names before the 2022 reorganisation, still read in older news
  '创新及科技局', '环境局', '食物及卫生局', '运输及房屋局', '民政事务局',
  // departments and offices under the bureaus
  '创新科技署', '投资推广署', '工业贸易署', '知识产权署', '规划署', '地政总署', '屋宇署', '土木工程拓展署', '建筑署',
  '机电工程署', '环境保护署', '渠务署', '水务署', '路政署', '运输署', '政府统计处', '入境事务处', '劳工处',
  '政府新闻处', '数字政策办公室', '效率促进办公室',
  // Macau's secretariats (经济财政司司长 …)
  '行政法务司', '经济财政司', '保安司', '社会文化司', '运输工务司',
];

/**
 * Taiwan's central government bodies, by full name and the short names the press uses ("国科会", "金管会"), in
 * simplified script as the analysis text is. Source: the Executive Yuan's organisation (行政院组织法, as reorganised
 * from 2012 to 2023: its ministries, councils and independent agencies) and the five Yuans. Named without a place,
 * they are found by name on pages that speak of Taiwan.
 */
export const TAIWAN_BODIES: readonly string[] = [
  '总统府', '行政院', '立法院', '司法院', '考试院', '监察院', '中央银行',
  '内政部', '外交部', '国防部', '财政部', '教育部', '法务部', '经济部', '交通部', '劳动部', '农业部', '卫生福利部', '卫福部',
  '环境部', '文化部', '数位发展部', '数发部',
  '国家科学及技术委员会', '国科会', '国家发展委员会', '国发会', '金融监督管理委员会', '金管会', '大陆委员会', '陆委会',
  '海洋委员会', '海委会', '侨务委员会', '侨委会', '原住民族委员会', '原民会', '客家委员会', '客委会',
  '国军退除役官兵辅导委员会', '退辅会', '公平交易委员会', '公平会', '国家通讯传播委员会', '通传会',
];

/** Names of TAIWAN_BODIES the mainland's government uses too, now or before its reforms (or inside its names: 生态环境部). */
const MAINLAND_NAMESAKES = new Set(['财政部', '教育部', '国防部', '外交部', '农业部', '交通部', '文化部', '环境部', '中央银行']);

/** Bodies only Taiwan's government has: naming one says a page is about Taiwan ("国科会", "经济部", "行政院"). */
export const TAIWAN_ONLY_BODIES: readonly string[] = TAIWAN_BODIES.filter((name) => !MAINLAND_NAMESAKES.has(name));

/**
 * Short names of the State Council's departments, as the press and the departments themselves use them, by short
 * name. Source: the departments' official names (国务院组成部门 and 直属机构, 2023 reform) and their customary short forms.
 */
export const MINISTRY_SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['工信部', '工业和信息化部'],
  ['发改委', '发展和改革委员会'],
  ['国家发改委', '国家发展和改革委员会'],
  ['科技部', '科学技术部'],
  ['人社部', '人力资源和社会保障部'],
  ['住建部', '住房和城乡建设部'],
  ['交通部', '交通运输部'],
  ['国资委', '国有资产监督管理委员会'],
  ['市场监管总局', '国家市场监督管理总局'],
  ['税务总局', '国家税务总局'],
  ['央行', '中国人民银行'],
  ['人民银行', '中国人民银行'],
  ['证监会', '中国证券监督管理委员会'],
  ['金融监管总局', '国家金融监督管理总局'],
]);

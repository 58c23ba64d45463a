// Job titles and roles that stand before (or, for academic honours, after) a person's name in Chinese
// news. Source: common position names of enterprises (Company Law officers), Party and government posts
// (《党政领导干部职务名称》 usage) and academic titles; curated, not taken from any page.

const TITLES = [
  // enterprise officers
  '董事长', '副董事长', '董事', '独立董事', '监事长', '监事', '总裁', '副总裁', '执行副总裁', '总经理', '副总经理', '常务副总经理',
  '经理', '副经理', '总监', '副总监', '首席执行官', '首席运营官', '首席技术官', '首席财务官', '首席科学家', '首席专家', '执行董事',
  '创始人', '联合创始人', '合伙人', '总工程师', '副总工程师', '工程师', '高级工程师', '调试工程师', '技术总监', '董事会秘书', '董秘',
  '总会计师', '财务总监', '负责人', '研发负责人', '项目负责人', '主管', '厂长', '副厂长', '站长', '店长', '队长', '组长', '班长', '职工', '员工', '技术员',
  '研发人员', '工作人员', '销售经理', '招商经理', 'CEO', 'CTO', 'COO', 'CFO', 'ceo', 'cto',
  // the chief executive as Hong Kong and Taiwan bodies name the post
  '行政总裁', '副行政总裁',
  // Party and government
  '书记', '副书记', '党委书记', '党委副书记', '党工委书记', '党工委副书记', '党组书记', '党组成员', '党委委员', '党工委委员',
  '常委', '委员', '主任', '副主任', '常务副主任', '专职副主任', '执行主任',
  '局长', '副局长', '厅长', '副厅长', '部长', '副部长', '处长', '副处长', '科长', '副科长', '司长', '副司长', '关长', '副关长',
  '省长', '副省长', '市长', '副市长', '区长', '副区长', '县长', '副县长', '镇长', '副镇长', '乡长', '村支书', '村主任',
  '领导', '集团领导', '区领导', '市领导', '县领导', '企业代表', '客商代表', '业主代表', '职工代表', '群众代表', '人大代表', '党代表', '巡视员', '一级巡视员', '二级巡视员', '调研员', '秘书长', '副秘书长', '主席', '副主席', '会长', '副会长', '理事长', '副理事长',
  '社长', '副社长', '行长', '副行长', '主委', '副主委', '顾问', '资深顾问', '参事', '次长', '政务次长', '署长', '副署长', '执行长', '立法委员', '立委', '议员', '市议员', '县议员', '技术总监', '创办人', '县长', '代理局长', '代局长', '主任委员', '发言人', '新闻发言人',
  '总统', '副总统', '总理', '副总理', '行政长官', '特首', '州长', '副州长', '旗长', '副旗长', '领导班子成员', '班子成员',
  // academic and professional
  '院长', '副院长', '常务副院长', '执行院长', '所长', '副所长', '执行所长', '校长', '副校长', '执行校长', '教授', '副教授', '研究员', '副研究员', '助理研究员',
  '院士', '博士', '博士后', '讲师', '导师', '博士生导师', '主任医师', '副主任医师', '医生', '专家', '学科带头人', '首席研究员',
];

/** A company's functions, which name the post of whoever runs one ("运营总监", "施工经理"). */
const FUNCTIONS = ['运营', '技术', '销售', '市场', '财务', '生产', '施工', '项目', '研发', '产品', '工程', '采购', '质量', '品牌', '行政', '人力资源', '人事', '招商', '客户', '安全'];
const FUNCTION_POSTS = FUNCTIONS.flatMap((f) => ['总监', '副总监', '经理', '副经理', '主管', '负责人'].map((post) => f + post));

/** Titles longest first, for a left-to-right alternation. */
export const TITLE_WORDS: readonly string[] = [...new Set([...TITLES, ...FUNCTION_POSTS])].sort((a, b) => b.length - a.length);

/** Honours written after the name ("王某院士", "李某教授"); other titles follow a name too in formal usage ("李某理事长"). */
export const TITLES_AFTER_NAME = new Set(['院士', '教授', '研究员', '博士', '主任医师']);

/** Corporate officer titles: a short name before one of these is an enterprise ("某某科技董事长"). */
export const CORPORATE_TITLES = /董事|总裁|经理|首席|执行官|运营官|创始人|合伙人|总监|CEO|CTO|COO|CFO/;

/**
 * The label of a press release's contact line ("本案发言人：", "新闻联系人：", "聯絡人："), in simplified and traditional
 * script: the reader keeps such a line apart, and the people recogniser reads the name and post after it.
 */
export const CONTACT_LABEL = '(?:本案|本新闻稿|本新聞稿)?(?:新闻|新聞)?(?:发言人|發言人|联系人|聯繫人|联络人|聯絡人)\\s*[:：]';


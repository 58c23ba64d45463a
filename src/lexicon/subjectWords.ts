// Words that let the subject linker see who a clause is about when the entity recognisers found no
// name there: endings of park, organisation and project names, demonstratives that point back to one
// ("该公司", "该区"), and the time and linking words a clause may open with before its subject.
// Source: official naming of Chinese development zones and legal forms of the PRC Company Law (for the
// endings), and the closed word classes of Modern Chinese grammar (demonstratives, adverbs, time words).
// General data: nothing here is taken from any particular page.

/** 'sector': an industry that a breakdown gives figures for ("其中，X产业营业额…"). */
export type SubjectKind = 'park' | 'org' | 'project' | 'region' | 'sector';

/** Name endings, longest first within each kind. */
export const SUBJECT_SUFFIXES: ReadonlyArray<readonly [string, SubjectKind]> = [
  ['高新技术产业开发区', 'park'], ['经济技术开发区', 'park'], ['国家自主创新示范区', 'park'], ['自主创新示范区', 'park'],
  ['综合保税区', 'park'], ['自由贸易试验区', 'park'], ['高新区', 'park'], ['经开区', 'park'],
  ['开发区', 'park'], ['综保区', 'park'], ['保税区', 'park'], ['自贸区', 'park'], ['示范区', 'park'], ['试验区', 'park'],
  ['产业园区', 'park'], ['工业园区', 'park'], ['产业园', 'park'], ['工业园', 'park'], ['科技园', 'park'], ['创新园', 'park'],
  ['生态园', 'park'], ['科学城', 'park'], ['科技城', 'park'], ['知识城', 'park'], 
  ['新区', 'park'], ['经济区', 'park'], ['区域', 'region'], ['地区', 'region'], ['管理区', 'region'], ['园区', 'park'], ['基地', 'park'], ['片区', 'park'],
  ['股份有限公司', 'org'], ['有限责任公司', 'org'], ['有限公司', 'org'], ['分公司', 'org'], ['公司', 'org'], ['集团', 'org'],
  ['大学', 'org'], ['学院', 'org'], ['科学院', 'org'], ['研究院', 'org'], ['研究所', 'org'], ['实验室', 'org'], ['研究室', 'org'],
  ['中心', 'org'], ['管委会', 'org'], ['委员会', 'org'], ['协会', 'org'], ['商会', 'org'], ['联盟', 'org'], ['基金', 'org'],
  ['合作社', 'org'], ['医院', 'org'], ['科技厅', 'org'], ['局', 'org'], ['厅', 'org'],
  ['项目', 'project'], ['工程', 'project'], ['电站', 'project'], ['变电站', 'project'], ['生产线', 'project'], ['工厂', 'project'],
];

/** Demonstratives and bare type words at a clause start that point back to the last entity of a kind. */
export const ANAPHORS: ReadonlyArray<readonly [string, SubjectKind]> = [
  ['该高新区', 'park'], ['该开发区', 'park'], ['该产业园', 'park'], ['该园区', 'park'], ['该基地', 'park'], ['该示范区', 'park'],
  ['该区', 'park'], ['该园', 'park'], ['全区', 'park'], ['园区', 'park'], ['高新区', 'park'], ['产业园', 'park'], ['园内', 'park'],
  ['区内', 'park'],
  ['该公司', 'org'], ['该企业', 'org'], ['这家企业', 'org'], ['这家公司', 'org'], ['公司', 'org'], ['该院', 'org'], ['该中心', 'org'],
  ['该实验室', 'org'], ['该所', 'org'], ['该校', 'org'],
  ['该项目', 'project'], ['这些项目', 'project'], ['上述项目', 'project'], ['这个项目', 'project'],
  ['项目', 'project'],
  ['该市', 'region'], ['该省', 'region'], ['全市', 'region'], ['全省', 'region'],
];

/** Words a clause may open with before its subject: time, sequence and linking words. */
export const CLAUSE_OPENERS: readonly string[] = [
  '与此同时', '截至目前', '截至', '截止', '目前', '当前', '如今', '现在', '日前', '近日', '近期', '近年来', '近年', '今年', '去年',
  '其中', '同时', '此外', '另外', '据悉', '据了解', '据介绍', '据统计', '而', '但', '并且', '并', '也', '还', '则', '更', '已',
  '因此', '为此', '由此', '随后', '此前', '最终', '下一步', '未来', '接下来', '首先', '其次', '最后', '一是', '二是', '三是',
  '预计', '计划', '力争', '争取', '有望', '每年', '每天', '每月', '全年', '累计', '共',
  '底', '末', '初', '以来', '年', '月', '日', '上半年', '下半年', '季度', '前', '后', '，', '、', ' ',
];

/** Pronouns, time words and words that begin no name: a candidate starting with one is rejected ("今日某某区" is a programme). */
export const NOT_A_NAME_START = /^(?:研究(?![院所生])|按(?!摩)|制定|编制|修编|而且|并且|且|惟|但|然而|不过|辖下|旗下|下属|所属|今日|今天|今年|昨日|昨天|近日|日前|目前|当前|去年|明年|创(?!新|业|意)|包括|其中|作为|通过|随着|根据|按照|依托|围绕|进行|自|我们|他们|她们|它们|我|你|这|那|该|其|此|各|每|一|在|对|从|向|为|将|把|被|与|和|及|以|由|据|如|因|占|较|让|使|给|于|是|有|的|了|都|也|还|就|又|共|已|正|再)/;

/** Verbs that take a name as their object: a clause-opening phrase containing one is a predicate, not a name. */
export const OBJECT_VERBS = /新设|增设|设置|配合|改名|更名|做好|抓好|抓紧|加紧|揭示|展示|批复|同意|批准|印发|公布|进行|建成|建设|建立|打造|看到|背靠|引导|实现|推动|培育|引进|完成|开展|加快|推进|围绕|聚焦|依托|利用|通过|借助|采用|提供|形成|成为|作为|拥有|具有|具备|获得|取得|设立|成立|组建|参与|参加|加入|携手|配套|新建|落户|入驻|位于|走进|来到|支持|带动|拉动|发布|出台|举办|举行|召开|签约|签署|启动|助力|吸引|集聚|聚集|服务|对接|联合|获批|入选|入围|申报|认定|评为|获评|搭建|布局|谋划|实施|探索|构建|完善|加强|提升|扩大|促进|深化|落实|鼓励|招引|给予|奖励|补贴|补助|符合|满足|享受|属于|隶属|相当于|出席|宣布|主持|致辞|表示|介绍|指出|强调|考察|调研|视察|见证|涉及|涵盖|包含|均为|要有|力争|争取|确保|体现|显示|表明|反映|彰显|展现|凸显/;

/** Characters that cannot be inside a name the fallback takes at a clause start. */
export const NOT_IN_NAME = /[的是了将已在把被对向给让使着过吗呢吧啊，。；：！？、\s]/;

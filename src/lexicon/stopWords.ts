// Words at which a name cannot continue leftwards: function words, time words and the verbs that usually
// introduce a named place or body in news text ("位于…", "走进…", "落户…"). Source: curated from the
// closed word classes of Modern Chinese grammar (prepositions, conjunctions, particles, pronouns, adverbs)
// and common news verbs; not taken from any page.

/** Single characters that end a name when met on the way left (function characters). */
export const SINGLE_STOP = new Set(Array.from(
  '的在是为了从由将把被对向与和及等于到让使给以予并也还已都又再就即或其该这那此各每个家项座后前至说称赴去来往当而但则且之着过吗呢啊吧' +
  '一二三四五六七八九十百千万亿两几多有无不没要会能可应需请据随经自因按凭依沿朝跟同替比连除像如似若虽仅只共约' +
  '他她它我你们您所首某次期届年月日号时分秒暨现另'));

/** Multi-character words that end a name. */
export const WORD_STOP = new Set([
  // place and movement verbs that take a named place or body as object
  '位于', '坐落', '坐落于', '地处', '走进', '来到', '落户', '落地', '入驻', '进驻', '入选', '入围', '迁入', '前往', '赴', '抵达',
  '推出', '打造', '建成', '获批', '获评', '成为', '作为', '包括', '依托', '携手', '联手', '举办', '举行', '召开', '发布',
  '公布', '出台', '签约', '签署', '引进', '吸引', '培育', '推动', '支持', '加快', '助力', '带动', '拥有', '设立', '成立', '创办',
  '获悉', '了解', '了解到', '表示', '介绍', '指出', '认为', '告诉', '透露', '强调', '称', '集聚', '聚集', '围绕', '以及',
  '与其', '通过', '经过', '根据', '按照', '关于', '对于', '针对', '面向', '随着', '截至', '目前', '当前', '近日', '日前', '近期',
  '今年', '去年', '明年', '近年来', '近年', '此前', '此外', '同时', '其中', '其中包括', '以下', '以上', '之间', '期间', '之中',
  '我们', '他们', '她们', '它们', '我国', '全国', '全省', '全市', '全区', '国内', '国外', '海内外', '首批', '首个', '首家',
  '一批', '一个', '一家', '多家', '这家', '该区', '各地', '各类', '相关', '有关', '主要', '重点', '以此', '因此', '所以', '但是',
  '并且', '而且', '以及', '还有', '另有', '尚有', '共有', '均有', '都有', '已有', '已经', '正在', '不断', '持续', '进一步', '大力', '积极', '全力', '加速', '率先', '先后',
  '分别', '共同', '正式', '成功', '顺利', '即将', '将会', '能够', '可以', '需要', '开展', '实现', '完成', '参与', '参加',
  '谋划', '布局', '力争', '争取', '确保', '会同', '带领', '牵头', '参观', '考察', '调研', '走访', '视察', '实地', '察看', '拜访', '莅临', '来访', '带队', '申报', '申请', '办理', '参访', '筹设', '协助', '兴建', '投建', '筹建', '谢谢', '感谢', '致谢', '争创', '创建', '争当', '晋升', '壮大', '发展壮大', '做大', '做强', '做优', '承担', '承建', '委托', '邀请', '授予', '认定', '批复', '同意', '组建', '对接', '落实', '启动', '开工', '投产', '揭牌', '授牌', '挂牌', '签订', '达成',
  '其他', '其它', '以来', '之后', '之前', '以后', '以前', '其后', '此次', '本次', '这次', '那次', '当天', '当日', '日内',
  // what a name was or is called ("旧称某某园区", "又名…"), who holds a post when ("新任某某管理局局长"), greeting a
  // body ("祝贺某某园区成立"), a moment ("正值…"), siting ("选址…") and 造成 of 打造成: the dictionary tags some of
  // these as nouns or names
  '旧称', '原称', '又称', '简称', '全称', '俗称', '号称', '改称', '又名', '别名', '原名', '正值', '选址', '造成',
  '新任', '现任', '前任', '原任', '时任', '卸任', '离任', '祝贺', '恭贺', '庆祝', '庆贺',
  // being next to, the whole of, describing, meaning, linking, covering ("邻近某某园区", "整个某某科技城",
  // "意味某某园区"; the dictionary tags several of these as nouns or places)
  '邻近', '毗邻', '紧邻', '整个', '整座', '形容', '意味', '意味着', '串联', '涵盖',
  // the period a ranking or a report covers ("2021年度国家级经济技术开发区…考核")
  '年度', '季度', '年代', '上半年', '下半年', '全年',
  // quantifiers ("大部分公司", "某园区现有某某综保区、…"), acting for a body ("某某代表州委…"), handling a document ("关于印发某某示范区……的通知") and the events a name is announced at ("发布会某某新区…")
  '大部分', '大多数', '绝大多数', '多数', '少数', '所有', '一些', '现有', '代表', '印发', '转发', '颁布', '发布会', '新闻发布会', '推介会', '签约会', '座谈会', '现场会', '说明会', '航拍',
  // ("动土典礼某某管理局局长…致词": and the ceremonies)
  '典礼', '仪式', '开幕式', '闭幕式', '启动仪式', '揭牌仪式', '签约仪式', '开工仪式', '奠基仪式',
  // the generic nouns for a company that stand before its name ("营运厂商某某公司"; Taiwan usage), and a picture's
  // credit ("图片发布者某某开发区")
  '厂商', '业者', '发布者',
  // deepening ties ("将深化某某大学和某某开发区的合作"; the dictionary tags 深化 as an abbreviation)
  '深化',
  // meeting someone ("在总部会见某某新区…"; the dictionary tags 会见 a noun)
  '会见', '接见', '会谈', '看望', '慰问', '陪同', '会晤',
  // a leader of a trade standing before a company's name ("全国产业园区运营领头羊某某集团")
  '领头羊', '排头兵', '佼佼者', '领跑者', '领军者',
  // the role someone attends in ("签约嘉宾某某大学…"; the dictionary tags 嘉宾 as a place)
  '嘉宾', '来宾', '贵宾', '签约嘉宾', '特邀嘉宾',
]);

/** National people's organisations whose names begin with 全国 ("全国工商联", "全国妇联"): 全国 is part of them. */
export const NATIONAL_BODY = /^(工商联|妇联|总工会|人大|政协|科协|侨联|台联|青联|学联|供销合作总社|工商业联合会)/;

/** Leading words dropped from the front of a name ("企业星河生物…" → "星河生物…"): classifiers of the entity. */
export const LEADING_GENERIC = [
  '龙头企业', '入驻企业', '园区企业', '重点企业', '企业', '公司', '单位', '机构', '高校', '院校', '区内', '园内', '园区内', '辖区内',
  // the zone the text is about, named by its kind ("片区跨境电商产业园": the zone's park)
  '园区', '片区',
  // a scope describing a company ("全国性上市发电公司")
  '全国性', '全球性', '国际性', '地方性', '区域性', '综合性',
  '辖区', '旗下', '下属', '所属', '央企', '国企', '民企', '外企', '全球', '世界', '国际', '国内', '我国', '全国', '该', '其',
  // a company's origin before its name, in Taiwan and Hong Kong usage ("美商某某科技": a US company)
  '美商', '日商', '韩商', '德商', '法商', '英商', '港商', '台商', '外商', '陆商', '侨商',
];

/** Verbs that occur inside names ("…技术创新中心", "…成果转化促进中心", "…智能制造…") and never end one. */
export const NAME_VERBS = new Set([
  '制造', '智造', '创新', '创业', '研发', '研究', '开发', '发展', '转化', '促进', '推进', '治理', '测量', '检测', '检验', '孵化',
  '应用', '服务', '管理', '监管', '保护', '交易', '采购', '投资', '咨询', '加工', '设计', '生产', '营销', '运营', '培训', '教育',
  '规划', '建设', '改革', '联合', '赋能', '离岸', '推广', '共享', '评价', '评估', '储备', '供电', '供应', '物流', '开放', '合作', '联创', '融合', '示范', '试验', '实验', '计量', '测试', '认证', '监测', '储能', '节能',
]);

// Headline, byline and caption edge cases seen on pages from other papers: a source tag opening the
// first paragraph, a headline printed alone after the body, bracketed traditional-script bylines with
// a date, a bare agency line under the headline, an editor's credit closing the story, and captions
// that credit the reporter or say where people stand. All texts are invented.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { FIXTURES } from './reader-fixtures.js';
import { isBylineLine, parseByline } from '../../src/reader/layout/findBylines.js';

function read(text: string) {
  return extractBytes(Buffer.from(text, 'utf8'), { name: 'fixture.txt', readerOnly: true });
}
const bodyOf = (text: string) => read(text).articles[0]!.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);

test('a column-wrapped page opening with a 【source】 tag and closing with its headline', () => {
  const wrapped = [
    '　　【某地网】5月6日,在全力推动产业',
    '',
    '升级的关键时期,某某高新区6个重点项',
    '',
    '目集中开工,总投资超过50亿元,项目涉及',
    '',
    '智能制造、电子信息、新材料等多个领域。',
    '',
    '　　据了解,这批项目建成后预计年产值',
    '',
    '达到80亿元,可新增就业岗位约两千个,对',
    '',
    '全区产业链条延伸具有重要带动作用。',
    '',
    '',
    '某某高新区6个重点项目集中开工',
  ].join('\n');
  const doc = read(wrapped);
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '某某高新区6个重点项目集中开工');
  assert.match(bodyOf(wrapped)[0]!, /^【某地网】5月6日,在全力推动产业升级的关键时期/u);
});

test('a bracketed traditional-script byline with a date is a byline, not the subtitle', () => {
  const text = '某縣科技園區招商說明會 廠商踴躍\n【記者陳大文/某縣報導】 2021-03-04\n\n某縣政府今日舉辦招商說明會，吸引多家廠商到場。\n\n園區管理局表示，將持續提供投資優惠。\n';
  const article = read(text).articles[0]!;
  assert.equal(article.title, '某縣科技園區招商說明會 廠商踴躍');
  assert.equal(article.subtitle, null);
  assert.deepEqual(article.byline.reporters, ['陳大文']);
});

test("a byline that names its paper before a box-drawing slash (【某某晚報╱記者陳大文/某縣報導】) is a byline; the paper is no author", () => {
  const text = '某縣科技園區營業額創新高\n【某某晚報╱記者陳大文/某縣報導】 2008.01.30\n\n國科會上午指出，去年園區營業額創新高。\n\n管理局表示，將持續推動園區擴區。\n';
  const article = read(text).articles[0]!;
  assert.equal(article.title, '某縣科技園區營業額創新高');
  assert.deepEqual(article.byline.reporters, ['陳大文']);
  assert.deepEqual(article.byline.authors, []);
  // (and with no headline above it, it is no headline either)
  const untitled = read(text.split('\n').slice(1).join('\n')).articles[0]!;
  assert.equal(untitled.title, null);
});

test('a bare agency line under the headline names no author and is not the subtitle', () => {
  const text = '某某園區吸引投資 續推開發計畫\n\n某某社\n\n經濟部表示，轄下園區今年吸引投資金額逾新台幣百億元。\n\n管理局表示，將持續推動園區擴區。\n';
  const article = read(text).articles[0]!;
  assert.equal(article.subtitle, null);
  assert.deepEqual(article.byline.authors, []);
  assert.equal(bodyOf(text).length, 2);
});

test("an editor's credit closing the last paragraph is split off, so no other paragraph is glued after it", () => {
  const text = [
    '某園區新進駐廠商五家',
    '',
    '管理局表示，本月核准五家企業進駐，包括一家雷射設備公司。',
    '',
    '此外，一家營造公司進駐軟體園區，預計創造工作機會。',
    '',
    '管理局強調，園區提供人才培育與輔導方案。(編輯:王小明)1130105',
  ].join('\n');
  const body = bodyOf(text);
  assert.equal(body.length, 3);
  assert.equal(body[2], '管理局強調，園區提供人才培育與輔導方案。');
  assert.deepEqual(read(text).articles[0]!.byline.authors, []);
});

test('captions that credit the reporter or give positions leave the body', () => {
  const text = [
    '某某高新区重点项目集中开工',
    '',
    '某某高新区举行重点项目集中开工仪式。记者 李四',
    '某某高新区重点项目开工现场。记者 李四 摄',
    '',
    '3月2日,某某高新区举行重点项目集中开工仪式,本次集中开工项目8个,涵盖了食品、医药、高端装备制造、环保等多个行业。',
    '',
    '县长张三(前排左3)与企业代表合影',
    '',
    '据介绍,这些项目建成后预计可实现年产值数十亿元,新增就业岗位上千个,对全区产业链延伸具有重要带动作用。',
  ].join('\n');
  const article = read(text).articles[0]!;
  assert.equal(article.title, '某某高新区重点项目集中开工');
  assert.equal(article.subtitle, null);
  assert.ok(article.captions.some((c) => c.text.startsWith('某某高新区举行重点项目集中开工仪式')));
  assert.ok(article.captions.some((c) => c.text.includes('(前排左3)')));
  assert.equal(bodyOf(text).length, 2);
  assert.match(bodyOf(text)[1]!, /^据介绍/u);
});

test('a web page metadata line under the headline is page metadata, and names its author', () => {
  const text = '某某新区实施产业奖补政策\n\n2024-03-05 10:12:30 作者:王小明\n\n为加快产业发展，某某新区开展奖补政策申报工作。\n\n对入驻园区的企业，按每平方米100元给予补助。\n';
  const article = read(text).articles[0]!;
  assert.equal(article.title, '某某新区实施产业奖补政策');
  assert.equal(article.subtitle, null);
  assert.deepEqual(article.byline.authors, ['王小明']);
  const dated = read('园区营收再创新高\n(2023.09.27)\n园区管理局今日召开记者会，公布上半年营收数据。\n');
  assert.equal(dated.articles[0]!.subtitle, null);
  assert.equal(dated.articles[0]!.title, '园区营收再创新高');
});

test('a series label before a vertical bar is the kicker', () => {
  const text = '奋进新征程丨某某综保区交出什么答卷\n某某网 / 某某日报记者 张三 李四\n\n9月15日，某某综合保税区迎来一列满载小麦的专列。\n\n如今，园区进出口总额持续增长。\n';
  const article = read(text).articles[0]!;
  assert.equal(article.kicker, '奋进新征程');
  assert.equal(article.title, '某某综保区交出什么答卷');
  assert.deepEqual(article.byline.reporters, ['张三', '李四']);
});

test("the date on a page's metadata line is its publication date, even when the text reports an earlier day", () => {
  const text = '某某代表团来访考察\n时间:2024-11-08 08:07:11 来源:某某日报\n\n11月6日，某某区党政代表团来某某市考察，双方举行座谈。\n\n代表团还参观了多家企业。\n';
  const doc = read(text);
  assert.equal(doc.publication.month, '2024-11');
  assert.equal(doc.publication.date, '2024-11-08');
});

test('PDF text: a headline wider than its column opens the page; a headline printed last is followed by a metadata line', () => {
  const wide = [
    '江城港科技产业园区今年营业额逆势成长 缔造多项佳绩',
    '江城港科技产业园区管理处长王又文今日宣布,园',
    '区今年缔造多项佳绩,在招商引资方面连续十年达',
    '标,达成率突破预期。园区同时推动循环经济,提升',
    '土地利用效率,吸引厂商加码投资,今年新增厂房面',
    '积超过一万平方米,园区就业人数持续增长。',
    '王又文表示,园区将持续辅导厂商转型升级。',
  ].join('\n');
  assert.equal(read(wide).articles[0]!.title, '江城港科技产业园区今年营业额逆势成长 缔造多项佳绩');
  const last = [
    '　　江城开发区积极抓好在建项目加快推进、建成项',
    '目及早投产,现已开工重点工业项目十个,其中多个',
    '项目已进入设备安装阶段,预计年内投产见效。',
    '　　开发区按照“一园两翼”发展思路,加快建设物',
    '流节点,推进标准化智能库房及配套设施建设并投入',
    '使用,相关项目将于下半年投入运营。',
    '',
    '江城开发区项目建设按下“快进键”',
    '某某新闻网 15-05-13 17:50 来源:某某日报',
  ].join('\n');
  const doc = read(last);
  assert.equal(doc.articles[0]!.title, '江城开发区项目建设按下“快进键”');
  assert.ok(!doc.articles[0]!.paragraphs.some((p) => p.text.includes('来源')));
});

test('an indented dateline line under a headline is the first paragraph, not a second headline line', () => {
  const text = [
    '江城港开发区多个重点项目集中开工 推动新旧动能转换',
    '',
    '　　某某网江城3月22日讯(通讯员 陈士',
    '',
    '明)3月22日上午,江城港开发区举行重点项目',
    '',
    '集中开工仪式,本次开工项目涵盖化工、新材料',
    '',
    '等多个领域,总投资超过百亿元,建成后将进一',
    '',
    '步壮大园区主导产业,推动高质量发展。',
  ].join('\n');
  const article = read(text).articles[0]!;
  assert.equal(article.title, '江城港开发区多个重点项目集中开工 推动新旧动能转换');
  assert.equal(article.subtitle, null);
});

test('picture file names and numbered picture labels are page furniture; a bare bracketed author closes the story', () => {
  const text = [
    '某某区调研开发区工作',
    '',
    '4月16日下午，某某区调研组一行到开发区调研管理体制改革工作，听取情况汇报。',
    'DSC_1001.JPG',
    '现场1',
    '调研组一行先后到多个项目现场，详细了解项目建设进展和企业生产经营情况。',
    '现场2',
    '调研组表示，开发区要进一步深化改革，优化营商环境，推动高质量发展。(王小明)',
  ].join('\n');
  const doc = read(text);
  const body = doc.articles[0]!.paragraphs.map((p) => p.text);
  assert.equal(body.length, 3, JSON.stringify(body));
  assert.ok(!body.some((p) => /DSC_|现场\d/.test(p)));
  assert.equal(body[2], '调研组表示，开发区要进一步深化改革，优化营商环境，推动高质量发展。');
  assert.deepEqual(doc.articles[0]!.byline.authors, ['王小明']);
});

test('a caption naming several people by position, or bracketed with a picture credit, leaves the body', () => {
  const text = [
    '园区更名揭牌',
    '',
    '某某长张三(右五)、某某部长李四(右四)和某某市长王五(左四)等人出席园区更名揭牌典礼。',
    '',
    '(某某处长赵六今日宣布园区今年缔造多项佳绩。图/某某处提供)',
    '',
    '园区管理处表示，今年园区营业额逆势增长，招商引资连续多年达标，园区将持续推动转型升级。',
  ].join('\n');
  const article = read(text).articles[0]!;
  assert.equal(article.captions.length, 2, JSON.stringify(article.captions.map((c) => c.text)));
  assert.equal(article.paragraphs.filter((p) => p.kind === 'body').length, 1);
});

test('a column of news briefs, each opening with the same mark and no headline, is one untitled article an item', () => {
  const text = [
    '◎1月2日，某部门领导来保税区调研，实地参观了多个重点项目，听取了园区发展情况汇报。',
    '◎1月4日，某基金会专家一行来保税区现场考察，洽谈合作事宜，参观了区内多家企业。',
    '◎1月12日，某海关关长一行9人来保税区考察学习，参观了区内在建项目并座谈交流。',
    '记者张小明',
  ].join('\n');
  const doc = read(text);
  assert.equal(doc.articles.length, 3);
  assert.ok(doc.articles.every((a) => a.title === null));
  assert.deepEqual(doc.articles[2]!.byline.reporters, ['张小明']);
});

test('a radio bulletin: its greeting is furniture and each paragraph under the issue header is an untitled item of its column', () => {
  const text = [
    '2025年3月12日《园区之声》',
    '各位听众朋友们，大家好！欢迎收听《园区之声》。',
    '为加快推进重点项目建设，某某高新区近日召开项目调度会，要求各部门倒排工期、挂图作战，确保项目早日投产。',
    '近日，某某高新区实验小学举办科技节活动，全校师生共同参与，展示了机器人、航模等一批科技作品。',
  ].join('\n');
  const doc = read(text);
  assert.equal(doc.articles.length, 2);
  assert.ok(doc.articles.every((a) => a.title === null && a.column === '园区之声'));
  assert.ok(!doc.text.includes('欢迎收听'));
  assert.ok(doc.messages.some((m) => m.ruleId === 'news-briefs'));
  // a document titled 《…》 without an issue date or number is one article
  const single = read(['《园区之声》', '', text.split('\n')[2], '', text.split('\n')[3]].join('\n'));
  assert.equal(single.articles.length, 1);
});

test('a numbered section heading ("二、……") inside an article is a subhead, not a new article', () => {
  const text = [
    '某某新片区产业扶持政策汇总',
    '',
    '一、区域优势',
    '',
    '某某新片区位于沿海地区，交通便利，产业基础雄厚，集聚了多家龙头企业。',
    '',
    '二、政策导航',
    '',
    '根据新片区有关政策，入驻企业可申请以下财政扶持：',
    '',
    '普惠奖励扶持政策清单',
    '',
    '对认定的国家高新技术企业给予一次性奖励，最高不超过50万元。',
  ].join('\n');
  const doc = read(text);
  assert.equal(doc.articles.length, 1);
  assert.ok(doc.articles[0]!.paragraphs.some((p) => p.kind === 'subhead' && p.text === '二、政策导航'));
});

test('a metadata line with a two-digit year dates the page', () => {
  const text = '某某开发区项目建设按下快进键\n某某新闻网 15-05-13 17:50 来源:某某日报\n\n今年以来，某某开发区积极推进在建项目，现已开工重点项目十个。\n\n开发区将继续优化服务，推动项目早日投产。\n';
  const doc = read(text);
  assert.equal(doc.publication.month, '2015-05');
  assert.equal(doc.articles[0]!.subtitle, null);
});

test('a Latin outlet and "報導" in a bracketed credit, with the date and weekday after it, make a byline', () => {
  const text = '某縣科技園區新廠動工 邁向新階段\n【ABCNews/TechDaily 林小明 報導】   2021年03月04日 星期四\n\n某縣科技園區今日舉行新廠動工典禮，多家廠商代表出席。\n\n園區管理局表示，將持續提供投資優惠。\n';
  const doc = read(text);
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '某縣科技園區新廠動工 邁向新階段');
  assert.deepEqual(doc.articles[0]!.byline.reporters, ['林小明']);
  assert.equal(doc.publication.month, '2021-03');
});

test('a day-first metadata date and a "本文来源" field are page metadata that date the page', () => {
  const text = '某某高新区招商实现新突破\n27.10.2015 13:05\n本文来源: 某某市人民政府\n\n25日，记者从某某高新区获悉，今年前三个季度新引进项目40个。\n\n这些项目将增强园区发展后劲。\n';
  const doc = read(text);
  assert.equal(doc.articles[0]!.title, '某某高新区招商实现新突破');
  assert.equal(doc.publication.month, '2015-10');
});

test('traditional 圖說 captions and a short scene label ending in 现场 are captions, not body or title', () => {
  const trad = '某某園區管理局新任局長上任\n圖說：次長(左)將派令交給代理局長某某某。\n政府推動組織改造，園區管理局今日舉行布達典禮。\n與會貴賓均表示祝賀。\n';
  const a = read(trad).articles[0]!;
  assert.deepEqual(a.captions.map((c) => c.text), ['圖說：次長(左)將派令交給代理局長某某某。']);
  assert.ok(!a.paragraphs.some((p) => p.text.startsWith('圖說')));
  const simp = '某某高新区揭牌仪式举行\n某某高新区揭牌现场\n3月21日，某某高新区揭牌仪式举行，标志着高新区发展迈入新征程。\n有关部门负责人参加揭牌仪式。\n';
  const b = read(simp).articles[0]!;
  assert.equal(b.title, '某某高新区揭牌仪式举行');
  assert.deepEqual(b.captions.map((c) => c.text), ['某某高新区揭牌现场']);
});

test('PDF text: the opening lines above a metadata line are the headline, however wide; a page ending mid-sentence fetches nothing', () => {
  const page = [
    '某某经济技术开发区(某某片区):某某经济技术开发区(某某片区):',
    '18个重点建设项目集中开工',
    '2020年03月24日 10:41   来源:某某日报',
    '',
    '　　某某日报讯(记者王小明 通讯员李小红报道',
    ')3月23日,某某经济技术开发区(某某片',
    '区)18个市级重点建设项目集中开工。',
    '　　据了解,该批项目既有备受关注的物流',
    '枢纽,还有科技含量高、市场前景广阔的工业项',
    '目,以及改善民生福祉的基础设施建设项目。',
    '　　同日,在某某经开区(某某片区)两河片',
    '区,基础设施建设项目、高端制造科技产业园建设',
    '项目同时动工,计划总投资40亿元。',
    '　　今年,某某经开区(某某片区)大力推进',
    '四大板块建设,确定重点项目137项,总投资',
    '356亿元,年度计划投资117亿元。截至目前,开',
    '复工项目达50个,总投资183亿元',
  ].join('\n');
  const doc = read(page);
  assert.equal(doc.articles.length, 1);
  const a = doc.articles[0]!;
  assert.equal(`${a.title ?? ''}${a.subtitle ?? ''}`, '某某经济技术开发区(某某片区):18个重点建设项目集中开工');
  assert.deepEqual(a.byline.reporters, ['王小明']);
  assert.deepEqual(a.byline.correspondents, ['李小红']);
  const body = a.paragraphs.map((p) => p.text);
  assert.equal(body.length, 4);
  assert.ok(body[2]!.startsWith('同日,') && body[3]!.startsWith('今年,') && body[3]!.endsWith('总投资183亿元'));
});

test('an official document ("关于印发……的通知") is one article: its number is furniture, its signature and attachment its text', () => {
  const text = [
    '某某示范区管委会关于印发某某示范区促进产业高质量发展的若干措施的通知',
    '某综改规发〔2025〕1号',
    '各工作机构,区属事业单位、国有企业:',
    '现将《某某示范区促进产业高质量发展的若干措施》予以印发,请遵照执行。',
    '某某示范区管委会',
    '(此件公开发布)',
    '某某示范区促进产业高质量发展的若干措施',
    '为加快培育新质生产力,结合工作实际,制定本措施。',
    '一、构建现代化产业体系',
    '对新认定的省级链主企业,给予最高100万元的配套奖励。',
  ].join('\n');
  const doc = read(text);
  assert.equal(doc.articles.length, 1);
  const a = doc.articles[0]!;
  assert.equal(a.title, '某某示范区管委会关于印发某某示范区促进产业高质量发展的若干措施的通知');
  const texts = a.paragraphs.map((p) => p.text);
  assert.ok(!texts.some((t) => t.includes('〔2025〕')));
  assert.ok(texts.includes('某某示范区促进产业高质量发展的若干措施'));
  assert.equal(texts[texts.length - 1], '对新认定的省级链主企业,给予最高100万元的配套奖励。');
  assert.ok(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.dropped?.includes('〔2025〕1号')));
});

test('PDF text: a three-digit edition running head is furniture; a deck and a question headline above the indented lead head the article', () => {
  const page = [
    '某某日报  2026年01月26日 星期一  004版',
    '',
    '2025年,某某先行区接待游客18.5万人次,同比增长19.1%',
    '某某先行区缘何“圈粉”海内外?',
    '',
    '　　翻开某某国际医疗旅游先行区一年来的发展画卷,',
    '起笔有势,落笔生辉,各项指标稳步增长。',
    '某某暖银龄健康嘉年华活动现场',
    '　　这一年,某某先行区交出了一份亮眼的成绩单:游',
    '客人次同比增长19.2%,特许药械使用人次同比增长',
    '39.9%,全年引进创新药械首次突破100种。',
    '航拍某某先行区。本版图片均由某某先行区管理局提供',
    '',
    '某某日报  2026年01月26日 星期一  004版',
  ].join('\n');
  const doc = read(page);
  assert.equal(doc.articles.length, 1);
  const a = doc.articles[0]!;
  assert.deepEqual([a.title, a.subtitle].sort(), ['2025年,某某先行区接待游客18.5万人次,同比增长19.1%', '某某先行区缘何“圈粉”海内外?'].sort());
  assert.deepEqual(a.captions.map((c) => c.text), ['某某暖银龄健康嘉年华活动现场', '航拍某某先行区。本版图片均由某某先行区管理局提供']);
  assert.equal(a.paragraphs.length, 2);
  assert.equal(doc.messages.filter((m) => m.ruleId === 'page-furniture').length, 2);
});

test('an outlet, role and name glued in a bracketed credit make a byline; captions closing with (圖/某某提供) leave the body', () => {
  const text = [
    '【某傳媒記者林大同/新竹報導】',
    '某某園區服務邁入新里程碑!管理局服務大樓今日落成啟用。',
    '▲服務大樓揭牌儀式,局長致詞揭幕。(圖/某某管理局提供)',
    '管理局表示,園區總面積達531公頃,其中244公頃為產業用地。',
  ].join('\n');
  const a = read(text).articles[0]!;
  assert.deepEqual(a.byline.reporters, ['林大同']);
  assert.deepEqual(a.captions.map((c) => c.text), ['▲服務大樓揭牌儀式,局長致詞揭幕。(圖/某某管理局提供)']);
  assert.equal(a.paragraphs.length, 2);
});

test('a one-line heading above a brief opening with today or yesterday, or with the reporter learning something, heads a new article', () => {
  const text = [
    '某某开发区恢复正常',
    '记者 王明 某某开发区事故已过去一周，大家已经渐渐回归平静的日常生活。',
    '开发区迎来首个项目签约',
    '今天下午，某某开发区管委会与某某交易中心有限公司签署战略合作协议。',
    '根据协议，首批将有22家企业陆续入驻。',
    '图书馆恢复开放',
    '记者昨日从某某图书馆获悉，该馆已恢复正常开放。',
    '汇聚创新资源',
    '11月15日，某某研究院发布年度报告。',
  ].join('\n');
  const doc = read(text);
  assert.deepEqual(doc.articles.map((a) => a.title), ['某某开发区恢复正常', '开发区迎来首个项目签约', '图书馆恢复开放']);
  assert.deepEqual(doc.articles[2]!.paragraphs.map((p) => [p.kind, p.text.slice(0, 6)]), [['body', '记者昨日从某'], ['subhead', '汇聚创新资源'], ['body', '11月15日']]);
});

test('a short sentence ending in 现场 with a full stop stays in the story', () => {
  const text = '某某园区项目集中开工\n3月1日，某某园区10个重点项目集中开工。\n记者来到项目现场。\n工人们正在紧张施工。\n';
  const a = read(text).articles[0]!;
  assert.deepEqual(a.captions, []);
  assert.ok(a.paragraphs.some((p) => p.text === '记者来到项目现场。'));
});

test('breadcrumb trails and an edition with its section label are furniture; a date and a source name under the headline are metadata', () => {
  const pdf = [
    '第06版:区域传真·江城',
    '',
    '1010.24亿元!1010.24亿元!',
    '某某高新区成为全省首个GDP千亿级开发区',
    '2023-2-13 22:14 某某高新区',
    '',
    '　　年初以来,某某高新区牢牢把握推动高质量发',
    '展这条主线,凝心聚力抓项目、促招商、兴产业,',
    '经济运行呈现稳中向好态势。上半年,规模工业',
    '总产值同比增长18%,固定资产投资增长12%。',
    '',
    '第06版:区域传真·江城',
  ].join('\n');
  const doc = read(pdf);
  assert.equal(doc.articles.length, 1);
  const a = doc.articles[0]!;
  assert.equal(`${a.title ?? ''}${a.subtitle ?? ''}`.replace(/\s/g, ''), '1010.24亿元!某某高新区成为全省首个GDP千亿级开发区');
  assert.equal(doc.publication.date, '2023-02-13');
  assert.equal(doc.messages.filter((m) => m.ruleId === 'page-furniture').length, 2);
  const web = read('当前位置: 首页 > 某某要闻 > 新闻热点\n某某县开展年度工业视察\n11月26日，某某县组织部分委员开展年度工业视察活动。\n委员们走进生产车间了解情况。\n');
  assert.equal(web.articles[0]!.title, '某某县开展年度工业视察');
  assert.ok(web.messages.some((m) => m.ruleId === 'page-furniture' && m.dropped?.startsWith('当前位置')));
});

test('Markdown: a thematic break and emphasis around a whole metadata line are markup', () => {
  const md = '# 要闻 | 某某县开展年度工业视察\n\n*信息来源: 县融媒体中心 发布时间: 2025-11-27 14:57*\n\n11月26日，某某县组织部分委员开展年度工业视察活动。\n\n委员们走进生产车间了解情况。\n\n---\n';
  const doc = extractBytes(Buffer.from(md, 'utf8'), { name: 'fixture.md', readerOnly: true });
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '某某县开展年度工业视察');
  assert.ok(doc.articles[0]!.paragraphs[0]!.text.startsWith('11月26日'));
  assert.equal(doc.publication.date, '2025-11-27');
  assert.equal(doc.messages.filter((m) => m.ruleId === 'markdown-markup').length, 4);
});

test("a web page's reprint notice and link line are furniture; a sentence that mentions reprinting is not", () => {
  const text = '某某高新区项目集中开工\n4月18日，某某高新区12个重点项目集中开工。\n该区产品被多家媒体转载，请关注。\n本文为某某站原创文章,转载请附上原文出处链接和本声明。\n本文链接:https://example.cn/content/646/57/12744337.html\n';
  const doc = read(text);
  assert.deepEqual(doc.articles[0]!.paragraphs.map((p) => p.text), ['4月18日，某某高新区12个重点项目集中开工。', '该区产品被多家媒体转载，请关注。']);
  assert.equal(doc.messages.filter((m) => m.ruleId === 'page-furniture').length, 2);
});

test('a source line closing a brief ("◎ 某某融媒体中心") ends its article; metadata authors lose their role words; 实习生 is a role', () => {
  const text = [
    '某某高新区来了',
    '近日，经国务院批复同意，原某某开发区正式更名为某某高新技术产业开发区。',
    '此次更名是优化产业空间布局的重要举措。(记者 刘向平 实习生 贾婷婷)',
    '◎ 某某县融媒体中心',
    '',
    '某某特别合作园揭牌',
    '某某特别合作园昨日上午揭牌，两区签订合作协议。',
    '来源:某某日报 作者:首席记者 赵芳洲 编辑:吴明',
  ].join('\n');
  const doc = read(text);
  assert.deepEqual(doc.articles.map((a) => a.title), ['某某高新区来了', '某某特别合作园揭牌']);
  assert.deepEqual(doc.articles[1]!.byline.authors, ['赵芳洲']);
});

test('PDF text: a headline printed last after a blank line may hold commas; a breadcrumb may use ">>"', () => {
  const pdf = [
    '首页>>新闻动态>>正文',
    '　　某某快报讯 (通讯员 刘吉林 记者 陆文杰)7月',
    '28日,某某经开区召开高质量发展大会,会议回顾了五年',
    '来某某经开区的发展成果,一批重大项目进行了现场集中签',
    '约,同时还对一批业绩突出、工作创新、管理规范的先进单',
    '位进行了表彰,12家单位获得了“高质量发展奖”。',
    '　　会上,32个产业项目现场集中签约,总投资',
    '229亿元,涵盖新能源、新材料、智能制造等多',
    '个领域,将为区域经济发展注入强劲动能,进一',
    '步提升产业集聚度和竞争力。',
    '',
    '',
    '某某经开区:32个产业项目现场集中签约,总投资229亿元',
  ].join('\n');
  const doc = read(pdf);
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '某某经开区:32个产业项目现场集中签约,总投资229亿元');
  assert.ok(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.dropped === '首页>>新闻动态>>正文'));
});

test("a photo's one-line caption between a headline and its story's lead does not keep the headline from opening the story", () => {
  const text = [
    '某某高新区新建一批中小学 明年9月前完工',
    '记者昨日获悉，明年9月前，某某高新区将新建或改造一批中小学。项目定位为区属示范性小学。',
    '某某这个产业园专产风电装备 整体工程明年建成',
    '某某风电产业园制造基地厂房。',
    '记者近日从某某港城经济区管委会获悉，某某风电产业园已有多家企业入园。',
  ].join('\n');
  const doc = read(text);
  assert.deepEqual(doc.articles.map((a) => a.title), ['某某高新区新建一批中小学 明年9月前完工', '某某这个产业园专产风电装备 整体工程明年建成']);
});

test('a stack of three or more short one-sentence lines is the photo captions gathered in one place; two such lines stay in the story', () => {
  const stacked = read(['数据中心集群成为新区名片', '某某云数据中心。', '某某七星数据中心。', '某某移动数据中心一角。', '今年初，新区明确提出建设数字经济发展创新区，为强省会行动注入强劲动力。', '目前，新区规划建设了14个超大型数据中心。'].join('\n')).articles[0]!;
  assert.deepEqual(stacked.captions.map((c) => c.text), ['某某云数据中心。', '某某七星数据中心。', '某某移动数据中心一角。']);
  assert.equal(stacked.paragraphs.length, 2);
  const story = read(['某某园区项目集中开工', '3月1日，某某园区10个重点项目集中开工。', '记者来到项目现场。', '工人们正在紧张施工。'].join('\n')).articles[0]!;
  assert.deepEqual(story.captions, []);
});

test("web furniture: a trail ending with its separator, and a forum's tools and post header, are no headline", () => {
  const trail = read('当前位置:主页 > 园区资讯 >\n某某科技园二期开园仪式成功举行\n时间:2023-12-12 12:37 点击次数:124\n\n5月24日上午，某某科技园二期成功举行开园仪式。\n园区已形成科创产业集群。\n');
  assert.equal(trail.articles[0]!.title, '某某科技园二期开园仪式成功举行');
  const forum = read(
    '找回密码\n注册\n\nQQ登录\n\n只需一步,快速开始\n\n查看: 527|回复: 0\n\n某某云谷科技园开园\n\n[复制链接]\n 楼主| 发表于 2021-12-9 14:47:31 | 显示全部楼层 |阅读模式\n近日，记者从某某市科技局获悉，某某云谷科技园于日前开园。\n共44家企业在现场签约入园。\n',
  );
  assert.equal(forum.articles.length, 1);
  assert.equal(forum.articles[0]!.title, '某某云谷科技园开园');
  assert.ok(forum.articles[0]!.paragraphs[0]!.text.startsWith('近日'));
  assert.equal(forum.publication.date, '2021-12-09');
});

test("web furniture: a word count, a no-copying notice, a news-source line, keyword and comment labels and a button under the footer", () => {
  const doc = read(
    '本文共635字\n某某園區服務大樓2日舉行落成啟用揭牌典禮。\n園區總面積達631公頃，其中344公頃為產業用地。\n※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結；未經授權，請勿複製轉貼文章內容\n留言\n',
  );
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, null);
  assert.deepEqual(doc.articles[0]!.paragraphs.map((p) => p.text.slice(0, 4)), ['某某園區', '園區總面']);
  const cna = read('某某園區吸引逾410億投資\n\n某某社\n\n（某某社記者某某台北28日電）某某部表示，轄下園區今年共吸引投資逾410億元。\n\n園管局強調，園區提供人才培育方案。\n\n新聞來源：某某社\n\n\n\n新聞關鍵字\n\n加入\n');
  assert.equal(cna.articles.length, 1);
  assert.equal(cna.articles[0]!.paragraphs.at(-1)!.text, '園管局強調，園區提供人才培育方案。');
});

test('photo labels at the foot of a web page (某某某致辞, 开工奠基仪式) are captions, not a headline printed after the story', () => {
  const doc = read(
    '11月8日，星湾产业项目集中签约活动在星湾举行。星湾研究院党委书记韦某某出席活动并致辞。\n韦某某在致辞中表示，星湾区位优越、发展势头良好。\n园区一期规划用地面积1.44平方公里。\n韦某某致辞\n开工奠基仪式\n',
  );
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, null);
  assert.deepEqual(doc.articles[0]!.captions.map((c) => c.text), ['韦某某致辞', '开工奠基仪式']);
});

test("web furniture: a long site header ends at a two-step trail from the home page (首页 > 今日要闻)", () => {
  const doc = read(
    '今日某某APP\n数字报\n今日某某公众号\n视听某某公众号\n头条号\n某某市融媒体中心  新闻线索:0514-84683100  网络辟谣\n首页\n  • 今日某某APP\n  • 手机版\n  • 今日某某公众号\n  • 头条号\n首页 > 今日要闻\n开发区:“数”写30年发展辉煌篇章\n\n2023-11-22 18:56:23    作者:    来源:今日某某\n\n本报讯(通讯员 某某 记者 某某)今年11月是某某经济开发区建区三十周年。\n\n三十年来，开发区实现了经济发展的蝶变跃升。\n',
  );
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '开发区:“数”写30年发展辉煌篇章');
  assert.equal(doc.publication.date, '2023-11-22');
});

test('Markdown exported from a web page: one story, its title, and no markup in its text', () => {
  const doc = extractBytes(readFileSync(path.join(FIXTURES, 'web-export.md')), { name: 'web-export.md' });
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '星湾科技园二期·云溪园开园仪式成功举行');
  assert.equal(doc.publication.date, '2023-12-12');
  for (const p of doc.articles[0]!.paragraphs) assert.ok(!/\]\(|!\[|^[-*>] |\*\*/.test(p.text), p.text);
  assert.ok(doc.quantities.some((q) => q.surface === '15亿元'));
});

test("a web page's post label before the headline on its line (原创 …) is furniture", () => {
  const doc = read('原创 星湾化工新材料中试基地启用 促科技成果转化应用\n星湾网1月4日电 (记者 某某)星湾化工新材料中试基地4日正式建成启用。\n基地总投资4.5亿元。\n');
  assert.equal(doc.articles[0]!.title, '星湾化工新材料中试基地启用 促科技成果转化应用');
  assert.ok(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.dropped === '原创 '));
});

test('a credit for text and pictures (文、图:某某, 文/图：某某) is a byline naming the author', () => {
  for (const credit of ['文、图:王翠琪', '文/图：王翠琪', '图文：王翠琪']) {
    assert.equal(isBylineLine(credit), true, credit);
    assert.deepEqual(parseByline([credit]).authors, ['王翠琪'], credit);
  }
  assert.equal(isBylineLine('文图并茂的展板吸引了参观者'), false);
});

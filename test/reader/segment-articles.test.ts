// Fixture tests for reflowLines + segmentArticles: each test/fixtures/reader/segment-*.txt (invented
// pages in the style of the real ones) is read by the reader stages up to segmentArticles and its
// articles are compared with segment-*.expected.json; UPDATE=1 rewrites the expected files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { collapseSpacedCharacters } from '../../src/reader/collapseSpacedCharacters.js';
import { dropPageFurniture } from '../../src/reader/dropPageFurniture.js';
import { reflowLines } from '../../src/reader/reflowLines.js';
import { segmentArticles } from '../../src/reader/segmentArticles.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { undoubleBoldRuns } from '../../src/reader/undoubleBoldRuns.js';
import { checkFixture, docOf, FIXTURES, fixtureNames, runStages } from './reader-fixtures.js';

const stages = [splitLines, collapseSpacedCharacters, undoubleBoldRuns, dropPageFurniture, reflowLines, segmentArticles];

function read(raw: string, name: string) {
  const doc = runStages(docOf(raw, name), stages);
  return doc.articles.map((a) => ({
    column: a.column,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    dateline: a.dateline,
    paragraphs: a.paragraphs.map((p) => (p.kind === 'subhead' ? `## ${p.text}` : p.text)),
    captions: a.captions.map((c) => c.text),
    pullQuotes: a.pullQuotes.map((q) => q.text),
  }));
}

const names = fixtureNames('segment');
test('there are segmentation fixtures', () => assert.ok(names.length >= 4));
for (const name of names) test(`segments ${name} as expected`, () => checkFixture(name, read));

test('every paragraph, headline, caption and quote slices out of doc.text at its textSpan', () => {
  for (const name of names) {
    const doc = runStages(docOf(checkRaw(name), `${name}.txt`), stages);
    for (const article of doc.articles)
      for (const item of [...article.headlines, ...article.paragraphs, ...article.captions, ...article.pullQuotes])
        assert.equal(doc.text.slice(item.textSpan.start, item.textSpan.end), item.text, `${name}: ${item.text.slice(0, 12)}`);
  }
});

function checkRaw(name: string): string {
  return readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
}

test('a wide first line without a full stop, above a dated lead, is the headline', () => {
  const raw =
    '园区招商再提速！某某经开区一季度18个产业项目签约 总投资逾九十亿元\n5月8日，某某经开区举行一季度产业项目签约仪式，协议投资额合计93.6亿元。\n同日，两家企业与经开区签署合作协议。\n';
  const articles = read(raw, 'wide-headline.txt');
  assert.equal(articles[0]!.title, '园区招商再提速！某某经开区一季度18个产业项目签约 总投资逾九十亿元');
  assert.ok(articles[0]!.paragraphs[0]!.startsWith('5月8日'), articles[0]!.paragraphs[0]);
});

test('a bracketed credit closing the story is its byline, on its own line or at the end of the last paragraph', () => {
  const own = read('园区新动能\n5月8日，某某高新区举行签约仪式，项目总投资12亿元。\n园区将继续做好企业服务。\n(记者 林小青)\n', 'credit-line.txt');
  assert.deepEqual(own[0]!.byline.reporters, ['林小青']);
  assert.ok(!own[0]!.paragraphs.some((p) => p.includes('林小青')), JSON.stringify(own[0]!.paragraphs));
  const inline = read('园区新动能\n5月8日，某某高新区举行签约仪式，项目总投资12亿元。\n园区将继续做好企业服务。（记者 林小青 通讯员 黄立）\n', 'credit-inline.txt');
  assert.deepEqual(inline[0]!.byline.reporters, ['林小青']);
  assert.deepEqual(inline[0]!.byline.correspondents, ['黄立']);
  assert.equal(inline[0]!.paragraphs[1], '园区将继续做好企业服务。');
});

test('a headline its lead restates word for word is the headline, not a pull quote', () => {
  const raw =
    '某某新区举行2024年第二批产业招商项目集中签约暨重大项目集中开工仪式\n5月19日，某某新区举行2024年第二批产业招商项目集中签约暨重大项目集中开工仪式，3个项目集中签约，6个项目集中开工，总投资10.67亿元。\n仪式由新区管委会副主任主持。\n';
  const articles = read(raw, 'restated-headline.txt');
  assert.equal(articles[0]!.title, '某某新区举行2024年第二批产业招商项目集中签约暨重大项目集中开工仪式');
  assert.deepEqual(articles[0]!.pullQuotes, []);
  assert.ok(articles[0]!.paragraphs[0]!.startsWith('5月19日'), articles[0]!.paragraphs[0]);
});

test("a web page's header (site name, menu, section) is furniture, and the line above its metadata line is the headline", () => {
  const withHeader = readPage('某某科技资讯\n网站首页 科技资讯 财经资讯 分享好友\n\n某某综合保税区蝉联发展绩效榜首!\n\n时间:2025-08-28 06:06:21来源:某某新闻编辑:快讯团队\n近日,海关总署揭晓了年度评估排名,某某综合保税区位列第一。\n');
  assert.equal(withHeader.title, '某某综合保税区蝉联发展绩效榜首!');
  const withSection = readPage('某推網\n\n選單\n財經\n\n275億元 某州39個專案集中籤約\n11月2日,某州區舉行招商引資重點專案集中開工、簽約儀式。\n');
  assert.equal(withSection.title, '275億元 某州39個專案集中籤約');
  const longHeadline = readPage('当前位置: 首页 > 政务公开 > 重大项目\n\n某某管理区举行2022年第二批产业招商项目集中签约暨重大项目集中开工仪式\n\n编稿时间:2022-08-29 09:21 来源:某某发布 浏览:\n\n5月19日,某某管理区举行第二批产业招商项目集中签约仪式,3个项目集中签约。\n');
  assert.equal(longHeadline.title, '某某管理区举行2022年第二批产业招商项目集中签约暨重大项目集中开工仪式');
  assert.ok(longHeadline.paragraphs[0]!.text.startsWith('5月19日'), longHeadline.paragraphs[0]!.text);
});

function readPage(raw: string) {
  return extractBytes(Buffer.from(raw), { name: 'web.txt', readerOnly: true }).articles[0]!;
}

test('a photo caption printed above the first headline, closing with a bracketed credit, stays with the article as its caption', () => {
  const raw = '某某开发区 产城融合发展（某报融媒记者 王一 摄）\n探园区\n某某经济技术开发区\n双向发力 努力干出新天地\n某某新闻网讯 6月17日清晨，在某某开发区的项目建设现场，400多名施工人员有序进场。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'caption-first.txt', readerOnly: true });
  assert.equal(doc.articles.length, 1);
  const article = doc.articles[0]!;
  assert.deepEqual(article.captions.map((c) => c.text), ['某某开发区 产城融合发展（某报融媒记者 王一 摄）']);
  assert.equal(article.title, '某某经济技术开发区');
  assert.ok(doc.text.includes('产城融合发展'), 'the caption is part of the repaired text');
});

test("a web page's table borders are furniture, and an author's bare name beside its metadata line is the byline", () => {
  const bordered = extractBytes(Buffer.from('|\n1月27日，记者从开发区获悉，今年某某市力争创建国家级高新区。\n作者：李佳\n|\n|\n'), { name: 'borders.txt', readerOnly: true });
  assert.deepEqual(bordered.articles.map((a) => a.title), [null]);
  assert.ok(!bordered.text.includes('|'));
  const authored = extractBytes(Buffer.from('某某投资区回归园一期建设加速度\n\n王晓明\n2012-12-25 09:13:46\n\n某某投资区以回归创业园为载体，加快推进园区经济跨越发展。\n'), { name: 'author.txt', readerOnly: true });
  assert.equal(authored.articles[0]!.title, '某某投资区回归园一期建设加速度');
  assert.deepEqual(authored.articles[0]!.byline.authors, ['王晓明']);
  assert.equal(authored.publication.date, '2012-12-25');
});

test("a web page's picture placeholder is furniture and the line under it the picture's caption; a page title printed above the same headline goes", () => {
  const raw = '当前位置:要闻 > 正文\n\n某某科学城两年签约43个项目\n\n某某科学城两年签约43个项目\n2022-03-29 07:28:59 来源:某某在线\n文章图片\n坐落于某某科学城的金凤实验室\n在某某科学城的创新版图上，28所高校汇聚，一批科研院所陆续落户。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'placeholders.txt', readerOnly: true });
  assert.deepEqual(doc.articles.map((a) => a.title), ['某某科学城两年签约43个项目']);
  assert.deepEqual(doc.articles[0]!.captions.map((c) => c.text), ['坐落于某某科学城的金凤实验室']);
  assert.ok(!doc.text.includes('文章图片'));
});

test("a web page's chrome goes: greeting, menus, a trail and what stands above it, tools, copyright; a teaser of the story is not its body", () => {
  const chrome = readPage(
    '您好,欢迎来到某某供销网\nrss\n商品招商|项目招商|场所招商|商品招标\n您的当前位置: >首页 -> 招商招标 -> 项目招商\n某省再添国家级经济技术开发区\n时间:2011-04-02 11:43:44来源:作者:夏丹\n近日,某某经济开发区升级为国家级经济技术开发区。\n（版权所有 不得转载）\n关闭】【顶部\n>>最新信息\n',
  );
  assert.equal(chrome.title, '某省再添国家级经济技术开发区');
  assert.deepEqual(chrome.paragraphs.map((p) => p.text), ['近日,某某经济开发区升级为国家级经济技术开发区。']);
  const teaser = extractBytes(
    Buffer.from('千年古城,源远流长!\n\n某区管委会主任 王某 实干争先立潮头-某某报业网\n\n当前位置:某某报业网 > 要闻 > 正文\n\n某区管委会主任 王某 实干争先立潮头\n\n来源:某某日报     点击数:803     日期:2024-04-17 08:43:42\n开发区将进一步激发高质量发展的强烈共识,营造干事创业氛围。抢抓产业新风口,在发展新质生产力上勇当先锋。全年工业开票销售突破600亿元,新签约亿\n\n开发区将进一步激发高质量发展的强烈共识,营造干事创业氛围。\n\n抢抓产业新风口,在发展新质生产力上勇当先锋。全年工业开票销售突破600亿元,新签约亿元项目15个以上。\n'),
    { name: 'teaser.txt', readerOnly: true },
  );
  assert.deepEqual(teaser.articles.map((a) => a.title), ['某区管委会主任 王某 实干争先立潮头']);
  assert.deepEqual(teaser.articles[0]!.paragraphs.map((p) => p.text.slice(0, 8)), ['开发区将进一步激', '抢抓产业新风口,']);
});

test("an author's bare name closing the page after its last sentence is the byline; a photo credit there is not", () => {
  const authored = readPage('本报讯 开发区是我区经济发展的主战场，行政管辖面积171平方公里。三年来有130多个项目正在加速建设。王晓明\n');
  assert.deepEqual(authored.byline.authors, ['王晓明']);
  assert.ok(authored.paragraphs[authored.paragraphs.length - 1]!.text.endsWith('加速建设。'));
  const credited = readPage('园区新景\n\n园区新建厂房投入使用。\n\n厂房内景。王晓明摄\n');
  assert.deepEqual(credited.byline.authors, []);
});

test("a web page's headline of spaced parts, wider than one printed headline, is the headline when it opens the page", () => {
  const raw =
    '项目履约率100% 半年招商超200亿 江城经济开发区掀起招商引资新热潮\n\n\n(相关资料图)\n\n' +
    '招商引资进展喜人!昨日,记者从江城经济开发区管委会获悉,今年新签约项目达21个,项目履约率达100%。\n\n' +
    '连日来,一个个即将开园的综合产业园也迎来火热的“招商季”。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'spaced-title.txt', readerOnly: true });
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '项目履约率100% 半年招商超200亿 江城经济开发区掀起招商引资新热潮');
  assert.ok(doc.articles[0]!.paragraphs[0]!.text.startsWith('招商引资进展喜人'));
});

test("a regulation's articles (第三条 奖励标准) are sections of the one document, and a title line opening with 的 continues the line above", () => {
  const raw =
    '2024年04月26日\n\n园区政策\n\n支持银滩综合保税区入区企业发展\n\n的政策措施(暂行)\n\n\n第一条 总则\n\n    为了进一步扩大银滩综合保税区进出口规模,制定本措施。\n\n' +
    '第二条 实施范围\n\n    本措施适用于在银滩综合保税区内注册的企业。\n\n第三条 奖励标准\n\n\n    (一)经营贡献奖励\n\n    1.制造业,入区企业进出口总额每完成1美元奖励2分钱人民币。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'regulation.txt', readerOnly: true });
  assert.equal(doc.articles.length, 1, JSON.stringify(doc.articles.map((a) => a.title)));
  assert.equal(doc.articles[0]!.title, '支持银滩综合保税区入区企业发展的政策措施(暂行)');
});

test("a section's short label over a headline three times as wide is the column, not the title", () => {
  const raw = '科 技 新 聞\n\n\n「某某科學園區管理局」正式揭牌\n2022/07/28\n  【記者王一/新竹報導】科學園區管理局今天正式揭牌，局長表示將加強服務。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'label.txt', readerOnly: true });
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, '「某某科學園區管理局」正式揭牌');
  assert.equal(doc.articles[0]!.column, '科技新聞');
});

test('a reposted story\'s "原标题：" before its headline is a label, not part of the title', () => {
  const raw = '原标题:某某经济开发区揭牌 现场签约16个项目\n10月28日,某某区举行经济开发区揭牌仪式、重点项目集中签约仪式。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'repost.txt', readerOnly: true });
  assert.equal(doc.articles[0]!.title, '某某经济开发区揭牌 现场签约16个项目');
  assert.equal(doc.articles[0]!.kicker, '原标题');
});

test('a table printed as text (cells set apart by wide gaps) keeps one row a paragraph, its spaces, and no row is a headline', () => {
  const raw =
    '附件\n\n第四批某省产业集聚示范区名单\n\n序号     产业集聚区名称            主要产业\n\n1 某某雄州机电产业集聚区     机电设备\n\n' +
    '2 某某锡山经济开发区新材料产业园     化工新材料\n\n3 某某顾山纺织服装工业园             纺织服装\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'table.txt', readerOnly: true });
  const paragraphs = doc.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  assert.deepEqual(paragraphs, [
    '序号     产业集聚区名称            主要产业',
    '1 某某雄州机电产业集聚区     机电设备',
    '2 某某锡山经济开发区新材料产业园     化工新材料',
    '3 某某顾山纺织服装工业园             纺织服装',
  ]);
});

test("a photo credit with an agency (李 辰摄(人民视觉)) ends its caption, and the editors' signature (——编  者) is furniture: neither is an article", () => {
  // an invented web page in the layout of a real one: captions printed twice, stray markup, an editor's note
  const raw = readFileSync(path.join(FIXTURES, 'web-photo-credits.txt'));
  const doc = extractBytes(raw, { name: 'web-photo-credits.txt', readerOnly: true });
  const titles = doc.articles.map((a) => a.title);
  assert.equal(titles[0], '访五家高新区 谈新质生产力(经济新方位·对话·2025加油干)');
  assert.ok(!titles.some((t) => t && /摄|编\s*者/.test(t)), JSON.stringify(titles));
  assert.equal(doc.articles[0]!.captions.length, 10);
});

test('a text cut from a longer one that opens or ends with a numbered item has no title from it', () => {
  const opens = extractBytes(Buffer.from('一.贡献奖励:\n对入驻产业园的人力资源机构，按年度贡献额给予奖励。\n二.房租补贴:\n产业园房租暂定为每平方米40元/月。\n'), { name: 'opens.txt', readerOnly: true });
  assert.deepEqual(opens.articles.map((a) => a.title), [null]);
  const ends = extractBytes(
    Buffer.from('一、某某管理局为推动智慧机械产业发展，订定本要点。\n二、本要点经费来源由本局编列年度预算支应。\n三、申请机构应具备下列资格：\n(一) 公司：依公司法设立之公司。\n1、研拟计划申请文件、办理计划受理、执行及追\n'),
    { name: 'ends.txt', readerOnly: true },
  );
  assert.deepEqual(ends.articles.map((a) => a.title), [null]);
});

test('a subhead above "记者了解到，此次…", which refers back to the story, continues that story', () => {
  const raw =
    '北京12月28日电 今天上午，某某科学城22个重点项目集中启动建设，总投资约196.9亿元。\n' +
    '其中，科学设施平台项目16个，城市服务配套项目6个。\n' +
    '平台布局提前一年全部启动\n' +
    '记者了解到，此次集中启动的科教基础设施项目包括分子材料研究测试平台等。\n' +
    '这些项目将进一步壮大科学城的研发平台集群。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'subhead.txt', readerOnly: true });
  assert.equal(doc.articles.length, 1, JSON.stringify(doc.articles.map((a) => a.title)));
  assert.ok(doc.articles[0]!.paragraphs.some((p) => p.text.startsWith('记者了解到')));
});

test('a subhead printed over two lines above a paragraph that refers back to the story (当天，…; …本次活动…) continues that story', () => {
  const raw =
    '8月28日，某市招商引资项目集中签约仪式暨银滩高新区公有资产招商推介会在银滩高新区举行。作为某市月度招商机制启动后的首场活动，此次活动吸引区内优质企业代表、行业领军专家等100位嘉宾参加。\n' +
    '签约投资额超百亿\n' +
    '锚定三大新兴赛道\n' +
    '当天，银滩高新区现场集中签约项目20个，总投资额超100亿元，涵盖新型储能示范项目、医疗器械研发及生产基地建设项目等优质产业项目，也包含一批公有物业租售项目。\n' +
    '优质物业筑巢\n' +
    '全周期服务扎根\n' +
    '银滩高新区物业推介是本次活动的核心环节，聚焦厂房、住宅、写字楼、商业体、酒店及土地六大核心板块，全方位展现国企运营优质载体的独特优势和服务能力。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'two-line-subheads.txt', readerOnly: true });
  assert.equal(doc.articles.length, 1, JSON.stringify(doc.articles.map((a) => a.title)));
  const two = extractBytes(Buffer.from(raw.replace('当天，', '8月29日，').replace('本次活动', '园区')), { name: 'two-stories.txt', readerOnly: true });
  assert.equal(two.articles.length, 3, JSON.stringify(two.articles.map((a) => a.title)));
});

test('a list printed in short lines under its title (名单 / 一、… / 某某开发区(…) …) is the story\'s body, not one long subtitle', () => {
  const raw =
    '星湾省认定12个园区为代表性园区\n' +
    '近日，星湾省认定12个园区为代表性园区。省政府办公厅认定星湾高新技术产业开发区等12个园区为全省代表性园区，希望认定的园区再创佳绩。\n' +
    '代表性园区名单\n' +
    '一、代表性开发区\n' +
    '星湾高新技术产业开发区(生物医药)\n' +
    '云溪经济技术开发区(电子科技)\n' +
    '二、代表性化工园区\n' +
    '江城新区化工园区(精细化工)\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'list.txt', readerOnly: true });
  const list = doc.articles.find((a) => a.title === '代表性园区名单');
  assert.ok(list, JSON.stringify(doc.articles.map((a) => a.title)));
  assert.equal(list.subtitle, null);
  assert.ok(list.paragraphs.some((p) => p.text === '江城新区化工园区(精细化工)'), JSON.stringify(list.paragraphs.map((p) => p.text)));
  // (also on a page that opens with body text: such a list at its end is no headline closing the story above)
  const untitled = extractBytes(Buffer.from(raw.split('\n').slice(1).join('\n')), { name: 'list2.txt', readerOnly: true });
  const tail = untitled.articles.find((a) => a.title === '代表性园区名单');
  assert.ok(tail && tail.subtitle === null && tail.paragraphs.some((p) => p.text.startsWith('江城新区')), JSON.stringify(untitled.articles.map((a) => [a.title, a.subtitle])));
});

test('a heading above "记者从…获悉", a new lead, still opens a new story', () => {
  const raw =
    '北京12月28日电 今天上午，某某科学城22个重点项目集中启动建设，总投资约196.9亿元。\n' +
    '其中，科学设施平台项目16个，城市服务配套项目6个。\n' +
    '某某高新区新签约项目12个\n' +
    '记者从某某高新区获悉，今年一季度该区新签约项目12个，总投资86亿元。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'two.txt', readerOnly: true });
  assert.equal(doc.articles.length, 2, JSON.stringify(doc.articles.map((a) => a.title)));
  assert.equal(doc.articles[1]!.title, '某某高新区新签约项目12个');
});

test("a web page's first line, no clause break in it, above a paragraph on one line far wider, is its headline", () => {
  const raw =
    '來源: https://news.example.tw/content/E505BBC5\n' +
    '2020年加工區投資增4倍2021年將邁向「科技產業園區」新時代\n' +
    '加工處表示，改名為「科技產業園區」主要是為突顯園區科技能量。經調查，我國重要科技產品，如半導體、顯示器、光學、電子零組件等，皆是由加工區引進，目前區內該等產業廠商產值占比超過8成。\n' +
    '回顧去年，加工區營運表現不畏疫情衝擊，全年舉行9場動土典禮或簽約儀式，皆是10億元以上重大投資，累積落實投資金額超過462億元。\n' +
    '本案發言人:劉繼傳 副處長\n' +
    '本案聯絡人:施家君(企劃管考科科長)\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'release.txt', readerOnly: true });
  assert.deepEqual(doc.articles.map((a) => a.title), ['2020年加工區投資增4倍2021年將邁向「科技產業園區」新時代']);
  // the press release's contact lines are paragraphs of their own, not a headline
  assert.deepEqual(doc.articles[0]!.paragraphs.slice(-2).map((p) => p.text), ['本案發言人:劉繼傳 副處長', '本案聯絡人:施家君(企劃管考科科長)']);
});

test('a heading of two ordinary words above a metadata line is the headline, not an author; a year and a comma open a sentence, not a headline', () => {
  const raw =
    '经济概述\n时间: 2024-02-04 15:30 |来源: 星湾工业园区管理委员会\n综述\n2023年,园区实现地区生产总值3686.0亿元,同比增长5.9%。\n' +
    '服务业\n2023年,服务业增加值1911.8亿元,占GDP比重51.9%\n经认定的各级各类总部已达212家。\n科技\n2023年,园区持续加大创新平台建设力度。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'overview.txt', readerOnly: true });
  assert.deepEqual(doc.articles.map((a) => a.title), ['经济概述']);
});

// findQuantities + linkSubjects on invented documents: subjects through the clause structure, periods,
// spans, traditional-script input through the whole pipeline, and hostile text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { findQuantities } from '../../src/extract/findQuantities.js';
import { linkSubjects, nameByEnding } from '../../src/extract/linkSubjects.js';
import type { Quantity, SourceDoc } from '../../src/types.js';
import { makeDoc, type DocSpec } from '../helpers/source-doc.js';

function run(spec: Omit<DocSpec, 'name'>, date = '2023-04-20'): { doc: SourceDoc; qs: Quantity[] } {
  let doc = makeDoc({ name: 'fixture.txt', date, ...spec, quantities: [] });
  // makeDoc gives headline spans under another name; the stages read `headlines`.
  doc = { ...doc, articles: doc.articles.map((a) => ({ ...a, headlines: a.headlines ?? [] })) };
  doc = findQuantities.run(doc, {});
  doc = linkSubjects.run(doc, {});
  return { doc, qs: doc.quantities };
}

const row = (q: Quantity) => [q.surface, q.value, q.unit, q.qualifier, q.subject];

describe('linkSubjects', () => {
  it('reads a list item\'s number (3.) as no part of the name a clause opens with', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['3.园区规模工业产值143.3亿元，增长21%。'] }] });
    assert.deepEqual(qs.map((q) => q.subject), ['园区', '园区']);
    // (nor a bracketed aside, nor a preposition the number stood before, nor a campaign 项目 opens)
    const more = run({
      articles: [{ title: '标题', paragraphs: ['（取自简报）星湾科学园区营收成长11.7%。5.根据上市公司募资额，给予1%的奖励。今年以来，星湾开发区持续掀起项目建设会战热潮，签约项目19个。'] }],
      parks: [{ name: '星湾开发区' }],
    });
    assert.deepEqual(more.qs.map((q) => q.subject), ['星湾科学园区', '星湾科学园区', '星湾开发区']);
    // (按 opens a basis, not a name: "按公司现有条件，可年产…")
    // and a speech's figures are its speaker's body, also with a field of the post between ("…有限公司行政总监某某说")
    const basis = run({ articles: [{ title: '标题', paragraphs: ['“按公司现有条件，可年产片剂2亿片。”星湾制药有限公司行政总监赵某某说。'] }], organizations: [{ name: '星湾制药有限公司' }] });
    assert.deepEqual(basis.qs.map((q) => q.subject), ['星湾制药有限公司']);
  });
  it('takes no verb and a bare type word (缴出园区…) for a name: the clause is about the park already named', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩科技产业园区贸易额年增率约30%，缴出园区史上最强上半年营运绩效。加工处表示，园区上半年营收成长18%。'] }],
      parks: [{ name: '银滩科技产业园区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['30%', '银滩科技产业园区'], ['18%', '银滩科技产业园区']]);
    const three = run({
      articles: [{ title: '标题', paragraphs: ['银滩中医药科技产业园推动产研并行，发挥产业园平台功能和服务优势，包括6个已上市中成药。'] }],
      parks: [{ name: '银滩中医药科技产业园' }],
    });
    assert.deepEqual(three.qs.map((q) => [q.surface, q.subject]), [['6个', '银滩中医药科技产业园']]);
  });
  it('reads no project name into a slogan with 项目 as its object (某区抓招商上项目，签约项目52个)', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['过去一年，开发区一心一意抓招商上项目，共签约项目52个。'] }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['52个', '开发区']]);
  });
  it("gives what a park's administration reports to its park", () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['7月2日，银滩高新区举行项目集中开工活动。区管委会主任张某介绍，此次集中开工项目总投资120亿元。'] }],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '区管委会', kind: 'government' }],
    });
    assert.deepEqual(qs.map(row), [['120亿元', 1.2e10, 'CNY', '=', '银滩高新区']]);
  });
  it('an incentive clause opening with a verb ("鼓励…产业园区招引…") names no subject: the policy is the park\'s', () => {
    const { qs } = run({
      articles: [{ title: '银滩新区实施产业链奖补政策', paragraphs: ['为加快产业发展，银滩新区开展奖补政策申报工作。鼓励“链主企业”和特色产业园区招引固定资产投资在5000万元以上的企业，每引进一家最高奖励100万元。'] }],
      parks: [{ name: '银滩新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.value, q.subject]), [[5e7, '银滩新区'], [1e6, '银滩新区']]);
  });
  it('the thresholds and amounts of an incentive clause are the policy park\'s, not the qualifying project\'s', () => {
    const { qs } = run({
      articles: [{ title: '银滩高新区招商引资奖励办法', paragraphs: ['对服务业项目首期完成固定资产投资额5000万元以上且资金到期12个月的，给予一次性奖励100万元。'] }],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.value, q.unit, q.subject]), [[5e7, 'CNY', '银滩高新区'], [12, 'month', '银滩高新区'], [1e6, 'CNY', '银滩高新区']]);
  });
  it('gives the numbers of an article that names no park to the park type word it opens with', () => {
    const { qs } = run({ articles: [{ title: '上半年经开区工业经济稳中有进', paragraphs: ['上半年，经开区规上工业增加值同比增长12.5%，入库税收1.2亿元。'] }] });
    assert.deepEqual(qs.map((q) => [q.value, q.subject]), [[12.5, '经开区'], [1.2e8, '经开区']]);
  });
  it('keeps a classifier as printed on a traditional page, and 倍 as its own unit', () => {
    const doc = extractBytes(Buffer.from('園區擴建\n\n南灣科技園已進駐企業60間，面積為舊園區的4倍，共有3個實驗室。\n'), { name: 'tw.txt', date: '2024-03-10' });
    assert.deepEqual(doc.quantities.map((q) => [q.value, q.unit]), [[60, '間'], [4, '倍'], [3, '個']]);
  });
  it('reads bare 元 amounts on a page that names one local currency in that currency', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['园区今年吸引投资逾新台币410亿元，其中一家公司投资2.77亿元。'] }] });
    assert.deepEqual(qs.map((q) => [q.value, q.unit]), [[4.1e10, 'TWD'], [2.77e8, 'TWD']]);
  });
  it('reads bare 元 amounts in the local currency of a page with no located park that names places in Taiwan most', () => {
    const doc = extractBytes(Buffer.from('產業成長\n\n台南與高雄的半導體產值從前年的五點三兆元成長至去年的六點五兆元，台南市政府表示樂觀。\n'), { name: 'tw.txt', date: '2024-03-10' });
    assert.deepEqual(doc.quantities.map((q) => [q.value, q.unit]), [[5.3e12, 'TWD'], [6.5e12, 'TWD']]);
  });
  it('reads bare 元 amounts in Taiwan dollars on a traditional page that names no place but a body only Taiwan has', () => {
    const taiwan = extractBytes(Buffer.from('園區動態\n\n國科會表示，南灣園區今年投資金額達1,162.85億元。\n'), { name: 'tw.txt', date: '2024-03-10' });
    assert.deepEqual(taiwan.quantities.map((q) => [q.value, q.unit]), [[116285000000, 'TWD']]);
    // The same amount on a traditional page without such a body stays in yuan.
    const other = extractBytes(Buffer.from('園區動態\n\n主管部門表示，南灣園區今年投資金額達1,162.85億元。\n'), { name: 'tw.txt', date: '2024-03-10' });
    assert.deepEqual(other.quantities.map((q) => [q.value, q.unit]), [[116285000000, 'CNY']]);
  });
  it('takes no name from a clause about an official attending ("某某出席并宣布项目开工")', () => {
    const doc = extractBytes(Buffer.from('园区动态\n\n4月29日，银滩高新区重大项目集中开工活动举行。副市长王建国出席并宣布项目开工。\n据了解，此次集中开工的10个重大项目，总投资40.6亿元。\n'), { name: 'x.txt', date: '2024-05-01' });
    assert.deepEqual(doc.quantities.map((q) => [q.value, q.subject]), [[10, '银滩高新区'], [4.06e9, '银滩高新区']]);
  });
  it('takes an administrative zone (某某管理区) that a sentence opens with, and no name from a clause opening with 且', () => {
    const zone = extractBytes(Buffer.from('园区动态\n\n5月19日，星湾管理区举行项目集中签约仪式，3个项目集中签约，总投资10.67亿元。\n'), { name: 'x.txt', date: '2022-05-20' });
    assert.deepEqual(zone.quantities.map((q) => [q.value, q.subject]), [[3, '星湾管理区'], [1.067e9, '星湾管理区']]);
    const park = extractBytes(Buffer.from('园区动态\n\n银滩科技园内太阳能板设置厂商共38家，且占园区屋顶总面积比例近50%。\n'), { name: 'y.txt', date: '2022-05-20' });
    assert.deepEqual(park.quantities.map((q) => [q.value, q.subject]), [[38, '银滩科技园'], [50, '银滩科技园']]);
  });
  it('takes the park a sentence opens with, not the nearest noun', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['2022年，银滩高新区新材料产业营收已突破60亿元，增速19%。银滩高新区已吸引包括海川材料科技有限公司、北辰研究院等超过300家企业落户。'] }],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '海川材料科技有限公司' }, { name: '北辰研究院', kind: 'institute' }],
    });
    assert.deepEqual(qs.map(row), [
      ['60亿元', 6e9, 'CNY', '>', '银滩高新区'],
      ['19%', 19, 'percent', '=', '银滩高新区'],
      ['300家', 300, '家', '>', '银滩高新区'],
    ]);
    assert.equal(qs[0]!.period, '2022');
    assert.equal(qs[0]!.subjectId, 'park1');
    assert.equal(qs[0]!.attribute, '新材料产业营收');
  });
  it('follows a new subject that opens a later clause, and "该公司" back to it', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['2021年，海川材料科技有限公司落户银滩高新区，目前已服务超过30家企业。该公司年产值12亿元。'] }],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '海川材料科技有限公司' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['海川材料科技有限公司', '海川材料科技有限公司']);
  });
  it('gives a number in a quotation to the speaker\'s organisation', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['“公司员工从五六十人增加到目前近700人。”星河生物董事长李明远表示。'] }],
      organizations: [{ name: '星河生物' }],
    });
    assert.deepEqual(qs.map(row), [
      ['五六十人', 50, '人', '~', '星河生物'],
      ['五六十人', 60, '人', '~', '星河生物'],
      ['700人', 700, '人', '~', '星河生物'],
    ]);
  });
  it('gives "N万平方米的X" to X and "该项目" to the last project', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['今年三季度，占地9万平方米的银滩科学城即将启用。', '海川新能源电池制造项目签约落地。该项目计划组建300人的研发团队。'],
        },
      ],
    });
    assert.deepEqual(qs.map(row), [
      ['9万平方米', 90000, 'm2', '=', '银滩科学城'],
      ['300人', 300, '人', '=', '海川新能源电池制造项目'],
    ]);
    assert.equal(qs[0]!.period, '2023-Q3');
  });
  it('falls back to a name by its ending when no recogniser found one, and to a region', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['日前，烟台市举办项目推介会，现场签约项目38个。', '云州高新区现有规上企业120家。'] }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['烟台市', '云州高新区']);
  });
  it('gives a duration that only sets the time ("15年后，") to the subject of the next clause', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区设立于2005年。15年后，海川材料科技有限公司已成为行业龙头。'] }],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '海川材料科技有限公司' }],
    });
    assert.deepEqual(qs.map(row), [['15年', 15, 'year', '=', '海川材料科技有限公司']]);
  });
  it('sees a "以下简称" short name as a name when no recogniser did', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['云海市启动建设云海滨江国际科技合作示范区（以下简称云滨）。', '目前，云滨已集聚科技型企业350家。'] }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['云滨']);
  });
  it('does not report a headline number its article repeats', () => {
    const { qs } = run({ articles: [{ title: '银滩高新区签约5个项目', paragraphs: ['银滩高新区签约项目5个，总投资30亿元。'] }] });
    assert.equal(qs.filter((q) => q.unit === '个').length, 1);
  });
  it('keeps every span exact: text.slice(textSpan) is the surface, raw span maps back', () => {
    const { doc, qs } = run({ articles: [{ title: '标题', paragraphs: ['银滩高新区营收 70 亿元，占全省的2/5。'] }] });
    assert.equal(qs.length, 2);
    for (const q of qs) {
      assert.equal(doc.text.slice(q.textSpan.start, q.textSpan.end), q.surface);
      assert.equal(doc.raw.slice(q.span.start, q.span.end), q.surface);
    }
  });
  it('survives hostile text: unmatched 《 and “, nested brackets, a 10,000-character line, no units', () => {
    const long = '银滩高新区' + '发展'.repeat(5000) + '营收70亿元。';
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '《关于〈银滩高新区2023—2025年发展规划〉的意见》提出，新增企业37家。',
            '《未闭合的标题 营收有12亿元，“没有结束的引号 人才3000名。',
            '这里有123和456两个数。',
            long,
          ],
        },
      ],
    });
    assert.deepEqual(qs.map((q) => q.surface), ['37家', '12亿元', '3000名', '70亿元']);
  });
});

describe('what findQuantities leaves out', () => {
  it('drops numbers that describe a first-of-its-kind product, counts of abstract headings and prices per unit', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['园区下线了第三台45千瓦燃料电池发动机，围绕研发、转化等5个方面开展帮扶，电价0.6元/千瓦时，年产3万吨/年。'],
        },
      ],
    });
    assert.deepEqual(qs.map((q) => q.surface), ['3万吨']);
  });
  it('reads an amount in 亿 without 元 in a sentence about money, and gives it to the fund it sizes', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['2016年，云州市统筹专项资金，设立15亿云海基金支持企业。'] }], organizations: [{ name: '云海基金', kind: 'fund' }] });
    assert.deepEqual(qs.map(row), [['15亿', 1.5e9, 'CNY', '=', '云海基金']]);
  });
  it('takes no classifier that opens a place with what follows it (荣获2024台湾精品奖)', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['该公司荣获2024台湾精品奖，新增设备5台。'] }] });
    assert.deepEqual(qs.map((q) => q.surface), ['5台']);
  });
  it('reads no name ending in a one-character ending that opens a word with the next character (政经局势)', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩管理局表示，力抗国际政经局势，园区累计引进17家厂商。'] }],
      organizations: [{ name: '银滩管理局', kind: 'government' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['17家', '银滩管理局']]);
  });
});

describe('traditional script through the pipeline', () => {
  it('finds quantities in a traditional-script page and reports names as printed', () => {
    const text = '銀灘高新區儲能產業加速集聚\n\n2022年，銀灘高新區儲能產業營收突破120億元，同比增長17%。園區現有儲能企業65家。\n';
    const doc = extractBytes(Buffer.from(text), { name: 'x.txt', date: '2023-04-20' });
    assert.equal(doc.source.traditional, true);
    const got = doc.quantities.map((q) => [q.surface, q.value, q.unit, q.qualifier]);
    assert.deepEqual(got, [
      ['120億元', 12e9, 'CNY', '>'],
      ['17%', 17, 'percent', '='],
      ['65家', 65, '家', '='],
    ]);
    assert.ok(doc.quantities.every((q) => q.subject && /銀灘/.test(q.subject)), JSON.stringify(doc.quantities.map((q) => q.subject)));
    for (const q of doc.quantities) assert.equal(doc.text.slice(q.textSpan.start, q.textSpan.end), q.surface);
  });
});

describe('Taiwan and Hong Kong print conventions', () => {
  it('reads 「…」 speech, a currency named before the amount, and 平方公尺', () => {
    const text = '南灣軟體園區營收創新高\n\n南灣軟體園區管理中心表示，去年園區廠商營業額達新台幣3,150億元，年增11.6%。\n\n「我們公司今年將再投資20億元擴建廠房。」星宇電子董事長陳志明說，新廠房面積約1.8萬平方公尺。\n';
    const doc = extractBytes(Buffer.from(text), { name: 'tw.txt', date: '2024-03-10' });
    const got = doc.quantities.map((q) => [q.surface, q.value, q.unit, q.subject]);
    assert.deepEqual(got, [
      ['3,150億元', 315e9, 'TWD', '南灣軟體園區'],
      ['11.6%', 11.6, 'percent', '南灣軟體園區'],
      ['20億元', 2e9, 'TWD', '星宇電子'],
      ['1.8萬平方公尺', 18000, 'm2', '星宇電子'],
    ]);
  });
});

describe('an invented web page through the pipeline', () => {
  const html = `<html><head><title>云州高新区一季度经济运行稳中向好</title></head><body><article><h1>云州高新区一季度经济运行稳中向好</h1>
<p>云州日报讯 今年一季度，云州高新区实现地区生产总值356.8亿元，同比增长7.2%。</p>
<p>据介绍，园区现有高新技术企业1,286家。其中，星海半导体12英寸晶圆制造项目总投资220亿元，占地约800亩，建成后可实现年产值150亿元。</p>
<p>“我们公司去年营收突破15亿元，研发人员从两三百人增加到近1200人。”云州芯源科技有限公司总经理王立新说。</p>
</article></body></html>`;
  it('links each number to its park, project or company, with periods', () => {
    const doc = extractBytes(Buffer.from(html), { name: 'x.html', date: '2024-04-20' });
    const got = doc.quantities.map((q) => [q.surface, q.value, q.unit, q.qualifier, q.subject, q.period]);
    assert.deepEqual(got, [
      ['356.8亿元', 35680000000, 'CNY', '=', '云州高新区', '2024-Q1'],
      ['7.2%', 7.2, 'percent', '=', '云州高新区', '2024-Q1'],
      ['1,286家', 1286, '家', '=', '云州高新区', null],
      ['220亿元', 22e9, 'CNY', '=', '星海半导体12英寸晶圆制造项目', null],
      ['800亩', 533336, 'm2', '~', '星海半导体12英寸晶圆制造项目', null],
      ['150亿元', 15e9, 'CNY', '=', '星海半导体12英寸晶圆制造项目', null],
      ['15亿元', 15e8, 'CNY', '>', '云州芯源科技有限公司', '2023'],
      ['两三百人', 200, '人', '~', '云州芯源科技有限公司', '2023'],
      ['两三百人', 300, '人', '~', '云州芯源科技有限公司', '2023'],
      ['1200人', 1200, '人', '~', '云州芯源科技有限公司', '2023'],
    ]);
    for (const q of doc.quantities) assert.equal(doc.text.slice(q.textSpan.start, q.textSpan.end), q.surface);
    const project = doc.projects.find((p) => p.name === '星海半导体12英寸晶圆制造项目');
    assert.ok(project);
    assert.equal(project.stage, null, '建成后 is a plan, not a stage reached');
    assert.equal(project.quantityIds.length, 3);
  });
});

describe('subjects of counted categories, paragraphs and openers', () => {
  it('keeps the enclosing topic through a breakdown by kind: "有X类项目7个" counts a kind, it is no subject', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '银滩科学城今年签约项目46个，总投资600亿元。',
            '本批签约项目中，按行业分，有先进制造类项目8个，总投资约120亿元；现代服务类项目30个，总投资约400亿元。',
            '在这46个项目中，先进制造项目有9个，总投资达80亿元；新材料和智能装备项目有4个，总投资达20亿元；管网改造工程3个。',
          ],
        },
      ],
      parks: [{ name: '银滩科学城' }],
    });
    assert.deepEqual(
      qs.map((q) => [q.surface, q.subject]),
      [
        ['46个', '银滩科学城'], ['600亿元', '银滩科学城'], ['8个', '银滩科学城'], ['120亿元', '银滩科学城'],
        ['30个', '银滩科学城'], ['400亿元', '银滩科学城'], ['9个', '银滩科学城'], ['80亿元', '银滩科学城'],
        ['4个', '银滩科学城'], ['20亿元', '银滩科学城'], ['3个', '银滩科学城'],
      ],
    );
  });
  it('gives an item that opens with its own place name its own count ("分区域看，X区有11个")', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩科学城集中开工项目40个。', '分区域看，云州高新区有11个，投资额约80亿元。'] }],
      parks: [{ name: '银滩科学城' }, { name: '云州高新区' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['银滩科学城', '云州高新区', '云州高新区']);
  });
  it('starts a new topic with each paragraph unless it points back', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '银滩新区举行集中签约仪式。仪式上，海川控股集团宣布投资30亿元建设银滩智能装备产业园项目。',
            '今年以来，新区工业总产值突破300亿元。',
            '星河精密有限公司落户园区。',
            '该公司年产值12亿元。',
          ],
        },
      ],
      parks: [{ name: '银滩新区' }],
      organizations: [{ name: '海川控股集团' }, { name: '星河精密有限公司' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['30亿元', '银滩智能装备产业园项目'],
      ['300亿元', '银滩新区'],
      ['12亿元', '星河精密有限公司'],
    ]);
  });
  it('reads only a clause that opens with 在/本次/这些 … 中 as a scope', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩新区签约项目12个。星河精密有限公司在设备更新中，投资5亿元。'] }],
      parks: [{ name: '银滩新区' }],
      organizations: [{ name: '星河精密有限公司' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['银滩新区', '星河精密有限公司']);
  });
  it('in an article that names no park, a new paragraph without a subject goes on with the last one', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['星河精密有限公司成立于2005年。', '去年，营业收入突破30亿元。'] }],
      organizations: [{ name: '星河精密有限公司' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['星河精密有限公司']);
  });
  it('takes no park named only in an enumeration, nor a counted category, as the topic of a later paragraph', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['近日，领导观摩了包括银滩物流基地、海川智造产业园等12个新开工项目。', '一季度，开复工项目30项（新建18项），开复工率80%。', '新材料项目9个，总投资40亿元。'],
        },
      ],
      parks: [{ name: '海川智造产业园' }],
    });
    assert.ok(qs.length >= 5);
    assert.ok(qs.every((q) => q.subject !== '海川智造产业园' && q.subject !== '开复工项目'), JSON.stringify(qs.map((q) => q.subject)));
  });
  it('reads "这是全国首条X…" as X, also when X starts with a word like 三维', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区举行观摩活动。这是全国首条三维打印钛合金构件生产线，良品率达到98%。'] }],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['三维打印钛合金构件生产线']);
  });
  it('takes a name a clause only introduces ("将X作为主导产业的Y，已…") as the topic', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区举行观摩活动。', '以新型储能为主导产业的海川储能产业园，已集聚企业60余家。'] }],
      parks: [{ name: '银滩高新区' }, { name: '海川储能产业园' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['海川储能产业园']);
  });
  it('opens a clause with the name a size describes ("如今，86平方公里的X…")', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['苏州，这座老工业城市正在转型。如今，86平方公里的银滩高新区已集聚企业900家。'] }],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['86平方公里', '银滩高新区'],
      ['900家', '银滩高新区'],
    ]);
  });
  it('finds the speaker\'s body after a time word and with titles such as 社长', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['银滩高新区举行观摩活动。', '“今年一季度，我们新增出口合同800吨。”5月初，云州市青禾果业专业合作社社长王立新说。'],
        },
      ],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '云州市青禾果业专业合作社' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['云州市青禾果业专业合作社']);
  });
  it('gives the numbers of a clause "…N多个国家的服务商X" to X', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区举办路演。其中，产品销往20多个国家的软件服务商NovaGen，已进入欧洲市场。'] }],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: 'NovaGen' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['NovaGen']);
  });
  it('gives "新落户X的企业N家" to the host X', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩新区集中开工项目20个；新落户海川创客工场的企业9家，投资额1.5亿元；市政配套工程8个。'] }],
      parks: [{ name: '银滩新区' }],
      organizations: [{ name: '海川创客工场' }],
    });
    // The next item of the "；" list goes back to the list's topic.
    assert.deepEqual(qs.map((q) => q.subject), ['银滩新区', '海川创客工场', '海川创客工场', '银滩新区']);
  });
  it('keeps the topic over a paragraph break in the middle of a sentence', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩新区举行签约仪式。星河精密有限公司今年营业收入', '突破30亿元。'] }],
      parks: [{ name: '银滩新区' }],
      organizations: [{ name: '星河精密有限公司' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['星河精密有限公司']);
  });
  it('strips "到2030年", "这是继3月2日" and 《 from the start of a subject and takes no subject with a date in it', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '会上提出，到2030年云州经开区营业收入力争突破800亿元。',
            '这是继3月2日海川控股集团增资20亿元之后的又一重大签约。',
            '《云州新区人才引进实施细则》明确，对顶尖人才团队最高资助500万元。',
          ],
        },
      ],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['800亿元', '云州经开区'],
      ['20亿元', '海川控股集团'],
      ['500万元', '云州新区'],
    ]);
  });
  it('takes a recognised name a clause describes ("…投资方X是一家…") and a published document for its breakdown', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '银滩新区今年集中开工项目20个。',
            '本次签约的投资方海川控股集团有限公司是一家新能源装备企业，去年营业收入近300亿元。',
            '云州区委近日印发《云州区科技创新若干措施》，包括3项人才措施、7项企业措施。',
          ],
        },
      ],
      parks: [{ name: '银滩新区' }],
      organizations: [{ name: '海川控股集团有限公司' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['20个', '银滩新区'],
      ['300亿元', '海川控股集团有限公司'],
      ['3项', '云州区科技创新若干措施'],
      ['7项', '云州区科技创新若干措施'],
    ]);
  });

  it('takes no subject from a programme title ("欢迎收听《今日某某区》") but the park the page names', () => {
    const { qs } = run({
      articles: [
        {
          title: '2025年4月6日《今日高新区》',
          paragraphs: ['各位好，欢迎收听《今日高新区》', '为落实银滩高新区的有关要求，于近日召开交流会。据了解，今年以来，组织外出招商10余次。'],
        },
      ],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['10余次', '银滩高新区']]);
  });
});

describe('breakdowns, regions and reporting sources', () => {
  it('gives the figures of a breakdown by industry ("其中，X产业营业额…；其次是Y产业…") to each industry', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '银滩科学园区一季度营业额约500亿元。其中，新能源装备产业营业额最高，约300亿元，占60%；其次是生物制药产业120亿元，约占24%；其余产业营业额为80亿元，占16%。',
          ],
        },
      ],
      parks: [{ name: '银滩科学园区' }],
    });
    assert.deepEqual(
      qs.map((q) => [q.surface, q.subject]),
      [
        ['500亿元', '银滩科学园区'], ['300亿元', '新能源装备产业'], ['60%', '新能源装备产业'], ['120亿元', '生物制药产业'],
        ['24%', '生物制药产业'], ['80亿元', '其余产业'], ['16%', '其余产业'],
      ],
    );
  });
  it("keeps an industry's figure with the park outside a breakdown, and 占/因 open no name", () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['银滩科学园区聚集芯片企业200多家，去年芯片产业销售收入达到900亿元，占园区总产值的40%，因园区扩建，今年增长10%。'],
        },
      ],
      parks: [{ name: '银滩科学园区' }],
    });
    assert.deepEqual(qs.map((q) => q.subject), ['银滩科学园区', '银滩科学园区', '银滩科学园区', '银滩科学园区']);
  });
});

describe('counts of a whole class', () => {
  it('gives a count of a whole class ("在全国120个综合保税区中") to the class, not to the park ranked among them', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['银滩综合保税区进出口额增长12%，在全国120个综合保税区中排名第9，在全省8家仓储基地中位列第一。'],
        },
      ],
      parks: [{ name: '银滩综合保税区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['12%', '银滩综合保税区'], ['120个', '全国综合保税区'], ['8家', '全省仓储基地']]);
  });
  it('makes a whole class counted at the opening of a clause its subject ("12个国家高新区实现营收…")', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['上半年，云州省高新区营收增长9%。其中，12个国家高新区实现营业收入3000亿元；全国200家国家级经开区实现进出口总额2万亿元。'] }],
      parks: [{ name: '云州省高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['9%', '云州省高新区'], ['12个', '国家高新区'], ['3000亿元', '国家高新区'], ['200家', '全国国家级经开区'], ['2万亿元', '全国国家级经开区'],
    ]);
  });
});

describe('classes of a whole region', () => {
  it('makes "全省高新区…" / "我省X产业…" the subject instead of the last topic, but not "全区" (the park itself)', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '日前，省发展改革委公布了一季度数据。据统计，一季度全省高新区实现营业收入5000亿元，同比增长12%；我省新材料产业内300户企业实现增加值80亿元。',
            '银滩高新区一季度营收增长9%。全区新增企业150家。',
          ],
        },
      ],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '省发展改革委', kind: 'government' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['5000亿元', '全省高新区'], ['12%', '全省高新区'], ['300户', '我省新材料产业'], ['80亿元', '我省新材料产业'], ['9%', '银滩高新区'], ['150家', '银滩高新区'],
    ]);
  });
});

describe('counties named by their short form', () => {
  it('makes a county that acts ("宜兴举行…") the subject, carried into the next paragraph, but not a county word inside a phrase', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['10日上午，宜兴举行15个重点项目集中签约仪式，总投资120亿元。', '据了解，过10亿元项目4个。'],
        },
        { title: '标题二', paragraphs: ['银滩高新区招引陶瓷企业。宜兴紫砂产业规模达50亿元。'] },
      ],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['15个', '宜兴'], ['120亿元', '宜兴'], ['4个', '宜兴'], ['50亿元', '银滩高新区'],
    ]);
  });
});

describe('predicates that open a clause', () => {
  it('takes no subject from a clause opening with what it involves or what it must have (涉及…, 均为…, 要有…)', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '银滩高新区与有关企业签署项目合作协议，涉及星湾四航局西南区域总部等8个项目，协议总投资约58亿元。',
            '发展关键要有高质量项目，一季度签约引进项目14个，均为工业项目，协议投资总额18.5亿元。',
          ],
        },
      ],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['8个', '银滩高新区'], ['58亿元', '银滩高新区'], ['14个', '银滩高新区'], ['18.5亿元', '银滩高新区'],
    ]);
  });
});

describe('posts and project categories opening a clause', () => {
  it('takes no subject from a body named by its level holding a post (市委常委…), nor an industry from "重点产业投资项目"', () => {
    const { qs } = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '2月21日，星湾集团重点项目建设推进大会举行，年度总投资超46亿元。市委常委、银滩高新区党工委书记孙某某参加活动。',
            '据了解，此次签约项目涵盖城市更新等领域。其中，城市更新建设项目13个，重点产业投资项目19个。',
          ],
        },
      ],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '星湾集团' }, { name: '市委' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [
      ['46亿元', '星湾集团'], ['13个', '星湾集团'], ['19个', '星湾集团'],
    ]);
  });
});

describe('names found by their ending', () => {
  it('reads the longer ending that goes on (…产业园区, not …产业园) and takes no name opening with 辖下', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['星湾高新区举行招商推介会。', '云溪科技产业园区今年共吸引投资120亿元。辖下科技产业园区共吸引投资50亿元。'] }],
      parks: [{ name: '星湾高新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['120亿元', '云溪科技产业园区'], ['50亿元', '云溪科技产业园区']]);
  });
});

describe('a scope and what it has', () => {
  it('makes the scope the subject of a count of what it has (我国共有综合保税区150个)', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['目前，我国共有综合保税区150个，在特殊监管区域中占比超过九成。'] }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['150个', '我国'], ['九成', '我国']]);
  });
});

describe('counted classes and effort words', () => {
  it('reads no class up to the 中 of 集中 (全市18个重点产业项目集中开工), and 全力攻坚重大项目 names no project', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['21日上午，全市18个重点产业项目集中开工，总投资达56.5亿元。', '园区全力攻坚重大项目，新签约项目9个。'] }],
    });
    assert.ok(!qs.some((q) => /集$|攻坚/.test(q.subject ?? '')), JSON.stringify(qs.map((q) => q.subject)));
  });
});

describe('the speaker after a quotation', () => {
  it("gives a quotation's numbers to the speaker's body, not to its Party group (某某分院分党组书记)", () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['“总占地面积3700亩的园区，将集聚超过1万名科研工作者。”星湾研究院分党组书记、院长王某某的话音刚落，就有代表称赞。'] }],
      organizations: [{ name: '星湾研究院' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['3700亩', '星湾研究院'], ['1万名', '星湾研究院']]);
  });
});

describe('verbs before a generic park word', () => {
  it('takes no subject from 拉动园区…', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['银滩高新区新增产值近10亿元，拉动园区规上工业产值增长17.1个百分点。'] }], parks: [{ name: '银滩高新区' }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['10亿元', '银滩高新区'], ['17.1个百分点', '银滩高新区']]);
  });
  it('a name after a relative clause (A与B合作共建的Y于…开园) is the subject, not the agents before it', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['江城市与星河发展集团合作共建的江城星河科技园于日前开园，共30家企业签约入园，总投资20亿元。'] }],
      parks: [{ name: '江城星河科技园' }],
      organizations: [{ name: '星河发展集团', kind: 'enterprise' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['30家', '江城星河科技园'], ['20亿元', '江城星河科技园']]);
  });
  it('the measure of a series "从2003年的A，发展到2013年的B，如今跃升到C" is the one named before 从', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩经开区成立于1993年。全区地区生产总值从2003年的3亿元左右，发展到2013年的55.2亿元，如今跃升到160亿元。税收收入从2003年的1200万元增加到2013年的5.1亿元。'] }],
      parks: [{ name: '银滩经开区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.attribute]), [
      ['3亿元', '全区地区生产总值'],
      ['55.2亿元', '全区地区生产总值'],
      ['160亿元', '全区地区生产总值'],
      ['1200万元', '税收收入'],
      ['5.1亿元', '税收收入'],
    ]);
  });
  it('a clause that shows or reflects something (进一步体现出项目…) names no subject: the topic stays', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩新区今年签约项目30个。优质项目集聚是银滩新区今年招商最大亮点，进一步体现出项目投资体量大的特点。战略性新兴产业占比61%。'] }],
      parks: [{ name: '银滩新区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['30个', '银滩新区'], ['61%', '银滩新区']]);
  });
  it('a clause citing data (某海关…披露的数据显示) names no subject, and a count of a class in a named region opening a clause is its subject', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银湾海关10月29日披露的数据显示，今年前三季度，江西省内13个综合保税区进出口总额达7086.74亿元，同比增长15.5%。'] }],
      organizations: [{ name: '银湾海关', kind: 'government' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['13个', '江西省内综合保税区'], ['7086.74亿元', '江西省内综合保税区'], ['15.5%', '江西省内综合保税区']]);
  });
  it("an attribute leaves out the clause's other figures and starts after a list comma that follows one", () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['银滩综合保税区进出口总额达700亿元，其中出口340亿元同比增长24.2%、进口360亿元同比增长8.4%。'] }], parks: [{ name: '银滩综合保税区' }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.attribute]), [
      ['700亿元', '进出口总额'], ['340亿元', '出口'], ['24.2%', '出口同比增长'], ['360亿元', '进口'], ['8.4%', '进口同比增长'],
    ]);
  });
  it('leaves a bracketed dateline (〔记者…报导〕) out of the attribute', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['〔记者王某／银滩报导〕银滩科学园区公布上半年营业额0.82兆元。'] }], parks: [{ name: '银滩科学园区' }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.attribute]), [['0.82兆元', '公布上半年营业额']]);
  });
  it('keeps 多 that opens a word after the number in the attribute (22栋多层标准厂房)', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['产业园占地98亩，由22栋多层标准厂房组成。'] }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.qualifier, q.attribute]), [['98亩', '=', '占地'], ['22栋', '=', '多层标准厂房组成']]);
  });
  it('a clause that studies or drafts a plan (研究产业园区规划, 制定…) names no subject', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩县储能产业园近日开工。根据协议，签约企业将协同县里制定储能产业规划，研究产业园区规划，总投资60亿元。'] }],
      parks: [{ name: '银滩县储能产业园' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['60亿元', '银滩县储能产业园']]);
  });
  it('reads no region named 全区地区 out of 全区地区生产总值 (GDP)', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['全区地区生产总值从2003年的3亿元左右，发展到2013年的55.2亿元。'] }] });
    assert.deepEqual(qs.map((q) => q.subject), [null, null]);
  });
  it('reads no figures inside a web address (its path digits, its percent-encoded characters)', () => {
    const doc = extractBytes(
      Buffer.from('來源: https://www.example.com/%E7%A4%BE%E6%9C%83/60326641/%E9%A6%99%E6%B8%AF-25.html\n\n園區今年引進企業25家，出租率達96%。\n'),
      { name: 'url.txt', date: '2024-03-10' },
    );
    assert.deepEqual(doc.quantities.map((q) => q.surface), ['25家', '96%']);
  });
  it('words before a recognised name that ends the phrase are dropped when they are a verb or a preposition, kept when a noun phrase', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩工业园区发展迅速。累计评审银滩工业园区领军人才项目291个。对各类活动，经区科技局认定，按照实际支出的30%予以补贴。'] }],
      parks: [{ name: '银滩工业园区' }],
      organizations: [{ name: '区科技局', kind: 'government' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['291个', '银滩工业园区'], ['30%', '区科技局']]);
  });
  it('a clause opening with 配合 ("to go with") names no subject', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['银滩高新区加快发展。配合科学园区均衡发展政策方向，未来将带进4500个就业机会。'] }], parks: [{ name: '银滩高新区' }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['4500个', '银滩高新区']]);
  });
  it('the words before a speaker\'s title that hold a date ("某某去年4月起出任某某总裁") name no body', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩科技园发展很快。“我们的孵化计划每年录取100家初创企业。”任景明去年4月起出任星港总裁，上任一年。'] }],
      parks: [{ name: '银滩科技园' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['100家', '银滩科技园']]);
  });
  it('a quote\'s figures go to the body whose "有关负责人" speaks, without 有关', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['“首批将启动30个试点项目，总投资316.4亿元。”江城市政府有关负责人介绍。'] }],
      organizations: [{ name: '江城市政府', kind: 'government' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['30个', '江城市政府'], ['316.4亿元', '江城市政府']]);
  });
  it('a province named right before a count of a national class of parks scopes the class (浙江省21家国家级经开区)', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['银滩经开区排名上升。浙江省21家国家级经开区参评。'] }], parks: [{ name: '银滩经开区' }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['21家', '浙江省国家级经开区']]);
  });
  it('我国 opening a clause is the subject of the country\'s figures after it', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['银滩高新区建成中试基地。近年来，我国持续推进中试平台建设，已建设2400余个中试平台。'] }], parks: [{ name: '银滩高新区' }] });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['2400余个', '我国']]);
  });
  it('a name found by its ending starts after a list number or a bracket or quote it does not close', () => {
    const { qs } = run({ articles: [{ title: '标题', paragraphs: ['(4)区级科技产业园区建成两年后，新引进的企业实缴注册资本300万元以上。资本市场“高新区板块”扩容，挂牌企业达17家。'] }] });
    assert.deepEqual(qs.map((q) => q.subject), ['区级科技产业园区', '区级科技产业园区', '高新区']);
  });
  it('a part named in a breakdown (其中X…) is the topic only until its sentence ends', () => {
    const { qs } = run({
      articles: [{ title: '标题', paragraphs: ['银滩工业园区行政区划面积278平方公里，其中星河合作区80平方公里。2021年，园区实现地区生产总值330亿元。'] }],
      parks: [{ name: '银滩工业园区' }, { name: '星河合作区' }],
    });
    assert.deepEqual(qs.map((q) => [q.surface, q.subject]), [['278平方公里', '银滩工业园区'], ['80平方公里', '星河合作区'], ['330亿元', '银滩工业园区']]);
  });
  it('reads no figures amid a bilingual page\'s English version, which repeats the Chinese one', () => {
    const doc = extractBytes(
      Buffer.from('园区概况\n\n2021年，园区进出口总额增长18.9%。\n\nIn 2021, the total import and export volume of the park was up by 18.9%, and the actual use of foreign capital grew by 10%.\n'),
      { name: 'bilingual.txt', date: '2022-03-10' },
    );
    assert.deepEqual(doc.quantities.map((q) => q.surface), ['18.9%']);
  });
});

describe('published figures', () => {
  it('gives the figures a body publishes (科技部今日公布3个科学园区…营业额) to the parks it names after the verb', () => {
    const doc = extractBytes(Buffer.from('标题\n\n科技部今日公布3个科学园区今年上半年营业额为1兆780亿元，较去年同期下滑4.89%。\n'), { name: 'published.txt' });
    assert.deepEqual(doc.quantities.filter((q) => q.unit !== '個' && q.unit !== '个').map((q) => q.subject), ['科学园区', '科学园区']);
  });
});

describe('short titles of documents', () => {
  it('takes a document\'s short title (以下简称《投资计划》) for no subject of the figures the document sets', () => {
    const text = ['标题', '星湾经济技术开发区(以下简称“开发区”)制定出台《开发区新兴产业千亿投资计划(2023—2025年)》(以下简称《投资计划》)。', '《投资计划》明确了三大板块内容——', '到2025年,新能源产业累计完成投资1000亿元。'].join('\n\n');
    const doc = extractBytes(Buffer.from(text), { name: 'plan.txt' });
    assert.deepEqual(doc.quantities.map((q) => q.subject), ['星湾经济技术开发区']);
  });
});

describe('nameByEnding', () => {
  it('takes a quoted name that makes a kind (锚定“产业基地型综保区”) for no name; a whole quoted name is one', () => {
    const at = (text: string) => nameByEnding(text, 0, text.length)?.name ?? null;
    assert.equal(at('始终锚定“产业基地型综保区”的发展定位'), null);
    assert.equal(at('“星河产业园”营收增长'), '星河产业园');
    // (nor a clause a conjunction of contrast opens: 惟, 但)
    assert.equal(at('惟创新及科技局拨款仍未通过'), null);
  });
  it('takes no clause opened by a conjunction, an ordinal or a count, or holding a copula, for a name; a city opens one', () => {
    const at = (text: string) => nameByEnding(text, 0, text.length)?.name ?? null;
    assert.equal(at('进而推高园区进口额'), null);
    assert.equal(at('第三为光电产业，成长12%'), null);
    assert.equal(at('数条中试生产线投用'), null);
    assert.equal(at('大连高新区实现营收'), '大连高新区');
  });
});

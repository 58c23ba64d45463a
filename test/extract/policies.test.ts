// findPolicies on invented documents: policy titles and package nicknames, and incentive clauses as
// structured rows (condition, benefit, rate, cap, amount, park).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { findPolicies } from '../../src/extract/findPolicies.js';
import { findQuantities } from '../../src/extract/findQuantities.js';
import { linkSubjects } from '../../src/extract/linkSubjects.js';
import type { SourceDoc } from '../../src/types.js';
import { makeDoc, type DocSpec } from '../helpers/source-doc.js';

function run(spec: Omit<DocSpec, 'name'>): SourceDoc {
  let doc = makeDoc({ name: 'fixture.txt', date: '2023-05-20', ...spec });
  doc = { ...doc, articles: doc.articles.map((a) => ({ ...a, headlines: a.headlines ?? [] })) };
  for (const stage of [findQuantities, linkSubjects, findPolicies]) doc = stage.run(doc, {});
  return doc;
}

const PARK = [{ name: '银滩高新区' }];

describe('policies', () => {
  it('finds titled policies with issuer and year, and quoted packages', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['近日，银滩高新区出台《银滩高新区2023年促进储能产业发展若干措施》和“人才新八条”，另有《产业发展报告》。'],
        },
      ],
      parks: PARK,
    });
    assert.deepEqual(
      doc.policies.map((p) => [p.name, p.issuer, p.year]),
      [
        ['《银滩高新区2023年促进储能产业发展若干措施》', '银滩高新区', '2023'],
        ['“人才新八条”', '银滩高新区', null],
      ],
    );
    for (const p of doc.policies) assert.equal(doc.text.slice(p.textSpan.start, p.textSpan.end), p.name);
  });
  it('ignores unmatched and nested marks without losing the outer title', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['《关于落实〈储能产业规划〉的实施意见》已印发。《没有结尾的标题，“没有结尾的引号。'] }],
    });
    assert.deepEqual(doc.policies.map((p) => p.name), ['《关于落实〈储能产业规划〉的实施意见》']);
  });
});

describe('incentives', () => {
  it('a page that is a policy document names the policy its rows belong to: its headline, issued by the park it names', () => {
    const doc = extractBytes(
      Buffer.from('江城高新区重大招商引资项目奖励办法\n\n为吸引投资，根据《江城市招商引资若干意见》精神，制定本办法。\n1.对于成功引进的制造业项目，首期完成固定资产投资额1亿元以上的，奖励标准为投资额的1‰。\n'),
      { name: 'policy.txt', date: '2024-03-10' },
    );
    const own = doc.policies.find((p) => p.name === '江城高新区重大招商引资项目奖励办法');
    assert.equal(own?.issuer, '江城高新区');
    assert.deepEqual(doc.incentives.map((i) => [i.policy, i.rate]), [['江城高新区重大招商引资项目奖励办法', '1‰']]);
  });
  it('reads tiers whose clause opens with the benefit and its amount after a condition (…的，一次性奖励10万元)', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区入区企业货物进出口额达到5000万美元的，一次性奖励10万元；达到1亿美元的，一次性奖励20万元。固定资产投资完成1000万元以上的，奖励2万元。'] }],
      parks: PARK,
    });
    assert.deepEqual(doc.incentives.map((i) => [i.benefit, i.amountCNY]), [['一次性奖励', 1e5], ['一次性奖励', 2e5], ['奖励', 2e4]]);
  });
  it('reads a share stated in words (全额, 减半) as the rate of a subsidy', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区对租用园区标准厂房的企业，前三年租金全额补贴，后两年租金减半补贴。'] }],
      parks: PARK,
    });
    assert.deepEqual(doc.incentives.map((i) => [i.rate, i.ratePercent, i.condition]), [['全额', 100, '租用园区标准厂房的企业，前三年租金'], ['减半', 50, '后两年租金']]);
  });
  it('reads a grant offered (提供…资助) and a rent-free offer (免租优惠) with its cap, in traditional script too', () => {
    const doc = extractBytes(Buffer.from('標題\n\n銀灘高新區在起步階段提供10萬元資助。符合條件的公司可獲最多3個月免租優惠，最多節省75萬元。\n'), { name: 'x.txt' });
    assert.deepEqual(doc.incentives.map((i) => [i.benefit, i.amountCNY, i.capCNY]), [['資助', 1e5, null], ['免租優惠', null, 75e4]]);
    assert.equal(doc.incentives[1]!.condition, '符合條件的公司');
  });
  it('reads condition, rate and cap of a subsidy clause', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区对设备投资高于2000万元的项目，按投资额的10%给予一次性补贴，最高补助400万元。'] }],
      parks: PARK,
    });
    assert.equal(doc.incentives.length, 1);
    const inc = doc.incentives[0]!;
    assert.equal(inc.park, '银滩高新区');
    assert.equal(inc.condition, '设备投资高于2000万元的项目');
    assert.equal(inc.benefit, '一次性补贴');
    assert.equal(inc.rate, '10%');
    assert.equal(inc.ratePercent, 10);
    assert.equal(inc.capCNY, 4e6);
    assert.equal(inc.amountCNY, null);
    assert.equal(doc.text.slice(inc.textSpan.start, inc.textSpan.end).trim(), inc.text);
  });
  it('gives one row per amount of a "分别给予" list, each with its condition', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区对新认定省级工程研究中心、市级工程研究中心的分别给予一次性奖励80万元、30万元。'] }],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.benefit, i.amountCNY]),
      [
        ['新认定省级工程研究中心', '一次性奖励', 800000],
        ['新认定市级工程研究中心', '一次性奖励', 300000],
      ],
    );
  });
  it('gives each level of a "分别给予" list the words the levels share (对新认定的国家级、省级X的)', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区对新认定的国家级、省级、市级技术创新中心，分别给予300万元、100万元、20万元一次性奖励。'] }],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.amountCNY]),
      [
        ['新认定的国家级技术创新中心', 3000000],
        ['新认定的省级技术创新中心', 1000000],
        ['新认定的市级技术创新中心', 200000],
      ],
    );
  });
  it('gives each threshold of a tiered list its own row, with the words the thresholds share, and reads a list of caps after 最高 as caps', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '银滩高新区对年度营业收入首次达到3亿元、5亿元、10亿元的企业，分别给予10万、20万、50万元一次性奖励。' +
              '对新引进的总部企业，实际到账资金1亿元(含)-10亿元、10亿元及以上的，分别给予最高1000万元、2000万元奖励。',
          ],
        },
      ],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.amountCNY, i.capCNY]),
      [
        ['年度营业收入首次达到3亿元的企业', 100000, null],
        ['年度营业收入首次达到5亿元的企业', 200000, null],
        ['年度营业收入首次达到10亿元的企业', 500000, null],
        ['新引进的总部企业，实际到账资金1亿元(含)-10亿元', null, 10000000],
        ['新引进的总部企业，实际到账资金10亿元及以上', null, 20000000],
      ],
    );
  });
  it('gives each phase of a list (进入I、II、III期…) its row and reads the first amounts of a long list as amounts too', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['银滩高新区对进入I、II、III期临床试验阶段的品种，分别给予100万元、150万元和250万元资助。'] }],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.amountCNY]),
      [
        ['进入I期临床试验阶段的品种', 1000000],
        ['进入II期临床试验阶段的品种', 1500000],
        ['进入III期临床试验阶段的品种', 2500000],
      ],
    );
    const graded = run({
      articles: [{ title: '标题', paragraphs: ['对首次评为5A级、4A级的物流企业，分别给予一次性奖励30万元、20万元。对货物运输增量达到50万吨、100万吨以上的，分别给予一次性奖励10万元、20万元。'] }],
      parks: PARK,
    });
    assert.deepEqual(
      graded.incentives.map((i) => [i.condition, i.amountCNY]),
      [
        ['首次评为5A级的物流企业', 300000],
        ['首次评为4A级的物流企业', 200000],
        ['货物运输增量达到50万吨', 100000],
        ['货物运输增量达到100万吨以上', 200000],
      ],
    );
  });
  it('reads a cap that follows the benefit, a ratio rate, and skips reports of money paid', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '年度研发投入在300万元以上的企业，按6%给予奖励，最高奖励200万元；获评示范企业的按1∶2比例给予配套资助。',
            '去年全区发放人才补贴资金1.5亿元。',
          ],
        },
      ],
      parks: PARK,
    });
    assert.equal(doc.incentives.length, 2);
    const [first, second] = doc.incentives;
    assert.deepEqual([first!.condition, first!.benefit, first!.rate, first!.ratePercent, first!.capCNY], ['年度研发投入在300万元以上的企业', '奖励', '6%', 6, 2e6]);
    assert.deepEqual([second!.benefit, second!.rate, second!.ratePercent, second!.capCNY], ['配套资助', '1∶2', null, null]);
  });
  it('reads traditional-script clauses through the pipeline', () => {
    const text = '銀灘高新區扶持儲能產業\n\n對設備投資高於2000萬元的項目，按投資額的8%給予一次性補貼，最高補助600萬元。\n';
    const doc = extractBytes(Buffer.from(text), { name: 'x.txt', date: '2023-04-20' });
    assert.equal(doc.incentives.length, 1);
    const inc = doc.incentives[0]!;
    assert.equal(inc.benefit, '一次性補貼');
    assert.equal(inc.capCNY, 6e6);
    assert.equal(inc.ratePercent, 8);
    assert.equal(inc.condition, '設備投資高於2000萬元的項目');
  });
});

describe('incentives in web-style text', () => {
  it('keeps "1,200万元" whole where commas also separate clauses', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['对年营收超过1,200万元的企业,按3%给予奖励,最高奖励300万元。'] }],
      parks: PARK,
    });
    assert.equal(doc.incentives.length, 1);
    assert.deepEqual([doc.incentives[0]!.condition, doc.incentives[0]!.ratePercent, doc.incentives[0]!.capCNY], ['年营收超过1,200万元的企业', 3, 3e6]);
    assert.ok(doc.quantities.some((q) => q.surface === '1,200万元' && q.value === 12e6));
  });
});

describe('incentive phrasings', () => {
  it('reads a share of fiscal contribution given to the company, and who qualifies before the basis clauses', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '七、新建5万平方米以上的标准化厂房项目，按照建设成本的8%给予投资主体资金补助；投资企业自持经营的，自协议约定投产之日起，按其对本级财政贡献额的100%，连续5年奖励给企业。',
            '八、年纳税总额100万元以上的总部经济项目，自纳税之日起，按其对本级财政贡献额的90%，连续5年奖励给企业。',
          ],
        },
      ],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.benefit, i.ratePercent]),
      [
        ['新建5万平方米以上的标准化厂房项目', '补助', 8],
        ['投资企业自持经营', '奖励', 100],
        ['年纳税总额100万元以上的总部经济项目', '奖励', 90],
      ],
    );
  });
  it('takes a cap stated later in the next clause, and amounts before or after the benefit', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['按照实际投资额的30%给予补助，单个项目最高不超过400万元。对首次认定的高新技术企业给予每家20万元奖励。'],
        },
      ],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.benefit, i.ratePercent, i.capCNY, i.amountCNY]),
      [
        [null, '补助', 30, 4e6, null],
        ['首次认定的高新技术企业', '奖励', null, null, 2e5],
      ],
    );
  });

  it('reads 支持 as a benefit only as a granted sum ("最高支持…万元", "给予…资金支持")', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['对设备购置额2000万元以上的投资项目，最高支持3000万元。对新认定的链主企业给予50万元资金支持。园区支持企业加大研发投入。'],
        },
      ],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.benefit, i.capCNY, i.amountCNY]),
      [
        ['设备购置额2000万元以上的投资项目', '支持', 3e7, null],
        ['新认定的链主企业', '资金支持', null, 5e5],
      ],
    );
  });
});

describe('support as a granted benefit', () => {
  it('reads 扶持 given as a share (给予…投资20%以内的扶持) with its cap (最高扶持300万元), but not 扶持 as a verb', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: [
            '（十二）技改扩能。对企业实施技术进步的入库工业企业的固定资产投资项目，给予设备投资20%以内的扶持，单个项目最高扶持300万元。',
            '重点扶持高端制造、生物医药等重点产业和新业态。',
          ],
        },
      ],
      parks: PARK,
    });
    assert.deepEqual(
      doc.incentives.map((i) => [i.condition, i.benefit, i.ratePercent, i.capCNY]),
      [['企业实施技术进步的入库工业企业的固定资产投资项目', '扶持', 20, 3_000_000]],
    );
  });
});

describe('policy issuer and year from the title and its document number', () => {
  it('takes the body that opens a title before 关于 as its issuer and the year of the number printed after it', () => {
    const doc = run({
      articles: [{ title: '标题', paragraphs: ['为贯彻落实《星湾市人民政府办公厅关于促进开发区改革和创新发展的若干意见》（星政办发〔2017〕7号），制定本方案。'] }],
      organizations: [{ name: '星湾市人民政府办公厅' }],
    });
    assert.deepEqual(doc.policies.map((p) => [p.issuer, p.year]), [['星湾市人民政府办公厅', '2017']]);
  });
});

describe('the park an incentive row belongs to', () => {
  it('falls back to a subject only when it is a park or a place, never a project or a bureau', () => {
    const text = [
      '关于支持厂房建设的若干政策',
      '',
      '一、新建3万平方米以上的多层标准化厂房项目，按照建设成本的6%给予投资主体资金补助。',
      '二、对首次认定的企业，由镇经济发展局给予一次性奖励5万元。',
      '三、落户青禾县的企业，按其年度设备投资额的3%给予补贴，最高补贴100万元。',
    ].join('\n');
    const doc = extractBytes(Buffer.from(text), { name: 'x.txt', date: '2023-04-20' });
    assert.ok(doc.incentives.length >= 2, JSON.stringify(doc.incentives));
    for (const inc of doc.incentives) assert.ok(!/项目$|局$/.test(inc.park ?? ''), `park ${inc.park} of "${inc.text}"`);
  });
});

describe('the park a row names', () => {
  it("is the row's park, and 对于 leaves no 于 in the condition", () => {
    const text = [
      '宜宾综合保税区招商引资扶持办法',
      '',
      '第一条 本办法依据湖北自贸区有关政策制定。',
      '（一）对于租赁宜宾综合保税区标准厂房从事生产经营的制造类企业，按实际设备投资额的10%给予补助，最高不超过1000万元。',
    ].join('\n');
    const doc = extractBytes(Buffer.from(text), { name: 'x.txt', date: '2023-04-20' });
    const inc = doc.incentives[0]!;
    assert.equal(inc.park, '宜宾综合保税区');
    assert.equal(inc.condition, '租赁宜宾综合保税区标准厂房从事生产经营的制造类企业');
  });
});

describe('amounts of a row', () => {
  it('are not a basis per unit (每新增1000万元) nor a threshold (5000万元以下)', () => {
    const doc = extractBytes(Buffer.from('按照产值每新增1000万元奖励2万元的标准给予增量奖励，每家企业最高奖励300万元。\n'), { name: 'x.txt', date: '2023-04-20' });
    assert.deepEqual(doc.incentives.map((i) => [i.amountCNY, i.capCNY]), [[20000, 3000000]]);
  });
});

describe("a region's rule for all its parks", () => {
  it('belongs to the region the row names, not to the last park named before it', () => {
    const text = '宜宾高新区去年排名上升。\n对江西省在全国评价排名100名以前的国家高新区，每晋升一个位次奖励100万元，最高奖励300万元。\n';
    const doc = extractBytes(Buffer.from(text), { name: 'x.txt', date: '2023-04-20' });
    assert.deepEqual(doc.incentives.map((i) => i.park), ['江西省']);
  });
});


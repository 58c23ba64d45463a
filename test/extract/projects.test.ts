// findProjects on invented documents: which "……项目" phrases are named projects, their stage, date,
// park, organisations and the quantities linked to them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { findProjects, stageOf, dateOf } from '../../src/extract/findProjects.js';
import { findQuantities } from '../../src/extract/findQuantities.js';
import { linkSubjects } from '../../src/extract/linkSubjects.js';
import { findProjectNames } from '../../src/extract/projects/findProjectNames.js';
import type { SourceDoc } from '../../src/types.js';
import { makeDoc, type DocSpec } from '../helpers/source-doc.js';

function run(spec: Omit<DocSpec, 'name'>): SourceDoc {
  let doc = makeDoc({ name: 'fixture.txt', date: '2023-05-20', ...spec });
  doc = { ...doc, articles: doc.articles.map((a) => ({ ...a, headlines: a.headlines ?? [] })) };
  for (const stage of [findQuantities, linkSubjects, findProjects]) doc = stage.run(doc, {});
  return doc;
}

const names = (text: string) => findProjectNames(text, 0, text.length).map((p) => p.name);

describe('findProjectNames', () => {
  it('keeps named projects and drops generic ones', () => {
    assert.deepEqual(names('今年落地优质项目12个，其中海川新能源电池制造项目开工。'), ['海川新能源电池制造项目']);
    assert.deepEqual(names('星河储能华东研发总部项目年内开工。'), ['星河储能华东研发总部项目']);
    assert.deepEqual(names('该项目获批后，这些项目进展顺利。'), []);
  });
  it('takes no category of projects or predicate about them for a name', () => {
    assert.deepEqual(names('按行业分，有先进制造类项目8个；新材料和智能装备项目有4个；本批签约项目中'), []);
    assert.deepEqual(names('投资20亿元建设海川智能装备产业园项目'), ['海川智能装备产业园项目']);
    assert.deepEqual(names('签约三元锂电池回收利用项目，另有3个配套项目'), ['三元锂电池回收利用项目']);
  });
  it("takes no industry's or region's projects for a name, nor a verb or conjunction before the name", () => {
    assert.deepEqual(names('以生物医药产业项目为代表，电子信息项目签约，沪苏浙地区项目落户。'), []);
    assert.deepEqual(names('满足高速飞车项目试验需要；园区具有承载大型产业项目的条件，而工业建设项目亦在推进。'), ['高速飞车项目']);
  });
  it('takes a quoted name before 项目, a name after its size, and a facility being built', () => {
    assert.deepEqual(names('“海上风电柔性直流关键技术”项目获得支持'), ['“海上风电柔性直流关键技术”项目']);
    assert.deepEqual(names('眼前是20万吨正极材料项目'), ['正极材料项目']);
    assert.deepEqual(names('两家企业将联合建设新型疫苗华南研发生产基地，总投资约3亿美元'), ['新型疫苗华南研发生产基地']);
  });
  it('does not run away on a 10,000-character line or an unmatched quotation mark', () => {
    const found = names('发'.repeat(10000) + '项目');
    assert.ok(found.length <= 1 && found.every((n) => n.length <= 42), `bounded look-back: ${found.map((n) => n.length)}`);
    assert.deepEqual(names('”项目'), []);
  });
});

describe('findProjects', () => {
  it('reports stage, date, park, organisations and linked quantities', () => {
    const doc = run({
      articles: [
        {
          title: '标题',
          paragraphs: ['5月12日，海川新能源电池制造项目在银滩高新区开工。海川新能源电池制造项目总投资25亿元，占地300亩。'],
        },
      ],
      parks: [{ name: '银滩高新区' }],
      organizations: [{ name: '海川新能源' }],
    });
    assert.equal(doc.projects.length, 1);
    const p = doc.projects[0]!;
    assert.equal(p.name, '海川新能源电池制造项目');
    assert.equal(p.stage, '开工');
    assert.equal(p.date, '2023-05-12');
    assert.equal(p.park, '银滩高新区');
    assert.deepEqual(p.organizations, ['海川新能源']);
    const linked = doc.quantities.filter((q) => p.quantityIds.includes(q.id)).map((q) => q.surface);
    assert.deepEqual(linked, ['25亿元', '300亩']);
    assert.equal(doc.text.slice(p.textSpan.start, p.textSpan.end), p.name);
    assert.equal(doc.raw.slice(p.span.start, p.span.end), p.name);
  });
  it('takes the stage from the project\'s own clause, drops a leading size and a park\'s projects in general', () => {
    const doc = run({
      articles: [
        {
          title: '银滩高新区重点项目集中开工',
          paragraphs: ['同日，云海生物医药产业园项目一期竣工投产，海川科技有限公司与园区签署了年产12万套智能终端项目合作协议。'],
        },
      ],
      parks: [{ name: '银滩高新区' }],
    });
    assert.deepEqual(
      doc.projects.map((p) => [p.name, p.stage]),
      [
        ['云海生物医药产业园项目', '投产'],
        ['智能终端项目', '签约'],
      ],
    );
  });
  it('reads the most advanced stage and skips planned ones', () => {
    assert.equal(stageOf('项目去年签约，今年建成投产'), '投产');
    assert.equal(stageOf('项目计划年底开工'), null);
    assert.equal(stageOf('该工程已获批复'), '获批');
    assert.equal(dateOf('于2020年9月18日开工', 2023), '2020-09-18');
    assert.equal(dateOf('没有日期', 2023), null);
  });
});

describe('project names after an opener', () => {
  it('leaves the preposition or verb that introduces a project out of its name (以…为例, 既涵盖…)', () => {
    const doc = extractBytes(Buffer.from('招商动态\n\n现场签约项目既涵盖星湾新型电力系统示范区项目等6个产业项目。以星湾新型电力系统示范区项目为例，该项目计划投资超50亿元。\n'), { name: 'p.txt', date: '2024-08-28' });
    assert.deepEqual(doc.projects.map((p) => p.name), ['星湾新型电力系统示范区项目']);
    assert.equal(doc.quantities.find((q) => q.value === 5e9)?.subject, '星湾新型电力系统示范区项目');
  });
  it('takes no category over a threshold (亿元以上制造业项目) and no name across 以 (某区以项目建设为中心)', () => {
    const text = '今年新签约亿元以上制造业项目14个。星湾开发区以项目建设为中心，推动工业发展。';
    assert.deepEqual(findProjectNames(text, 0, text.length).map((p) => p.name), []);
  });
});

describe('batches and predicates are no named projects', () => {
  it('takes no batch dated in the phrase, no goal after 力争 or 要有, no object of 签署 and no alternative after 或', () => {
    const text = '星湾新区举行推介会暨5月份重点项目签约仪式。发展关键要有高质量项目。力争今年工业项目投资达到40亿元。星湾公司与有关企业签署项目，其中20亿元或3~5亿美元工业项目2个。';
    assert.deepEqual(names(text), []);
  });
  it("takes no company's or park's projects in general (某某集团重点项目), but a name joined by 暨 stays whole", () => {
    assert.deepEqual(names('活动当天，星湾集团重点项目签约落户。'), []);
    assert.deepEqual(names('该项目是海川省重点项目。日前，星湾工业园区两大重点项目顺利投产。'), []);
    assert.deepEqual(names('星湾科技华东总部暨智能装备研发中心项目落户。'), ['星湾科技华东总部暨智能装备研发中心项目']);
  });
});

describe('kinds of projects', () => {
  it('takes no kind of projects with words after 类 (化工类科研项目) for a name', () => {
    assert.deepEqual(names('最大限度化解化工类科研项目没有中试场所的问题。'), []);
  });
});

describe('projects as the object of a slogan', () => {
  it('takes no name before 项目 that a one-character verb takes as object (抓招商上项目) or that modifies a campaign (项目建设热潮)', () => {
    assert.deepEqual(names('星湾开发区聚精会神抓招商上项目，全力以赴扩投资。'), []);
    assert.deepEqual(names('今年以来，星湾开发区持续掀起项目建设会战热潮。'), []);
    assert.deepEqual(names('星湾新能源电池制造项目建设进展顺利。'), ['星湾新能源电池制造项目']);
    assert.deepEqual(names('星湾线上项目'), ['星湾线上项目']);
  });
});

describe('sectors of projects', () => {
  it('takes no sector, investment class or programme of projects (服务业投资项目, 总部经济项目) for a name', () => {
    assert.deepEqual(names('对符合条件的现代服务业投资项目，按投资额给予奖励。'), []);
    assert.deepEqual(names('年纳税额800万元以上的总部经济项目，按贡献给予补助。'), []);
    assert.deepEqual(names('属于鼓励类的工业投资项目和固定资产投资项目。'), []);
    assert.deepEqual(names('对企业实施的科技成果转化项目，给予配套资助。'), []);
    assert.deepEqual(names('星湾新能源电池制造项目投产。'), ['星湾新能源电池制造项目']);
    assert.deepEqual(names('在海川公司“碳—硅—锂”循环经济产业项目现场'), ['循环经济产业项目']);
  });
});

describe('batches and statistics of projects', () => {
  it('takes no cumulative or reserve batch, no size class and no predicate about projects for a name', () => {
    assert.deepEqual(names('今年前8个月，银滩新区累计新增储备项目1381个。'), []);
    assert.deepEqual(names('新区全年预计储备项目数量同比增长60%。'), []);
    assert.deepEqual(names('其中10亿元以上项目4个，5亿元~10亿元项目3个。'), []);
    assert.deepEqual(names('优质项目集聚是新区今年招商最大亮点，进一步体现出项目投资体量大的特点。'), []);
    assert.deepEqual(names('海川新能源电池制造项目累计完成投资5亿元。'), ['海川新能源电池制造项目']);
  });
});

describe('names with words a stop character opens', () => {
  it('keeps 分布式 in a name and takes no batch of a quarter (2022年一季度全省重大项目) for one', () => {
    assert.deepEqual(names('签约新能源电气设备项目、屋顶分布式光伏发电项目。'), ['新能源电气设备项目', '屋顶分布式光伏发电项目']);
    assert.deepEqual(names('2022年一季度全省重大项目集中开工。'), []);
    assert.deepEqual(names('两个项目分别落户新区和老区。'), []);
  });
});

describe('zones in project names', () => {
  it('keeps a zone whose ending holds a verb (产业集聚区) in the project name', () => {
    assert.deepEqual(names('日前，宜宾市产业集聚区清华产业园项目签约仪式举行。'), ['宜宾市产业集聚区清华产业园项目']);
  });
});

describe('events, companies and descriptions are no project names', () => {
  it('takes no name from 推介暨项目签约, a count of companies, a mode (团队+项目) or a ranking (国内一流…)', () => {
    assert.deepEqual(names('3月30日，某某新区投资推介暨项目集中签约活动举行。'), []);
    assert.deepEqual(names('园区与星河新能源有限公司6家企业签订项目协议。'), []);
    assert.deepEqual(names('实施“团队+项目”引才模式。'), []);
    assert.deepEqual(names('将建设国内一流中试基地。'), []);
    assert.deepEqual(names('将建设星河新材料中试基地。'), ['星河新材料中试基地']);
  });
  it('takes no name from a verb of getting things done (抓紧做好项目建成后的工作)', () => {
    assert.deepEqual(names('开发区抓紧做好项目建成后的后续配套工作。'), []);
  });
  it('takes no name across a bracket it does not close (…总部型企业(含增资项目)', () => {
    assert.deepEqual(names('对新引进的外资总部型企业(含增资项目),分别按实际到账外资金额的3%予以奖励。'), []);
  });
  it('takes no name from a visit (调研, 察看), a meeting or a campaign joined by 暨, a date before it, or a batch (此次…, 本次…)', () => {
    assert.deepEqual(names('李某来星湾高新区调研重大产业项目。'), []);
    assert.deepEqual(names('实地察看星源新材料有限公司项目建设现场。'), ['星源新材料有限公司项目']);
    assert.deepEqual(names('高新区举行重点项目集中开工动员会暨星安新型建筑材料建设项目开工仪式。'), ['星安新型建筑材料建设项目']);
    assert.deepEqual(names('2018年星城市招商引资暨重大项目第9次集中开工活动举行。'), []);
    assert.deepEqual(names('11月集中开工项目主会场设在园区。'), []);
    assert.deepEqual(names('高新区此次集中开工项目6个。本次集中开竣工项目中，开工项目12个。'), []);
    assert.deepEqual(names('同向发力打通项目招引、落地、建设各环节。'), []);
  });
  it('takes no name from a year (某市2019年重大项目), a clause of a policy (第三条根据…), new projects in general (…土地新建项目) or a park\'s projects (…高新区重大招商引资项目)', () => {
    assert.deepEqual(names('星城市2019年重大项目陆续建成。'), []);
    assert.deepEqual(names('第三条根据项目投资强度给予奖励。'), []);
    assert.deepEqual(names('对利用综保区土地新建项目，给予补助。'), []);
    assert.deepEqual(names('星湾高新区重大招商引资项目集中签约。'), []);
    assert.deepEqual(names('星河焊接材料生产基地扩建项目签约。'), ['星河焊接材料生产基地扩建项目']);
  });
  it('takes no name from a clause opening with a pronoun or an adverb of manner (我们认真推行项目, 不断刷新项目)', () => {
    assert.deepEqual(names('我们认真推行项目并联审批。'), []);
    assert.deepEqual(names('从签约到投产，不断刷新项目推进速度。'), []);
  });
  it('takes no name holding a closing bracket it does not open (…技术改造(在某高新区范围内)项目)', () => {
    assert.deepEqual(names('对企业利用现有土地扩建或技术改造(在星湾高新区范围内)项目的固定资产投资给予补助。'), []);
  });
  it('takes no name from an article of a policy (第十条如项目…) or before 所在 (不低于项目所在地…)', () => {
    assert.deepEqual(names('第十条如项目符合申报市级扶持条件的应积极申报。'), []);
    assert.deepEqual(names('土地出让价格按不低于项目所在地土地等别相对应标准的60%执行。'), []);
  });
  it('takes no name from a ceremony\'s words (宣布, 见证, 出席) and starts a name after 暨 (开工暨某某项目)', () => {
    assert.deepEqual(names('副省长张某宣布项目开工。'), []);
    assert.deepEqual(names('嘉宾共同见证项目开工。'), []);
    assert.deepEqual(names('举办重大项目开工暨星河高端建筑智造总部项目奠基仪式。'), ['星河高端建筑智造总部项目']);
  });
});

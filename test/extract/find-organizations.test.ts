// findOrganizations on small invented pages: legal names with brackets and aliases, institutes, bracketed
// campuses, ministries, generic phrases that are not organisations, traditional script, hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orgNamed, page } from './entity-fixtures.js';

test('a registered company name with a bracketed place and a 以下简称 alias', () => {
  const doc = page(
    '企业动态',
    '近日，浙江晨曦光电科技（杭州）股份有限公司（以下简称晨曦光电）发布新一代芯片。晨曦光电已与多家单位开展合作。',
  );
  const org = orgNamed(doc, '浙江晨曦光电科技（杭州）股份有限公司');
  assert.ok(org, JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.equal(org.kind, 'enterprise');
  assert.ok(org.aliases.includes('晨曦光电'));
  assert.equal(org.mentions.length, 3);
});

test('institutes with 与 inside, universities with a bracketed city, ministries', () => {
  const doc = page(
    '合作',
    '该项目由中国科学院苏州纳米技术与纳米仿生研究所牵头，华北电力大学（保定）和东南大学参与，得到工业和信息化部支持。',
  );
  assert.equal(orgNamed(doc, '中国科学院苏州纳米技术与纳米仿生研究所')?.kind, 'institute', JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.equal(orgNamed(doc, '华北电力大学（保定）')?.kind, 'university');
  assert.equal(orgNamed(doc, '东南大学')?.kind, 'university');
  assert.equal(orgNamed(doc, '工业和信息化部')?.kind, 'government');
});

test('generic phrases and parks are not organisations', () => {
  const doc = page(
    '园区企业',
    '该公司与相关企业、龙头企业共同建设研发中心，23家上市公司入驻合肥高新区，合肥高新区管委会提供服务。',
  );
  const names = doc.organizations.map((o) => o.name);
  for (const generic of ['该公司', '相关企业', '龙头企业', '研发中心', '上市公司', '合肥高新区']) assert.ok(!names.includes(generic), generic);
  assert.ok(orgNamed(doc, '合肥高新区管委会'), JSON.stringify(names));
});

test('an unknown brand the cut leaves in single characters, and a city whose short form is a verb, open a company name', () => {
  const doc = page('企业动态', '近日，峪基绿能科技有限公司、沣合光能股份有限公司与园区签约。会上还推动开封凯智智能装备集团落户。');
  const names = JSON.stringify(doc.organizations.map((o) => o.name));
  for (const name of ['峪基绿能科技有限公司', '沣合光能股份有限公司', '开封凯智智能装备集团']) assert.ok(orgNamed(doc, name), `${name} in ${names}`);
  // a function character after a word is still a boundary
  assert.ok(orgNamed(page('企业动态', '园区能为企业提供服务，近日华晶科技有限公司入驻。'), '华晶科技有限公司'));
});

test('a short company name before an officer title is an organisation', () => {
  const doc = page('访谈', '“我们将加大投入。”星河智联首席执行官周立伟表示。');
  assert.ok(orgNamed(doc, '星河智联'), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('traditional script: the printed name plus the simplified form as an alias', () => {
  const doc = page('企業新聞', '臺灣積體電路製造股份有限公司宣布擴大投資。');
  const org = doc.organizations.find((o) => o.name === '臺灣積體電路製造股份有限公司');
  assert.ok(org, JSON.stringify(doc.organizations.map((o) => [o.name, o.aliases])));
  assert.ok(org.aliases.includes('台湾积体电路制造股份有限公司'));
});

test('hostile input: nested brackets, unmatched brackets and quotes, a very long line', () => {
  const doc = page(
    '压力',
    '北京星火（集团（控股））有限公司与（南京天成科技有限公司签约。',
    '《关于“上海明远生物科技有限公司的报道',
    '发展'.repeat(5000) + '苏州远航电子有限公司',
  );
  assert.ok(orgNamed(doc, '上海明远生物科技有限公司'), JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.ok(orgNamed(doc, '南京天成科技有限公司'));
  for (const org of doc.organizations) for (const m of org.mentions) assert.equal(doc.text.slice(m.textSpan.start, m.textSpan.end), m.text);
});

test('a bare government body listed after one of a place belongs to that place', () => {
  const doc = page('政策', '宁波市科技局、财政局联合发布扶持办法。');
  const org = orgNamed(doc, '财政局');
  assert.ok(org, JSON.stringify(doc.organizations.map((o) => [o.name, o.aliases])));
  assert.ok(org.aliases.includes('宁波市财政局'));
});

test('official endings: 总署/分署, 总队, 梦工厂, a place + 公共服务平台; 签署/部署 and 创新平台 are not bodies', () => {
  const doc = page(
    '揭牌',
    '近日，国家邮政总署发布通知。江西省消防救援总队参加演练。青禾新经济梦工厂新入驻企业8家。',
    '江西省跨境电商公共服务平台揭牌，双方签署协议、部署工作，共建康养创新平台。',
  );
  const names = doc.organizations.map((o) => o.name);
  for (const n of ['国家邮政总署', '江西省消防救援总队', '青禾新经济梦工厂', '江西省跨境电商公共服务平台']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  assert.ok(!names.some((n) => /签署|部署|创新平台/.test(n)), JSON.stringify(names));
});

test('short brand names in a list of companies, a legal ending over an ordinary head, role nouns and facilities', () => {
  const doc = page(
    '企业动态',
    '目前，岚峰精密、禾嘉汽车、氪曜新材料等龙头企业已入驻。',
    '此次投资者青松控股集团计划投资10亿元，另一投资方云杉集团有限公司参与。',
    '星禾网江城数字贸易总部基地项目开工，城区中心城区建设加快。',
  );
  const names = doc.organizations.map((o) => o.name);
  for (const n of ['岚峰精密', '禾嘉汽车', '氪曜新材料', '青松控股集团', '云杉集团有限公司']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  assert.ok(!names.some((n) => /投资者|投资方|总部基地|城区/.test(n)), JSON.stringify(names));
});

test('ranked units, branches named after their parent body, a park service centre, a parent body dropped in front', () => {
  const doc = page(
    '大楼启用',
    '省科委青岭管理局新大楼启用，青岭管理局长致辞。武装警察第三总队副总队长、人力资源署岚东分署长出席。',
    '新入驻星禾(岚抚)创新梦工厂企业8个。岚桥高新区企业服务中心为企业服务，岚桥高新区将加快发展。',
  );
  const names = doc.organizations.map((o) => [o.name, o.aliases]);
  for (const n of ['武装警察第三总队', '人力资源署岚东分署', '星禾(岚抚)创新梦工厂', '岚桥高新区企业服务中心']) assert.ok(orgNamed(doc, n), `${n} in ${JSON.stringify(names)}`);
  assert.ok(!doc.organizations.some((o) => /副总队|^岚东分署$/.test(o.name)), JSON.stringify(names));
  assert.ok(orgNamed(doc, '省科委青岭管理局')?.aliases.includes('青岭管理局'), JSON.stringify(names));
});

test('a time word between a place and the trade word of a registered name does not cut the name', () => {
  const doc = page('入驻', '今年，南昌每日鲜果有限公司迁入新址。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('南昌每日鲜果有限公司'), JSON.stringify(names));
  assert.ok(!names.includes('鲜果有限公司'), JSON.stringify(names));
});

test('a builder group short name with a numeral bureau is a company; a game score is not', () => {
  const doc = page('奠基', '项目开工暨中建七局区域总部奠基。中冶五局表示将参与建设。比赛打了三局。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('中建七局') && names.includes('中冶五局'), JSON.stringify(names));
  assert.ok(!names.some((n) => /打了|比赛/.test(n)), JSON.stringify(names));
});

test('short items of "…等单位" are bodies when a sibling is a recognised body; a list of kinds is not', () => {
  const doc = page(
    '签约',
    '企业分别与岚桥大学、星禾建投、云岫创管等单位签约。',
    '活动吸引了高校、科研院所、医院等单位参加。',
  );
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('星禾建投') && names.includes('云岫创管'), JSON.stringify(names));
  assert.ok(!names.some((n) => /高校|科研院所|医院/.test(n)), JSON.stringify(names));
});

test('a unit needs a place or an ordinal; a trade word cut out of a longer word makes no brand', () => {
  const doc = page('救援', '消防大队和交警支队出动，杭州市消防救援支队和武警第三支队到场。', '移动互联网络和物联网络的建设加快。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('杭州市消防救援支队') && names.includes('武警第三支队'), JSON.stringify(names));
  assert.ok(!names.some((n) => /^(消防大队|交警支队|消防大队和交警支队)$|网络/.test(n)), JSON.stringify(names));
});

test('a coined brand holding a function character right after a verb that introduces names', () => {
  const doc = page('引进', '今年已新引进岚为股份、星禾科技等一批项目。会议认为股份制改革重要，包括作为科技的支撑。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('岚为股份') && names.includes('星禾科技'), JSON.stringify(names));
  assert.ok(!names.some((n) => /认为|作为/.test(n)), JSON.stringify(names));
});

test('a body named by its level alone where a name can start ("省财政厅、省科技厅下发通知")', () => {
  const doc = page('通知', '日前，省财政厅、省科学技术厅下发通知，对晋位园区给予奖励。根据省政府出台的意见，市商务局会同有关部门组织申报，市政协副主席出席。');
  for (const name of ['省财政厅', '省科学技术厅', '省政府', '市商务局']) assert.equal(orgNamed(doc, name)?.kind, 'government', JSON.stringify(doc.organizations.map((o) => o.name)));
  // in a post it is named too ("市政协副主席")
  assert.equal(orgNamed(doc, '市政协')?.kind, 'government');
  // inside a word it is no body: "全省政府投资" is not 省政府
  const inside = page('投资', '全省政府投资项目稳步推进。');
  assert.equal(orgNamed(inside, '省政府'), undefined);
});

test("Taiwan's ministries and Hong Kong's policy bureaus, named without a place", () => {
  const tw = page('標題', '經濟部表示，轄下園區今年吸引投資。勞動部與地方政府合作。');
  for (const name of ['經濟部', '勞動部']) assert.equal(orgNamed(tw, name)?.kind, 'government', JSON.stringify(tw.organizations.map((o) => o.name)));
  const hk = page('標題', '創新科技及工業局常任秘書長表示，發展局正規劃新的科技城。');
  for (const name of ['創新科技及工業局', '發展局']) assert.equal(orgNamed(hk, name)?.kind, 'government', JSON.stringify(hk.organizations.map((o) => o.name)));
  // and by the names they had before 2022
  const hkBefore = page('標題', '創新及科技局局長表示，科學園將擴建。');
  assert.equal(orgNamed(hkBefore, '創新及科技局')?.kind, 'government', JSON.stringify(hkBefore.organizations.map((o) => o.name)));
  // and Macau's secretariats, after a verb too
  const macau = page('標題', '行政長官率領經濟財政司司長譚伯源及運輸工務司司長劉仕堯等官員會晤。');
  for (const name of ['經濟財政司', '運輸工務司']) assert.equal(orgNamed(macau, name)?.kind, 'government', JSON.stringify(macau.organizations.map((o) => o.name)));
  // and the departments under them
  const hkDepartments = page('標題', '投資推廣署與知識產權署合辦講座，創新科技署署長致辭。');
  for (const name of ['投資推廣署', '知識產權署', '創新科技署']) assert.equal(orgNamed(hkDepartments, name)?.kind, 'government', JSON.stringify(hkDepartments.organizations.map((o) => o.name)));
  // a mainland district's bureau is not Hong Kong's
  const mainland = page('标题', '区经济发展局、各级经济部门要加强协调。');
  assert.equal(orgNamed(mainland, '发展局'), undefined);
  assert.equal(orgNamed(mainland, '经济部'), undefined);
});

test("a park's administration is named with its park; a verb before a brand is no part of it", () => {
  const doc = page('考察', '7月3日，云溪经开区管委会主任带队来访。上半年，新（扩）建青禾环保、岭川机械等项目。');
  assert.ok(orgNamed(doc, '云溪经开区管委会'), JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.ok(orgNamed(doc, '青禾环保'), JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.ok(orgNamed(doc, '岭川机械'), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('a two-character brand before 公司 is a short name of the legal name it begins', () => {
  const doc = page('標題', '此外，青舜營造股份有限公司進駐軟體園區。管理局表示，青舜公司從事建築設計服務。');
  const org = orgNamed(doc, '青舜營造股份有限公司');
  assert.ok(org?.aliases.includes('青舜公司'), JSON.stringify(doc.organizations));
  assert.equal(doc.organizations.filter((o) => o.name.startsWith('青舜')).length, 1);
});

test('autonomous-region bodies, bodies after an ASCII comma, 管理处/分处; a field in a list of fields is no company', () => {
  const doc = page('标题', '9月8日,记者从自治区工业和信息化厅了解到,7月22日,省政府批复了扩区方案。项目涵盖智慧冷链、精密电子、高性能云母新材料等领域。');
  for (const name of ['自治区工业和信息化厅', '省政府']) assert.equal(orgNamed(doc, name)?.kind, 'government', JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.equal(orgNamed(doc, '云母新材料'), undefined);
  const tw = page('標題', '經濟部加工出口區管理處南港分處今日宣佈園區營業額成長。');
  assert.ok(orgNamed(tw, '經濟部加工出口區管理處南港分處'), JSON.stringify(tw.organizations.map((o) => o.name)));
});

test('an office is a body only as the office of one ("市政府办公室"), not a room', () => {
  const doc = page('標題', '初創企業員工較少長留辦公室。市政府办公室印发了通知。');
  assert.ok(!doc.organizations.some((o) => o.name.includes('長留')), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('abbreviated commissions and offices, a body listed after a level-named one, a body after a verb', () => {
  const doc = page('调研', '区发改委、经信局等有关部门负责人陪同调研。湖南省口岸办组织省商务厅相关处室赴园区考察。');
  for (const name of ['区发改委', '经信局', '湖南省口岸办', '省商务厅'])
    assert.equal(orgNamed(doc, name)?.kind, 'government', `${name}: ${JSON.stringify(doc.organizations.map((o) => o.name))}`);
});

test('a brand before an industry word (…航空, …电气) is a company in a list of companies', () => {
  const doc = page('考察', '考察团先后到青禾生物、云岭航空、海川电气等重点企业参观。');
  for (const name of ['青禾生物', '云岭航空', '海川电气']) assert.ok(orgNamed(doc, name), `${name}: ${JSON.stringify(doc.organizations.map((o) => o.name))}`);
});

test('an autonomous prefecture committee and government, and a township office (镇公所), are bodies', () => {
  const doc = page('揭牌', '会上，李明代表州委、州政府致辞，彰化县二林镇公所负责人出席。');
  const names = doc.organizations.map((o) => o.name);
  for (const n of ['州委', '州政府', '彰化县二林镇公所']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
});

test('和 closing a list ("甲项目、乙项目和丙公司") is a conjunction, not the first character of the name', () => {
  const doc = page('督查', '一行先后到标准化厂房建设项目、云帆机械项目和中清环保公司等地进行实地督查。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['中清环保公司']);
});

test('a superlative or a share inside a body-like phrase describes it ("西北最大…中心", "大部分公司")', () => {
  const doc = page('开通', '这里将建成西北最大跨境电商监管中心，云帆MSD大部分公司已入驻，兰州市跨境电商监管中心同日揭牌。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['兰州市跨境电商监管中心']);
});

test("an enterprise heading a project's name (coined head + industry word) is an organisation; a zone's words are not", () => {
  const doc = page('签约', '华沃科技新能源材料研发生产项目签约，河南百川线缆年产30万千米特种电缆项目开工，新能源汽车零部件项目落地，中新食品区重点项目进展迅速。');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.kind]).sort(), [['华沃科技', 'enterprise'], ['河南百川线缆', 'enterprise']].sort());
});

test('a smaller division before a larger one only locates the body: the name starts at the larger ("某区某省…公司")', () => {
  const doc = page('落地', '宁波市江北区浙江天力电子公司近日投产，长兴县浙江云帆线缆年产10万千米特种电缆项目同日开工。杭州市西湖区天目科技有限公司参加签约。');
  assert.deepEqual(
    doc.organizations.map((o) => o.name).sort(),
    ['浙江天力电子公司', '浙江云帆线缆', '杭州市西湖区天目科技有限公司'].sort(),
  );
});

test('a department (…司) named right after its ministry is the body; 公司 after a ministry is not a department', () => {
  const doc = page('调研', '1月5日，商务部对外贸易司领导来园区调研，并与云帆公司座谈。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['云帆公司', '商务部对外贸易司'].sort());
});

test('the outlet a page was taken from ("（来源：某某日报）") is a credit, not an organisation of the news', () => {
  const doc = page('政策', '本办法自发布之日起施行。（来源：江城日报）');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a campus is an organisation only named with its university or college; "某中学新校区" names the school', () => {
  const doc = page('教育', '区内将新建一批学校，包括云岭中学新校区。江城职业技术学院将在新区建设滨湖校区，东陵大学南湖校区同日启用。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['东陵大学南湖校区', '云岭中学', '江城职业技术学院'].sort());
});

test("a company's base in a region (某某光能某省基地) names the company; a university's base keeps its name", () => {
  const doc = page('项目', '鑫岳光能甘肃基地全产业链项目全面贯通。东陵大学—贵州研究生实践教育基地揭牌。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['东陵大学—贵州研究生实践教育基地', '鑫岳光能'].sort());
});

test('a company name holds no 与 or 及: "甲与乙集团" names 乙集团 only', () => {
  const doc = page('合作', '星河与云帆集团联合投资建设算力中心。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['云帆集团']);
});

test('a coined brand after 引进 is characters no dictionary word covers', () => {
  assert.deepEqual(page('招商', '园区成功引进唯一以医药为主业的龙头企业。').organizations.map((o) => o.name), []);
  assert.ok(orgNamed(page('招商', '园区引进拓为股份、云帆智能等项目。'), '拓为股份'));
});

test('the region a 区域总部 serves is not part of the company name', () => {
  assert.deepEqual(page('总部经济', '云帆科技华中区域总部落户园区。').organizations.map((o) => o.name), ['云帆科技']);
});

test("a name jieba's dictionary lists as an organisation's is one, whatever its head's words; an academy's branch is an institute", () => {
  // 大连 is also an everyday word to the dictionary, so the head alone would not make the name proper.
  assert.ok(orgNamed(page('合作', '大连理工大学与企业签约，共建联合实验室。'), '大连理工大学'));
  const branch = orgNamed(page('科学城', '中国科学院成都分院于去年底启动迁建工程。'), '中国科学院成都分院');
  assert.ok(branch);
  assert.equal(branch.kind, 'institute');
});

test('a registered name with a generic trade (企业管理有限公司) runs on to its proper head; a branch is named with the company before it', () => {
  const doc = page('签约', '双方分别与湖南云帆能源有限公司、东莞市星河企业管理有限公司签署协议。', '引进亮点厂商包括星河系统公司、先进材公司中科分公司。');
  const names = doc.organizations.map((o) => o.name);
  for (const n of ['湖南云帆能源有限公司', '东莞市星河企业管理有限公司', '先进材公司中科分公司']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  assert.ok(!names.includes('中科分公司'), JSON.stringify(names));
});

test("a congress's working committee (联络工委) is a body named whole; a zone's Party working committee is not listed", () => {
  const doc = page('仪式', '区人大政协联络工委副主任徐立新介绍了项目情况。星湾高新区党工委书记王海峰出席。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['区人大政协联络工委']);
});

test('a town-level body named by its level (镇经济发展局) is a government body, its 以下简称 name an alias', () => {
  const doc = page('办法', '由镇政府负责审批，镇经济发展局（以下简称经发局）负责资金的使用管理。');
  const bureau = orgNamed(doc, '镇经济发展局');
  assert.ok(bureau, JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.equal(bureau.kind, 'government');
  assert.ok(bureau.aliases.includes('经发局'));
});

test('a count right after 、 opens an item of its own: the phrase before it is no company (达成合作意向、11家企业完成注册)', () => {
  const doc = page('招商', '近期4个项目达成合作意向、11家企业完成注册。引进星湾科技、云溪智能2家企业。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['云溪智能', '星湾科技']);
});

test('a one-character verb before a word the dictionary knows as a body (搭建起中国科学院…) is no part of its name', () => {
  const doc = page('推介', '路演搭建起中国科学院科技资源与地方园区、企业深度对接合作平台。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['中国科学院']);
});

test('a short surname-led name before a title with no name after it is the officer (由安某某副总裁主持), not a company', () => {
  const doc = page('开园', '星湾控股副总裁、星湾科技园董事长安红平出席了开园仪式。仪式由安红平副总裁主持。', '云盛堂董事长夏云帆介绍了企业情况。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['云盛堂', '星湾控股']);
  assert.ok(doc.people.some((p) => p.name === '安红平'));
});

test("a body a policy assigns a duty to is named by its field alone (本条政策由某某局会同某某局、某某局组织实施)", () => {
  const doc = page('政策', '本条政策由经济发展局会同工业和科技局、商务金融服务局组织实施。', '由此局面得到改善，由公安局长主持会议。');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.kind]), [
    ['经济发展局', 'government'], ['工业和科技局', 'government'], ['商务金融服务局', 'government'],
  ]);
});

test("a company's origin (美商) is no part of its name, a Latin name keeps its words and legal form, a parent named by its relation is none", () => {
  const doc = page('审议', '新竹园区则有美商云光科技投资1.5亿元，其母公司Norvik Labs, Inc.专注光学服务，将活用母公司技术能量。', '由公司CEO Tom负责。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['Norvik Labs, Inc.', '云光科技']);
});

test('a material at the head of a project (钛酸锶装备制造…项目) and an industrial base described (某省老工业基地) are no bodies', () => {
  const doc = page('项目', '钛酸锶装备制造生产基地暨锶产业研究院项目利用全球首创技术。作为福建省老工业基地，星湾市近年来力求突破。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a numeral word that is a brand (四方, tagged m) between a place and a registered ending is part of the name', () => {
  const doc = page('平台', '该平台依托浙江四方集团有限公司建立。浙江三家集团有限公司成立。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['浙江四方集团有限公司']);
});

test("Taiwan's central bodies named by their short names (國科會, 金管會) are government bodies on a page that speaks of Taiwan, not elsewhere", () => {
  const tw = page('審議', '國科會今（23）日召開科學園區審議會，通過8件投資案。金管會亦表示支持。');
  assert.deepEqual(tw.organizations.map((o) => [o.name, o.kind]), [['國科會', 'government'], ['金管會', 'government']]);
  const mainland = page('会议', '星湾区召开国科会筹备会议。');
  assert.ok(!mainland.organizations.some((o) => o.name === '国科会'), JSON.stringify(mainland.organizations.map((o) => o.name)));
});

test('a list before 等领域企业 names fields, not companies; before 等龙头企业 it names companies', () => {
  const fields = page('园区', '产业园将定向招引更多电子信息、集成电路等领域企业入驻。');
  assert.deepEqual(fields.organizations.map((o) => o.name), []);
  const firms = page('园区', '园区集聚了星河微电子、蓝湾光电等龙头企业。');
  assert.deepEqual(firms.organizations.map((o) => o.name).sort(), ['星河微电子', '蓝湾光电'].sort());
});

test('an activity in a list before 等业务 is no company (仓储物流)', () => {
  const doc = page('园区', '鼓励企业在宜宾综保区开展加工制造、研发设计、国际贸易、展示展销、仓储物流、跨境电商、金融租赁等业务。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a national honour (国家某某示范工厂) or a designated base a dictionary body word opens (中国某某…基地称号) is no organisation', () => {
  const doc = page(
    '园区',
    '星河厨电、蓝湾空调2家企业分别入选国家智能制造示范工厂。园区获中国家电智能制造基地称号。',
  );
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['星河厨电', '蓝湾空调'].sort());
});

test("a count's classifier (16间创科公司) is no part of a company's name; Hong Kong's Secretaries' departments (财政司) are bodies", () => {
  const doc = page('园区', '银湾科学园目前已有16间创科公司进驻。财政司副司长邓伟明出席开幕典礼。');
  assert.ok(!doc.organizations.some((o) => o.name.startsWith('间')), JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.ok(doc.organizations.some((o) => o.name === '财政司' && o.kind === 'government'), JSON.stringify(doc.organizations.map((o) => o.name)));
  assert.equal(doc.people.find((p) => p.name === '邓伟明')?.org, '财政司');
});

test('a surname-led name before an officer\'s title followed by a preposition (某某某董事长向…) is the officer, not a company', () => {
  const doc = page('交流', '宁远集团董事长蒋元豹此前赴园区考察。蒋元豹董事长向管委会主任提到，他对园区印象深刻。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['宁远集团']);
});

test("a branch is named with its parent's brand and trade word before the place (国华投资广东分公司)", () => {
  const doc = page('签约', '园区与国华投资广东分公司、星河新能源科技有限公司签约。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['国华投资广东分公司', '星河新能源科技有限公司'].sort());
});

test('thanks (谢谢, 感谢) before a body is no part of its name', () => {
  const doc = page('揭牌', '理事長表示，謝謝新竹縣政府對於改制的大力支持。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['新竹縣政府']);
});

test('a company described by its scope and trade (全国性上市发电公司, 第二大电力上市公司) is no name', () => {
  const doc = page('园区', '星河电力是国家能源集团控股的全国性上市发电公司，为全国第二大电力上市公司。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['国家能源集团']);
});

test("a business area before a post (大湾区发展总监, 海外市场总监) is part of the post, not a company", () => {
  const doc = page('园区', '科技园公司大湾区发展总监莫伟轩表示，星河集团海外市场总监也出席了活动。');
  assert.ok(!doc.organizations.some((o) => /(?:发展|市场)$/.test(o.name)), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('a company named by where it is listed from (外地上市公司) is no name', () => {
  const doc = page('政策', '对将上市公司迁回宜宾高新区的外地上市公司给予一次性奖励。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('原 ("former") standing alone before a body is no part of its name; 原子 opening a name is', () => {
  const doc = page('改革', '园区办由原投促局、园区管委会整合组建。中国原子能科学研究院参与。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.some((n) => n.startsWith('原')), JSON.stringify(names));
  assert.ok(names.includes('中国原子能科学研究院'), JSON.stringify(names));
});

test('a level of headquarters (市级总部) is no company; 予 ("to") before a company is no part of its name', () => {
  const doc = page('总部', '其中，跨国公司地区总部67家；江城市级总部149家。政府将注资100亿港元予深圳園區公司。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['深圳園區公司']);
});

test('"董事长某某和总经理某某": the second post has no body before it, and both are people of the company', () => {
  const doc = page('出席', '云启数据科技有限公司董事长王建国和总经理李明出席。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['云启数据科技有限公司']);
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['王建国', '董事长'], ['李明', '总经理']]);
});

test('a generic company after a verb phrase ("希望外界明白初创公司") and 研发公司 name no body', () => {
  const doc = page('专访', '他希望外界明白初创公司的作息特性，这里有别于研发公司较多的园区。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a list of industries closed by a count of them ("…两个百亿级产业集群") names no brand; a count of companies does', () => {
  const industries = page('产业', '重点培育现代港航物流、电子商务服务两个百亿级产业集群。');
  assert.deepEqual(industries.organizations.map((o) => o.name), []);
  const companies = page('引进', '引进江城物流、云启科技两家企业。');
  assert.deepEqual(companies.organizations.map((o) => o.name).sort(), ['云启科技', '江城物流']);
});

test('a status word (认真落实, tagged z) is no part of a name, and a body named by its level may follow it', () => {
  const doc = page('部署', '近年来，高新区认真落实市委、市政府决策部署。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['市委', '市政府']);
});

test('a registered name keeps a verb no sentence would put after its place (某市纵横…股份有限公司); a guest role is no part of a name', () => {
  const doc = page('签约', '签约嘉宾江城航空大学无人机研究院院长燕雪峰和成都纵横自动化技术股份有限公司董事长任斌分别致辞。成都引进云启科技有限公司。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['云启科技有限公司', '成都纵横自动化技术股份有限公司', '江城航空大学无人机研究院']);
});

test('a quoted title a park is given ("某某创新基地"称号) is no body', () => {
  const doc = page('授牌', '协会授予星湾高新区无人机产业园“海湾创新基地”称号，并与云启科技有限公司签约。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['云启科技有限公司']);
});

test('what an amount of a product measures ("年产5万吨新型涂覆材料") is a product, not a brand', () => {
  const doc = page('开工', '年产5万吨新型涂覆材料及5000吨纳米氧化锌生产线建设项目已开工，云启材料也已投产。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['云启材料']);
  // (also when the cut leaves the product's first word before the brand-like rest: "1.5万吨磷酸|铁锂正极材料")
  const cut = page('开工', '一期投资6亿元，建设1.5万吨磷酸铁锂正极材料，建成后营收超30亿元。云启材料也已投产。');
  assert.deepEqual(cut.organizations.map((o) => o.name), ['云启材料']);
});

test("a photo's position marker (左起) is no part of a name, a bracketed short name between a body and a post is skipped, and 及 opens no brand", () => {
  const doc = page('參觀', '圖示(左起)香港星港管理有限公司(星港)行政總裁林向陽。政府推動香港的資訊及通訊科技發展。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['香港星港管理有限公司']);
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['林向陽', '行政總裁', '香港星港管理有限公司']]);
});

test('an engineering bureau of a central state-owned builder (中交四航局, 中铁十一局) is a company, not a government body', () => {
  const doc = page('签约', '双方签署协议，涉及中交四航局西南区域总部项目。该项目由中铁十一局承建。');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.kind]).sort(), [['中交四航局', 'enterprise'], ['中铁十一局', 'enterprise']]);
});

test('a brand-like item of a list closed by 等主导产业 is an industry', () => {
  const doc = page('产业', '初步形成了装备制造、煤电能源、农副产品加工等主导产业。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a field joined to another before 产业 or 技术 (智慧机械及航太产业), a quoted policy name (「高阶制造中心」等政策) and 创科公司 name no body', () => {
  const doc = page('政策', '本局推动智慧机械及航太产业发展，促进智慧机械及关键零组件技术研发。园区成为落实「高阶制造中心」等政策的基石。创科公司纷纷进驻。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test("a State Council department's customary short name (工信部) is an alias of its full name on the page", () => {
  const doc = page('评价', '工业和信息化部公布评价结果。工信部表示，高新区发展势头强劲。');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.aliases.includes('工信部')]), [['工业和信息化部', true]]);
});

test('a list of kinds closed by 类项目企业 (纺织新纤科技、精细化工和粮油、建材类项目企业) names industries, not brands', () => {
  const doc = page('落户', '回归园一期已经落户企业15家，主要为纺织新纤科技、精细化工和粮油、建材类项目企业。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test("a registered name keeps its brand's first word and a verb between its place and its trade (新疆东方希望有色金属有限公司)", () => {
  const doc = page('参观', '代表团参观了新疆东方希望有色金属有限公司。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['新疆东方希望有色金属有限公司']);
});

test('a body the dictionary knows by its whole name starts there after a word it tags a common noun (借力中南大学)', () => {
  const doc = page('研发', '该项目借力中南大学碳基复合材料技术优势，建设新的生产线。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['中南大学']);
});

test('a verb the cut splits after a place (香港|打|造成国际创科中心) is the place\'s predicate: what follows is no body', () => {
  const doc = page('助力', '两地合作助力香港打造成国际创科中心。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a company registered under its province, printed after the county it lies in (某县黑龙江某某有限公司), starts at the province', () => {
  const doc = page('落户', '在杜尔伯特县黑龙江星湾豆业有限公司，展厅里摆满了产品。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['黑龙江星湾豆业有限公司']);
});

test('the last item of a list of industries a place develops (重点发展…精深加工、仓储物流) is an industry, not a brand', () => {
  const doc = page('产业', '园区重点发展果蔬和中药材精深加工、仓储物流，配套发展包装印刷。星湾物流也已入驻。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['星湾物流']);
});

test('a name the dictionary lists whole (逢甲大学) starts there after a verb or an adverb, and is a name', () => {
  const doc = page('校区', '其中校区的土地除向管理局租用外，其余均属逢甲大学自有。来自逢甲大学的专家参加。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['逢甲大学']);
});

test("a paper's name before 实习记者 or 作者： is a credit, not news", () => {
  const doc = page('试验线', '星湾日报实习记者 王某\n\n试验线由星湾集团建设。', '星湾日报作者：李某');
  assert.ok(!doc.organizations.some((o) => /日报/.test(o.name)), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test("a division's full name before 和 is one party of two (山西省和某某集团), not the head of the body's name", () => {
  const doc = page('试验线', '这条试验线由山西省和星湾科工集团合作共建。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['星湾科工集团']);
});

test('a review board (審議會) is a government body, in traditional script too', () => {
  const doc = page('審議', '臺灣科學園區審議會第29次會議今天召開，會中通過8件投資案。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['臺灣科學園區審議會']);
});

test("a department named after its general administration (海关总署某某和某某司) is the body, and no park's name", () => {
  const doc = page('论坛', '首届论坛12日在海口举办，海关总署自贸区和特殊区域发展司副司长张某介绍情况。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['海关总署自贸区和特殊区域发展司']);
  assert.deepEqual(doc.parks.map((p) => p.name), []);
});

test('a branch named by its place alone (台灣分公司) is no name of its own', () => {
  const doc = page('投資', '美商星湾光科技公司是新創獨角獸，台灣分公司負責人表示將擴大投資。云港集团上海分公司成立。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['云港集团上海分公司', '星湾光科技公司']);
});

test('a programme named by a post (城市合伙人计划) names no company before it', () => {
  const doc = page('光谷', '落实武汉新城城市合伙人计划的同时，云溪股份总经理李某某介绍了新产品。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['云溪股份']);
});

test('a generic noun for companies (厂商, 业者) before a name is no part of it', () => {
  const doc = page('園區', '園區營運廠商正瀚公司表示將擴大投資。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['正瀚公司']);
});

test('a one-character verb before a whole body the dictionary knows (获国务院) ends the name before it', () => {
  const doc = page('新区', '2014年6月，云港西海岸新区获国务院批复设立。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['国务院']);
});

test('the items of a list of projects (…等在内的63个项目) are kinds of project unless they hold a name; of companies, brands', () => {
  const doc = page('签约', '包括重点项目、载体建设、园区配套、智库服务等在内的63个项目集中签约。包括星湾智能、云港精密、海川光电等在内的20余家企业参加。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.includes('载体建设') && !names.includes('园区配套'), names.join(' '));
  assert.ok(['星湾智能', '云港精密', '海川光电'].every((n) => names.includes(n)), names.join(' '));
});

test('an ordinal inside a name numbers a body of a series (水利水电第八工程局有限公司)', () => {
  const doc = page('签约', '中交第二航务工程局有限公司、水利水电第八工程局有限公司等60多家企业签约。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['中交第二航务工程局有限公司', '水利水电第八工程局有限公司']);
});

test('a collective noun before 及 (有关部门及某某管委会) is one party of two', () => {
  const doc = page('会议', '市直有关部门及高新区管委会负责同志参加会议。新金融机构和华泰证券产业基金落户。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['高新区管委会', '华泰证券产业基金']);
});

test('集团企业 (领军型集团企业) is a kind of company, not the name of a group', () => {
  const doc = page('表彰', '星湾集团等区内领军型集团企业受到表彰。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['星湾集团']);
});

test("a known word of a generic head (控股集团) does not cut a brand before it, nor a localizer a run of unknown characters (中科晶上)", () => {
  const doc = page('签约', '该中心由街道办事处与拾焰控股集团联合打造。江苏路航、昆山中科晶上信息技术有限公司等签约入驻。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('拾焰控股集团') && names.includes('昆山中科晶上信息技术有限公司'), names.join(' '));
});

test('a set phrase opening with a doubled pair (紧紧围绕) ends a name and introduces a body named by its level', () => {
  const doc = page('发展', '近年来，开发区紧紧围绕县委、县政府确定的产业发展方向。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['县委', '县政府'].sort());
});

test("a government's whole name does not head a company's name, but heads its own office's", () => {
  const doc = page('开工', '副市长代表青岛市政府对华通集团表示祝贺。上海市人民政府办公厅印发通知。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('青岛市政府') && names.includes('上海市人民政府办公厅'), names.join(' '));
  assert.ok(!names.some((n) => n.startsWith('青岛市政府') && n.endsWith('集团')), names.join(' '));
});

test('a company named before an officer (…与台积电董事长) holds no 与 or 及', () => {
  const doc = page('协调', '此案正由科技部與台積電董事長張某某溝通協調。');
  assert.deepEqual(doc.organizations.map((o) => o.name).sort(), ['台積電', '科技部'].sort());
});

test("a list's item holding a place's short form that is a common word (合作 of 合作市) is no name; one that is a name (阿里) is", () => {
  const doc = page('签约', '包括重点项目、银企合作、载体建设等在内的40个项目集中签约。', '包括阿里巴巴、星河生物等在内的12家企业入驻。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.includes('银企合作') && names.includes('阿里巴巴'), names.join(' '));
});

test('a field before a trade word (纳米新材料, 海洋生物科技) names an industry, not a company; a coined brand does', () => {
  const doc = page('产业', '该项目主要从事纳米新材料研发。', '积极引进一批海洋生物科技、海洋生物医药企业。', '签约企业有星澜科技、禾芯电子等。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.some((n) => /纳米|海洋/.test(n)), names.join(' '));
  assert.ok(names.includes('星澜科技'), names.join(' '));
});

test('强 after a number ranks the company after it (前20强某某医药, 中国500强某立集团): no part of its name', () => {
  const doc = page('项目', '全球药企前20强星瑞医药有限公司、中国500强华立集团落户园区。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('星瑞医药有限公司') && names.includes('华立集团') && !names.some((n) => n.startsWith('强')), names.join(' '));
});

test('a verb after a word that ends a name of its own (科学城提供会议中心) is its predicate: no body is named across it', () => {
  const doc = page('配套', '项目为科学城提供会议中心、多功能会议厅等配套。星河集团投资发展有限公司同日签约。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.some((n) => n.includes('提供')), names.join(' '));
  assert.ok(names.includes('星河集团投资发展有限公司'), names.join(' '));
});

test('a ceremony (动土典礼) ends a name before the body named after it', () => {
  const doc = page('典礼', '园区今天举行动土典礼国科会中科管理局局长王某某致词。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('国科会中科管理局') && !names.some((n) => /典礼|仪式/.test(n)), names.join(' '));
});

test("a post's grade (高级副总裁) and words between a body and a post (…有限公司生产运营总监) are the post's; people listed with posts before 等企业负责人 are no companies", () => {
  const doc = page('座谈', '市长与星河集团高级副总裁肖某、投资中心总经理黄某某、副总经理宋某某等企业负责人交流。星湾锂业有限公司生产运营总监邹某表示看好园区。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.some((n) => /高级$|生产$|宋某某/.test(n)), names.join(' '));
  assert.ok(names.includes('星湾锂业有限公司'), names.join(' '));
  const titles = Object.fromEntries(doc.people.map((p) => [p.name, p.title]));
  assert.equal(titles['邹某'], '生产运营总监');
});

test('a person named after a post before 及 (副院长胡某某及理学院…) is one party of two, no part of a body\'s name', () => {
  const doc = page('会议', '副院长胡国辉及理学院相关专业方向的专家教授受邀参加会议。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['胡国辉', '副院长']]);
});

test("a person named between a company and the post (宇晨材料林某某董事长, Taiwan's usage) is a person, no part of the company", () => {
  const doc = page('園區', '園區首家進駐的廠商，宇晨材料林秋郎董事長現身分享投資經驗。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['宇晨材料']);
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['林秋郎', '董事長', '宇晨材料']]);
});

test('a body named by a rank or a count (一流大学, 四所高校研究院) is no particular organisation', () => {
  const doc = page('高校', '园区将建设一流大学研究院。武汉大学、上海交通大学等四所高校研究院已经落户。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.some((n) => /^(?:一流|四所)/.test(n)), names.join(' '));
  assert.ok(names.includes('武汉大学'), names.join(' '));
});

test('a one-character verb between a city and the ending (深圳建研究院) is the city\'s predicate: no body is named', () => {
  const doc = page('研究院', '他表示，选择深圳建研究院基于其创新文化和地缘优势。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('the bodies of two parties (两国政府) and companies named by their origin (外国创科公司, 外商投资公司) are no one organisation', () => {
  const doc = page('合作', '园区是中国和马来西亚两国政府合作的第一个园区。外国创科公司最高可获资助。区内外商投资公司共2982家。');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test("a paper named after its province or city (…园区经济亮点云南日报) starts at the place's name", () => {
  const doc = page('园区', '滇中五州市园区经济亮点云南日报    07-13 07:39:22');
  assert.ok(!doc.organizations.some((o) => o.name.includes('亮点')), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('a leader of a trade (领头羊) or 另 before a company is no part of its name; a person before a post followed by a verb (孙某某总经理代表…) is no company', () => {
  const doc = page('签约', '全国产业园区运营领头羊星东集团入驻园区。另竞荣公司从事电子商务平台研发。孙国安总经理代表工业园与县政府签约。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(names.includes('星东集团') && names.includes('竞荣公司') && !names.some((n) => /领头羊|^另|孙国安/.test(n)), names.join(' '));
  assert.ok(doc.people.some((p) => p.name === '孙国安' && p.title === '总经理'), JSON.stringify(doc.people));
});

test("a verb after a person's name the cut leaves in single characters (…及叶国谦|认同|科技园公司) is the person's predicate", () => {
  const doc = page('议员', '谭耀宗及叶国谦认同科技园公司的贡献。');
  assert.ok(!doc.organizations.some((o) => o.name.includes('认同')), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('a government is named by its place or its level; other words before 政府 are a clause\'s (变企业上门找政府为…)', () => {
  const doc = page('营商', '变“企业上门找政府”为“政府登门送服务”。星城市政府表示支持。');
  const names = doc.organizations.map((o) => o.name);
  assert.ok(!names.some((n) => n.includes('上门')), names.join(' '));
});

test('a hall (多功能厅, 报告厅) is a room, no government department', () => {
  const doc = page('签约', '签约仪式在白云区会议中心二楼多功能厅举行。报告会在学院报告厅召开。');
  assert.ok(!doc.organizations.some((o) => o.name.endsWith('厅')), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('a legal ending after a head an adverb opens (主动发挥集团平台优势) names no company', () => {
  const doc = page('合作', '同时将主动发挥集团平台优势，共同推进有关项目的合作。星河发展集团同日签约。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['星河发展集团']);
});

test('a company described only by its scale or character (现代化大型企业集团) is no particular organisation', () => {
  const doc = page('企业', '星磷集团是一家现代化大型企业集团。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['星磷集团']);
});

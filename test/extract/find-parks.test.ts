// findParks on small invented pages: names, aliases, abbreviations, types, locations, traditional script,
// and hostile input.
import assert from 'node:assert/strict';
import { extractBytes } from '../../src/extract.js';
import { test } from 'node:test';
import { page, parkNamed, placeOf } from './entity-fixtures.js';

test('a full name with a 以下简称 alias and later short mentions is one park with its location', () => {
  const doc = page(
    '项目集中签约',
    '日前，湖南长沙经济技术开发区（以下简称长沙经开区）举行项目集中签约活动，共签约项目12个。',
    '长沙经开区相关负责人表示，园区将继续优化营商环境。',
  );
  const park = parkNamed(doc, '湖南长沙经济技术开发区');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(park.aliases.includes('长沙经开区'));
  assert.equal(park.type, 'economic-development-zone');
  assert.equal(park.province, '湖南省');
  assert.equal(park.city, '长沙市');
  assert.equal(park.mentions.length, 3);
  assert.equal(doc.parks.length, 1, 'the generic 园区 is not a park');
});

test('a standard abbreviation (高新技术产业开发区 → 高新区) joins the full name', () => {
  const doc = page('合肥高新区新闻', '合肥高新技术产业开发区今年新增企业300家。', '记者从合肥高新区获悉，一批项目已经开工。');
  assert.equal(doc.parks.length, 1, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.equal(doc.parks[0]!.name, '合肥高新技术产业开发区');
  assert.deepEqual(doc.parks[0]!.aliases, ['合肥高新区']);
  assert.equal(doc.parks[0]!.city, '合肥市');
});

test('a county-level city resolves to its prefecture; a municipality is its own province and city', () => {
  const doc = page('开放平台', '江苏昆山经济技术开发区与重庆两江新区签署合作协议。');
  const kunshan = parkNamed(doc, '江苏昆山经济技术开发区');
  assert.ok(kunshan);
  assert.equal(kunshan.province, '江苏省');
  assert.equal(kunshan.city, '苏州市');
  const chongqing = parkNamed(doc, '重庆两江新区');
  assert.ok(chongqing);
  assert.equal(chongqing.type, 'new-area');
  assert.equal(chongqing.province, '重庆市');
  assert.equal(chongqing.city, '重庆市');
});

test('a park named without a place takes its location from the article', () => {
  const doc = page('园区动态', '记者在安徽省合肥市采访了解到，云帆智能制造产业园已入驻企业50家。');
  const park = parkNamed(doc, '云帆智能制造产业园');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.equal(park.province, '安徽省');
  assert.equal(park.city, '合肥市');
});

test('a park inside a bigger one keeps the bigger name in front and lies where it does', () => {
  const doc = page('新设施', '这台装置位于湖北宜昌高新区白洋工业园，今年投入使用。');
  const park = doc.parks.find((p) => p.name.endsWith('白洋工业园'));
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.equal(park.city, '宜昌市');
  assert.ok(parkNamed(doc, '湖北宜昌高新区'));
});

test('a quoted 谷 nickname is a valley; slogans and generic words are not parks', () => {
  const doc = page('打造“数字谷”', '泉州市正在建设“芯片谷”，推动“世界硅谷”式发展。该园区建设了智慧园区系统和生产基地。');
  assert.ok(parkNamed(doc, '芯片谷'));
  assert.equal(parkNamed(doc, '芯片谷')!.type, 'valley');
  assert.equal(parkNamed(doc, '世界硅谷'), undefined);
  assert.ok(!doc.parks.some((p) => /智慧园区|生产基地|该园区/.test(p.name)), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('traditional script: the name as printed, the simplified form as an alias', () => {
  const doc = page('園區新聞', '記者日前走訪臺灣新竹科學園區，園區內企業持續擴產。');
  const park = doc.parks.find((p) => p.name === '臺灣新竹科學園區');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => [p.name, p.aliases])));
  assert.ok(park.aliases.includes('台湾新竹科学园区'));
  assert.equal(park.mentions[0]!.text, '臺灣新竹科學園區');
});

test('hostile input: a 10,000-character line, nested brackets, unmatched 《 and “', () => {
  const line = '合肥高新区'.padEnd(10_000, '发展产业');
  const doc = page('压力', line, '《关于支持苏州工业园区发展的若干意见', '“光谷科技园（武汉（东湖））建设加快', '南京江北新区（（以下简称江北新区）');
  assert.ok(parkNamed(doc, '合肥高新区'));
  assert.ok(parkNamed(doc, '苏州工业园区'), JSON.stringify(doc.parks.map((p) => p.name)));
  for (const park of doc.parks) for (const m of park.mentions) assert.equal(doc.text.slice(m.textSpan.start, m.textSpan.end), m.text);
});

test('a sub-park named after its place follows the park it belongs to (一区多园)', () => {
  const doc = page('分园动态', '南通高新区海安园今年新落户项目20个，海安园已成为重要增长极。');
  const park = doc.parks.find((p) => p.name === '南通高新区海安园');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(parkNamed(doc, '南通高新区'));
  assert.ok(!doc.parks.some((p) => p.name.endsWith('公园')));
});

test('a sibling park is not taken for an abbreviation, and a title ends a park name', () => {
  const doc = page(
    '园区融合',
    '浙江嘉兴嘉湖科技产业园区由嘉湖科技产业园区一期、湖州科技产业园融合而成。管委会主任陈立新做客滨江高新区访谈。',
  );
  const main = parkNamed(doc, '浙江嘉兴嘉湖科技产业园区');
  assert.ok(main, JSON.stringify(doc.parks.map((p) => [p.name, p.aliases])));
  assert.ok(!main.aliases.includes('湖州科技产业园'));
  assert.ok(doc.parks.some((p) => p.name.endsWith('滨江高新区') && !p.name.includes('陈立新')), JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(doc.people.some((p) => p.name === '陈立新'));
});

test('a dictionary word in quotes ending in 谷 is not a nickname', () => {
  const doc = page('走出低谷', '企业走出“低谷”，向“硅谷”学习，打造“氢能谷”。');
  const names = doc.parks.map((p) => p.name);
  assert.ok(!names.includes('低谷') && !names.includes('硅谷'), JSON.stringify(names));
  assert.ok(names.includes('氢能谷'), JSON.stringify(names));
});

test('official endings: 特色小镇, 产业示范基地, 直管园, a Latin letter before 谷', () => {
  const doc = page(
    '项目落地',
    '总投资50亿元的青禾科技小镇项目落户。星河电子蓝湾信创产业示范基地揭牌，岚山U谷开园。',
    '按区域分，岚桥高新区直管园有9个项目。该小镇和生产基地同步建设。',
  );
  const names = doc.parks.map((p) => p.name);
  for (const n of ['青禾科技小镇', '星河电子蓝湾信创产业示范基地', '岚山U谷', '岚桥高新区直管园']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  assert.ok(!names.some((n) => /该小镇|生产基地/.test(n)), JSON.stringify(names));
});

test('a head of ordinary words names a park before a strong ending; verbs and descriptive heads do not', () => {
  const doc = page(
    '园区建设',
    '城北高新区重点打造平安大健康产业园。',
    '我们将推进安全应急产业园建设，支持细胞和基因产业园发展，打造智慧科技产业园。',
    '沿海开发区和内陆开发区差异明显，传统产业园、物流产业园、食品工业园都在转型，当地高新区、部分经开区数量增加，资金投向产业园。',
  );
  const names = doc.parks.map((p) => p.name);
  assert.ok(names.includes('城北高新区') && names.includes('平安大健康产业园'), JSON.stringify(names));
  assert.ok(!names.some((n) => /推进|细胞|智慧科技|沿海|内陆|传统|物流|食品|当地|部分|资金/.test(n)), JSON.stringify(names));
});

test('a 园 with a proper head is a park when printed twice; gardens are not', () => {
  const doc = page('农业园区', '云岫农博园举办丰收节，游客走进人民公园。', '今年云岫农博园将新建展示中心。');
  const names = doc.parks.map((p) => p.name);
  assert.ok(names.includes('云岫农博园'), JSON.stringify(names));
  assert.ok(!names.some((n) => n.endsWith('公园')), JSON.stringify(names));
});

test('a bare 高新区 used as a subject is the page park when the page names no fuller one', () => {
  const doc = page('项目集中开工', '6月3日上午，高新区举行重点项目集中开工活动。', '下一步，高新区将持续优化服务。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['高新区']);
  const named = page('项目集中开工', '岚桥高新区举行项目开工活动。', '下一步，高新区将持续优化服务。');
  assert.ok(!named.parks.some((p) => p.name === '高新区'), JSON.stringify(named.parks.map((p) => p.name)));
});

test('a park name stops at the administration in front of it; 自由贸易港 and 自贸港 are one park', () => {
  const doc = page('园区大楼', '星岚管理局青岭园区服务大楼启用。', '青岚自由贸易港建设加快，青岚自贸港政策红利持续释放。');
  const names = doc.parks.map((p) => p.name);
  assert.ok(!names.some((n) => n.includes('管理局')), JSON.stringify(names));
  const port = parkNamed(doc, '青岚自由贸易港');
  assert.ok(port && port.aliases.includes('青岚自贸港'), JSON.stringify(doc.parks.map((p) => [p.name, p.aliases])));
});

test('a province opening a company name in the sentence does not place the park', () => {
  const doc = page('签约', '广东星禾集团有限公司与岚桥新区签署协议，在辽宁投资建设数字产业园。');
  const park = parkNamed(doc, '岚桥新区');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.equal(park.province, '辽宁省');
});

test('two parks of one city printed in full stay apart; a descriptive middle dropped is an abbreviation', () => {
  const doc = page(
    '排名公布',
    '岚桥空港综合保税区和岚桥综合保税区的排名公布，岚桥综合保税区排名第一。',
    '青山改革创新示范区成立两年，青山示范区发展迅速。',
  );
  const names = doc.parks.map((p) => [p.name, p.aliases]);
  assert.ok(parkNamed(doc, '岚桥空港综合保税区') && parkNamed(doc, '岚桥综合保税区'), JSON.stringify(names));
  assert.notEqual(parkNamed(doc, '岚桥空港综合保税区'), parkNamed(doc, '岚桥综合保税区'));
  assert.ok(parkNamed(doc, '青山改革创新示范区')?.aliases.includes('青山示范区'), JSON.stringify(names));
});

test('standard contractions of an ending are one park with the short forms as aliases', () => {
  const doc = page('园区发展', '岚桥自由贸易试验区成立五年，岚桥自贸试验区和岚桥自贸区发展迅速。', '青禾综合保税区排名上升，青禾综保区进出口增长。');
  assert.equal(doc.parks.length, 2, JSON.stringify(doc.parks.map((p) => [p.name, p.aliases])));
  assert.deepEqual(parkNamed(doc, '岚桥自由贸易试验区')?.aliases.slice().sort(), ['岚桥自贸区', '岚桥自贸试验区']);
  assert.deepEqual(parkNamed(doc, '青禾综合保税区')?.aliases, ['青禾综保区']);
});

test('one dictionary word before 园 is a kind of garden even when printed twice', () => {
  const doc = page('周末', '周末去樱花园赏花，樱花园游人如织。科普园开放，科普园受欢迎。');
  assert.deepEqual(doc.parks.map((p) => p.name), []);
});

test('an ending is not cut out of a longer word: 区 of 区域 does not end a park name', () => {
  const doc = page('区域发展', '苏州科技园区域内企业增加，苏州科技园内企业增加。杭州高新区域经济发展。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['苏州科技园']);
});

test('places opening company names do not vote for where the article is', () => {
  const doc = page('签约', '岚桥新区举行签约仪式。', '广东星禾集团有限公司和广东云杉集团有限公司参加。', '本次活动在辽宁举行。');
  assert.equal(parkNamed(doc, '岚桥新区')?.province, '辽宁省', JSON.stringify(doc.parks));
});

test('parks in Taiwan and Hong Kong resolve to 台湾省 and 香港特别行政区 (divisions GB/T 2260 lists without cities)', () => {
  const tw = page('園區營收創新高', '台南科學園區今年上半年營業額創新高，管理局表示將持續招商。');
  assert.deepEqual(placeOf(tw, '台南科學園區'), ['台湾省', '台南市']);
  const hk = page('創科園開園', '位於深圳河畔的香港數碼科技園今日開園，首批企業已經進駐。');
  assert.equal(parkNamed(hk, '香港數碼科技園')?.province, '香港特别行政区');
});

test('a park kind word inside a name ("某市高新综合保税区") does not end the name though jieba tags 高新 an adverb', () => {
  const doc = page('标题', '今年1至7月，江城高新综合保税区进出口总额增长。');
  assert.ok(parkNamed(doc, '江城高新综合保税区'), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('eco-cities and free-trade zone areas are parks; an era word before a park kind names none', () => {
  const doc = page('标题', '中新江城生态城今年新增企业百余家，江城自贸片区加快建设。要奋力谱写好新时代高新区高质量发展的新篇章。');
  assert.ok(parkNamed(doc, '中新江城生态城'), JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(parkNamed(doc, '江城自贸片区'), JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(!doc.parks.some((p) => p.name.includes('新时代')), JSON.stringify(doc.parks.map((p) => p.name)));
});

test("a ministry's name before a park is the body's, not the park's", () => {
  const doc = page('標題', '科技部雲林科學園區管理局與縣政府於今日舉辦說明會。');
  assert.ok(parkNamed(doc, '雲林科學園區'), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('a park named inside a facility of its own ("…工业园区展示中心") is a park; a 筹委会 runs a park being set up', () => {
  const doc = page('考察', '代表团先后来到江城工业园区展示中心参观。重庆水务集团与川江高竹新区筹委会签订协议。');
  assert.ok(parkNamed(doc, '江城工业园区'), JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(doc.organizations.some((o) => o.name === '川江高竹新区筹委会'), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('two parks joined by a dash stay two, each with its own place; a law names no park', () => {
  const doc = page('考察', '考察组赴衡阳飞地合作园区—深圳科技工业园考察，学习《中华人民共和国海关综合保税区管理办法》。');
  assert.equal(parkNamed(doc, '深圳科技工业园')?.city, '深圳市', JSON.stringify(doc.parks.map((p) => p.name)));
  assert.equal(parkNamed(doc, '衡阳飞地合作园区')?.city, '衡阳市');
  assert.ok(!doc.parks.some((p) => p.name.startsWith('中华人民共和国')));
});

test('a district in brackets after a park and a level designation before it are not part of its name; 印发 and 发布会 end a name', () => {
  const doc = page(
    '项目集中开工',
    '3月23日，银川经济技术开发区(西夏区)18个重点项目集中开工。',
    '国家级长沙经济技术开发区今年新签约项目20个。',
    '管委会关于印发长沙高新区促进产业发展若干措施的通知近日下发。',
    '在新闻发布会兰州新区相关负责人介绍了情况。',
  );
  const names = doc.parks.map((p) => p.name);
  assert.ok(names.includes('银川经济技术开发区'), JSON.stringify(names));
  assert.ok(names.includes('长沙经济技术开发区'), JSON.stringify(names));
  assert.ok(!names.some((n) => n.includes('(') || n.startsWith('国家级') || n.startsWith('印发') || n.startsWith('发布会')), JSON.stringify(names));
});

test('a branch park named after its host city with a middle dot ("南宁·中关村科技园") keeps the city in its name', () => {
  const doc = page('开园', '南宁·中关村科技园今年新增企业200家，园区将加快建设。');
  const park = parkNamed(doc, '南宁·中关村科技园');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.equal(park.city, '南宁市');
});

test('a city whose short form is also an everyday word (包头, 大连, 保定) opens and places the park it names', () => {
  const doc = page('集中签约', '5月7日，包头稀土高新区举行签约仪式。当天，大连高新区、保定经开区的代表也到场观摩。');
  for (const [name, province, city] of [
    ['包头稀土高新区', '内蒙古自治区', '包头市'],
    ['大连高新区', '辽宁省', '大连市'],
    ['保定经开区', '河北省', '保定市'],
  ]) assert.deepEqual(placeOf(doc, name!), [province, city], name);
  // the everyday word itself, away from a park's ending, is not a place
  assert.equal(page('会议', '各地园区的做法大同小异，都在培育主导产业。').parks.length, 0);
});

test('a province sharing its short form with its capital names the city\'s zone; a county-level city\'s word-like short form opens a zone', () => {
  const doc = page('集中签约', '近日，吉林高新区举行签约仪式。同日，仙桃高新区、神木经开区也签约一批项目。');
  assert.deepEqual(placeOf(doc, '吉林高新区'), ['吉林省', '吉林市']);
  assert.equal(parkNamed(doc, '仙桃高新区')?.province, '湖北省');
  assert.equal(parkNamed(doc, '神木经开区')?.province, '陕西省');
  // a province's name before a kind of zone still speaks of all of them
  assert.equal(parkNamed(page('会议', '全省推动河北高新区高质量发展。'), '河北高新区'), undefined);
});

test('industry words the dictionary tags as verbs, places inside a park\'s ending, and cities starting with 和 or written with 市', () => {
  const doc = page(
    '园区建设',
    '近日，兰州节能环保产业园、定西中德合作产业园和和田电子信息产业园集中签约。泉州经开区与漳州台商投资区也签约一批项目，泉州市经开区负责人介绍了情况。',
  );
  const names = JSON.stringify(doc.parks.map((p) => p.name));
  assert.equal(parkNamed(doc, '兰州节能环保产业园')?.city, '兰州市', names);
  // "合作" of 合作市 in the ending is a word, not a place in 甘南
  assert.equal(parkNamed(doc, '定西中德合作产业园')?.city, '定西市', names);
  assert.equal(parkNamed(doc, '和田电子信息产业园')?.city, '和田地区', names);
  assert.equal(parkNamed(doc, '漳州台商投资区')?.city, '漳州市', names);
  // the city's short form and its full name are one park
  const quanzhou = doc.parks.filter((p) => p.name.startsWith('泉州'));
  assert.equal(quanzhou.length, 1, names);
  assert.ok([quanzhou[0]!.name, ...quanzhou[0]!.aliases].includes('泉州经开区'));
});

test('a direction word names a science park, and the initials of its two words abbreviate it', () => {
  const doc = page('园区营收', '北部科学园区今年营业额增长三成。北科园区管理局表示，北科园区明年将扩建。');
  const park = parkNamed(doc, '北部科学园区');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.ok(park.aliases.includes('北科园区'));
  assert.equal(doc.parks.length, 1);
  // the initials of other words do not join it
  const other = page('园区营收', '北部科学园区今年营业额增长三成。北京科技园区也在扩建。');
  assert.ok(!parkNamed(other, '北部科学园区')?.aliases.includes('北京科技园区'));
});

test('a park on a traditional-script page dated in years of the Republic of China is in Taiwan', () => {
  const roc = page('園區正名', '北部科學園區管理局於108年12月11日正名揭牌，北部科學園區廠商代表出席。');
  assert.equal(parkNamed(roc, '北部科學園區')?.province, '台湾省');
  // the same page dated from 1 AD names no province
  const ad = page('園區正名', '北部科學園區管理局於2019年12月11日正名揭牌，北部科學園區廠商代表出席。');
  assert.equal(parkNamed(ad, '北部科學園區')?.province, null);
});

test('a city the dictionary also lists as a given name (许昌) places the park it opens', () => {
  const doc = page('项目观摩', '许昌经开区负责人带队，先后到东湾生物产业园区观摩项目。');
  assert.deepEqual(placeOf(doc, '许昌经开区'), ['河南省', '许昌市']);
});

test('a Taiwan city opening a park name places it in Taiwan only on a page that speaks of Taiwan', () => {
  const mainland = page('项目观摩', '许昌经开区负责人带队，先后到新竹工业园区、东湾生物产业园区观摩项目。');
  for (const name of ['新竹工业园区', '东湾生物产业园区'])
    assert.deepEqual(placeOf(mainland, name), ['河南省', '许昌市'], name);
  const strait = page('两岸合作', '来自台湾的企业代表参观了园区。新竹科学园区与本地园区签约。');
  assert.deepEqual(placeOf(strait, '新竹科学园区'), ['台湾省', '新竹市']);
});

test('a park nothing else places takes a weak short form of its article as a last resort ("某城举行…")', () => {
  const doc = page('重点项目开工', '20日上午，邹城举行重点项目集中开工仪式，其中包括青禾食品产业园项目。');
  assert.deepEqual(placeOf(doc, '青禾食品产业园'), ['山东省', '济宁市']);
});

test('...but not a weak short form inside a phrase ("机电云商城": 商城 is also 商城县)', () => {
  const doc = page('签约', '三季度是星湾高新区的项目季。高新区新签约机电云商城、软件开发等服务类项目12个。');
  assert.deepEqual(placeOf(doc, '星湾高新区'), [null, null]);
});

test('a name does not start inside a place name the word cut split (可克达拉: 可 is also a verb)', () => {
  const doc = page('签约', '可克达拉经济技术开发区新签约项目5个。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['可克达拉经济技术开发区']);
});

test('a weak name-place whose city the article names in full stands against another province named nearer', () => {
  const doc = page('援建', '据介绍，昆山云帆产业园成立以来，浙江省湖州市先后委派干部在此任职，湖州企业纷纷落户。', '目前，苏州市已形成多个产业集群。');
  assert.deepEqual(placeOf(doc, '昆山云帆产业园'), ['江苏省', '苏州市']);
});

test('a one-character verb before a place does not open the park name ("含某某高新区")', () => {
  const doc = page('评价', '本次评价样本共300家，含无锡高新区在内的多家园区入选。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['无锡高新区']);
});

test('a city of one industry built as a zone (…生物城) is a park', () => {
  const doc = page('签约', '该项目落户后，将助力南湖国际生物城打造产业集群。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['南湖国际生物城', 'science-park']]);
});

test('a park ending the cut split (某某经|开|区…产业园) stays inside the name, and 和 before a word joins two phrases', () => {
  const doc = page('观摩', '随后，一行人到云帆新材料项目和文水经开区低碳产业园进行了观摩。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['文水经开区低碳产业园']);
});

test('a province followed only by a kind ending names its parks of that kind; a municipality\'s or a 自贸区 is one park', () => {
  const doc = page('活动', '8月19日，河北省开发区2024年第三次项目观摩活动举行，天津高新区和广东自贸区代表参加。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['天津高新区', '广东自贸区'].sort());
});

test('short heads listed before a park share its ending ("包括甲、乙、丙科技园"), each mention the printed head', () => {
  const doc = page('规划', '云帆高新区总体规划面积85平方公里，包括青禾、白鹭、丹霞科技园三部分。发展生物、医药产业园。南岸区、江城经开区代表参加。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['云帆高新区', '丹霞科技园', '白鹭科技园', '青禾科技园', '江城经开区'].sort());
  const listed = doc.parks.find((p) => p.name === '白鹭科技园')!;
  assert.deepEqual(listed.mentions.map((m) => m.text), ['白鹭']);
  assert.deepEqual(listed.aliases, []);
});

test('each head of "甲、乙、丙等三大产业园区" is a park named by its head; kinds of industry are not', () => {
  const doc = page('园区', '包括青禾、白鹭、丹霞等三大产业园区出租率均超过九成。园区重点发展生物、医药、新材料等产业园区。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['青禾', 'industrial-park'], ['白鹭', 'industrial-park'], ['丹霞', 'industrial-park']]);
});

test("a person's name listed before a city's park does not share the park's ending", () => {
  const doc = page('调研', '政协某地区工委副主任柯明华、银川经济开发区管委会主任王建参加调研。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['银川经济开发区']);
  assert.ok(doc.people.some((p) => p.name === '柯明华'), JSON.stringify(doc.people.map((p) => p.name)));
});

test('a park hosted in a zone and named with a place of its own is its own park; a themed park keeps its zone\'s name', () => {
  const doc = page('开工', '长沙经开区株洲中德产业园开工。高新区石油化工产品贸易园区签约。湘潭高新区人力资源产业园揭牌。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['株洲中德产业园', '湘潭高新区', '湘潭高新区人力资源产业园', '长沙经开区'].sort());
});

test('a chartered zone named with one common noun of its own is a park when printed twice; kinds and scopes are not', () => {
  const named = page('招商推介', '推介会在星火高新区举行。', '当天，星火高新区签约项目20个。');
  assert.deepEqual(named.parks.map((p) => p.name), ['星火高新区']);
  // Printed once, an ordinary word before the ending is not enough to call it a name.
  assert.equal(page('招商推介', '推介会在星火高新区举行。').parks.length, 0);
  // A kind of zone ("农业高新区") and a scope ("全国高新区") are not names, however often printed.
  const kinds = page('综述', '农业高新区发展很快，农业高新区数量增加。', '全国高新区营收增长，全国高新区企业增多。');
  assert.deepEqual(kinds.parks.map((p) => p.name), []);
});

test('a zone kind led only by a macro-region is a class of parks; an investment zone named after its place is a park', () => {
  const doc = page('综述', '中西部国家级高新区追赶势头强劲，东部园区保持领先。', '星湾投资区以回归创业园为载体，加快推进园区经济发展。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['星湾投资区', 'economic-development-zone']]);
});

test('an industrial area named 某某产业区 is a park; 产业区域 is not', () => {
  const doc = page('平台', '星湾中德创新产业区建设加快，重点产业区域布局优化。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['星湾中德创新产业区', 'industrial-park']]);
});

test('the size printed before a name (340亩某某产业园) is not part of it', () => {
  const doc = page('规划', '开发区将加快340亩星湾智造产业园的规划建设，同时规划500亩云溪科技产业园。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['云溪科技产业园', '星湾智造产业园']);
});

test('a list of places (赴深圳、广州、北京等地) and an everyday word that is also a place (合作) do not locate a park', () => {
  const doc = page('项目季', '星湾高新区今年以来先后赴深圳、广州、北京、南京等地拜访企业，4个项目达成合作意向。');
  const park = parkNamed(doc, '星湾高新区');
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.deepEqual([park.province, park.city], [null, null]);
  // one place named alone still does
  const located = page('项目季', '星湾高新区位于南京，今年以来先后赴深圳、广州、北京等地拜访企业。');
  assert.equal(parkNamed(located, '星湾高新区')?.city, '南京市');
});

test('an age word inside a name (某某未来城) is part of it, opening a clause (未来某某医谷将…) it is not; a park before 由…研究院 is no part of a body', () => {
  const doc = page('开工', '其中，云溪未来城创新产业园由星湾研究院参与策划建设。', '据悉，未来张湾医谷将进一步加强创新，张湾医谷已吸引企业入驻。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['云溪未来城创新产业园', '张湾医谷']);
});

test('planning verbs (谋划布局) and a conjunction before a generic modifier (…与地方园区) end a park name', () => {
  const doc = page('推介', '加速在我市科创走廊谋划布局温州云溪新城。', '搭建起星湾科技资源与地方园区、企业深度对接合作平台。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['温州云溪新城']);
});

test('a goal verb the dictionary tags as a name (力争) is no part of the park it aims for', () => {
  const doc = page('开园', '星湾云谷科技园日前开园。', '力争星湾云谷科技园5年内引进各类优质企业500家。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾云谷科技园']);
});

test('a dictionary word made of two stop words (大力支持, tagged as a name) is no part of a park name', () => {
  const doc = page('政策', '海关总署表示，将大力支持综合保税区发展新业态。', '将大力支持星湾综合保税区发展。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾综合保税区']);
});

test('a park name with a bare 园区 after it (某某科学城园区) is one park of the inner kind, not two', () => {
  const doc = page('考察', '3月28日，星湾研究院科学城园区的科技感吸引了考察者的目光。', '星湾研究院科学城园区总占地面积3700亩。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['星湾研究院科学城园区', 'science-park']]);
});

test('an industry word the dictionary tags as a verb joins a name across 及 (某某创新及科技园)', () => {
  const doc = page('园区', '星湾港深创新及科技园首3座大楼最快今年底落成。', '星湾港深创新及科技园将建立产学研平台。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾港深创新及科技园']);
});

test('a bare ending that ends a fuller name on the page (开发区 after 某某经济开发区) is no park of its own', () => {
  const doc = page('三十年', '星湾经济开发区是1993年经省政府批准设立的省级开发区。', '三十年来，开发区克服要素制约，开发区创造了产业兴城的佳绩。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾经济开发区']);
});

test('a named pilot-production platform (某某中试平台) is a pilot base; the kind alone is not', () => {
  const doc = page('中试', '位于星湾市的星湾省丘陵农机装备中试平台入选。中试平台是衔接试制与量产的关键载体。', '该平台拥有2.6万平方米中试空间。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['星湾省丘陵农机装备中试平台', 'pilot-base']]);
});

test("a park nothing locates lies where the article's main park does, not in a city named once in passing", () => {
  const doc = page(
    '招商',
    '石狮经济开发区举行招商推介会。石狮经济开发区今年新签约项目21个。',
    '蓝湾纺织产业园、永华智能装备产业园相继举行招商推介会。依托深圳优势产业，将招引更多企业入驻。',
  );
  for (const name of ['蓝湾纺织产业园', '永华智能装备产业园']) {
    const p = parkNamed(doc, name);
    assert.ok(p, name);
    assert.deepEqual([p.province, p.city], ['福建省', '泉州市'], name);
  }
});

test('a verb before a place (利用某某综保区土地) is no part of the park it takes as object', () => {
  const doc = page('政策', '对于符合宜宾综保区产业发展方向，利用宜宾综保区土地新建项目的制造类企业，给予补助。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['宜宾综保区']);
});

test('a verb of handling or visiting before a place (办理某某园区扩建, 參訪…) is no part of the park', () => {
  const doc = page('園區', '中科管理局今年辦理台中園區擴建，核准廠商10家。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['台中園區']);
});

test('a branch park (某某科学园某地分园) is named after its place, lies there, and its short form joins it; 分园 after no place is none', () => {
  const doc = page(
    '科学园肇庆分园启用',
    '澳门科学园肇庆分园启用，目前已有16间创科公司进驻。',
    '主管官员希望分园把握机遇。我们期望澳门科学园肇庆分园充分把握机遇。',
  );
  const branch = parkNamed(doc, '澳门科学园肇庆分园');
  assert.ok(branch, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.deepEqual([branch.province, branch.city], ['广东省', '肇庆市']);
  assert.ok(branch.aliases.includes('科学园肇庆分园'), JSON.stringify(branch.aliases));
  assert.ok(!doc.parks.some((p) => p.name.endsWith('希望分园')), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('原 ("former") before a place is no part of a park\'s name (原某地科技工业园)', () => {
  const doc = page('园区', '项目由原宜宾科技工业园改造而来，将打造新材料产业园区。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['宜宾科技工业园']);
});

test('the zone named by its kind before a park (园区某地生物医药产业园) is no part of the park\'s name', () => {
  const doc = page('园区', '园区宜宾生物医药产业园近日开园。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['宜宾生物医药产业园']);
});

test('building and growing verbs (投资兴建, 发展壮大) end a park name on the left', () => {
  const doc = page('园区', '宜宾高新区投资兴建智能制造产业园。要发展壮大宜宾科学城，壮大宜宾科学城。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['宜宾科学城', '宜宾高新区'].sort());
});

test("a park nothing locates takes its article's park's place over a city named as often in passing", () => {
  const doc = page(
    '签约',
    '此前双方在北京召开座谈会。',
    '近日，石狮经济开发区管委会与某新能源公司签订框架协议，双方将携手共建智慧清洁能源示范区。',
  );
  const p = parkNamed(doc, '智慧清洁能源示范区');
  assert.ok(p);
  assert.deepEqual([p.province, p.city], ['福建省', '泉州市']);
});

test('a stop word the cut leaves in single characters (获|批) ends a park name', () => {
  const doc = page('开工', '近日，甘肃省宜宾新区获批国家级新区十周年重大项目集中开工活动举行。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['甘肃省宜宾新区']);
});

test("a county's short form without 县 opens its park's name and places it (盱眙… → 淮安市)", () => {
  const doc = page('园区', '泗洪经济开发区今年新签约项目21个。');
  const p = parkNamed(doc, '泗洪经济开发区');
  assert.ok(p);
  assert.deepEqual([p.province, p.city], ['江苏省', '宿迁市']);
});

test('striving to become a kind of park (争创国家级高新区) names no park', () => {
  const doc = page('园区', '某省7家高新区争创国家级高新区，目前请示已报国务院。');
  assert.deepEqual(doc.parks.map((p) => p.name), []);
});

test("a province's short form opening a park's name stays the province unless a city of that province shares it (海南… is not 海南藏族自治州)", () => {
  const doc = page('园区', '海南自贸港重点园区生产建设一线见闻。吉林高新区今年新增企业100家。');
  const hainan = parkNamed(doc, '海南自贸港');
  assert.ok(hainan);
  assert.equal(hainan.province, '海南省');
  const jilin = parkNamed(doc, '吉林高新区');
  assert.ok(jilin);
  assert.deepEqual([jilin.province, jilin.city], ['吉林省', '吉林市']);
});

test('the parks of a national strategy region (黄河流域…示范开发区) or of the whole country (中国开发区) are a class, not a park', () => {
  const doc = page('名单', '黄河流域国家级转型升级示范开发区名单公布，宜宾经济技术开发区入选。中国开发区审核公告目录发布。黄河流域园区协同发展。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['宜宾经济技术开发区']);
});

test('a level word inside a head (新建区级科技产业园区) and a kind after a conjunction (优惠政策和特色工业园区) make no park name', () => {
  const doc = page('政策', '对新建区级科技产业园区给予补贴。入驻企业享受宜宾市对外开放优惠政策和特色工业园区的优惠政策。');
  assert.deepEqual(doc.parks.map((p) => p.name), []);
});

test('praise opening a park-like name (先进国家高新区, 优秀工业园区) makes it an honour, not a park', () => {
  const doc = page('表彰', '星湾高新区被国家科技部评为先进国家高新区，并荣获全国优秀工业园区称号。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾高新区']);
});

test('a weak place form inside a name that is a word of another kind ("合作" of 合作市 in 粤澳合作产业园) does not place it', () => {
  const doc = page('签约', '粤澳合作产业园去年新签约项目3个。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.province, p.city]), [['粤澳合作产业园', null, null]]);
});

test('合作 in a park built by two places (粤澳合作…产业园) is part of its name; a field left out makes another park', () => {
  const doc = page('合作', '粤澳合作产业园去年新签约项目3个。粤澳合作中医药科技产业园的前期发展中心已投入使用。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['粤澳合作中医药科技产业园', '粤澳合作产业园']);
});

test('a valley named for what is done there (…青年创业谷, …科创谷) with a proper head is a park; the bare word is none', () => {
  const doc = page('孵化', '成都青年创业谷入驻企业50家，江城科创谷新引进项目12个。他们在创业谷里工作。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['成都青年创业谷', 'valley'], ['江城科创谷', 'valley']]);
});

test('a conjunction right before the ending joins a place or a person to a kind of park, not two words of one name', () => {
  const doc = page('合作', '介绍了科学园项目中南江省、江城市及高新区的共建机制。下午与分院副院长杨青春及科学园建设部门负责人交流。星港创新及科技园今年新增企业30家。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星港创新及科技园']);
});

test('a verb after a division\'s full name the word cut split (江州|区加大…) is its predicate, not part of a park name', () => {
  const doc = page('建设', '今年以来，江州区加大蔗糖循环经济产业园区建设力度。2月27日，笔者在江州区蔗糖循环经济产业园看到，项目建设正在推进。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['江州区蔗糖循环经济产业园']);
});

test('a rank and a full kind (国家级经济技术开发区), or a province with a rank and a kind (某省国家级经开区), is a class of parks', () => {
  const doc = page('考核', '商务部完成了国家级经济技术开发区考核评价工作。浙江省21家国家级经开区参评，星湾经开区首次挺进30强。表一 浙江省国家级经开区全国三十强情况表');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾经开区']);
});

test('a city\'s park is not an abbreviation of a park of another city whose name holds that city\'s name (杭州经开区, 宁波杭州湾经开区)', () => {
  const doc = page('排名', '宁波杭州湾经开区首次挺进30强。杭州经开区位列全国第9位。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['宁波杭州湾经开区', '杭州经开区']);
});

test('a park listed beside parks placed in different cities is not placed by them; beside parks of one city it lies there', () => {
  const mixed = page('评价', '工业和信息化部公布评价结果。星湾科技城、深圳高新技术产业园区、杭州高新技术产业开发区等位列前50名。');
  assert.deepEqual(placeOf(mixed, '星湾科技城'), [null, null]);
  const one = page('评价', '天津经济技术开发区、华苑科技园等园区位列前50名。');
  assert.deepEqual(placeOf(one, '华苑科技园'), ['天津市', '天津市']);
});

test('a rank printed before a park name (1星湾工业园区) is no part of it', () => {
  const doc = page('名单', '前3强名单如下。\n1星湾高新区江苏\n2云溪经济技术开发区广东\n3江城经济技术开发区天津');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['云溪经济技术开发区', '星湾高新区', '江城经济技术开发区']);
});

test('an area of a zone named after its place right after the zone (某自贸试验区某某片区) is a park; a generic head (高水平…) names none', () => {
  const doc = page('挂牌', '4月23日，江南自贸试验区横琴片区（以下简称“横琴片区”）迎来挂牌10周年。十年来，横琴片区进出口规模不断发展，高水平中试平台力量进一步壮大。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['江南自贸试验区', '江南自贸试验区横琴片区']);
  assert.ok(parkNamed(doc, '江南自贸试验区横琴片区')?.aliases.includes('横琴片区'));
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
});

test('a verbal noun of building after a park (某高新区建设中试基地) is its predicate, not part of another park', () => {
  const doc = page('中试', '星湾高新区建设中试基地，助推成果转化。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾高新区']);
});

test('a one-character verb the cut leaves before a park\'s ending (贵|安|新区: the dictionary tags 新区 a place) is part of the name', () => {
  const doc = page('调研', '省委常委、贵安新区党工委书记调研贵安新区大学城。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['贵安新区']);
});

test('a verb of meeting (会见, tagged a noun by the dictionary) ends a park name on the left', () => {
  const doc = page('会见', '4月14日，集团公司党委副书记汪新立在总部会见滇中新区管委会副主任罗耀宗。汪新立会见滇中新区客人。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['滇中新区']);
});

test('a county-level city\'s short form alone before a zone\'s ending places the zone, even in a list of other cities\' zones', () => {
  const doc = page('排名', '郑州新郑综合保税区、成都高新综合保税区、昆山综合保税区、深圳福田保税区分列2-5位。宁乡经济技术开发区、平湖经济技术开发区入选。');
  for (const [name, city] of [['昆山综合保税区', '苏州市'], ['宁乡经济技术开发区', '长沙市'], ['平湖经济技术开发区', '嘉兴市']] as const)
    assert.equal(parkNamed(doc, name)?.city, city, name);
});

test("Taiwan's export processing zones (加工出口區) are parks; the bare kind is none", () => {
  const doc = page('更名', '高雄加工出口區是台灣第一個加工出口區。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type, p.city]), [['高雄加工出口區', 'bonded-zone', '高雄市']]);
});

test("a district's short form opening a zone's name places it (江宁经济技术开发区 → 南京市), unless other districts share it or it is a word of direction", () => {
  const doc = page('排名', '江宁经济技术开发区位列第6。');
  assert.deepEqual(placeOf(doc, '江宁经济技术开发区'), ['江苏省', '南京市']);
  const shared = page('排名', '西湖高新区位列第8。');
  assert.equal(parkNamed(shared, '西湖高新区')?.city ?? null, null);
});

test('全 before 园区 is "the whole of" the park named before it (中科全园区), no park name', () => {
  const doc = page('招商', '中科二林园区已引进22家厂商。今年中科全园区已经引进10家厂商。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['中科二林园区']);
});

test("on a page about Hong Kong a mainland county's short form opening a park's name is Hong Kong's place (大埔创新园)", () => {
  const doc = page('創新園', '他相信憑藉香港的政策優勢可吸引人才。大埔創新園醫療用品製造中心單位已全數租出。');
  assert.deepEqual(placeOf(doc, '大埔創新園'), ['香港特别行政区', '香港特别行政区']);
});

test('an idiom (紧紧围绕) is no part of a park name: the park before it is not joined to the one after', () => {
  const doc = page('目标', '2015年，星湾高新区紧紧围绕建设国家自主创新示范区的战略目标，以全面深化改革为主线。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['星湾高新区']);
});

test("a park in a ranking's row that names no place is not placed where the table's other rows are", () => {
  const doc = extractBytes(
    Buffer.from('附：前5强名单\n1、苏州工业园区\n2、苏州高新技术产业开发区\n3、星湾经济技术开发区\n4、苏州经济技术开发区\n5、无锡高新技术产业开发区\n'),
    { name: 'ranking.txt' },
  );
  assert.deepEqual(placeOf(doc, '星湾经济技术开发区'), [null, null]);
  assert.deepEqual(placeOf(doc, '无锡高新技术产业开发区'), ['江苏省', '无锡市']);
});

test("a city's name before a county's weak short form of another city (南通滨海园区: 滨海 is also 盐城's county) places the park in the city", () => {
  const doc = page('园区', '南通滨海园区新增企业12家。');
  assert.deepEqual(placeOf(doc, '南通滨海园区'), ['江苏省', '南通市']);
});

test('a verbal noun of running parks after a place (台湾经营科学园区的经验) is its predicate: no park is named', () => {
  const doc = page('经验', '黄某表示，台湾经营科学园区的经验已有二、三十年。');
  assert.deepEqual(doc.parks.map((p) => p.name), []);
  // (nor is such a word joined by 及 to the kind after it)
  const joined = page('导入', '大力助推通航产业园运营体系建设及临空经济区优质项目导入。');
  assert.ok(!joined.parks.some((p) => p.name.includes('建设')), JSON.stringify(joined.parks.map((p) => p.name)));
});

test('a verb before the first head of "甲、乙等园区" is no part of its name (加强铜锣、宜兰等园区的招商)', () => {
  const doc = page('招商', '今年除积极加强铜锣、宜兰等园区的招商外，还将推动新厂建设。');
  assert.ok(!doc.parks.some((p) => p.name.startsWith('加强')), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('a one-character verb after a name the cut leaves in single characters, before a place, is no part of a park name (某某某赴青山湖科技城)', () => {
  const doc = page('活动', '区委书记童定干赴青山湖科技城开展活动。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['青山湖科技城']);
});

test("the Production and Construction Corps' ordinal units (第七师…, 十三团…) open park names as places do", () => {
  const doc = page('扩区', '兵团同意第七师星湾经济技术开发区扩区，设立十三团沙河镇产业园区。十三团沙河镇产业园区规划面积1平方公里。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['十三团沙河镇产业园区', '第七师星湾经济技术开发区']);
});

test('a verb before a park\'s verbal noun of building (推进建设…产业园区) is the predicate with it: no name holds them', () => {
  const doc = page('建设', '园区将不断壮大规模，高水平推进建设专业化特色精品产业园区。');
  assert.deepEqual(doc.parks.map((p) => p.name), []);
});

test("a county's short form the dictionary tags a person's name (墨玉) still opens its park's name as the county", () => {
  const doc = page('园区', '墨玉工业园区新增企业12家。');
  assert.deepEqual(placeOf(doc, '墨玉工业园区'), ['新疆维吾尔自治区', '和田地区']);
  // (and a district's that it tags a proper noun of another kind: 大丰 of 盐城's 大丰区)
  const nz = page('园区', '大丰星湾机械产业园新增企业12家。');
  assert.deepEqual(placeOf(nz, '大丰星湾机械产业园'), ['江苏省', '盐城市']);
});

test("a park named after its county and the province or city that aids it (于田北京工业园区) lies in the county", () => {
  const doc = page('援建', '于田北京工业园区新增企业12家。');
  assert.deepEqual(placeOf(doc, '于田北京工业园区'), ['新疆维吾尔自治区', '和田地区']);
});

test("a district's two-character head that the dictionary lacks or tags as a name opens a zone's name and places it", () => {
  const doc = page('考评', '柯桥经济技术开发区、吴江经济技术开发区和江城高新区位列前列。');
  assert.deepEqual(placeOf(doc, '柯桥经济技术开发区'), ['浙江省', '绍兴市']);
  assert.deepEqual(placeOf(doc, '吴江经济技术开发区'), ['江苏省', '苏州市']);
});

test('a place in brackets inside a company name (某某(北京)科技有限公司) is where the company is registered, not where a park is', () => {
  const doc = page('签约', '星湾新区签约项目12个。星湾新区管委会主任、云港新城管委会主任王某某，云帆智行(北京)科技有限公司创始人李某某出席签约仪式，南阳市相关负责人参加。');
  assert.deepEqual(placeOf(doc, '星湾新区'), ['河南省', '南阳市']);
});

test('an adverb and verb before an ending (均建立自贸区), a location word before a place (深处…) and a scope word (国内外) open no name', () => {
  const doc = page('观察', '如今沿海省份均建立自贸区。深处江城自贸区、云港自贸区包围的星湾市也是如此。面向国内外科学园区招商。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['云港自贸区', '江城自贸区']);
});

test('a period word (2021年度…, 上半年…) opens no park name', () => {
  const doc = page('考核', '商务部组织开展了2021年度国家级经济技术开发区（以下简称：经开区）考核评价工作。上半年星湾经开区实现增长。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['星湾经开区']);
});

test("on a page about Taiwan a park named after a district or township lies in its city or county; elsewhere the name places nothing", () => {
  const tw = page('園區', '經濟部表示，楠梓科技產業園區第三園區與仁武科技產業園區已進入招商階段，虎尾園區亦同。');
  assert.deepEqual(placeOf(tw, '仁武科技產業園區'), ['台湾省', '高雄市']);
  assert.deepEqual(placeOf(tw, '虎尾園區'), ['台湾省', '云林县']);
  // (龙潭 is also the weak short form of a district of 吉林市)
  const longtan = page('園區', '新竹科學園區管理局表示，龍潭園區今年營收成長。');
  assert.deepEqual(placeOf(longtan, '龍潭園區'), ['台湾省', '桃园市']);
  const mainland = page('园区', '星湾集团表示，仁武科技产业园已进入招商阶段。');
  assert.notEqual(placeOf(mainland, '仁武科技产业园')[1], '高雄市');
});

test("Hong Kong's industrial estates (工業邨) are parks", () => {
  const doc = page('香港', '香港科技園公司表示，元朗工業邨有新項目落成。');
  assert.deepEqual(doc.parks.map((p) => [p.name, p.type]), [['元朗工業邨', 'industrial-park']]);
});

test('a naming or greeting word (旧称, 祝贺), 现 (now) and a localizer (区域上) open no park name', () => {
  const doc = page('園區', '臺灣新竹科學園區，舊稱新竹科學工業園區，位於新竹市。區域上新竹科學園區與南部科學園區相互支援。現中興園區已有廠商進駐。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['中興園區', '南部科學園區', '新竹科學工業園區', '臺灣新竹科學園區']);
  const forms = doc.parks.flatMap((p) => [p.name, ...p.aliases, ...p.mentions.map((m) => m.text)]);
  assert.ok(!forms.some((f) => /^(?:舊稱|區域上|現)/.test(f)), forms.join(' '));
});

test("on a page about Taiwan a district named inside a park's head (加工區楠梓園區) places it", () => {
  const doc = page('園區', '經濟部加工出口區管理處表示，加工區楠梓園區的華泰公司將擴廠。');
  assert.deepEqual(placeOf(doc, '加工區楠梓園區'), ['台湾省', '高雄市']);
});

test('a park named with a verb after its place (莘县预制菜产业园) is one when the page prints it twice; once, the verb is a predicate', () => {
  const twice = page('产业园', '莘县预制菜产业园作为农业转型的载体。莘县预制菜产业园自成立以来发展迅速。');
  assert.deepEqual(twice.parks.map((p) => p.name), ['莘县预制菜产业园']);
  const once = page('产业园', '莘县建设产业园的消息传来。');
  assert.ok(!once.parks.some((p) => p.name.startsWith('莘县')), JSON.stringify(once.parks.map((p) => p.name)));
});

test('a city or province before 与 is one party of two (澳門與某某新區), but 和 after a place may open a brand', () => {
  const doc = page('合作', '澳門與星湾新區的合作不斷深化，星湾新區管委會表示將擴大開放。');
  assert.ok(!doc.parks.some((p) => p.name.startsWith('澳門')), JSON.stringify(doc.parks.map((p) => p.name)));
  const brand = page('签约', '兰州和盛堂制药股份有限公司签约入园。');
  assert.deepEqual(brand.organizations.map((o) => o.name), ['兰州和盛堂制药股份有限公司']);
});

test('又名, 正值, 选址, 打造成 and 中 after a closing mark open no park name', () => {
  const doc = page('园区', '张江高科技园区，又名张江科学城。正值滨海新区成立之际。湖北光电打造成现代光电子产业园区。百强(2024)中合肥高新区全国第12。');
  const forms = doc.parks.flatMap((p) => [p.name, ...p.aliases]);
  assert.ok(!forms.some((f) => /^(?:又名|正值|中合肥)|打造成/.test(f)), forms.join(' '));
  assert.ok(forms.includes('合肥高新区') && forms.includes('滨海新区'), forms.join(' '));
});

test("a township before 和 is one party of two (某某镇和农业试验区), and a picture's credit (图片发布者) is no part of a name", () => {
  const doc = page('园区', '南村镇和农业试验区作为核心区。图片发布者菏泽开发区新能源新材料产业园主任李某介绍。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['菏泽开发区', '菏泽开发区新能源新材料产业园']);
});

test("a city's own paper (某某日报讯) places the parks its news names when nothing else does", () => {
  const doc = page('开工', '岳阳日报全媒体讯（记者 王某）2月17日，全市项目建设主战场迎来集中开工。', '洞庭能源谷碳基材料产业园17个项目集中开工。北京亦庄投资合作项目总投资50亿元，将引入北京亦庄的产业资源。');
  assert.deepEqual(placeOf(doc, '洞庭能源谷碳基材料产业园'), ['湖南省', '岳阳市']);
});

test('a headquarters in a park head (某某总部产业园) is no ministry', () => {
  const doc = page('招商', '华润电力风电光伏项目、苏科高新九园智能制造总部产业园等16个重点项目签约。');
  assert.ok(doc.parks.some((p) => p.name.endsWith('智能制造总部产业园')), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('words of adjacency, wholeness, description and meaning (邻近, 整个, 形容, 意味) open no park name', () => {
  const doc = page('園區', '邻近河套香港园区的土地。整个新田科技城已规划。局长形容新田科技城为创科重地。这意味河套香港园区将发展。');
  const forms = doc.parks.flatMap((p) => [p.name, ...p.aliases, ...p.mentions.map((m) => m.text)]);
  assert.ok(!forms.some((f) => /^(?:邻近|整个|形容|意味)/.test(f)), forms.join(' '));
  assert.ok(forms.includes('新田科技城'), forms.join(' '));
});

test("an everyday word that is one district's whole name (光明 of 光明区) heads a park's name; a common noun does not", () => {
  const doc = page('园区', '该项目选址光明科学城，总投资10亿元。人才科学城建设加快。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['光明科学城']);
});

test('a kind of base or platform set before a city\'s park (研究基地香港科技园) is an apposition, no part of its name', () => {
  const doc = page('园区', '一个以应用科技为主题的研究基地南宁科技园正在发展。', '该平台上海科技园也在扩建。');
  const names = doc.parks.map((p) => p.name);
  assert.ok(names.includes('上海科技园') && names.includes('南宁科技园') && !names.some((n) => /基地|平台/.test(n)), names.join(' '));
});

test('a nickname the country opens on one industry character (中国声谷) is a park; a paper from afar (香港商报网讯) does not place it', () => {
  const doc = page('签约', '【香港商報網訊】記者 王某 報導:11月13日,第8屆「中國聲谷」博覽會在中國聲谷會展中心舉行。', '安徽省合肥市高新區管委會主任李某出席。');
  const park = doc.parks.find((p) => p.name.startsWith('中國聲谷') || p.name.startsWith('中国声谷'));
  assert.ok(park, JSON.stringify(doc.parks.map((p) => p.name)));
  assert.deepEqual([park.province, park.city], ['安徽省', '合肥市']);
});

test('where a park holds an investment promotion (推介会在上海举行, 在深圳举办招商会) is no evidence of where it lies', () => {
  const doc = page('推介', '本报讯 2月28日,星湾示范区投资环境推介会在上海浦东举行,会上集中签约14个项目。', '星湾示范区位于江苏省南通市。');
  assert.deepEqual(placeOf(doc, '星湾示范区'), ['江苏省', '南通市']);
  const other = page('招商', '3月5日,星湾开发区在深圳举办招商推介会,签约项目12个。星湾开发区地处湖南省。');
  assert.equal(other.parks.find((p) => p.name === '星湾开发区')?.province, '湖南省');
});

test("a zone named by the first character of a city the page names in full (哈新区, 哈经开区) is a park; with no such city it is not", () => {
  const doc = page('签约', '哈尔滨市政府举行集中签约仪式。哈新区平房片区设置了分会场。哈经开区管委会主任宋某出席。');
  assert.deepEqual(doc.parks.map((p) => p.name).sort(), ['哈新区', '哈新区平房片区', '哈经开区'].sort());
  assert.deepEqual(placeOf(doc, '哈经开区'), ['黑龙江省', '哈尔滨市']);
  const none = page('签约', '会上，哈经开区管委会主任宋某出席。');
  assert.deepEqual(none.parks.map((p) => p.name), []);
});

test('现有 (what a park has now) opens no park name: 某园区现有某某综合保税区', () => {
  const doc = page('园区', '香坊园区现有南宁综合保税区、南宁铁路集装箱中心站等平台。');
  assert.ok(doc.parks.some((p) => p.name === '南宁综合保税区') && !doc.parks.some((p) => p.name.includes('现有')), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('a kind word the dictionary tags as a place (新建 ns, of 新建区) names no park: 产业新建中试平台', () => {
  const doc = page('政策', '对于集成电路等产业新建中试平台的，将按照项目总投资的35%给予补助。');
  assert.deepEqual(doc.parks.map((p) => p.name), []);
});

test('中 after a closing mark still opens a bilateral park (”中马钦州产业园区): a country\'s initial follows it', () => {
  const doc = page('园区', '“争取年内促成10个项目开工。”中马钦州产业园区管委会常务副主任黄某介绍。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['中马钦州产业园区']);
});

test('a conjunction the cut joins to the place after it (上海大学|和启东|经济开发区) ends the name before that place; 深化 opens none', () => {
  const doc = page('合作', '研究院的成立，将深化上海大学和启东经济开发区的科技合作。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['启东经济开发区']);
  assert.deepEqual(doc.organizations.map((o) => o.name), ['上海大学']);
});

test('a district named only by a direction or a kind (东区 of 攀枝花) places nothing on its own; a park of small firms (中小企业创业园) is a kind', () => {
  const doc = page('园区', '香港创新科技及工业局表示，白石角科学园区东区扩建工程在香港展开。', '玉门工业园实施中小企业创业园、东区扩建等工程。');
  assert.notEqual(doc.parks.find((p) => p.name === '白石角科学园区')?.province, '四川省');
  assert.ok(!doc.parks.some((p) => p.name === '中小企业创业园'), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('a word the dictionary tags an adjective (激活) before a province\'s name takes the park as its object', () => {
  const doc = page('园区', '因地制宜培育新质生产力，激活山西转型综合改革示范区经济高质量发展新动能。');
  assert.deepEqual(doc.parks.map((p) => p.name), ['山西转型综合改革示范区']);
});

test('园区 right after a zone\'s name (国家高新区园区生产总值) is the common noun for the zone, no park of its own', () => {
  const doc = page('统计', '前三季度，国家高新区园区生产总值占全国比重为13.50%。星湾高新区园区企业营收增长。');
  assert.ok(!doc.parks.some((p) => p.name.endsWith('区园区')), JSON.stringify(doc.parks.map((p) => p.name)));
});

test('和 after a city\'s short form before a word the dictionary knows joins two places (深圳和河套香港园区); before a single character it opens a brand', () => {
  const doc = page('园区', '河套枢纽邻近深圳和河套香港园区，形成创科桥头堡。');
  assert.ok(!doc.parks.some((p) => p.name.startsWith('深圳和')), JSON.stringify(doc.parks.map((p) => p.name)));
  const brand = page('企业', '天津和创生物技术有限公司落户园区。');
  assert.deepEqual(brand.organizations.map((o) => o.name), ['天津和创生物技术有限公司']);
});

test('和 before a park\'s bare kind (白石角和科学园) joins a place and the park: no park is named across it', () => {
  const doc = page('园区', '有关白石角和科学园扩容计划已逐步进行。');
  assert.ok(!doc.parks.some((p) => p.name.includes('和')), JSON.stringify(doc.parks.map((p) => p.name)));
});

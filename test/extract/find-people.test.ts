// findPeople on small invented pages: titles before names, 该公司 anaphora, honours after names, lists of
// names, speech verbs, bylined journalists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { page } from './entity-fixtures.js';

test('org + titles + name: the title as printed and the organisation', () => {
  const doc = page('采访', '“订单已排到明年。”江苏远景动力科技有限公司党委书记、董事长马志成说。');
  const p = doc.people.find((x) => x.name === '马志成');
  assert.ok(p, JSON.stringify(doc.people));
  assert.equal(p.title, '党委书记、董事长');
  assert.equal(p.org, '江苏远景动力科技有限公司');
});

test('该公司 resolves to the company named before it in the article', () => {
  const doc = page('企业', '苏州云启数据科技有限公司成立于2015年。', '“我们会继续扩大产能。”该公司总经理郑晓东表示。');
  const p = doc.people.find((x) => x.name === '郑晓东');
  assert.ok(p, JSON.stringify(doc.people));
  assert.equal(p.title, '总经理');
  assert.equal(p.org, '苏州云启数据科技有限公司');
});

test('honours after names, lists of names after a title, speech verbs alone', () => {
  const doc = page(
    '院士来访',
    '东南大学韩立新院士团队完成了验证。中国工程院院士钟明哲、邵文涛等出席会议。',
    '“这是一次重要突破。”宋雅琴说。',
  );
  const names = doc.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['宋雅琴', '邵文涛', '钟明哲', '韩立新'].sort());
});

test('a two-character name is cut before a speech verb, not after it', () => {
  const doc = page('采访', '园区负责人李时说，项目进展顺利。总经理唐振东表示，订单充足。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['李时', '唐振东'].sort());
});

test('bylined journalists are not people', () => {
  const text = '新区建设提速\n\n◎本报记者 张小红 通讯员 刘建\n\n记者张小红从合肥高新区获悉，副主任王立群介绍了进展。\n';
  const doc = extractBytes(Buffer.from(text), { name: 'x.txt' });
  const names = doc.people.map((p) => p.name);
  assert.ok(names.includes('王立群'), JSON.stringify(names));
  assert.ok(!names.includes('张小红') && !names.includes('刘建'), JSON.stringify(names));
});

test('traditional script names are printed as written', () => {
  const doc = page('訪談', '臺北智慧科技股份有限公司董事長陳國華表示，將擴大投資。');
  assert.ok(doc.people.some((p) => p.name === '陳國華'), JSON.stringify(doc.people));
});

test('formal style: a name before its title, after a named body or a place', () => {
  const doc = page('揭牌', '揭牌仪式由苏州市王海涛副市长主持，苏州工业园区管委会李建华主任致辞。');
  const names = doc.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['李建华', '王海涛'].sort(), JSON.stringify(doc.people));
});

test('a chain of posts belongs to the body named before the first; an alias in brackets may sit before the title', () => {
  const doc = page(
    '招商',
    '“政策已经落地。”合肥高新区党工委书记、蜀山区委书记吴振华介绍。',
    '苏州云启数据科技有限公司（以下简称云启数据）首席执行官孙丽表示，订单增长明显。',
  );
  const wu = doc.people.find((p) => p.name === '吴振华');
  assert.ok(wu, JSON.stringify(doc.people));
  assert.equal(wu.title, '党工委书记、蜀山区委书记');
  assert.equal(wu.org, '合肥高新区');
  const sun = doc.people.find((p) => p.name === '孙丽');
  assert.ok(sun, JSON.stringify(doc.people));
  assert.equal(sun.org, '苏州云启数据科技有限公司');
});

test('a chain of posts in the park administration: the whole chain as printed, the org is the article park', () => {
  const doc = page(
    '合肥高新区产业项目签约',
    '合肥高新区举行产业项目签约仪式。区党工委委员、经济发展局局长林志远介绍项目情况，区管委会常务副主任许文斌主持仪式。',
  );
  const lin = doc.people.find((p) => p.name === '林志远');
  assert.ok(lin, JSON.stringify(doc.people));
  assert.equal(lin.title, '区党工委委员、经济发展局局长');
  assert.equal(lin.org, '合肥高新区');
  const xu = doc.people.find((p) => p.name === '许文斌');
  assert.ok(xu, JSON.stringify(doc.people));
  assert.equal(xu.title, '区管委会常务副主任');
  assert.equal(xu.org, '合肥高新区');
});

test('posts after an unrecognised body: shared 局/镇 heads, prefixed posts, a list ending in 及', () => {
  const doc = page(
    '揭牌',
    '出席仪式的有：滨江税务局长陈立新、交通警察第三支队副支队长郭海峰、东坪镇长叶国庆、软件行业协会副会长何文涛及企业代表。',
  );
  const got = Object.fromEntries(doc.people.map((p) => [p.name, `${p.title}|${p.org}`]));
  assert.equal(got['陈立新'], '局长|滨江税务局', JSON.stringify(got));
  assert.equal(got['郭海峰'], '副支队长|交通警察第三支队', JSON.stringify(got));
  assert.equal(got['叶国庆'], '镇长|东坪镇', JSON.stringify(got));
  assert.equal(got['何文涛'], '副会长|软件行业协会', JSON.stringify(got));
});

test('traditional script: the title and org as printed, not converted', () => {
  const doc = page('啟用', '典禮上，港務管理局長林建宏指出，園區將持續擴大服務。');
  const p = doc.people.find((x) => x.name === '林建宏');
  assert.ok(p, JSON.stringify(doc.people));
  assert.equal(p.title, '局長');
  assert.equal(p.org, '港務管理局');
});

test('a place committee is printed as part of the post', () => {
  const doc = page('调研', '南湖市委副书记魏长青一行到园区调研。');
  const p = doc.people.find((x) => x.name === '魏长青');
  assert.ok(p, JSON.stringify(doc.people));
  assert.equal(p.title, '市委副书记');
});

test('a branch printed after its parent body; a name after a title means the characters before it are the body', () => {
  const doc = page('致辞', '会上，省地质调查院东江分院长周建国、东坪镇长叶国庆、南湖市税务局长陈立新先后致辞。');
  const got = Object.fromEntries(doc.people.map((p) => [p.name, `${p.title}|${p.org}`]));
  assert.deepEqual(got, { 周建国: '分院长|省地质调查院东江分院', 叶国庆: '镇长|东坪镇', 陈立新: '局长|南湖市税务局' });
});

test('a chain of posts does not run across another person named in a list', () => {
  const doc = page('签约', '苏州云启数据科技有限公司董事长郑晓东、副总经理孙丽出席签约仪式。');
  const sun = doc.people.find((p) => p.name === '孙丽');
  assert.ok(sun, JSON.stringify(doc.people));
  assert.equal(sun.title, '副总经理');
});

test('a bare 区委 or 市委 post belongs to that committee, named by its level (GOLD_SPEC: every named government body)', () => {
  const doc = page('调研', '合肥高新区今年新签约项目二十余个。区委书记邹明远在园区企业调研，市委副书记冯立民陪同。');
  const zou = doc.people.find((p) => p.name === '邹明远');
  assert.ok(zou, JSON.stringify(doc.people));
  assert.equal(zou.title, '区委书记');
  assert.equal(zou.org, '区委');
  const feng = doc.people.find((p) => p.name === '冯立民');
  assert.ok(feng, JSON.stringify(doc.people));
  assert.equal(feng.title, '市委副书记');
  assert.equal(feng.org, '市委');
});

test('a list of names after a title may end with 及 or 和', () => {
  const doc = page('来访', '中国工程院院士钟明哲、邵文涛及韩立新等来园区考察，研究员黄一鸣和周晓梅陪同。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['周晓梅', '邵文涛', '钟明哲', '韩立新', '黄一鸣'].sort(), JSON.stringify(doc.people));
});

test('every name of a list after a title, the last one followed by a verb; a bare park kind is no person', () => {
  const doc = page('考察', '区领导岳明、齐慧东、唐超随团考察。高新区党工委委员陈淑云陪同。');
  const names = doc.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['唐超', '岳明', '陈淑云', '齐慧东'].sort(), JSON.stringify(doc.people));
});

test('a given name may hold 其 after a title; surnames 《百家姓》 omits (隋) are surnames', () => {
  const doc = page('签约', '县委副书记、县长张其明主持仪式，党工委副书记隋立新介绍了项目情况。');
  const names = doc.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['张其明', '隋立新'].sort(), JSON.stringify(doc.people));
});

test('Taiwan legislators (立委), a surname 《百家姓》 omits (麦), and no person made of a function word after a title', () => {
  const doc = page('園慶', '副市長王大明，立委陳亭安及郭國安、公司技術總監麥立誠出席；擔任院長後首次出席典禮。');
  const names = doc.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['王大明', '陳亭安', '郭國安', '麥立誠'].sort(), JSON.stringify(doc.people));
});

test('a name before a post with modifiers (副总队长, 分署长), after 由, or before 作表态发言 is a person; the body does not run into the name', () => {
  const doc = page(
    '揭牌仪式举行',
    '揭牌仪式由许茂新局长主持，与会嘉宾有内政部警政署保安警察第二总队陈进吉副总队长、劳动部劳动力发展署中彰投分署刘秀贞分署长。',
    '新区党工委书记田涛作表态发言。',
  );
  const people = new Map(doc.people.map((p) => [p.name, p]));
  assert.deepEqual([...people.keys()].sort(), ['刘秀贞', '田涛', '许茂新', '陈进吉'].sort(), JSON.stringify([...people.keys()]));
  assert.equal(people.get('陈进吉')!.title, '副总队长');
  assert.equal(people.get('刘秀贞')!.org, '劳动部劳动力发展署中彰投分署');
  assert.ok(!doc.organizations.some((o) => o.name.includes('刘秀贞')));
});

test('a concurrent post mark between title and name, a head of state, and the surname 楼', () => {
  const doc = page('考察', '重庆经开区党工委书记(兼)许明斌率队来考察。某国总统在揭牌仪式上致辞，常务副会长马浩文、楼家强出席。');
  const people = new Map(doc.people.map((p) => [p.name, p]));
  assert.equal(people.get('许明斌')?.title, '党工委书记');
  assert.ok(people.has('楼家强'), JSON.stringify([...people.keys()]));
  const president = page('揭牌', '林英华总统在揭牌仪式上致辞。');
  assert.deepEqual(president.people.map((p) => [p.name, p.title]), [['林英华', '总统']]);
});

test('和 inside a name after a title, and a prefecture post (副州长)', () => {
  const doc = page('调研', '某某区常务副区长关和明介绍，州委常委、州政府副州长王雄新出席仪式。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['关和明', '王雄新'].sort(), JSON.stringify(doc.people));
  assert.ok(doc.people.find((p) => p.name === '王雄新')!.title!.endsWith('副州长'));
});

test('names before an attendance verb with the names listed with them, and a leadership team member title', () => {
  const doc = page('揭牌', '市长刘明出席揭牌仪式，柯志欣主持，朱华、王敏参加。某某高新区领导班子成员鲁潜、杨朝俊带领各部门负责人调研。公司出席活动，项目参加评选。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['刘明', '朱华', '杨朝俊', '王敏', '柯志欣', '鲁潜'].sort(), JSON.stringify(doc.people.map((p) => p.name)));
  assert.match(doc.people.find((p) => p.name === '杨朝俊')!.title ?? '', /班子成员$/);
});

test('frequent modern surnames the 百家姓 omits (肖, 闫, 涂, 苟) start names', () => {
  const doc = page('考察', '云帆经开区领导肖振华、闫立新参加。总经理涂建明表示，企业发展良好。董事长苟建军介绍了项目进展。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['肖振华', '闫立新', '涂建明', '苟建军'].sort(), JSON.stringify(doc.people.map((p) => p.name)));
});

test('"某某经开区领导" is the park\'s 领导, not a 区领导 without a body', () => {
  const doc = page('考察', '江城经开区领导肖振华、闫立新参加考察。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['肖振华', '领导', '江城经开区'], ['闫立新', '领导', '江城经开区']]);
});

test('representatives named after their role (企业代表, 人大代表) are people with that title', () => {
  const doc = page('座谈', '企业代表涂建明参加座谈。人大代表柯明华发言。27个开工项目业主代表参加活动。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['涂建明', '企业代表'], ['柯明华', '人大代表']]);
});

test('a function before 总监 or 经理 is part of the title, not of the company name', () => {
  const doc = page('企业动态', '云帆科技运营总监王海峰表示，新产线已投产。');
  assert.deepEqual(doc.organizations.map((o) => o.name), ['云帆科技']);
  const person = doc.people.find((p) => p.name === '王海峰');
  assert.ok(person, JSON.stringify(doc.people.map((p) => p.name)));
  assert.equal(person.title, '运营总监');
  assert.equal(person.org, '云帆科技');
});

test('a post chain after a preposition (仪式由区党委委员、办公室主任某某主持) takes no body from before the preposition', () => {
  const doc = page('仪式', '签约仪式由区党委委员、办公室主任彭典主持。');
  const person = doc.people.find((p) => p.name === '彭典');
  assert.ok(person, JSON.stringify(doc.people.map((p) => p.name)));
  assert.ok(!(person.org ?? '').includes('仪式'), person.org ?? '');
});

test("a person's own post wins over a group's word for its members (开发区领导某某、某某等陪同 … 党工委书记某某)", () => {
  const doc = page('调研', '开发区领导沈炳兴、胡泓恬等陪同。调研座谈会上，开发区党工委书记沈炳兴汇报了经济运行情况。');
  assert.equal(doc.people.find((p) => p.name === '沈炳兴')?.title, '党工委书记');
});

test('a name before a speech verb the cut leaves in single characters (道出, 回应, 感叹) ends there', () => {
  const doc = page(
    '园区',
    '为何园区招商如此火热？江城服装产业协会秘书长董梓烽道出了其中缘由。',
    '对此，江城高新区管委会副主任伍晗回应称，将加快审批。',
  );
  const names = doc.people.map((p) => `${p.name}:${p.title}`).sort();
  assert.deepEqual(names, ['伍晗:管委会副主任', '董梓烽:秘书长']);
});

test('names listed each before its own title (李某某理事长、宣某某资深顾问、立法委员高某某) are three people, not one chain of posts', () => {
  const doc = page('揭牌', '園區同業公會甘金恭理事長、宣明遠資深顧問、立法委員屈虹安出席儀式。');
  const titles = doc.people.map((p) => `${p.name}:${p.title}`).sort();
  assert.deepEqual(titles, ['宣明遠:資深顧問', '屈虹安:立法委員', '甘金恭:理事長'].sort());
});

test("a person whose name is also a county's short form (曲阳) is still a person", () => {
  const doc = page('企业', '“订单已排到明年。”星河光电总经理曲阳说。');
  assert.ok(doc.people.some((p) => p.name === '曲阳'), JSON.stringify(doc.people));
});

test('the formal order surname, post, given name (陳副主委宗權) is the person named in full elsewhere, not one called by the given name', () => {
  const doc = page('揭牌', '揭牌儀式由科技委員會副主委陳宗義親自主持。局長王永強從國科會陳副主委宗義手中接下聘書。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['王永強', '陳宗義'].sort());
});

test('a board (董事会, 理事会) is a body, not a title, so the words before it are no name', () => {
  const doc = page('园区', '第二阶段计划正在筹备中，须待董事会批准，部分会用于购买设备。');
  assert.deepEqual(doc.people.map((p) => p.name), []);
});

test('a surname and a post before a speech verb ("黄处长指出", "王总表示") is how someone is addressed, not a name', () => {
  const doc = page('展望', '展望新的一年，黄处长指出，园区将加快更新。王总表示，公司将扩产。李书记强调，要抓好项目。张工介绍，设备已调试。', '周明远表示，订单已排满。');
  assert.deepEqual(doc.people.map((p) => p.name), ['周明远']);
});

test("a press release's contact lines name its spokesperson and contact with their posts", () => {
  const doc = extractBytes(Buffer.from('園區更名\n\n加工處表示，園區將更名。\n本案聯絡人:施家君(企劃管考科科長)\n本案發言人:劉繼傳 副處長\n聯絡人：王建華 電話：0571-88886666\n'), { name: 'release.txt' });
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['施家君', '企劃管考科科長'], ['劉繼傳', '副處長']]);
});

test("Hong Kong's 行政总裁 is a post, and a holder's honour and a conjunction end the first of two posts", () => {
  const doc = page('出席', '深圳科技園公司主席查志強博士及行政總裁黃秉文等均有出席。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['查志強', '主席', '深圳科技園公司'], ['黃秉文', '行政總裁', '深圳科技園公司']]);
});

test('作为 ("as") after a name is what the person does, not the name\'s last character', () => {
  const doc = page('发言', '江城海佳集团股份有限公司副总经理惠永作为项目方代表进行了发言。');
  assert.deepEqual(doc.people.map((p) => p.name), ['惠永']);
});

test('"局长甲与副区长乙签署…": the second post is the second holder\'s alone, and 与 joins two parties, not one body', () => {
  const doc = page('签约', '随后，市科技局副局长、一级巡视员方伟与副区长张桂华签署了战略合作协议。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['方伟', '副局长、一级巡视员', '市科技局'], ['张桂华', '副区长', null]]);
});

test('a second post that names its own body ("局长甲和某某港公众使命总监乙") is not given the first body', () => {
  const doc = page('合照', '創新及科技局副局長鍾偉強和數碼港公眾使命總監湛家揚在中心合照。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['鍾偉強', '副局長', '創新及科技局'], ['湛家揚', '數碼港公眾使命總監', null]]);
});

test('a word of tenure (卸任, 新任) belongs to the post, and the words before it are a body only when they name one', () => {
  const doc = page('交接', '昨日舉行交接典禮，星河研究院卸任院長劉文雄將印信交接給新任院長張培仁。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['劉文雄', '卸任院長', '星河研究院'], ['張培仁', '新任院長', null]]);
});

test('the park\'s administration in a post (园区管委会副主任) is printed whole; a county\'s short form may be a given name (越福泉); 总会计师 is a post', () => {
  const doc = page('会议', '园区管委会副主任杨勇、越福泉和园区各部门负责人参加了会议。集团公司副总经理、总会计师宋华礼，商投集团党委书记、董事长巨宝庆参加会谈。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [
    ['杨勇', '园区管委会副主任'],
    ['越福泉', '园区管委会副主任'],
    ['宋华礼', '副总经理、总会计师'],
    ['巨宝庆', '党委书记、董事长'],
  ]);
});

test('作工作报告 after a name is what the person does', () => {
  const doc = page('会议', '会上，区党工委书记梁崑作工作报告。');
  assert.deepEqual(doc.people.map((p) => p.name), ['梁崑']);
});

test('an honour after a three-character name (惠某正教授) keeps the name whole, though 正 may follow a name too', () => {
  const doc = page('会议', '会上，科技委员会顾问惠永正教授讲述了规划构想。');
  assert.deepEqual(doc.people.map((p) => p.name), ['惠永正']);
});

test('和 after a title joins the next person ("王某书记和李某主任"); it is no surname there', () => {
  const doc = page('会议', '最后，王浩忠书记和李援主任分别结合会议主题讲话。');
  assert.ok(!doc.people.some((p) => p.name.startsWith('和')), JSON.stringify(doc.people.map((p) => p.name)));
});

test("区党委 in a park's news is the zone's Party committee: the post is printed whole and belongs to the park", () => {
  const doc = page('会议', '3月28日，江城经开区召开会议。会议由区党委书记王浩忠主持，区党委委员、党政办公室主任钱华生参加。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [
    ['王浩忠', '区党委书记', '江城经开区'],
    ['钱华生', '区党委委员、党政办公室主任', '江城经开区'],
  ]);
});

test('a name begins a word: none is read inside one that begins before it (领导班子多为…, 领导班子主要负责同志)', () => {
  const doc = page('领导', '这座城市领导班子多为技术派。星湾公司领导班子主要负责同志出席。');
  assert.deepEqual(doc.people.map((p) => p.name), []);
});

test('"某某所说" ends the name before 所 (as the person said)', () => {
  const doc = page('观点', '正如研究所副所长白明所说，园区是试验田。据研究员张伟所言，政策还将延续。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['张伟', '白明']);
});

test("the closing mark of a body's name in marks is no part of the title (《某某时报》原总经理)", () => {
  const doc = page('交流', '记者与《台湾中国时报》原总经理王某某进行了交流。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['王某某', '原总经理']]);
});

test('an executive head (执行院长) after 该院 is the post of the institute named before', () => {
  const doc = page('中试', '星湾新材料中试转化研究院揭牌，该院执行院长王某某特别开心。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title, p.org]), [['王某某', '执行院长', '星湾新材料中试转化研究院']]);
});

test('a title the cut reads across into a place (惠科|长沙…) is no title; 副秘书长沙某某 is one', () => {
  const doc = page('开工', '其中中联数智园、惠科长沙直显模组及整机等2个项目开工。秘书长熊某某、副秘书长沙济汉等参加。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['熊某某', '秘书长'], ['沙济汉', '副秘书长']]);
});

test('after a title, what runs up to a place is no name (企业代表齐聚蓉城)', () => {
  const doc = page('签约', '头部企业代表齐聚蓉城。书记王某某宣布开工。');
  assert.deepEqual(doc.people.map((p) => p.name), ['王某某']);
});

test("Hong Kong's and Macau's chief executive (行政長官) is a post", () => {
  const doc = page('開園', '園區今日開園。行政長官李家超公布，已有企業進駐。');
  assert.deepEqual(doc.people.map((p) => [p.name, p.title]), [['李家超', '行政長官']]);
});

test('a name ends before a word the cut reads across its end (邱某|共同签署), and a conjunction the cut joins to a name (娄红|祥和|深圳市…) ends the body after it', () => {
  const doc = page('签约', '深圳研究院院长娄红祥和深圳市科技创新委员会副主任邱宣共同签署入园协定。市政府秘书长戴少平等出席活动。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['娄红祥', '戴少平', '邱宣'].sort());
  assert.ok(doc.organizations.some((o) => o.name === '深圳市科技创新委员会'), JSON.stringify(doc.organizations.map((o) => o.name)));
});

test('after the word for officials as a group (领导), a verb word read as a given name makes no person (领导…周协调例会)', () => {
  const doc = page('机制', '实行领导带头、周协调例会等工作机制。市领导王飞出席。区领导唐超随团考察。');
  assert.deepEqual(doc.people.map((p) => p.name).sort(), ['唐超', '王飞'].sort());
});

test('a word after a post (总经理代表…) is no name: the person named before the post is read', () => {
  const doc = page('签约', '孙国安总经理代表工业园与县政府签约。管委会副主任彭朝阳、裴海生、宋金才出席。');
  const names = doc.people.map((p) => p.name);
  assert.ok(names.includes('孙国安') && names.includes('裴海生') && names.includes('宋金才'), JSON.stringify(doc.people));
});

test("words of a clause before a committee's post (也是贯彻落实省委书记…) name no body; a place before it does (大兴区委副书记)", () => {
  const doc = page('讲话', '他说，此次集中签约是一次重要活动，也是贯彻落实省委书记张宝顺同志调研园区讲话精神的生动体现。大兴区委副书记、区长刘学亮出席。');
  const orgOf = Object.fromEntries(doc.people.map((p) => [p.name, p.org]));
  assert.equal(orgOf['张宝顺'], null);
  assert.equal(orgOf['刘学亮'], '大兴区委');
});

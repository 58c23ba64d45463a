// dropPageFurniture: running heads and feet, edition marks, editor credits; text that looks alike stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractBytes } from '../../src/extract.js';
import { collapseSpacedCharacters } from '../../src/reader/collapseSpacedCharacters.js';
import { dropPageFurniture, furnitureItems, isFurniture, PAGE_FURNITURE } from '../../src/reader/dropPageFurniture.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { undoubleBoldRuns } from '../../src/reader/undoubleBoldRuns.js';
import { checkFixture, describe, docOf, fixtureNames, runStages } from './reader-fixtures.js';

const stages = [splitLines, collapseSpacedCharacters, undoubleBoldRuns, dropPageFurniture];

for (const name of fixtureNames('furniture')) {
  test(`fixture ${name}`, () =>
    checkFixture(name, (raw, file) => {
      const doc = runStages(docOf(raw, file), stages);
      return { lines: doc.lines.map((l) => l.text).filter((t) => t.trim()), messages: describe(raw, doc.messages, [PAGE_FURNITURE]) };
    }));
}

test('strong furniture goes anywhere; weak furniture only at a page edge', () => {
  const anywhere = ['2024年6月5日 星期三', '第7版', '责任编辑 王一鸣 版式设计 刘青', '国内统一连续出版物号 CN11-0000', '各位好，欢迎收听《园区之声》'];
  // a welcome in a story is text
  assert.equal(furnitureItems('欢迎各位嘉宾莅临园区。'), null);
  for (const text of anywhere) assert.equal(isFurniture(furnitureItems(text)!, false), true, text);
  const edgeOnly = ['滨江日报 园区周刊', '- 7 -', '6', '滨江日报'];
  for (const text of edgeOnly) {
    assert.equal(isFurniture(furnitureItems(text)!, false), false, text);
    assert.equal(isFurniture(furnitureItems(text)!, true), true, text);
  }
});

test('headlines, subheads, bylines and credits are not furniture', () => {
  for (const text of ['夯实数字底座 培育产业集群', '◎本报记者 赵明', '受访者供图', '园区今年新增企业120家。', '汇报']) {
    const items = furnitureItems(text);
    assert.ok(!items || !isFurniture(items, true), text);
  }
});

test('a running head repeated on several pages is dropped wherever it is', () => {
  const raw = '正文第一段开始。\n\n滨江日报 园区周刊\n\n正文第二段。\n\n滨江日报 园区周刊\n\n正文第三段。\n\n结尾一段。\n\n最后一段。';
  const doc = runStages(docOf(raw), stages);
  assert.equal(doc.lines.filter((l) => l.text.includes('滨江日报')).length, 0);
  assert.equal(doc.messages.filter((m) => m.ruleId === PAGE_FURNITURE).length, 2);
});

test('jump lines go wherever they are printed', () => {
  const raw = '第一段。\n\n正文说到这里。（下转第3版）\n\n其余正文继续。\n\n最后一段。\n\n结束。';
  const doc = runStages(docOf(raw), stages);
  assert.equal(doc.lines[2]!.text, '正文说到这里。');
  const [message] = doc.messages.filter((m) => m.ruleId === PAGE_FURNITURE);
  assert.equal(raw.slice(message!.place!.start, message!.place!.end), '（下转第3版）');
});

test('traditional-script furniture and web source lines', () => {
  for (const text of ['責任編輯 王一鳴', '來源：濱江日報 2024-06-05']) assert.equal(isFurniture(furnitureItems(text)!, false), true, text);
});

test("a web page's truncation notice (未完，全文共N字，当前显示M字) is furniture anywhere; a sentence about a text's length is not", () => {
  for (const text of ['(未完,全文共2270字,当前显示592字)', '（未完待续）', '（未完，全文共3,100字）']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  assert.equal(furnitureItems('报告未完成，全文共分五个部分。'), null);
});

test("a web page's English date label and copyright line (date 2026-01-03 Copyright © 2026 Some Ltd. All rights reserved.) are furniture", () => {
  for (const text of [' date 2026-01-03 Copyright © 2026 Some Media Ltd.All rights reserved.', 'Copyright © 2026 Some Media Ltd. All rights reserved.'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
});

test("what is left of a breadcrumb trail between its separators (> 科技 >) is furniture; a comparison (收入 > 支出) is not", () => {
  for (const text of ['> 科技 >', '› 新闻 › 园区 ›']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  assert.equal(furnitureItems('收入 > 支出'), null);
});

test("a web page's posting date and time printed on lines of their own (2021 / 03/18 / 13:12) are furniture; a year alone elsewhere is not", () => {
  const raw = '某某片区建设发展提速 今年首批27个项目集中开工\n2021\n03/18\n13:12\n\n本报讯 记者获悉，今年首批27个建设项目集中开工。\n\n2021\n\n园区完成投资120亿元。\n';
  const doc = runStages(docOf(raw, 'posted.txt'), stages);
  assert.deepEqual(doc.lines.map((l) => l.text.trim()).filter(Boolean), [
    '某某片区建设发展提速 今年首批27个项目集中开工',
    '本报讯 记者获悉，今年首批27个建设项目集中开工。',
    '2021',
    '园区完成投资120亿元。',
  ]);
  assert.equal(extractBytes(Buffer.from(raw), { name: 'posted.txt', readerOnly: true }).publication.date, '2021-03-18');
});

test("an e-paper's page header (一版:要闻总第2993期 >2022-08-10编印, 第A04版:) and a news site's rating and comment form are furniture", () => {
  for (const text of ['一版:要闻总第2993期 >2022-08-10编印', '第A04版:', '您对这篇文章的满意度', '非常满意基本满意不太满意很不满意不做评价', '对此文章发表评论', '用户名:密码:匿名发表 注册'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['一版新闻很精彩', '用户名单已公布。']) assert.equal(furnitureItems(text), null, text);
});

test("a news app's and a public account's prompts (下载APP, 关注公众号, 扫码关注) are furniture; a sentence about an app is not", () => {
  for (const text of ['下载APP', '关注公众号', '扫码关注 | 下载客户端', '掃碼關注'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['园区下载APP的企业已达500家。', '关注公众号运营的企业']) assert.equal(furnitureItems(text), null, text);
});

test("a video site's tools around a story (点击收起全文, 分享到微信, 手机继续看, 正在阅读:…, A- A+, 原标题: with no title) are furniture", () => {
  for (const text of ['点击收起全文', '扫一扫 分享到微信', '扫一扫 手机继续看', '手机看', '最新推荐', '精彩图集', '正在阅读:某园区打开融合新格局', 'A- A+', '原标题:', '正在加载'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['原标题:某园区打开融合新格局', '手机看新闻的人越来越多']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), false, text);
});

test("an e-paper's header with a lettered page and no 版 (A2:综合总第5205期 >2022-02-16编印) and a comment counter (0 条) are furniture", () => {
  for (const text of ['A2:综合总第5205期 >2022-02-16编印', '0 条', '12条评论'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['A2级资质', '3条措施']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), false, text);
});

test("a comment box's header (留言与评论(共有 0 条评论) “” |) and a photo's placeholder ((照片1)) are furniture; a sentence naming a photo is not", () => {
  for (const text of ['留言与评论(共有 0 条评论) “” |', '(照片1)', '（图2）'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['照片1显示了新厂房', '留言与评论功能已上线']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), false, text);
});

test("a web page's English close button (close) and a print tool after a stray bracket (】【打印】) are furniture; an English word in text is not", () => {
  for (const text of ['close', 'Close', '】【打印】'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['close to the port', '【园区】']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), false, text);
});

test("an e-paper's page path (某某日报/2025年/8月/6日/第006版市州·江城) and a header whose section holds a star (A1:某县*要闻总第2885期) are furniture", () => {
  for (const text of ['某某日报/2025年/8月/6日/第006版市州·江城', 'A1:某县*要闻总第2885期 >2015-11-18编印'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  assert.equal(furnitureItems('某某日报/2025年发布的报告显示，园区营收增长。'), null);
});

test("a traditional-script breadcrumb trail (當前位置:  首頁 > 綜合排行 > 正文) is furniture", () => {
  assert.equal(isFurniture(furnitureItems('當前位置:  首頁 > 綜合排行 > 正文') ?? [], false), true);
  assert.equal(isFurniture(furnitureItems('您現在的位置：首頁 > 新聞') ?? [], false), true);
});

test("a web page's editorial chain with spaced roles and names (编 辑:王某某 责任编辑:顾 冉, 审 核:黄某某 终 审:朱某某) is furniture", () => {
  for (const text of ['编 辑:王园园 责任编辑:顾 冉', '审 核:黄林林 终 审:朱美江', '监制:陈东升', '(资料图片)'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  assert.equal(furnitureItems('审核通过的企业达30家'), null);
});

test("a web page's links to the stories before and after (上一篇: …), its share and like widgets (微博 空间 qq, +1) and an empty keyword label (关键词:) are furniture", () => {
  for (const text of ['上一篇: 某州:日用电量首破千万大关', '下一篇：某园区新签约项目12个', '微博 空间 qq', '+1', '关键词:'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  for (const text of ['上一篇文章提到园区营收增长', '+1个百分点']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), false, text);
});

test("a comment box's notice (您的观点仅代表您本人,请文明发言…) and a font tool (【字体: 打印) are furniture", () => {
  for (const text of ['您的观点仅代表您本人,请文明发言,严禁散播谣言和诽谤他人登录并发表所有评论', '【字体: 打印', '[字体: ]', '所有评论', '登录并发表', '某某城市网 example.com Copyright © 2015-2020 ALL Rights Reserved'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
});

test("a site's section label with its English name (新闻动态News), a journal's issue line (某某产业2022年1期) and its contents mark (NO.22-23目录) are furniture", () => {
  for (const text of ['新闻动态News', '新闻动态', 'News', '中国科技产业2022年1期', 'NO.22-23目录', 'NO.22-23', '目录', '关键词:科技园区高技术高新区', '【編輯:胡某某】視頻更多'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false), true, text);
  assert.equal(isFurniture(furnitureItems('园区2022年1期工程') ?? [], false), false);
});

test("a trail from the home page written with slashes (首页/ 政务公开 / 正文), a trail ending with the page's title, spaces and all, and a bulleted line are furniture; a slashed pair in text is not", () => {
  for (const text of ['首页/ 政务公开 / 法定主动公开内容 / 重大项目 / 正文', '• 您当前的位置:首页 > 国内新闻 > 省内新闻 > 某园区9个项目开工 总投资超过80亿元', '• 关注微信', '点击查看高清原图', '  • 联系电话:+86-0571-5366086'])
    assert.equal(isFurniture(furnitureItems(text) ?? [], false) || isFurniture(furnitureItems(text) ?? [], true), true, text);
  for (const text of ['首页/ 政务公开', '产值/增加值/税收']) assert.equal(isFurniture(furnitureItems(text) ?? [], false), false, text);
});

test("a web page's footer block (与我们联系, • 联系电话:…, • 传  真:…, Copyright …) goes whole; the story's headline keeps no list bullet", () => {
  const doc = extractBytes(Buffer.from(['某园区集中开工', '', '  • 某园区集中开工', '', '3月5日，某园区6个项目集中开工，总投资12亿元。', '', '与我们联系', '  • 联系电话:+86-0571-5366086', '  • 传  真:+86-0571-5366087', 'Copyright © 2015-2024 Example.com All Rights Reserved.', ''].join('\n')), { name: 'x.txt' });
  assert.deepEqual(doc.articles.map((a) => a.title), ['某园区集中开工']);
  assert.equal(doc.articles[0]!.paragraphs.length, 1);
});

test('a list bullet before a headline (• 某园区集中开工) is no part of the title, and its span starts after it', () => {
  const raw = '  • 某园区集中开工 总投资12亿元\n\n3月5日，某园区6个项目集中开工，总投资12亿元。\n';
  const doc = extractBytes(Buffer.from(raw), { name: 'x.txt' });
  assert.equal(doc.articles[0]!.title, '某园区集中开工 总投资12亿元');
  const span = doc.articles[0]!.headlines[0]!.span;
  assert.equal(doc.raw.slice(span.start, span.end), '某园区集中开工 总投资12亿元');
});

test('a trail from the home page to the story\'s body (首页专题—正文) is furniture', () => {
  assert.equal(isFurniture(furnitureItems('首页专题—正文') ?? [], false), true);
  assert.equal(isFurniture(furnitureItems('首页要闻正文') ?? [], false), false);
});

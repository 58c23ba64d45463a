// HTML pages: Readability keeps the article body and drops navigation and share widgets; each kept
// character maps back to its place in the HTML source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHtml } from '../../src/reader/readHtml.js';
import { extractBytes } from '../../src/extract.js';

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>某市高新区新建产业园开工_新闻中心</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/login">登录</a></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="main"><article>
<h1>某市高新区新建产业园开工</h1>
<p>近日，某市高新区新材料产业园项目正式开工建设。该项目总投资约25亿元，规划建设标准厂房、研发中心及配套设施，建成后预计可引进上下游企业30余家。</p>
<p>据介绍，园区将围绕先进材料、智能装备等方向&nbsp;打造特色产业集群，并出台专项扶持政策，对新落户企业给予租金补贴。</p>
<p>高新区相关负责人表示，将持续优化营商环境，加快推动项目早日投产见效，为区域经济高质量发展注入新动能。</p>
</article></div>
<div class="footer">版权所有 某市融媒体中心 备案号 000000</div>
</body></html>`;

test('Readability keeps the article and drops navigation, share buttons and footer', () => {
  const { lines } = readHtml(page, 'page.html');
  const text = lines.map((l) => l.text).join('\n');
  assert.match(text, /新材料产业园项目正式开工建设/);
  assert.match(text, /营商环境/);
  assert.doesNotMatch(text, /登录/);
  assert.doesNotMatch(text, /分享到/);
});

test('HTML line characters map to their place in the source', () => {
  const { lines } = readHtml(page, 'page.html');
  let checked = 0;
  for (const line of lines) {
    for (let i = 0; i < line.text.length; i++) {
      const ch = line.text[i]!;
      if (/\s/.test(ch)) continue;
      assert.equal(page[line.map[i]!], ch, `character ${ch} of “${line.text.slice(0, 12)}…” maps into the HTML`);
      checked++;
    }
  }
  assert.ok(checked > 100);
});

test('an HTML page goes through the whole reader', () => {
  const doc = extractBytes(Buffer.from(page), { name: 'page.html', readerOnly: true });
  assert.equal(doc.source.format, 'html');
  assert.ok(doc.articles.length >= 1);
  assert.match(doc.text, /总投资约25亿元/);
});

test("a site's name after the headline in the page title is not part of the title", () => {
  const noHeading = page.replace('<h1>某市高新区新建产业园开工</h1>', '').replace('某市高新区新建产业园开工_新闻中心', '某市高新区新建产业园开工_某某省人民政府门户网站');
  const { title } = readHtml(noHeading, 'page.html');
  assert.equal(title, '某市高新区新建产业园开工');
});

test("an HTML page's metadata line outside the article body dates the page, and its date resolves 今年", () => {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>星湾高新区一季度新签约项目12个_星湾新闻网</title></head>
<body><div class="nav"><a href="/">网站首页</a> | <a>新闻中心</a></div>
<div class="article"><h1>星湾高新区一季度新签约项目12个</h1>
<div class="info">发布时间：2024-04-12 10:20 来源：星湾日报 浏览次数：356</div>
<div class="content"><p>4月11日，记者从星湾高新区获悉，今年一季度，该区新签约项目12个，总投资86.5亿元，同比增长23%。</p>
<p>其中，云帆新能源有限公司投资20亿元建设的储能电池项目已开工建设，预计明年投产。</p>
<p>星湾高新区管委会主任王建国表示，将继续优化营商环境，推动更多项目落地见效。</p></div></div>
<div class="footer">版权所有 星湾新闻网</div></body></html>`;
  const doc = extractBytes(Buffer.from(html), { name: 'meta.html' });
  assert.equal(doc.publication.date, '2024-04-12');
  const count = doc.quantities.find((q) => q.surface === '12个')!;
  assert.equal(count.period, '2024-Q1');
  // spans still point into the HTML source
  assert.equal(html.slice(count.span.start, count.span.end), '12个');
  assert.deepEqual(doc.articles.map((a) => a.title), ['星湾高新区一季度新签约项目12个']);
});

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

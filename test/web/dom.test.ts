// The web app's DOM building, run on linkedom: data becomes text nodes, highlight offsets become
// <mark> elements, and the reader nests evidence, mentions and search hits without losing text.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parseHTML } from 'linkedom';

type Dom = typeof import('../../web/src/dom.ts');
type Reader = typeof import('../../web/src/views/article.ts');
let dom: Dom;
let reader: Reader;

before(async () => {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document: window.document, Node: window.Node });
  dom = await import('../../web/src/dom.ts');
  reader = await import('../../web/src/views/article.ts');
});

function html(nodes: Node[] | DocumentFragment): string {
  const box = document.createElement('div');
  for (const n of nodes instanceof Array ? nodes : [nodes]) box.appendChild(n);
  return box.innerHTML;
}

test('h() puts markup from data in as text, never as elements', () => {
  const el = dom.h('p', { class: 'x' }, '<img src=x onerror="alert(1)">', 42);
  assert.equal(el.querySelectorAll('img').length, 0);
  assert.equal(el.textContent, '<img src=x onerror="alert(1)">42');
  assert.throws(() => dom.h('a', { attrs: { onclick: 'alert(1)' } }), /inline handler/);
});

test('markRanges marks the given offsets, merging overlaps and clipping bad ones', () => {
  assert.equal(html(dom.markRanges('园区储能产业', [{ start: 2, end: 4 }])), '园区<mark class="hit">储能</mark>产业');
  assert.equal(html(dom.markRanges('abcdef', [{ start: 3, end: 5 }, { start: 1, end: 4 }, { start: 9, end: 12 }])), 'a<mark class="hit">bcd</mark><mark class="hit">e</mark>f');
  assert.equal(html(dom.markRanges('<b>', [{ start: 0, end: 3 }])), '<mark class="hit">&lt;b&gt;</mark>');
});

test('the reader nests the evidence around mentions and keeps every character', () => {
  const text = '甲园区营收达到80亿元，乙公司入驻。';
  const mentions = [
    { kind: 'park', entityId: 'pk-1', text: '甲园区', start: 0, end: 3 },
    { kind: 'org', entityId: null, text: '乙公司', start: 12, end: 15 },
  ];
  const nodes = reader.paragraphNodes(text, { start: 0, end: text.length }, mentions, { start: 7, end: 11 }, [{ start: 3, end: 5 }]);
  const box = document.createElement('div');
  for (const n of nodes) box.appendChild(n);
  assert.equal(box.textContent, text, 'no character lost or repeated');
  assert.deepEqual([...box.querySelectorAll('mark.evidence')].map((m) => m.textContent), ['80亿元']);
  assert.deepEqual([...box.querySelectorAll('mark.hit')].map((m) => m.textContent), ['营收']);
  const park = box.querySelector('a.mention.m-park')!;
  assert.equal(park.textContent, '甲园区');
  assert.equal(park.getAttribute('href'), '#/park/pk-1');
  // An organisation without an id is coloured but not a link.
  assert.equal(box.querySelector('span.mention.m-org')?.textContent, '乙公司');
});

test('evidence that cuts through a mention splits the mention, not the evidence', () => {
  const text = '丙高新区新增企业65家';
  const mentions = [{ kind: 'park', entityId: 'pk-2', text: '丙高新区', start: 0, end: 4 }];
  const nodes = reader.paragraphNodes(text, { start: 0, end: text.length }, mentions, { start: 2, end: 11 }, []);
  const marks = nodes.filter((n) => (n as Element).tagName === 'MARK') as Element[];
  assert.equal(marks.length, 1);
  assert.equal(marks[0]!.textContent, '新区新增企业65家');
  assert.equal(html(nodes).replace(/<[^>]+>/g, ''), text);
});

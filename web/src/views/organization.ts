// 机构 and 人物: one organisation (its parks, figures, people, articles) or one person (title,
// organisation, articles), as far as the API gives them.
import { api } from '../api.js';
import { articleLink, chip, empty, figureLink, section, table } from '../components.js';
import { h, notice } from '../dom.js';
import { formatQuantity, orgKindLabel } from '../format.js';
import { href, type ViewContext } from '../router.js';

export async function renderOrganization(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const orgId = route.params[0];
  if (!orgId) throw new Error('缺少机构编号');
  root.appendChild(notice('loading', '正在加载机构…'));
  const org = await api.organization(orgId, signal);
  root.replaceChildren();
  document.title = `${org.name} · 园镜 ParkLens`;
  root.appendChild(
    h(
      'div',
      { class: 'profile-head card' },
      h(
        'div',
        { class: 'profile-title' },
        h('h1', null, org.name),
        org.aliases?.length ? h('div', { class: 'aliases' }, '又称：', org.aliases.join('、')) : null,
        h('div', { class: 'profile-meta' }, h('span', { class: 'tag' }, orgKindLabel(org.kind))),
      ),
    ),
  );
  root.appendChild(section('所在/相关园区', org.parks?.length ? h('div', { class: 'chips' }, org.parks.map((p) => chip(p.name, href(['park', p.id]), 'chip-park'))) : empty('暂无。')));
  if (org.quantities?.length) {
    root.appendChild(
      section(
        '相关数据',
        table(org.quantities, [
          { header: '指标', cell: (q) => q.attribute ?? h('span', { class: 'muted' }, '未注明') },
          { header: '数值', class: 'num', cell: (q) => figureLink(formatQuantity(q), q.evidence) },
          { header: '时期', cell: (q) => q.period ?? h('span', { class: 'muted' }, '—') },
          { header: '原文', class: 'quote', cell: (q) => q.evidence.quote || q.surface },
        ]),
      ),
    );
  }
  if (org.people?.length) {
    root.appendChild(
      section(
        '相关人物',
        table(org.people, [
          { header: '姓名', cell: (p) => p.name },
          { header: '职务', cell: (p) => p.title ?? '—' },
        ]),
      ),
    );
  }
  root.appendChild(
    section(
      '相关报道',
      org.articles?.length
        ? h('ul', { class: 'article-list' }, org.articles.map((a) => h('li', null, articleLink(href(['article', a.id], { q: org.name }), a.title, 48), h('span', { class: 'muted' }, [a.date, a.documentId].filter(Boolean).join(' · ')))))
        : empty('暂无。'),
    ),
  );
}

export async function renderPerson(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const personId = route.params[0];
  if (!personId) throw new Error('缺少人物编号');
  root.appendChild(notice('loading', '正在加载人物…'));
  const person = await api.person(personId, signal);
  root.replaceChildren();
  document.title = `${person.name} · 园镜 ParkLens`;
  const org = person.org ? (person.orgId ? h('a', { href: href(['org', person.orgId]) }, person.org) : person.org) : null;
  root.appendChild(
    h(
      'div',
      { class: 'profile-head card' },
      h('div', { class: 'profile-title' }, h('h1', null, person.name), h('div', { class: 'profile-meta' }, person.title ? h('span', { class: 'tag' }, person.title) : null, org)),
    ),
  );
  root.appendChild(
    section(
      '相关报道',
      person.articles.length
        ? h('ul', { class: 'article-list' }, person.articles.map((a) => h('li', null, articleLink(href(['article', a.id], { q: person.name }), a.title, 48), h('span', { class: 'muted' }, [a.date, a.documentId].filter(Boolean).join(' · ')))))
        : empty('暂无。'),
    ),
  );
}

// 首页/搜索: full-text search over articles with filters (省份, 园区类型, 产业关键词, 年份). With no
// query it shows what the knowledge base holds (stats and the most reported parks).
import { api, type SearchHit } from '../api.js';
import { articleLink, chip, empty, errorNotice, fillProvinces, pager, provinceFilter, section } from '../components.js';
import { h, markRanges, notice } from '../dom.js';
import { formatNumber, parkTypeLabel, PARK_TYPES, placeLabel } from '../format.js';
import { go, href, type ViewContext } from '../router.js';

const PAGE = 20;
const FILTERS = ['q', 'province', 'type', 'industry', 'year'] as const;

export async function renderSearch(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const values = Object.fromEntries(FILTERS.map((k) => [k, route.query.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const active = FILTERS.some((k) => values[k]);

  const form = searchForm(values);
  root.appendChild(
    h(
      'div',
      { class: active ? 'hero hero-compact' : 'hero' },
      active ? null : h('h1', { class: 'hero-title' }, '园区新闻情报，一搜即达'),
      active ? null : h('p', { class: 'hero-lead' }, '检索已导入的园区报道：园区、企业、产业、政策与数据，每个数字都能回到原文。'),
      form,
    ),
  );
  void fillProvinces(form, values.province, signal);

  const body = h('div', { class: 'search-body' });
  root.appendChild(body);
  if (!active) {
    await renderOverview(body, signal);
    return;
  }
  body.appendChild(notice('loading', '正在搜索…'));
  try {
    const result = await api.search({ ...values, limit: PAGE, offset: page * PAGE }, signal);
    body.replaceChildren(h('p', { class: 'result-count' }, `共找到 ${formatNumber(result.total)} 篇相关文章`));
    if (result.items.length === 0) {
      body.appendChild(empty('没有符合条件的文章。试试更短的关键词，或放宽筛选条件。'));
      return;
    }
    const terms = values.q.split(/\s+/).filter(Boolean).concat(values.industry ? [values.industry] : []);
    body.appendChild(h('ol', { class: 'results' }, result.items.map((hit) => resultItem(hit, terms))));
    const more = pager(result.total, page, PAGE, (p) => href(['search'], { ...values, page: p || null }));
    if (more) body.appendChild(more);
  } catch (error) {
    if (signal.aborted) return;
    body.replaceChildren(errorNotice(error));
  }
}

function searchForm(values: Record<string, string>): HTMLFormElement {
  const input = (name: string, placeholder: string, cls = '') =>
    h('input', { class: `input ${cls}`.trim(), attrs: { name, type: 'search', placeholder, value: values[name] ?? '', 'aria-label': placeholder } });
  const typeSelect = h(
    'select',
    { class: 'input', attrs: { name: 'type', 'aria-label': '园区类型' } },
    h('option', { attrs: { value: '' } }, '全部类型'),
    Object.entries(PARK_TYPES).map(([value, label]) => h('option', { attrs: { value, selected: values.type === value } }, label)),
  );
  const provinceSelect = provinceFilter(values.province ?? '');
  const form = h(
    'form',
    {
      class: 'search-form',
      attrs: { role: 'search' },
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          const query: Record<string, string> = {};
          for (const key of FILTERS) query[key] = String(data.get(key) ?? '').trim();
          go(['search'], query);
        },
      },
    },
    h('div', { class: 'search-main' }, input('q', '搜索园区、企业、产业或政策，如“生物医药”', 'input-lg'), h('button', { class: 'btn btn-primary btn-lg', attrs: { type: 'submit' } }, '搜索')),
    h(
      'div',
      { class: 'filters' },
      h('label', { class: 'filter' }, h('span', null, '省份'), provinceSelect),
      h('label', { class: 'filter' }, h('span', null, '园区类型'), typeSelect),
      h('label', { class: 'filter' }, h('span', null, '产业关键词'), input('industry', '如 新能源')),
      h('label', { class: 'filter' }, h('span', null, '年份'), h('input', { class: 'input input-year', attrs: { name: 'year', type: 'text', inputmode: 'numeric', pattern: '\\d{4}', placeholder: '如 2023', value: values.year ?? '', 'aria-label': '年份' } })),
    ),
  );
  return form;
}

function resultItem(hit: SearchHit, terms: string[]): HTMLElement {
  const target = href(['article', hit.articleId], { q: terms.join(' ') || null });
  return h(
    'li',
    { class: 'result' },
    h('div', { class: 'result-title' }, articleLink(target, hit.title, 60)),
    h('div', { class: 'result-meta' }, [hit.date, hit.documentId].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet' }, markRanges(hit.snippet, hit.highlights)),
    hit.parks.length ? h('div', { class: 'chips' }, hit.parks.map((p) => chip(p.name, href(['park', p.id]), 'chip-park'))) : null,
  );
}

const STAT_LABELS: Record<string, string> = {
  documents: '页面',
  articles: '文章',
  parks: '园区',
  organizations: '机构',
  people: '人物',
  quantities: '数据',
  projects: '项目',
  policies: '政策',
  incentives: '激励条款',
};

async function renderOverview(body: HTMLElement, signal: AbortSignal): Promise<void> {
  const [stats, parks] = await Promise.all([api.stats(signal).catch(() => null), api.parks({ limit: 200 }, signal)]);
  if (stats) {
    const cards = Object.entries(STAT_LABELS)
      .filter(([key]) => typeof stats[key] === 'number')
      .map(([key, label]) => h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, formatNumber(stats[key] as number)), h('div', { class: 'stat-label' }, label)));
    if (cards.length) body.appendChild(h('div', { class: 'stats' }, cards));
  }
  // The most reported parks first; ties go to the park with more figures.
  const list = [...parks.items].sort((a, b) => b.articleCount - a.articleCount || b.quantityCount - a.quantityCount).slice(0, 12);
  body.appendChild(
    section(
      '报道较多的园区',
      list.length
        ? h(
            'div',
            { class: 'park-grid' },
            list.map((p) =>
              h(
                'a',
                { class: 'park-card', href: href(['park', p.id]) },
                h('div', { class: 'park-card-name' }, p.name),
                h('div', { class: 'park-card-meta' }, `${parkTypeLabel(p.type)} · ${placeLabel(p.province, p.city)}`),
                h('div', { class: 'park-card-counts' }, `${p.articleCount} 篇报道 · ${p.quantityCount} 项数据`),
              ),
            ),
          )
        : empty('知识库还是空的：先用 `parklens ingest <文件>` 导入园区新闻。'),
    ),
  );
}

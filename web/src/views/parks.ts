// 园区列表: every park in the knowledge base, filterable by name, province and type; tick two or
// more to compare them.
import { api, type ParkSummary } from '../api.js';
import { empty, errorNotice, fillProvinces, pager, provinceFilter, table } from '../components.js';
import { h, notice } from '../dom.js';
import { formatNumber, parkTypeLabel, PARK_TYPES, placeLabel } from '../format.js';
import { go, href, type ViewContext } from '../router.js';

const PAGE = 50;

export async function renderParks(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const q = route.query.get('q') ?? '';
  const province = route.query.get('province') ?? '';
  const type = route.query.get('type') ?? '';
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);

  const form = h(
    'form',
    {
      class: 'toolbar',
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          go(['parks'], { q: String(data.get('q') ?? '').trim(), province: String(data.get('province') ?? '').trim(), type: String(data.get('type') ?? '') });
        },
      },
    },
    h('input', { class: 'input', attrs: { name: 'q', type: 'search', placeholder: '园区名称或简称', value: q, 'aria-label': '园区名称' } }),
    provinceFilter(province),
    h(
      'select',
      { class: 'input', attrs: { name: 'type', 'aria-label': '园区类型' } },
      h('option', { attrs: { value: '' } }, '全部类型'),
      Object.entries(PARK_TYPES).map(([value, label]) => h('option', { attrs: { value, selected: type === value } }, label)),
    ),
    h('button', { class: 'btn btn-primary', attrs: { type: 'submit' } }, '筛选'),
  );
  root.appendChild(h('div', { class: 'page-head' }, h('h1', null, '园区列表'), h('p', { class: 'muted' }, '勾选两个或更多园区即可并排对比。')));
  root.appendChild(form);
  void fillProvinces(form, province, signal);

  const body = h('div', null, notice('loading', '正在加载园区…'));
  root.appendChild(body);
  try {
    const result = await api.parks({ q, province, type, limit: PAGE, offset: page * PAGE }, signal);
    body.replaceChildren();
    if (result.items.length === 0) {
      body.appendChild(empty('没有符合条件的园区。'));
      return;
    }
    const selected = new Set<string>();
    const compareButton = h('button', { class: 'btn btn-primary', attrs: { type: 'button', disabled: true }, on: { click: () => go(['compare'], { ids: [...selected].join(',') }) } }, '对比所选园区');
    const update = () => {
      compareButton.toggleAttribute('disabled', selected.size < 2);
      compareButton.textContent = selected.size ? `对比所选园区（${selected.size}）` : '对比所选园区';
    };
    body.appendChild(h('div', { class: 'list-head' }, h('span', { class: 'result-count' }, `共 ${formatNumber(result.total)} 个园区`), compareButton));
    body.appendChild(
      table<ParkSummary>(result.items, [
        {
          header: '对比',
          class: 'col-check',
          cell: (p) =>
            h('input', {
              attrs: { type: 'checkbox', 'aria-label': `选择 ${p.name}` },
              on: {
                change: (event) => {
                  if ((event.target as HTMLInputElement).checked) selected.add(p.id);
                  else selected.delete(p.id);
                  update();
                },
              },
            }),
        },
        { header: '园区', cell: (p) => h('a', { class: 'strong-link', href: href(['park', p.id]) }, p.name) },
        { header: '简称/别名', cell: (p) => (p.aliases.length ? p.aliases.join('、') : h('span', { class: 'muted' }, '—')) },
        { header: '类型', cell: (p) => h('span', { class: 'tag' }, parkTypeLabel(p.type)) },
        { header: '所在地', cell: (p) => placeLabel(p.province, p.city) },
        { header: '报道', class: 'num', cell: (p) => `${p.articleCount} 篇` },
        { header: '数据', class: 'num', cell: (p) => `${p.quantityCount} 项` },
      ]),
    );
    const more = pager(result.total, page, PAGE, (p) => href(['parks'], { q, province, type, page: p || null }));
    if (more) body.appendChild(more);
  } catch (error) {
    if (signal.aborted) return;
    body.replaceChildren(errorNotice(error));
  }
}

// 政策/激励: every incentive clause in the knowledge base, filterable by park and by kind of
// benefit; rates, caps and amounts link to the clause in its article.
import { api, type IncentiveFact } from '../api.js';
import { empty, errorNotice, figureLink, incentiveFigures, incentivePark, pager, table } from '../components.js';
import { h, notice } from '../dom.js';
import { formatNumber } from '../format.js';
import { go, href, type ViewContext } from '../router.js';

const PAGE = 50;

export async function renderIncentives(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const park = route.query.get('park') ?? '';
  const benefit = route.query.get('benefit') ?? '';
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  root.appendChild(h('div', { class: 'page-head' }, h('h1', null, '政策与激励'), h('p', { class: 'muted' }, '园区报道中出现的补贴、奖励与扶持条款。')));

  const form = h(
    'form',
    {
      class: 'toolbar',
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          go(['incentives'], { park: String(data.get('park') ?? '').trim(), benefit: String(data.get('benefit') ?? '').trim() });
        },
      },
    },
    h('input', { class: 'input', attrs: { name: 'park', type: 'search', placeholder: '园区（名称或编号）', value: park, 'aria-label': '园区' } }),
    h('input', { class: 'input', attrs: { name: 'benefit', type: 'search', placeholder: '激励类别，如 补贴、奖励', value: benefit, 'aria-label': '激励类别', list: 'benefit-kinds' } }),
    h('datalist', { attrs: { id: 'benefit-kinds' } }),
    h('button', { class: 'btn btn-primary', attrs: { type: 'submit' } }, '筛选'),
  );
  root.appendChild(form);
  const body = h('div', null, notice('loading', '正在加载政策条款…'));
  root.appendChild(body);
  try {
    const result = await api.incentives({ park, benefit, limit: PAGE, offset: page * PAGE }, signal);
    // Offer the benefit kinds seen in this result as suggestions for the next filter.
    const kinds = [...new Set(result.items.map((i) => i.benefit).filter(Boolean))];
    form.querySelector('datalist')!.replaceChildren(...kinds.map((k) => h('option', { attrs: { value: k } })));
    body.replaceChildren(h('p', { class: 'result-count' }, `共 ${formatNumber(result.total)} 条激励条款`));
    if (result.items.length === 0) {
      body.appendChild(empty('没有符合条件的激励条款。'));
      return;
    }
    body.appendChild(
      table<IncentiveFact>(result.items, [
        {
          header: '园区',
          cell: (i) => {
            const p = incentivePark(i);
            return p.id ? h('a', { href: href(['park', p.id]) }, p.name ?? p.id) : p.name ?? h('span', { class: 'muted' }, '—');
          },
        },
        { header: '类别', cell: (i) => h('a', { class: 'tag tag-benefit', href: href(['incentives'], { park, benefit: i.benefit }) }, i.benefit) },
        { header: '适用条件', cell: (i) => i.condition ?? h('span', { class: 'muted' }, '—') },
        { header: '力度', cell: (i) => incentiveFigures(i) },
        { header: '条款原文', class: 'quote', cell: (i) => figureLink(i.text, i.evidence, 'figure-text') },
      ]),
    );
    const more = pager(result.total, page, PAGE, (p) => href(['incentives'], { park, benefit, page: p || null }));
    if (more) body.appendChild(more);
  } catch (error) {
    if (signal.aborted) return;
    body.replaceChildren(errorNotice(error));
  }
}

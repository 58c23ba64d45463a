// 对比: two or more parks side by side — their indicators row by row (same attribute and unit) and
// their incentives column by column. The chosen parks live in the URL (`#/compare?ids=a,b`).
import { api, type CompareResult, type CompareValue } from '../api.js';
import { mountChart, PALETTE, tooltipBox } from '../charts.js';
import { empty, errorNotice, evidenceHref, figureLink, incentiveFigures, section } from '../components.js';
import { h, notice } from '../dom.js';
import { formatNumber, formatQuantity, parkTypeLabel, placeLabel, unitLabel } from '../format.js';
import { go, href, type ViewContext } from '../router.js';

export async function renderCompare(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const ids = [...new Set((route.query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  root.appendChild(h('div', { class: 'page-head' }, h('h1', null, '园区对比'), h('p', { class: 'muted' }, '选择两个或更多园区，并排查看指标与政策。')));

  const picker = h('div', { class: 'card picker' });
  root.appendChild(picker);
  const body = h('div', { class: 'compare-body' });
  root.appendChild(body);

  let result: CompareResult | null = null;
  if (ids.length >= 2) {
    body.appendChild(notice('loading', '正在对比…'));
    try {
      result = await api.compare(ids, signal);
      body.replaceChildren();
      renderResult(body, result, ctx);
    } catch (error) {
      if (signal.aborted) return;
      body.replaceChildren(errorNotice(error));
    }
  } else {
    body.appendChild(empty(ids.length === 1 ? '再选择至少一个园区。' : '还没有选择园区。'));
  }
  await renderPicker(picker, ids, result?.parks ?? [], signal);
}

async function renderPicker(picker: HTMLElement, ids: string[], known: { id: string; name: string }[], signal: AbortSignal): Promise<void> {
  const names = new Map(known.map((p) => [p.id, p.name]));
  // Names of chosen parks that the compare call did not return (e.g. only one chosen yet).
  for (const missing of ids.filter((id) => !names.has(id))) {
    try {
      names.set(missing, (await api.park(missing, signal)).name);
    } catch {
      names.set(missing, missing);
    }
  }
  const setIds = (next: string[]) => go(['compare'], { ids: next.join(',') || null });
  const selected = h(
    'div',
    { class: 'chips selected' },
    h('span', { class: 'muted small' }, '已选：'),
    ids.length
      ? ids.map((id) =>
          h(
            'span',
            { class: 'chip chip-removable' },
            names.get(id) ?? id,
            h('button', { class: 'chip-x', attrs: { type: 'button', 'aria-label': `移除 ${names.get(id) ?? id}` }, on: { click: () => setIds(ids.filter((x) => x !== id)) } }, '×'),
          ),
        )
      : h('span', { class: 'muted small' }, '无'),
  );
  const options = h('div', { class: 'picker-options' });
  const input = h('input', { class: 'input', attrs: { type: 'search', placeholder: '输入园区名称查找并添加', 'aria-label': '查找园区' } });
  let timer = 0;
  const load = async (q: string) => {
    try {
      const parks = await api.parks({ q, limit: 12 }, signal);
      const choices = parks.items.filter((p) => !ids.includes(p.id));
      options.replaceChildren(
        ...(choices.length
          ? choices.map((p) =>
              h(
                'button',
                { class: 'option', attrs: { type: 'button' }, on: { click: () => setIds([...ids, p.id]) } },
                h('span', { class: 'option-name' }, '＋ ', p.name),
                h('span', { class: 'muted small' }, `${parkTypeLabel(p.type)} · ${placeLabel(p.province, p.city)}`),
              ),
            )
          : [h('span', { class: 'muted small' }, '没有更多匹配的园区')]),
      );
    } catch (error) {
      if (!signal.aborted) options.replaceChildren(errorNotice(error));
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void load(input.value.trim()), 200);
  });
  picker.replaceChildren(selected, input, options);
  await load('');
}

function renderResult(body: HTMLElement, result: CompareResult, ctx: ViewContext): void {
  const parks = result.parks;
  body.appendChild(
    h(
      'div',
      { class: 'compare-heads', attrs: { style: `--cols:${parks.length}` } },
      parks.map((p, i) =>
        h(
          'a',
          { class: 'park-card', href: href(['park', p.id]), attrs: { style: `border-top-color:${PALETTE[i % PALETTE.length]}` } },
          h('div', { class: 'park-card-name' }, p.name),
          h('div', { class: 'park-card-meta' }, `${parkTypeLabel(p.type)} · ${placeLabel(p.province, p.city)}`),
          typeof p.articleCount === 'number' ? h('div', { class: 'park-card-counts' }, `${p.articleCount} 篇报道 · ${p.quantityCount} 项数据`) : null,
        ),
      ),
    ),
  );

  const chart = chartSection(result, ctx);
  if (chart) body.appendChild(chart);

  // Indicators reported for more than one park first: those are the ones a comparison is about.
  const rows = [...result.indicators].sort((a, b) => reported(b) - reported(a) || a.attribute.localeCompare(b.attribute, 'zh-CN'));
  body.appendChild(
    section(
      '指标对比',
      rows.length === 0
        ? empty('这些园区没有可对比的指标。')
        : h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'data-table compare-table' },
              h('thead', null, h('tr', null, h('th', null, '指标'), parks.map((p) => h('th', { class: 'num' }, p.name)))),
              h(
                'tbody',
                null,
                rows.map((row) => {
                  const best = bestPark(row.values);
                  return h(
                    'tr',
                    null,
                    h('td', null, h('div', null, row.attribute || '未注明指标'), h('div', { class: 'muted small' }, unitLabel(row.unit))),
                    parks.map((p) => {
                      const values = row.values[p.id] ?? [];
                      return h(
                        'td',
                        { class: best === p.id && reported(row) > 1 ? 'num best' : 'num' },
                        values.length ? values.map((v) => valueCell(v, row.unit)) : h('span', { class: 'muted' }, '—'),
                      );
                    }),
                  );
                }),
              ),
            ),
          ),
    ),
  );

  body.appendChild(
    section(
      '政策与激励对比',
      h(
        'div',
        { class: 'compare-columns', attrs: { style: `--cols:${parks.length}` } },
        parks.map((p) => {
          const list = result.incentives[p.id] ?? [];
          return h(
            'div',
            { class: 'compare-col' },
            h('h3', null, p.name),
            list.length
              ? list.map((inc) => h('div', { class: 'incentive' }, h('span', { class: 'tag tag-benefit' }, inc.benefit), incentiveFigures(inc), inc.condition ? h('div', { class: 'small' }, '条件：', inc.condition) : null, figureLink(inc.text, inc.evidence, 'figure-text small')))
              : empty('暂无激励条款'),
          );
        }),
      ),
    ),
  );
}

function reported(row: CompareResult['indicators'][number]): number {
  return Object.values(row.values).filter((v) => v.length > 0).length;
}

/** The park with the largest value in a row (for a light highlight); null on a tie. */
function bestPark(values: Record<string, CompareValue[]>): string | null {
  let best: string | null = null;
  let max = -Infinity;
  let tie = false;
  for (const [id, list] of Object.entries(values)) {
    for (const v of list) {
      if (v.value > max) {
        max = v.value;
        best = id;
        tie = false;
      } else if (v.value === max && id !== best) tie = true;
    }
  }
  return tie ? null : best;
}

function valueCell(v: CompareValue, unit: string): HTMLElement {
  return h('div', { class: 'value' }, figureLink(formatQuantity({ value: v.value, unit, qualifier: v.qualifier }), v.evidence), v.period ? h('span', { class: 'muted small' }, ` ${v.period}`) : null);
}

/** Grouped bars for the money indicators reported by at least two of the parks. */
function chartSection(result: CompareResult, ctx: ViewContext): HTMLElement | null {
  const rows = result.indicators.filter((r) => r.unit === 'CNY' && reported(r) >= 2).slice(0, 8);
  if (rows.length === 0) return null;
  const el = h('div', { class: 'chart', attrs: { role: 'img', 'aria-label': '金额指标对比图' } });
  el.style.height = `${Math.max(200, rows.length * result.parks.length * 22 + rows.length * 16 + 80)}px`;
  requestAnimationFrame(() => {
    if (ctx.signal.aborted) return;
    const { chart, dispose } = mountChart(el);
    ctx.onLeave(dispose);
    const max = Math.max(...rows.flatMap((r) => Object.values(r.values).flat().map((v) => v.value)));
    const [factor, axis] = max >= 1e8 ? [1e8, '亿元'] : [1e4, '万元'];
    // One bar per park and indicator: the largest value the park reports for it.
    const top = (r: (typeof rows)[number], id: string) => (r.values[id] ?? []).slice().sort((a, b) => b.value - a.value)[0] ?? null;
    chart.setOption({
      color: PALETTE,
      legend: { top: 0 },
      grid: { left: 8, right: 72, top: 36, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const { seriesIndex, dataIndex } = p as { seriesIndex: number; dataIndex: number };
          const park = result.parks[seriesIndex]!;
          const v = top(rows[dataIndex]!, park.id);
          return tooltipBox(park.name, [rows[dataIndex]!.attribute, v ? formatQuantity({ value: v.value, unit: 'CNY', qualifier: v.qualifier }) : '未报道', v ? '点击查看原文' : ''].filter(Boolean));
        },
      },
      // Horizontal bars, like the profile: long Chinese attribute names read on the left.
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.attribute || '未注明指标'), axisLabel: { interval: 0, width: 150, overflow: 'truncate' } },
      xAxis: { type: 'value', name: axis, axisLabel: { formatter: (v: number) => formatNumber(v), hideOverlap: true } },
      series: result.parks.map((park) => ({
        type: 'bar',
        name: park.name,
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: (p: { value: number | null }) => (p.value === null ? '' : `${formatNumber(p.value)}${axis}`) },
        data: rows.map((r) => {
          const v = top(r, park.id);
          return v ? v.value / factor : null;
        }),
      })),
    });
    chart.on('click', (p) => {
      const park = result.parks[p.seriesIndex ?? -1];
      const row = rows[p.dataIndex];
      const target = park && row ? evidenceHref(top(row, park.id)?.evidence) : null;
      if (target) location.hash = target;
    });
  });
  return section('金额指标对比', el);
}

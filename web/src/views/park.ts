// 园区档案: one park with its names, location, indicators (table and charts), projects, incentives,
// organisations, people and articles. Every figure links to the sentence it was read from.
import { api, type ParkFactKind, type ParkFactTypes, type ParkProfile, type QuantityFact } from '../api.js';
import { mountChart, PALETTE, tooltipBox } from '../charts.js';
import { articleLink, chip, empty, evidenceHref, figureLink, incentiveFigures, section, table } from '../components.js';
import { h, notice, safeClass } from '../dom.js';
import { formatNumber, formatQuantity, formatValue, orgKindLabel, parkTypeLabel, placeLabel, unitLabel } from '../format.js';
import { go, href, type ViewContext } from '../router.js';

export async function renderPark(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const parkId = route.params[0];
  if (!parkId) {
    go(['parks']);
    return;
  }
  root.appendChild(notice('loading', '正在加载园区档案…'));
  const park = await api.park(parkId, signal);
  root.replaceChildren();
  document.title = `${park.name} · 园镜 ParkLens`;

  root.appendChild(header(park));
  const charts = chartsSection(park, ctx);
  if (charts) root.appendChild(charts);
  root.appendChild(paged(park, 'quantities', () => indicatorsSection(park.quantities), signal));
  root.appendChild(
    h(
      'div',
      { class: 'two-col' },
      paged(park, 'projects', () => projectsSection(park), signal),
      h('div', null, organizationsSection(park), peopleSection(park)),
    ),
  );
  root.appendChild(paged(park, 'incentives', () => incentivesSection(park), signal));
  if (park.policies?.length) root.appendChild(paged(park, 'policies', () => policiesSection(park), signal));
  root.appendChild(articlesSection(park));
}

/** How many facts of a kind the park has (the profile holds the newest 50 of each). */
function factTotal(park: ParkProfile, kind: ParkFactKind): number {
  return park.factCounts?.[kind]?.total ?? (park[kind] ?? []).length;
}

/**
 * A fact list's section; when the profile holds only the newest of that kind, a button below it fetches the next
 * page, adds it to the profile and draws the section again.
 */
function paged<K extends ParkFactKind>(park: ParkProfile, kind: K, draw: () => HTMLElement, signal: AbortSignal): HTMLElement {
  const el = draw();
  const list = (park[kind] ?? []) as ParkFactTypes[K][];
  const total = factTotal(park, kind);
  if (total <= list.length) return el;
  const button = h('button', {
    class: 'btn btn-more',
    attrs: { type: 'button' },
    on: {
      click: () => {
        button.disabled = true;
        api.parkFacts(park.id, kind, list.length, signal).then(
          (page) => {
            (park[kind] as ParkFactTypes[K][] | undefined) = [...list, ...page.items];
            el.replaceWith(paged(park, kind, draw, signal));
          },
          () => {
            button.disabled = false;
            button.textContent = '加载失败，点击重试';
          },
        );
      },
    },
  }, `加载更多（已显示 ${formatNumber(list.length)} / 共 ${formatNumber(total)} 条）`);
  el.appendChild(button);
  return el;
}

function header(park: ParkProfile): HTMLElement {
  return h(
    'div',
    { class: 'profile-head card' },
    h(
      'div',
      { class: 'profile-title' },
      h('h1', null, park.name),
      park.aliases.length ? h('div', { class: 'aliases' }, '又称：', park.aliases.join('、')) : null,
      h('div', { class: 'profile-meta' }, h('span', { class: 'tag' }, parkTypeLabel(park.type)), h('span', { class: 'place' }, placeLabel(park.province, park.city))),
    ),
    h(
      'div',
      { class: 'profile-side' },
      h(
        'div',
        { class: 'mini-stats' },
        miniStat(factTotal(park, 'quantities'), '项数据'),
        miniStat(factTotal(park, 'projects'), '个项目'),
        miniStat(factTotal(park, 'incentives'), '条激励'),
        miniStat(park.articles.length, '篇报道'),
      ),
      h('a', { class: 'btn', href: href(['compare'], { ids: park.id }) }, '与其他园区对比'),
    ),
  );
}

function miniStat(value: number, label: string): HTMLElement {
  return h('div', { class: 'mini-stat' }, h('strong', null, formatNumber(value)), h('span', null, label));
}

function indicatorLabel(q: QuantityFact): string {
  const attribute = q.attribute || '未注明指标';
  return q.period ? `${attribute}（${q.period}）` : attribute;
}

/** Money first, then areas and rates, then physical units, counts last: the order analysts read a profile in. */
const UNIT_ORDER = ['CNY', 'USD', 'm2', 'percent', 't', 'kWh', 'GWh', 'MW', 'kV', 'year', 'month', 'day', 'hour'];

function unitRank(unit: string): number {
  const i = UNIT_ORDER.indexOf(unit);
  return i >= 0 ? i : UNIT_ORDER.length;
}

function indicatorsSection(quantities: QuantityFact[]): HTMLElement {
  if (quantities.length === 0) return section('指标数据', empty('报道中没有找到这个园区的数据。'));
  const rows = [...quantities].sort((a, b) => unitRank(a.unit) - unitRank(b.unit) || a.unit.localeCompare(b.unit) || b.value - a.value);
  return section(
    '指标数据',
    h('p', { class: 'muted small' }, '点击数值可打开原文并高亮出处。'),
    table<QuantityFact>(
      rows,
      [
        { header: '指标', cell: (q) => q.attribute || h('span', { class: 'muted' }, '未注明') },
        { header: '数值', class: 'num', cell: (q) => figureLink(formatQuantity(q), q.evidence) },
        { header: '时期', cell: (q) => q.period ?? h('span', { class: 'muted' }, '—') },
        { header: '原文', class: 'quote', cell: (q) => h('span', { class: 'quote-text' }, q.evidence.quote || q.surface) },
        {
          header: '来源',
          cell: (q) => (q.evidence.articleId ? articleLink(evidenceHref(q.evidence)!, q.evidence.articleTitle || '原文', 24) : h('span', { class: 'muted' }, q.evidence.documentId)),
        },
      ],
      'indicators',
    ),
  );
}

/** Bar charts of the park's figures: money first, then the next most reported unit. */
function chartsSection(park: ParkProfile, ctx: ViewContext): HTMLElement | null {
  const byUnit = new Map<string, QuantityFact[]>();
  for (const q of park.quantities) byUnit.set(q.unit, [...(byUnit.get(q.unit) ?? []), q]);
  const units = [...byUnit.keys()].sort((a, b) => (a === 'CNY' ? -1 : b === 'CNY' ? 1 : byUnit.get(b)!.length - byUnit.get(a)!.length));
  const picked = units.filter((u) => u === 'CNY' || byUnit.get(u)!.length >= 2).slice(0, 2);
  if (picked.length === 0) return null;
  const panels = picked.map((unit) => {
    const el = h('div', { class: 'chart', attrs: { role: 'img', 'aria-label': `${unitLabel(unit)}指标柱状图` } });
    const title = unit === 'CNY' ? '金额指标' : `${unitLabel(unit)}指标`;
    const count = Math.min(12, byUnit.get(unit)!.length);
    el.style.height = `${Math.max(180, count * 40 + 70)}px`;
    const panel = h('div', { class: 'chart-panel' }, h('h3', null, title), el);
    // ECharts needs the element laid out; draw after it is in the document.
    requestAnimationFrame(() => {
      if (ctx.signal.aborted) return;
      const { chart, dispose } = mountChart(el);
      ctx.onLeave(dispose);
      drawBars(chart, byUnit.get(unit)!.slice().sort((a, b) => b.value - a.value).slice(0, 12), unit);
    });
    return panel;
  });
  return section('数据图表', h('div', { class: `chart-grid charts-${panels.length}` }, panels));
}

function drawBars(chart: ReturnType<typeof mountChart>['chart'], items: QuantityFact[], unit: string): void {
  // Largest value on top: ECharts draws category axes bottom-up.
  const rows = [...items].reverse();
  const max = Math.max(...rows.map((q) => Math.abs(q.value)));
  const [factor, axisUnit] = scaleFor(unit, max);
  chart.setOption({
    color: PALETTE,
    grid: { left: 8, right: 80, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const q = rows[(p as { dataIndex: number }).dataIndex]!;
        return tooltipBox(indicatorLabel(q), [formatQuantity(q), q.evidence.quote ? `原文：${q.evidence.quote}` : '', '点击查看原文'].filter(Boolean));
      },
    },
    xAxis: { type: 'value', name: axisUnit, nameLocation: 'end', axisLabel: { formatter: (v: number) => formatNumber(v), hideOverlap: true } },
    yAxis: {
      type: 'category',
      data: rows.map(indicatorLabel),
      axisLabel: { width: window.innerWidth < 600 ? 90 : 170, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: rows.map((q) => ({ value: q.value / factor, itemStyle: { color: unit === 'CNY' ? PALETTE[0] : PALETTE[1], borderRadius: [0, 4, 4, 0] } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => formatQuantity(rows[p.dataIndex]!) },
        cursor: 'pointer',
      },
    ],
  });
  chart.on('click', (p) => {
    const target = evidenceHref(rows[p.dataIndex]?.evidence);
    if (target) location.hash = target;
  });
}

/** The axis unit for a set of values: money in 亿元 or 万元, areas in 平方公里 or 万平方米. */
function scaleFor(unit: string, max: number): [number, string] {
  if (unit === 'CNY') return max >= 1e8 ? [1e8, '亿元'] : max >= 1e4 ? [1e4, '万元'] : [1, '元'];
  if (unit === 'USD') return max >= 1e8 ? [1e8, '亿美元'] : max >= 1e4 ? [1e4, '万美元'] : [1, '美元'];
  if (unit === 'm2') return max >= 1e6 ? [1e6, '平方公里'] : max >= 1e4 ? [1e4, '万平方米'] : [1, '平方米'];
  if (unit === 'percent') return [1, '%'];
  const label = formatValue(1, unit).replace(/^1/, '');
  return max >= 1e4 ? [1e4, `万${label}`] : [1, label];
}

function projectsSection(park: ParkProfile): HTMLElement {
  if (park.projects.length === 0) return section('重点项目', empty('暂无项目信息。'));
  return section(
    '重点项目',
    table(park.projects, [
      { header: '项目', cell: (p) => figureLink(p.name, p.evidence, 'figure-text') },
      { header: '阶段', cell: (p) => (p.stage ? h('span', { class: 'tag tag-stage' }, p.stage) : h('span', { class: 'muted' }, '—')) },
      { header: '时间', cell: (p) => p.date ?? h('span', { class: 'muted' }, '—') },
    ]),
  );
}

function incentivesSection(park: ParkProfile): HTMLElement {
  if (park.incentives.length === 0) return section('政策与激励', empty('暂无激励条款。'));
  return section(
    '政策与激励',
    table(park.incentives, [
      { header: '类别', cell: (i) => h('span', { class: 'tag tag-benefit' }, i.benefit) },
      { header: '适用条件', cell: (i) => i.condition ?? h('span', { class: 'muted' }, '—') },
      { header: '力度', cell: (i) => incentiveFigures(i) },
      { header: '条款原文', class: 'quote', cell: (i) => figureLink(i.text, i.evidence, 'figure-text') },
    ]),
  );
}

function policiesSection(park: ParkProfile): HTMLElement {
  return section(
    '相关政策文件',
    table(park.policies ?? [], [
      { header: '政策', cell: (p) => figureLink(p.name, p.evidence, 'figure-text') },
      { header: '发布机构', cell: (p) => p.issuer ?? h('span', { class: 'muted' }, '—') },
      { header: '年份', cell: (p) => p.year ?? h('span', { class: 'muted' }, '—') },
    ]),
  );
}

function organizationsSection(park: ParkProfile): HTMLElement {
  if (park.organizations.length === 0) return section('相关机构', empty('暂无机构信息。'));
  const groups = new Map<string, typeof park.organizations>();
  for (const org of park.organizations) groups.set(org.kind, [...(groups.get(org.kind) ?? []), org]);
  return section(
    '相关机构',
    [...groups].map(([kind, orgs]) =>
      h('div', { class: 'org-group' }, h('div', { class: 'org-kind' }, orgKindLabel(kind)), h('div', { class: 'chips' }, orgs.map((o) => chip(o.name, href(['org', o.id]), `chip-org kind-${safeClass(kind)}`)))),
    ),
  );
}

function peopleSection(park: ParkProfile): HTMLElement {
  if (park.people.length === 0) return section('相关人物', empty('暂无人物信息。'));
  return section(
    '相关人物',
    table(park.people, [
      { header: '姓名', cell: (p) => h('a', { href: href(['person', p.id]) }, p.name) },
      { header: '职务', cell: (p) => p.title ?? h('span', { class: 'muted' }, '—') },
      { header: '单位', cell: (p) => p.org ?? h('span', { class: 'muted' }, '—') },
    ]),
  );
}

function articlesSection(park: ParkProfile): HTMLElement {
  if (park.articles.length === 0) return section('相关报道', empty('暂无报道。'));
  return section(
    '相关报道',
    h(
      'ul',
      { class: 'article-list' },
      park.articles.map((a) =>
        h('li', null, articleLink(href(['article', a.id], { q: park.name }), a.title, 48), h('span', { class: 'muted' }, [a.date, a.documentId].filter(Boolean).join(' · '))),
      ),
    ),
  );
}

// 地图: parks by province on a China map (bundled outlines, no network), with the parks of the
// chosen province listed beside it. Without outlines it falls back to a bar chart by province.
import { api, type MapData } from '../api.js';
import { ensureChinaMap, mountChart, PALETTE, tooltipBox, type Chart } from '../charts.js';
import { chip, empty, section } from '../components.js';
import { h, notice } from '../dom.js';
import { parkTypeLabel, shortProvince } from '../format.js';
import { href, type ViewContext } from '../router.js';

type ProvinceEntry = MapData['provinces'][number];

export async function renderMap(ctx: ViewContext): Promise<void> {
  const { root, signal, route } = ctx;
  root.appendChild(h('div', { class: 'page-head' }, h('h1', null, '园区地图'), h('p', { class: 'muted' }, '按省份查看已报道的园区，点击省份查看园区名单。')));
  const loading = notice('loading', '正在加载地图数据…');
  root.appendChild(loading);
  const data = await api.map(signal);
  loading.remove();

  const known = data.provinces.filter((p) => p.province);
  const chartEl = h('div', { class: 'chart chart-map', attrs: { role: 'img', 'aria-label': '园区分布地图' } });
  const panel = h('aside', { class: 'card map-panel' });
  root.appendChild(h('div', { class: 'map-layout' }, h('div', { class: 'card map-card' }, chartEl), panel));

  const byShort = new Map(known.map((p) => [shortProvince(p.province!), p]));
  let mapChart: Chart | null = null;
  const showProvince = (entry: ProvinceEntry | undefined, label: string) => {
    // Mark the chosen province on the map too, whichever way it was chosen.
    if (mapChart && entry?.province && mapReady) mapChart.dispatchAction({ type: 'select', seriesIndex: 0, name: shortProvince(entry.province) });
    panel.replaceChildren(
      h('h2', { class: 'card-title' }, label),
      entry && entry.parks.length
        ? h(
            'ul',
            { class: 'park-list' },
            entry.parks.map((p) => h('li', null, h('a', { href: href(['park', p.id]) }, p.name), h('span', { class: 'muted small' }, [p.city, parkTypeLabel(p.type)].filter(Boolean).join(' · ')))),
          )
        : empty('该省份暂无已报道的园区。'),
    );
  };
  const mapReady = ensureChinaMap();
  const initial = route.query.get('province');
  const first = (initial && byShort.get(shortProvince(initial))) || [...known].sort((a, b) => b.count - a.count)[0];
  if (first) showProvince(first, `${first.province}（${first.count}）`);
  else panel.replaceChildren(h('h2', { class: 'card-title' }, '园区名单'), empty('还没有带省份信息的园区。'));

  requestAnimationFrame(() => {
    if (signal.aborted) return;
    const { chart, dispose } = mountChart(chartEl);
    ctx.onLeave(dispose);
    mapChart = chart;
    const max = Math.max(1, ...known.map((p) => p.count));
    const tooltip = {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name } = p as { name: string };
        const entry = byShort.get(name);
        if (!entry) return tooltipBox(name, ['暂无园区']);
        const names = entry.parks.slice(0, 6).map((x) => x.name);
        return tooltipBox(`${entry.province}：${entry.count} 个园区`, entry.parks.length > 6 ? [...names, '…'] : names);
      },
    };
    if (mapReady) {
      chart.setOption({
        tooltip,
        visualMap: { min: 0, max, left: 16, bottom: 16, text: ['多', '少'], calculable: false, inRange: { color: ['#e8f0fe', '#7aa7f7', '#1f4fbf'] } },
        series: [
          {
            type: 'map',
            map: 'china',
            roam: true,
            zoom: 1.15,
            top: 40,
            selectedMode: 'single',
            // Names only where there are parks, so the map stays readable.
            label: { show: true, fontSize: 11, color: '#1d2433', formatter: (p: { name: string }) => (byShort.has(p.name) ? p.name : '') },
            emphasis: { label: { show: true }, itemStyle: { areaColor: '#f4b740' } },
            select: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#f4b740' } },
            itemStyle: { borderColor: '#fff', areaColor: '#eef1f5' },
            data: known.map((p) => ({ name: shortProvince(p.province!), value: p.count })),
          },
        ],
      });
    } else {
      const rows = [...known].sort((a, b) => a.count - b.count);
      chart.setOption({
        color: [PALETTE[0]],
        tooltip,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map((p) => shortProvince(p.province!)) },
        series: [{ type: 'bar', data: rows.map((p) => p.count), barMaxWidth: 20 }],
      });
    }
    chart.on('click', (p) => {
      const entry = byShort.get(p.name);
      showProvince(entry, entry ? `${entry.province}（${entry.count}）` : p.name);
    });
    if (first?.province && mapReady) chart.dispatchAction({ type: 'select', seriesIndex: 0, name: shortProvince(first.province) });
  });

  root.appendChild(
    section(
      '各省份园区数',
      known.length
        ? h(
            'div',
            { class: 'chips' },
            [...known]
              .sort((a, b) => b.count - a.count)
              .map((p) => {
                const c = chip(`${p.province} ${p.count}`, undefined, 'chip-province');
                c.setAttribute('role', 'button');
                c.tabIndex = 0;
                const pick = () => showProvince(p, `${p.province}（${p.count}）`);
                c.addEventListener('click', pick);
                c.addEventListener('keydown', (event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    pick();
                  }
                });
                return c;
              }),
          )
        : empty('暂无数据。'),
      unplaced(data) ? h('p', { class: 'muted small' }, `另有 ${unplaced(data)} 个园区未能确定所在省份。`) : null,
    ),
  );
}

function unplaced(data: MapData): number {
  return (data.unplaced ?? 0) + data.provinces.filter((p) => !p.province).reduce((n, p) => n + p.count, 0);
}

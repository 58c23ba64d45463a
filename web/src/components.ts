// Building blocks the views share: evidence links (every figure opens its source sentence),
// tables, chips and section frames. All text goes in as text nodes (see dom.ts).
import { api, ApiError, type Evidence, type IncentiveFact } from './api.js';
import { h, notice, type Child } from './dom.js';
import { formatValue } from './format.js';
import { href } from './router.js';

/** The article reader with the fact's span highlighted, or null when the fact has no article. */
export function evidenceHref(evidence: Evidence | null | undefined): string | null {
  if (!evidence?.articleId) return null;
  const hl = evidence.articleTextSpan;
  const raw = evidence.span;
  return href(['article', evidence.articleId], {
    hl: hl ? `${hl.start}-${hl.end}` : null,
    raw: raw ? `${raw.start}-${raw.end}` : null,
  });
}

/** A figure that opens its evidence: `<a class="figure">80亿元</a>` with the quote as tooltip. */
export function figureLink(label: string, evidence: Evidence | null | undefined, extraClass = ''): HTMLElement {
  const target = evidenceHref(evidence);
  const tip = evidence?.quote ? `原文：${evidence.quote}` : undefined;
  if (!target) return h('span', { class: `figure figure-static ${extraClass}`.trim(), title: tip }, label);
  return h('a', { class: `figure ${extraClass}`.trim(), href: target, title: tip ? `${tip}（点击查看原文）` : '查看原文' }, label);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', { class: 'card-title' }, title), ...children);
}

export function chip(label: string, target?: string, extraClass = ''): HTMLElement {
  return target
    ? h('a', { class: `chip ${extraClass}`.trim(), href: target }, label)
    : h('span', { class: `chip ${extraClass}`.trim() }, label);
}

export interface Column<T> {
  header: string;
  cell: (row: T) => Child;
  class?: string;
}

export function table<T>(rows: T[], columns: Column<T>[], className = ''): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: `data-table ${className}`.trim() },
      h('thead', null, h('tr', null, columns.map((c) => h('th', { class: c.class }, c.header)))),
      h('tbody', null, rows.map((row) => h('tr', null, columns.map((c) => h('td', { class: c.class }, c.cell(row)))))),
    ),
  );
}

export function empty(message: string): HTMLElement {
  return h('p', { class: 'muted empty' }, message);
}

/** The figures an incentive grants (rate, cap, amount), each clickable to its clause. */
export function incentiveFigures(inc: IncentiveFact): HTMLElement {
  const parts: Child[] = [];
  if (inc.rate) parts.push(figureLink(`比例 ${inc.rate}`, inc.evidence));
  if (inc.capCNY !== null && inc.capCNY !== undefined) parts.push(figureLink(`最高 ${formatValue(inc.capCNY, 'CNY')}`, inc.evidence));
  if (inc.amountCNY !== null && inc.amountCNY !== undefined) parts.push(figureLink(formatValue(inc.amountCNY, 'CNY'), inc.evidence));
  if (parts.length === 0) parts.push(h('span', { class: 'muted' }, '—'));
  return h('div', { class: 'figures' }, parts);
}

/** Park id and name of an incentive, whatever shape the API gave it. */
export function incentivePark(inc: IncentiveFact): { id: string | null; name: string | null } {
  if (inc.park && typeof inc.park === 'object') return { id: inc.park.id, name: inc.park.name };
  return { id: inc.parkId ?? null, name: inc.parkName ?? (typeof inc.park === 'string' ? inc.park : null) };
}

/** An error as the user should read it: a missing record is "没有找到", other failures give the code. */
export function errorNotice(error: unknown): HTMLElement {
  if (error instanceof ApiError) {
    if (error.status === 404) return notice('error', '没有找到这条记录。');
    return notice('error', `请求失败（${error.code}）：${error.message}`);
  }
  console.error(error);
  return notice('error', `出错了：${error instanceof Error ? error.message : String(error)}`);
}

/** Previous/next links for a paged list; `page` is 0-based. */
export function pager(total: number, page: number, size: number, link: (page: number) => string): HTMLElement | null {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  return h(
    'nav',
    { class: 'pager', attrs: { 'aria-label': '翻页' } },
    page > 0 ? h('a', { class: 'btn', href: link(page - 1) }, '上一页') : h('span', { class: 'btn disabled' }, '上一页'),
    h('span', { class: 'pager-info' }, `第 ${page + 1} / ${pages} 页`),
    page + 1 < pages ? h('a', { class: 'btn', href: link(page + 1) }, '下一页') : h('span', { class: 'btn disabled' }, '下一页'),
  );
}

/** Article titles as a link text: long ones are cut (the full title stays in the tooltip). */
export function articleLink(target: string, title: string | null, max = 36): HTMLElement {
  const full = title || '（无标题）';
  const short = full.length > max ? `${full.slice(0, max)}…` : full;
  return h('a', { href: target, title: full }, short);
}

/** The 省份 filter: a select holding the current choice until fillProvinces adds the others. */
export function provinceFilter(selected: string): HTMLSelectElement {
  return h(
    'select',
    { class: 'input', attrs: { name: 'province', 'aria-label': '省份' } },
    h('option', { attrs: { value: '' } }, '全部省份'),
    selected ? h('option', { attrs: { value: selected, selected: true } }, selected) : null,
  );
}

/** Provinces for the filter come from the map endpoint, which lists every province with parks. */
export async function fillProvinces(form: HTMLFormElement, selected: string, signal: AbortSignal): Promise<void> {
  try {
    const data = await api.map(signal);
    const select = form.querySelector<HTMLSelectElement>('select[name="province"]')!;
    const names = data.provinces.map((p) => p.province).filter((p): p is string => !!p);
    for (const name of names.sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
      if (name === selected) continue;
      select.appendChild(h('option', { attrs: { value: name } }, name));
    }
  } catch {
    // The filter still works with the selected value alone; nothing to tell the user.
  }
}

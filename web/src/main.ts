// Entry of the web app: picks the view for the current hash, renders it into #app, and cleans up
// the previous view (aborts its requests, disposes its charts) on every navigation.
import './style.css';
import { errorNotice } from './components.js';
import { clear, notice } from './dom.js';
import { parseHash, type ViewContext } from './router.js';
import { renderArticle } from './views/article.js';
import { renderCompare } from './views/compare.js';
import { renderIncentives } from './views/incentives.js';
import { renderMap } from './views/map.js';
import { renderOrganization, renderPerson } from './views/organization.js';
import { renderPark } from './views/park.js';
import { renderParks } from './views/parks.js';
import { renderSearch } from './views/search.js';

type View = (ctx: ViewContext) => Promise<void>;

const VIEWS: Record<string, { view: View; nav: string; title: string }> = {
  '': { view: renderSearch, nav: 'search', title: '搜索' },
  search: { view: renderSearch, nav: 'search', title: '搜索' },
  parks: { view: renderParks, nav: 'parks', title: '园区' },
  park: { view: renderPark, nav: 'parks', title: '园区档案' },
  compare: { view: renderCompare, nav: 'compare', title: '园区对比' },
  map: { view: renderMap, nav: 'map', title: '园区地图' },
  incentives: { view: renderIncentives, nav: 'incentives', title: '政策与激励' },
  article: { view: renderArticle, nav: '', title: '文章' },
  org: { view: renderOrganization, nav: '', title: '机构' },
  person: { view: renderPerson, nav: '', title: '人物' },
};

const root = document.getElementById('app')!;
let leaving: (() => void)[] = [];
let controller: AbortController | null = null;
let lastPage = '';

async function show(): Promise<void> {
  for (const fn of leaving) fn();
  leaving = [];
  controller?.abort();
  controller = new AbortController();
  const hash = location.hash;
  const route = parseHash(hash);
  const entry = VIEWS[route.name];
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    link.classList.toggle('active', !!entry && link.dataset.nav === entry.nav);
  }
  // Query changes inside one view (filters, highlights) keep the scroll position; a new page starts at the top.
  const page = `${route.name}/${route.params.join('/')}`;
  if (page !== lastPage) window.scrollTo(0, 0);
  lastPage = page;
  clear(root);
  root.dataset.view = route.name || 'search';
  if (!entry) {
    root.appendChild(notice('error', '页面不存在'));
    root.setAttribute('aria-busy', 'false');
    root.dataset.rendered = hash;
    return;
  }
  document.title = `${entry.title} · 园镜 ParkLens`;
  const signal = controller.signal;
  // Each visit renders into its own element: a slow answer of a view the user already left then
  // lands in a detached element instead of mixing into the next page.
  const host = document.createElement('div');
  host.className = 'view';
  root.appendChild(host);
  const ctx: ViewContext = { route, root: host, signal, onLeave: (fn) => leaving.push(fn) };
  root.setAttribute('aria-busy', 'true');
  try {
    await entry.view(ctx);
  } catch (error) {
    if (signal.aborted) return;
    host.appendChild(errorNotice(error));
  } finally {
    if (!signal.aborted) {
      root.setAttribute('aria-busy', 'false');
      // Tells tests and assistive tools which route the content now shows.
      root.dataset.rendered = hash;
    }
  }
}

window.addEventListener('hashchange', () => void show());
void show();

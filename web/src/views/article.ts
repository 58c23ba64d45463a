// 文章阅读: the repaired article beside the original page text, mentions coloured by kind, and the
// evidence of a figure highlighted (`?hl=<start>-<end>` in article text, `raw=` in the page) and
// scrolled into view. `?q=` highlights the search terms that led here.
import { api, type ArticleDetail, type ArticleMention, type Span } from '../api.js';
import { h, safeClass } from '../dom.js';
import { mentionKindLabel } from '../format.js';
import { href, type ViewContext } from '../router.js';

export async function renderArticle(ctx: ViewContext): Promise<void> {
  const { route, root, signal } = ctx;
  const articleId = route.params[0];
  if (!articleId) throw new Error('缺少文章编号');
  const article = await api.article(articleId, signal);
  document.title = `${article.title ?? '文章'} · 园镜 ParkLens`;

  const hl = parseSpan(route.query.get('hl'));
  const raw = parseSpan(route.query.get('raw'));
  const terms = (route.query.get('q') ?? '').split(/\s+/).filter((t) => t.length > 0);

  root.appendChild(articleHeader(article));
  if (hl) root.appendChild(evidenceBanner(article, hl));
  const key = legend(article.mentions, { evidence: !!hl, terms: terms.length > 0 });
  if (key) root.appendChild(key);

  const repaired = h('div', { class: 'reader-text', attrs: { lang: 'zh-CN' } }, renderParagraphs(article, hl, terms));
  const panes: HTMLElement[] = [h('section', { class: 'reader-pane card' }, h('h2', { class: 'pane-title' }, '修复后文本'), repaired)];
  if (article.original) {
    panes.push(
      h(
        'section',
        { class: 'reader-pane card pane-original' },
        h('h2', { class: 'pane-title' }, '原始文本', h('span', { class: 'muted small' }, '（导入的页面原样，含断行、空格与标记）')),
        h('div', { class: 'original-text' }, originalText(article.original, raw)),
      ),
    );
  }
  root.appendChild(h('div', { class: panes.length > 1 ? 'reader reader-split' : 'reader' }, panes));

  // Bring the evidence into view once the layout is done; the original pane scrolls on its own.
  requestAnimationFrame(() => {
    const mark = root.querySelector<HTMLElement>('.reader-text mark.evidence');
    mark?.scrollIntoView({ block: 'center' });
    const rawMark = root.querySelector<HTMLElement>('.original-text mark.evidence');
    const pane = rawMark?.closest<HTMLElement>('.original-text');
    if (rawMark && pane) pane.scrollTop = Math.max(0, rawMark.offsetTop - pane.offsetTop - pane.clientHeight / 2);
  });
}

function parseSpan(value: string | null): Span | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const span = { start: Number(m[1]), end: Number(m[2]) };
  return span.end > span.start ? span : null;
}

function articleHeader(a: ArticleDetail): HTMLElement {
  const byline = bylineText(a.byline);
  return h(
    'header',
    { class: 'article-head' },
    a.kicker || a.column ? h('div', { class: 'kicker' }, [a.column, a.kicker].filter(Boolean).join(' · ')) : null,
    h('h1', { class: 'article-title' }, a.title || '（无标题）'),
    a.subtitle ? h('div', { class: 'article-subtitle' }, a.subtitle) : null,
    h('div', { class: 'article-meta' }, [byline, a.date, `来源：${a.documentId}`].filter(Boolean).join(' · ')),
  );
}

function bylineText(byline: unknown): string {
  if (!byline) return '';
  if (typeof byline === 'string') return byline;
  const b = byline as Record<string, string[] | undefined>;
  const parts: string[] = [];
  if (b.reporters?.length) parts.push(`记者 ${b.reporters.join('、')}`);
  if (b.correspondents?.length) parts.push(`通讯员 ${b.correspondents.join('、')}`);
  if (b.authors?.length) parts.push(b.authors.join('、'));
  if (b.photographers?.length) parts.push(`摄影 ${b.photographers.join('、')}`);
  return parts.join(' ');
}

function evidenceBanner(a: ArticleDetail, hl: Span): HTMLElement {
  const inside = hl.start < a.text.length && hl.end <= a.text.length;
  if (!inside) {
    return h('div', { class: 'evidence-banner evidence-missing', attrs: { role: 'note' } }, h('span', { class: 'evidence-label' }, '出处位置不在本文范围内'));
  }
  // The sentence around the highlighted words, so the figure is read in its context.
  const sentence = sentenceAround(a.text, hl);
  return h(
    'div',
    { class: 'evidence-banner', attrs: { role: 'note' } },
    h('span', { class: 'evidence-label' }, '出处'),
    h(
      'span',
      { class: 'evidence-quote' },
      a.text.slice(sentence.start, hl.start),
      h('strong', null, a.text.slice(hl.start, hl.end)),
      a.text.slice(hl.end, sentence.end),
    ),
  );
}

const SENTENCE_END = /[。！？；\n]/;

function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text[end - 1] ?? '') ) end++;
  return { start, end: Math.min(text.length, end) };
}

function legend(mentions: ArticleMention[], show: { evidence: boolean; terms: boolean }): HTMLElement | null {
  const kinds = [...new Set(mentions.map((m) => m.kind))];
  if (kinds.length === 0 && !show.evidence && !show.terms) return null;
  return h(
    'div',
    { class: 'legend' },
    h('span', { class: 'muted small' }, '标注：'),
    kinds.map((k) => h('span', { class: `mention m-${safeClass(k)}` }, mentionKindLabel(k))),
    show.evidence ? h('span', { class: 'legend-hl' }, h('mark', { class: 'evidence' }, '出处')) : null,
    show.terms ? h('span', { class: 'legend-hl' }, h('mark', { class: 'hit' }, '搜索词')) : null,
  );
}

interface Piece {
  start: number;
  end: number;
  evidence: boolean;
  term: boolean;
  mention: ArticleMention | null;
}

/** Where the search terms occur in `text`, as article offsets. */
function termRanges(text: string, terms: string[]): Span[] {
  const out: Span[] = [];
  for (const term of terms) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) out.push({ start: i, end: i + term.length });
  }
  return out;
}

function renderParagraphs(a: ArticleDetail, hl: Span | null, terms: string[]): HTMLElement[] {
  const paragraphs = a.paragraphs.length
    ? a.paragraphs
    : // Without paragraph offsets, fall back to the lines of the text.
      a.text.split('\n').reduce<{ text: string; kind: string; start: number; end: number }[]>((acc, line) => {
        const start = acc.length ? acc[acc.length - 1]!.end + 1 : 0;
        acc.push({ text: line, kind: 'body', start, end: start + line.length });
        return acc;
      }, []);
  const hits = termRanges(a.text, terms);
  return paragraphs.map((p) => {
    const start = Math.max(0, Math.min(a.text.length, p.start));
    const end = Math.max(start, Math.min(a.text.length, p.end));
    const tag = p.kind === 'subhead' ? 'h3' : 'p';
    const el = h(tag, { class: `para para-${safeClass(p.kind)}` });
    for (const node of paragraphNodes(a.text, { start, end }, a.mentions, hl, hits)) el.appendChild(node);
    return el;
  });
}

/** Cuts a paragraph at every span boundary and rebuilds it: evidence outermost, then mentions, then terms. */
export function paragraphNodes(text: string, para: Span, mentions: ArticleMention[], hl: Span | null, hits: Span[]): Node[] {
  const inside = (s: Span) => s.end > para.start && s.start < para.end;
  const ms = mentions.filter(inside);
  const hs = hits.filter(inside);
  const cuts = new Set([para.start, para.end]);
  for (const s of [...ms, ...hs, ...(hl && inside(hl) ? [hl] : [])]) {
    if (s.start > para.start && s.start < para.end) cuts.add(s.start);
    if (s.end > para.start && s.end < para.end) cuts.add(s.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covers = (s: Span) => s.start <= start && s.end >= end;
    // The narrowest mention wins where names nest (a park inside an organisation name).
    const mention = ms.filter(covers).sort((x, y) => x.end - x.start - (y.end - y.start))[0] ?? null;
    pieces.push({ start, end, evidence: !!hl && covers(hl), term: hs.some(covers), mention });
  }
  const out: Node[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && pieces[j]!.evidence === pieces[i]!.evidence) j++;
    const run = mentionRuns(text, pieces.slice(i, j));
    if (pieces[i]!.evidence) {
      const mark = document.createElement('mark');
      mark.className = 'evidence';
      for (const node of run) mark.appendChild(node);
      out.push(mark);
    } else out.push(...run);
    i = j;
  }
  return out;
}

function mentionRuns(text: string, pieces: Piece[]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && pieces[j]!.mention === pieces[i]!.mention) j++;
    const leaves = pieces.slice(i, j).map((p) => {
      const t = document.createTextNode(text.slice(p.start, p.end));
      if (!p.term) return t;
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.appendChild(t);
      return mark;
    });
    const mention = pieces[i]!.mention;
    if (mention) {
      const el = mentionElement(mention);
      for (const leaf of leaves) el.appendChild(leaf);
      out.push(el);
    } else out.push(...leaves);
    i = j;
  }
  return out;
}

/** Which view a mention of each kind opens. */
const ENTITY_ROUTES: Record<string, string> = { park: 'park', org: 'org', organization: 'org', person: 'person' };

function mentionElement(m: ArticleMention): HTMLElement {
  const cls = `mention m-${safeClass(m.kind)}`;
  const title = `${mentionKindLabel(m.kind)}：${m.text}`;
  const target = m.entityId && ENTITY_ROUTES[m.kind] ? href([ENTITY_ROUTES[m.kind]!, m.entityId]) : null;
  const el = target ? h('a', { class: cls, href: target, title }) : h('span', { class: cls, title });
  return el;
}

/** The page text as extracted, with the evidence's raw span marked. */
function originalText(original: NonNullable<ArticleDetail['original']>, raw: Span | null): Node[] {
  const text = original.text;
  if (!raw) return [document.createTextNode(text)];
  const start = Math.max(0, raw.start - original.start);
  const end = Math.min(text.length, raw.end - original.start);
  if (end <= start) return [document.createTextNode(text)];
  const mark = document.createElement('mark');
  mark.className = 'evidence';
  mark.textContent = text.slice(start, end);
  return [document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end))];
}

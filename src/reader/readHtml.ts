// HTML news pages: Mozilla Readability (over linkedom's DOM) picks the article body and drops
// navigation, share buttons and the like; each block of the result becomes a line whose characters
// are located back in the HTML source, so spans still point into the original file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ParkLensError } from '../errors.js';
import type { Line } from '../types.js';
import { isMetadataLine } from './layout/findBylines.js';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'DT', 'DD']);

interface Block {
  text: string;
  headingLevel?: number;
}

function collectBlocks(root: any): Block[] {
  const blocks: Block[] = [];
  let pending = '';
  const flush = (headingLevel?: number) => {
    if (pending.trim()) blocks.push({ text: pending, headingLevel });
    pending = '';
  };
  const walk = (node: any) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType === 3) pending += child.data ?? child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = String(child.tagName).toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        if (BLOCKS.has(tag) || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE') {
          flush();
          walk(child);
          flush(/^H[1-6]$/.test(tag) ? Number(tag[1]) : undefined);
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Locates each character of `text` in `html` from `cursor` on; characters written as entities map to the entity's place. */
function locate(html: string, text: string, cursor: number): { map: Int32Array; cursor: number } {
  const map = new Int32Array(text.length);
  const whole = html.indexOf(text, cursor);
  if (whole >= 0) {
    for (let i = 0; i < text.length; i++) map[i] = whole + i;
    return { map, cursor: whole + text.length };
  }
  let at = cursor;
  for (let i = 0; i < text.length; i++) {
    const found = html.indexOf(text[i]!, at);
    if (found >= 0 && found - at < 400) {
      map[i] = found;
      at = found + 1;
    } else {
      // an entity such as &nbsp; or &ldquo;: point at the next '&' if close, else where we are
      const amp = html.indexOf('&', at);
      const place = amp >= 0 && amp - at < 400 ? amp : at;
      map[i] = place;
      if (amp >= 0 && amp - at < 400) at = html.indexOf(';', amp) + 1 || amp + 1;
    }
  }
  return { map, cursor: at };
}

const SITE_SUFFIX = /\s*[_|｜–—-]\s*[^_|｜–—\-]{2,30}(?:网站|网|網|门户|門戶|官网|官網|频道|頻道)$/u;

/** The first block of the whole page that is a metadata line with a date and is not part of the article's body. */
function metadataBlock(body: any, kept: Block[]): string | null {
  if (!body) return null;
  const inArticle = new Set(kept.map((b) => b.text.trim()));
  for (const block of collectBlocks(body)) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text.length <= 80 && /\d{4}\s*[-./年]\s*\d{1,2}/.test(text) && !inArticle.has(text) && isMetadataLine(text)) return text;
  }
  return null;
}

export function readHtml(html: string, name: string): { lines: Line[]; title: string | null } {
  const { document } = parseHTML(html);
  const article = new Readability(document as any, { charThreshold: 100 }).parse();
  // Navigation-only pages still give Readability a few words ("首页", "登录"): that is not an article.
  const MIN_ARTICLE_CHARS = 30;
  if (!article?.content || (article.textContent ?? '').replace(/\s+/g, '').length < MIN_ARTICLE_CHARS)
    throw new ParkLensError('E_NO_ARTICLE', `${name}: no article text found in the HTML page`, { subject: name });
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = collectBlocks(content.body);
  const bodyStart = Math.max(0, html.search(/<body[\s>]/i));
  let cursor = bodyStart;
  const lines: Line[] = [];
  // a site's name after the headline in the page title ("某某开工_某某省人民政府门户网站", "某某 - 某某网")
  const title = article.title?.trim().replace(SITE_SUFFIX, '') || null;
  const hasHeading = blocks.some((b) => b.headingLevel === 1 || (title && b.text.trim() === title));
  if (title && !hasHeading) {
    const at = html.indexOf(title);
    if (at >= 0) lines.push({ text: title, map: locate(html, title, at).map, role: undefined, headingLevel: 1 });
  }
  // The page's metadata line ("发布时间：2024-04-12 来源：某某日报") stands outside the body Readability keeps; it
  // dates the page and names its source, so it is read too, placed under the headline.
  const meta = metadataBlock(document.body, blocks);
  if (meta) {
    const at = html.indexOf(meta, bodyStart);
    if (at >= 0) lines.push({ text: meta, map: locate(html, meta, at).map, role: undefined, headingLevel: undefined });
  }
  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, (s) => (s.includes('\n') ? ' ' : s));
    const located = locate(html, text, cursor);
    cursor = located.cursor;
    // (every line in the shape of withText's, as splitLines makes them)
    lines.push({ text, map: located.map, role: undefined, headingLevel: block.headingLevel });
  }
  if (!lines.length) throw new ParkLensError('E_NO_ARTICLE', `${name}: no article text found in the HTML page`, { subject: name });
  return { lines, title };
}

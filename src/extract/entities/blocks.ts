// The text blocks recognisers read: each article's headlines, paragraphs and captions (pull quotes repeat
// body text and are skipped), as spans of doc.analysisText with their tokens, cut once per document.
import type { SourceDoc, Span } from '../../types.js';
import { toRawSpan } from '../../text/offsets.js';
import type { Mention } from '../../types.js';
import { tokenize, type Token } from './tokens.js';

export interface Block {
  article: number;
  start: number;
  end: number;
  /** The block's analysis text (simplified script). */
  text: string;
  tokens: Token[];
}

let cache: { key: string; blocks: Block[] } | null = null;

/** Blocks of a document in reading order; tokenised once and shared by the entity stages. */
export function blocksOf(doc: SourceDoc): Block[] {
  if (cache && cache.key === doc.analysisText) return cache.blocks;
  const blocks: Block[] = [];
  const add = (article: number, span: Span) => {
    const start = Math.max(0, span.start);
    const end = Math.min(doc.analysisText.length, span.end);
    if (end <= start) return;
    blocks.push({ article, start, end, text: doc.analysisText.slice(start, end), tokens: tokenize(doc.analysisText, start, end) });
  };
  doc.articles.forEach((article, i) => {
    for (const h of article.headlines) add(i, h.textSpan);
    for (const p of article.paragraphs) add(i, p.textSpan);
    for (const c of article.captions) add(i, c.textSpan);
  });
  cache = { key: doc.analysisText, blocks };
  return blocks;
}

/** A mention of doc.text[start, end): the printed text, its raw span and repaired-text span. */
export function mentionAt(doc: SourceDoc, start: number, end: number, article: number): Mention {
  const textSpan = { start, end };
  return { text: doc.text.slice(start, end), span: toRawSpan(doc.textMap, textSpan), textSpan, article };
}

/** Index of the token containing offset `at` (binary search), or -1. */
export function tokenIndexAt(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

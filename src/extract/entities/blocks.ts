// The text blocks recognisers read: each article's headlines, paragraphs and captions (pull quotes repeat
// body text and are skipped), as spans of doc.analysisText with their tokens, cut once per document.
import type { SourceDoc, Span } from '../../types.js';
import { toRawSpan } from '../../text/offsets.js';
import type { Mention } from '../../types.js';
import { tokenize, type Token } from './tokens.js';
import { flatSlice } from '../../text/flatSlice.js';

export interface Block {
  article: number;
  start: number;
  end: number;
  /** The block's analysis text (simplified script). */
  text: string;
  /** Offset (in doc text) where each clause starts; clauses end at punctuation, which is a token of its own. */
  clauses: number[];
  /** Tokens of each clause cut so far, by clause index: only clauses a recogniser looks into are cut. */
  cut: Map<number, Token[]>;
  /** Where tokenAt last looked (see there). */
  cursor: Cursor;
  /** The full analysis text the offsets refer to. */
  source: string;
}

// Clause breaks: jieba never joins a word across these, so cutting clause by clause gives the same words
// as cutting the block at once, and clauses no recogniser looks at are never cut.
// Flags by char code: one typed-array read a character of every block.
const BREAK = new Uint8Array(65536);
for (const c of '，。；：:！？!?、“”"‘’\n\r\t 　《》') BREAK[c.charCodeAt(0)] = 1;

// Keyed by the document's article list, which every extraction stage passes on unchanged: the blocks (and the
// words cut so far) belong to one document and go with it, whatever its text.
const blocksByDoc = new WeakMap<SourceDoc['articles'], Block[]>();

/** Blocks of a document in reading order; cut into words lazily and shared by the entity stages. */
export function blocksOf(doc: SourceDoc): Block[] {
  const known = blocksByDoc.get(doc.articles);
  if (known) return known;
  const blocks: Block[] = [];
  const source = doc.analysisText;
  const add = (article: number, span: Span) => {
    const start = Math.max(0, span.start);
    const end = Math.min(source.length, span.end);
    if (end <= start) return;
    // (a flat copy: the recognisers read each block's characters many times over)
    const text = flatSlice(source, start, end);
    const clauses = [start];
    for (let i = 0; i < text.length; i++) {
      if (BREAK[text.charCodeAt(i)]) {
        if (clauses[clauses.length - 1] !== start + i) clauses.push(start + i);
        if (i + 1 < text.length) clauses.push(start + i + 1);
      }
    }
    blocks.push({ article, start, end, text, clauses, cut: new Map(), cursor: { from: 0, to: 0, tokens: [], index: 0 }, source });
  };
  doc.articles.forEach((article, i) => {
    for (const h of article.headlines) add(i, h.textSpan);
    for (const p of article.paragraphs) add(i, p.textSpan);
    for (const c of article.captions) add(i, c.textSpan);
  });
  blocksByDoc.set(doc.articles, blocks);
  return blocks;
}

function clauseIndex(block: Block, at: number): number {
  const c = block.clauses;
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function clauseTokens(block: Block, k: number): Token[] {
  let tokens = block.cut.get(k);
  if (!tokens) {
    const start = block.clauses[k]!;
    const end = block.clauses[k + 1] ?? block.end;
    tokens = tokenize(block.source, start, end);
    block.cut.set(k, tokens);
  }
  return tokens;
}

/**
 * The clause tokenAt last looked in ([from, to) of the text), its tokens, and the index of the token it gave: most
 * look-ups (a name read leftwards a word at a time, the words around an ending) fall in the clause of the one
 * before, on or next to its token, and are answered there without the two binary searches.
 */
interface Cursor {
  from: number;
  to: number;
  tokens: Token[];
  index: number;
}

/** The token containing offset `at` of the block, or null outside it. */
export function tokenAt(block: Block, at: number): Token | null {
  if (at < block.start || at >= block.end) return null;
  const cursor = block.cursor;
  if (at < cursor.from || at >= cursor.to) {
    const k = clauseIndex(block, at);
    cursor.from = block.clauses[k]!;
    cursor.to = block.clauses[k + 1] ?? block.end;
    cursor.tokens = clauseTokens(block, k);
    cursor.index = 0;
  }
  // On or next to the token found last, else by bisection (the clause's tokens cover it, in order).
  const tokens = cursor.tokens;
  for (let k = Math.max(0, cursor.index - 1); k <= cursor.index + 1 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start <= at && at < t.end) {
      cursor.index = k;
      return t;
    }
  }
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else {
      cursor.index = mid;
      return t;
    }
  }
  return null;
}

/** The tokens of the clauses overlapping [start, end). */
export function tokensIn(block: Block, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = clauseIndex(block, Math.max(start, block.start)); k < block.clauses.length && block.clauses[k]! < end; k++) out.push(...clauseTokens(block, k));
  return out;
}

/** A mention of doc.text[start, end): the printed text, its raw span and repaired-text span. */
export function mentionAt(doc: SourceDoc, start: number, end: number, article: number): Mention {
  const textSpan = { start, end };
  return { text: doc.text.slice(start, end), span: toRawSpan(doc.textMap, textSpan), textSpan, article };
}

/** The index of the first of `spans` (sorted by start) that starts at or after `at`. */
export function firstAtOrAfter(spans: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every mention of the entities as {name, start, end}. Fields are copied one by one: spreading the spans
 * (`...m.textSpan`) took the slow generic copy, ten times the cost; plain loops, as flatMap's inner arrays cost
 * several times the copy. */
export function namedSpans(entities: ReadonlyArray<{ name: string; mentions: ReadonlyArray<{ textSpan: Span }> }>): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const e of entities) for (const m of e.mentions) out.push({ name: e.name, start: m.textSpan.start, end: m.textSpan.end });
  return out;
}

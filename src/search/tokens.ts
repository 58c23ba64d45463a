// Word tokens for the full-text index: jieba's search-mode cut (whole words plus their sub-words) joined by
// spaces, so FTS5's unicode61 tokenizer indexes Chinese words and a two-character query such as "储能" hits.
import { jiebaCutter as cutter } from '../text/dictionary.js';

// Tokens made only of punctuation, symbols or spaces carry nothing to search for.
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Space-separated index tokens for a text. */
export function indexTokens(text: string): string {
  return cutter()
    .cutForSearch(text, true)
    .filter((t) => WORDLIKE.test(t))
    .map((t) => t.replace(/["\s]/g, ''))
    .join(' ');
}

/** The words of one query term, as the index holds them ("烟台高新区" → ["烟台", "高新区"]). */
export function queryWords(term: string): string[] {
  return cutter()
    .cut(term, true)
    .filter((t) => WORDLIKE.test(t))
    .map((t) => t.replace(/["\s]/g, ''));
}

/** Splits a user query into terms (whitespace-separated, NFKC, without FTS5 syntax characters). */
export function queryTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .replace(/["*^():{}+\-]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** An FTS5 string literal. */
export function ftsQuote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * For the trigram index: the first two trigrams of every term, each on its own (`"abc" AND "bcd"`), or null when no
 * term has more than two. It matches a superset of the articles holding every term whole, so its count bounds
 * theirs, and it costs a fraction to count: what a trigram phrase costs FTS5 is seeking through the position lists
 * of its commonest trigrams, and a name's common part is mostly its end (…综保区, …产业园): in a store of 100,000
 * articles, counting a park's short name as a phrase took ~200 µs, its first two trigrams ~25 µs.
 */
export function leadingTrigrams(terms: string[]): string | null {
  const trigrams = new Set<string>();
  let shorter = false;
  for (const term of terms) {
    const chars = Array.from(term);
    if (chars.length > 4) shorter = true;
    for (let i = 0; i < 2 && i + 3 <= chars.length; i++) trigrams.add(chars.slice(i, i + 3).join(''));
  }
  return shorter ? [...trigrams].map(ftsQuote).join(' AND ') : null;
}

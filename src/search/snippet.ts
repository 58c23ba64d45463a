// Plain-text snippets with highlight offsets (never HTML): the web app and the CLI mark them up themselves.
import type { Span } from '../types.js';

/** Every occurrence of any needle in text, merged where they overlap, in order. */
export function findHighlights(text: string, needles: string[]): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  for (const needle of new Set(needles.map((n) => n.toLowerCase()).filter((n) => n.length > 0))) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      spans.push({ start: at, end: at + needle.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Characters in a search hit's snippet. */
export const SNIPPET_WIDTH = 120;

/**
 * A window of about `width` characters around the first highlight, starting at a sentence start when one
 * is near, with the highlights inside the window re-based to it.
 */
export function makeSnippet(text: string, needles: string[], width = SNIPPET_WIDTH): { snippet: string; highlights: Span[] } {
  const all = findHighlights(text, needles);
  const first = all[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  // Prefer to begin at the sentence containing the hit.
  for (let i = first - 1; i >= start; i--) {
    if ('。！？；\n'.includes(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  const end = Math.min(text.length, start + width);
  const raw = text.slice(start, end);
  // Line breaks inside a snippet read as spaces; same length, so offsets stay valid.
  const snippet = raw.replace(/\n/g, ' ');
  const highlights = all
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start - start, end: s.end - start }));
  return { snippet, highlights };
}

/** The sentence of `text` that contains [start, end): bounded by sentence-final punctuation or line breaks. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !'。！？!?；\n'.includes(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !'。！？!?；\n'.includes(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

// PLACEHOLDER (to be replaced by the reader work): every non-blank line is a paragraph of one article.
import { defineStage } from '../stage.js';
import { filterLine } from '../text/offsets.js';
import { assembleArticles, emptyByline, type ArticleDraft } from './assemble.js';

export const segmentArticles = defineStage({
  name: 'segmentArticles',
  requires: ['lines'],
  assigns: ['articles', 'text'],
  run(doc) {
    const lines = doc.lines
      .map((l) => filterLine(l, (i) => !/\s/.test(l.text[i]!)))
      .filter((l) => l.text.length > 0);
    const draft: ArticleDraft = {
      kicker: null,
      title: lines[0] ?? null,
      subtitle: null,
      column: null,
      bylineLine: null,
      byline: emptyByline(),
      dateline: null,
      paragraphs: lines.slice(1).map((line) => ({ line, kind: 'body' as const })),
      captions: [],
      pullQuotes: [],
    };
    const { text, textMap, articles } = assembleArticles([draft], doc.raw.length);
    return { ...doc, text, textMap, articles };
  },
});

// Turns article drafts (mapped lines grouped by role) into the document's repaired text and its
// articles: headline lines, paragraphs, captions and pull quotes each get a textSpan in `doc.text`
// and a raw span through the offset map. Articles are separated by a blank line in `doc.text`.
import { MappedTextBuilder } from '../text/offsets.js';
import type { Article, Byline, Line, ParagraphKind, TextItem } from '../types.js';

export interface ArticleDraft {
  kicker: Line | null;
  title: Line | null;
  subtitle: Line | null;
  column: string | null;
  /** The column label as printed, on the first article of the column (it is text of the page, so it goes into doc.text with the headline). */
  columnLine?: Line | null;
  bylineLine: Line | null;
  byline: Byline;
  dateline: string | null;
  paragraphs: { line: Line; kind: ParagraphKind }[];
  captions: Line[];
  pullQuotes: Line[];
  /** Printed lines of the article that have no field of their own (a pull quote's credit): kept in doc.text within the article. */
  asides?: Line[];
}

export function emptyByline(): Byline {
  return { reporters: [], correspondents: [], photographers: [], authors: [] };
}

export function assembleArticles(drafts: ArticleDraft[], rawLength: number): { text: string; textMap: Int32Array; articles: Article[] } {
  const builder = new MappedTextBuilder();
  const articles: Article[] = [];
  const nextRaw = (line: Line | null | undefined) => (line && line.map.length ? line.map[0]! : rawLength);

  const add = (line: Line): { start: number; end: number } => {
    if (builder.size > 0) builder.appendSeparator('\n', nextRaw(line));
    return builder.append(line.text, line.map);
  };

  drafts.forEach((draft, index) => {
    if (builder.size > 0) builder.appendSeparator('\n', nextRaw(draft.columnLine ?? draft.kicker ?? draft.title ?? draft.paragraphs[0]?.line));
    const start = builder.size;
    const headlineSpans: { line: Line; textSpan: { start: number; end: number } }[] = [];
    for (const line of [draft.columnLine ?? null, draft.kicker, draft.title, draft.subtitle]) if (line && line.text) headlineSpans.push({ line, textSpan: add(line) });
    const byline = draft.bylineLine && draft.bylineLine.text ? { line: draft.bylineLine, textSpan: add(draft.bylineLine) } : null;
    const paragraphs = draft.paragraphs.filter((p) => p.line.text).map((p) => ({ p, textSpan: add(p.line) }));
    const captions = draft.captions.filter((l) => l.text).map((line) => ({ line, textSpan: add(line) }));
    const pullQuotes = draft.pullQuotes.filter((l) => l.text).map((line) => ({ line, textSpan: add(line) }));
    for (const line of draft.asides ?? []) if (line.text) add(line);
    const end = builder.size;
    articles.push({
      id: `a${index + 1}`,
      title: draft.title?.text ?? null,
      subtitle: draft.subtitle?.text ?? null,
      kicker: draft.kicker?.text ?? null,
      column: draft.column,
      byline: draft.byline,
      dateline: draft.dateline,
      paragraphs: paragraphs.map(({ p, textSpan }) => ({ text: p.line.text, kind: p.kind, span: spanOf(p.line), textSpan })),
      captions: captions.map(({ line, textSpan }) => item(line, textSpan)),
      pullQuotes: pullQuotes.map(({ line, textSpan }) => item(line, textSpan)),
      headlines: headlineSpans.map(({ line, textSpan }) => item(line, textSpan)),
      bylineItem: byline ? item(byline.line, byline.textSpan) : null,
      textSpan: { start, end },
    });
  });
  const { text, map } = builder.build(true);
  return { text, textMap: map, articles };
}

/** Raw extent of a line: its characters may come from several places (reassembled text), so min to max. */
function spanOf(line: Line) {
  if (!line.map.length) return { start: 0, end: 0 };
  const map = line.map;
  let start = map[0]!;
  let end = start;
  for (let i = 1; i < map.length; i++) {
    const at = map[i]!;
    if (at < start) start = at;
    if (at > end) end = at;
  }
  return { start, end: end + 1 };
}

function item(line: Line, textSpan: { start: number; end: number }): TextItem {
  return { text: line.text, span: spanOf(line), textSpan };
}

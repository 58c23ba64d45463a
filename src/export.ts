// The export: one JSON object per input file, a superset of the gold format in GOLD_SPEC.md
// (publication, articles, parks, organizations, people, quantities) plus projects, policies,
// incentives, source and diagnostics. Every fact keeps its raw `span` (and repaired `textSpan`).
import type { Article, Diagnostic, SourceDoc } from './types.js';

export const EXPORT_VERSION = 1;

export interface ExportedArticle {
  id: string;
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  column: string | null;
  byline: Article['byline'];
  dateline: string | null;
  paragraphs: Article['paragraphs'];
  /** Caption texts, as in the gold format; spans are in captionItems. */
  captions: string[];
  captionItems: Article['captions'];
  pullQuotes: string[];
  pullQuoteItems: Article['pullQuotes'];
  headlines: Article['headlines'];
  bylineItem: Article['bylineItem'];
}

export interface ExportDoc {
  version: number;
  file: string;
  source: SourceDoc['source'];
  publication: SourceDoc['publication'];
  articles: ExportedArticle[];
  parks: SourceDoc['parks'];
  organizations: SourceDoc['organizations'];
  people: SourceDoc['people'];
  quantities: SourceDoc['quantities'];
  projects: SourceDoc['projects'];
  policies: SourceDoc['policies'];
  incentives: SourceDoc['incentives'];
  diagnostics: Diagnostic[];
}

export function toExport(doc: SourceDoc): ExportDoc {
  return {
    version: EXPORT_VERSION,
    file: doc.source.name,
    source: doc.source,
    publication: doc.publication,
    articles: doc.articles.map((a) => ({
      id: a.id,
      title: a.title,
      subtitle: a.subtitle,
      kicker: a.kicker,
      column: a.column,
      byline: a.byline,
      dateline: a.dateline,
      paragraphs: a.paragraphs,
      captions: a.captions.map((c) => c.text),
      captionItems: a.captions,
      pullQuotes: a.pullQuotes.map((q) => q.text),
      pullQuoteItems: a.pullQuotes,
      headlines: a.headlines,
      bylineItem: a.bylineItem,
    })),
    parks: doc.parks,
    organizations: doc.organizations,
    people: doc.people,
    quantities: doc.quantities,
    projects: doc.projects,
    policies: doc.policies,
    incentives: doc.incentives,
    diagnostics: doc.messages,
  };
}

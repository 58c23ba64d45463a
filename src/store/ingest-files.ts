// Reads page files and stores each one: the library behind `parklens ingest` and `parklens start`.
// A file that fails is reported with its code and the others are still stored.
import path from 'node:path';
import { asParkLensError, type ParkLensError } from '../errors.js';
import { extractFile } from '../extract.js';
import type { IngestResult, Store } from './store.js';

export interface FileOutcome {
  file: string;
  result?: IngestResult;
  error?: ParkLensError;
}

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  articles: number;
  outcomes: FileOutcome[];
}

export async function ingestFiles(
  store: Store,
  files: string[],
  options: { date?: string; maxBytes?: number; onFile?: (outcome: FileOutcome, index: number) => void } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, failed: 0, articles: 0, outcomes: [] };
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      // The absolute path identifies the file, so re-ingesting a changed page replaces its old version.
      const doc = await extractFile(path.resolve(file), { date: options.date, maxBytes: options.maxBytes });
      const result = await store.ingest(doc);
      summary[result.status]++;
      summary.articles += result.articles;
      outcome = { file, result };
    } catch (error) {
      summary.failed++;
      outcome = { file, error: asParkLensError(error, file) };
    }
    summary.outcomes.push(outcome);
    options.onFile?.(outcome, index);
  }
  return summary;
}

export function formatSummary(s: IngestSummary, elapsedMs: number): string {
  const files = s.outcomes.length;
  return `ingest: ${files} file${files === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s — ${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed; ${s.articles} articles stored`;
}

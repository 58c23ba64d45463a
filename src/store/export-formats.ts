// Whole-knowledge-base exports: park profiles as JSON lines, quantities as CSV, parks as GeoJSON points
// (placed at their province's capital; the point says so in `precision`).
import { PROVINCE_POINTS } from '../geo/province-points.js';
import type { ParkProfile, Store } from './store.js';

export type ExportFormat = 'jsonl' | 'csv' | 'geojson';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonl', 'csv', 'geojson'];

async function* allParks(store: Store): AsyncGenerator<ParkProfile> {
  const page = 200;
  for (let offset = 0; ; offset += page) {
    const { items } = await store.listParks({ limit: page, offset });
    for (const item of items) {
      const profile = await store.getPark(item.id);
      if (profile) yield profile;
    }
    if (items.length < page) return;
  }
}

/** RFC 4180 field quoting. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'park_id', 'park', 'province', 'city', 'attribute', 'value', 'unit', 'qualifier', 'period', 'surface', 'quote', 'document_id', 'article_id',
  'span_start', 'span_end',
];

/** Writes the export in chunks through `write`; returns the number of records. */
export async function exportKnowledge(store: Store, format: ExportFormat, write: (chunk: string) => void | Promise<void>): Promise<number> {
  let n = 0;
  if (format === 'jsonl') {
    for await (const p of allParks(store)) {
      await write(JSON.stringify(p) + '\n');
      n++;
    }
  } else if (format === 'csv') {
    await write(CSV_COLUMNS.join(',') + '\n');
    for await (const p of allParks(store)) {
      for (const q of p.quantities) {
        const row = [p.id, p.name, p.province, p.city, q.attribute, q.value, q.unit, q.qualifier, q.period, q.surface, q.evidence.quote,
          q.evidence.documentId, q.evidence.articleId, q.evidence.span.start, q.evidence.span.end];
        await write(row.map(csvField).join(',') + '\n');
        n++;
      }
    }
  } else {
    await write('{"type":"FeatureCollection","features":[\n');
    for await (const p of allParks(store)) {
      const point = p.province ? PROVINCE_POINTS[p.province] : undefined;
      if (!point) continue;
      const feature = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: point },
        properties: {
          id: p.id, name: p.name, aliases: p.aliases, type: p.type, province: p.province, city: p.city, precision: 'province-capital',
          articleCount: p.articles.length, quantityCount: p.quantities.length,
        },
      };
      await write((n ? ',\n' : '') + JSON.stringify(feature));
      n++;
    }
    await write('\n]}\n');
  }
  return n;
}

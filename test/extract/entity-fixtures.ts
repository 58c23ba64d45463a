// Runs invented page text through the whole pipeline for the entity recogniser tests.
import { extractBytes } from '../../src/extract.js';
import type { SourceDoc } from '../../src/types.js';

/** A page with a headline and one paragraph per argument (paragraphs separated by blank lines). */
export function page(title: string, ...paragraphs: string[]): SourceDoc {
  return extractBytes(Buffer.from(`${title}\n\n${paragraphs.join('\n\n')}\n`), { name: 'x.txt' });
}

export function parkNamed(doc: SourceDoc, name: string) {
  return doc.parks.find((p) => p.name === name || p.aliases.includes(name));
}

/** The province and city of the park of that name (undefined for both when there is none). */
export function placeOf(doc: SourceDoc, name: string) {
  const park = parkNamed(doc, name);
  return [park?.province, park?.city];
}

export function orgNamed(doc: SourceDoc, name: string) {
  return doc.organizations.find((o) => o.name === name || o.aliases.includes(name));
}

// Library entry: bytes or a file in, a fully analysed SourceDoc out (throws ParkLensError on bad input).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ParkLensError } from './errors.js';
import { pipeline, readerStages, runStages } from './pipeline.js';
import { decodeBytes, DEFAULT_MAX_BYTES } from './reader/decode.js';
import type { StageContext } from './stage.js';
import type { SourceDoc } from './types.js';

export interface ExtractOptions {
  /** File name used in messages and the export (defaults to the basename of `path`). */
  name: string;
  path?: string;
  /** Publication date (YYYY-MM or YYYY-MM-DD); wins over the inferred date. */
  date?: string;
  maxBytes?: number;
  /** Run only the reader stages (no entity or quantity extraction). */
  readerOnly?: boolean;
}

export function newSourceDoc(bytes: Uint8Array, options: ExtractOptions): SourceDoc {
  const decoded = decodeBytes(bytes, { name: options.name, maxBytes: options.maxBytes });
  return {
    source: {
      path: options.path ?? options.name,
      name: options.name,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      format: decoded.format,
      encoding: decoded.encoding,
      traditional: false,
    },
    raw: decoded.text,
    lines: [],
    text: '',
    textMap: new Int32Array(0),
    analysisText: '',
    publication: { name: null, month: null, date: null, basis: 'unknown' },
    articles: [],
    parks: [],
    organizations: [],
    people: [],
    quantities: [],
    projects: [],
    policies: [],
    incentives: [],
    messages: [],
  };
}

export function extractBytes(bytes: Uint8Array, options: ExtractOptions): SourceDoc {
  const context: StageContext = { date: options.date };
  const doc = runStages(options.readerOnly ? readerStages : pipeline, newSourceDoc(bytes, options), context);
  if (!doc.articles.length || !doc.text.trim())
    throw new ParkLensError('E_NO_ARTICLE', `${options.name}: no article text found`, { subject: options.name });
  return { ...doc, lines: [] };
}

export async function extractFile(file: string, options: Partial<ExtractOptions> = {}): Promise<SourceDoc> {
  const name = options.name ?? path.basename(file);
  let info;
  try {
    info = await stat(file);
  } catch (cause) {
    throw new ParkLensError('E_NOT_FOUND', `${file}: no such file`, { subject: file, cause });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Refuse before reading: a huge file must not be loaded into memory just to be rejected.
  if (info.size > maxBytes)
    throw new ParkLensError('E_TOO_LARGE', `${name}: ${info.size} bytes is over the limit of ${maxBytes} bytes`, { subject: name });
  const bytes = await readFile(file);
  return extractBytes(bytes, { ...options, name, path: file, maxBytes });
}

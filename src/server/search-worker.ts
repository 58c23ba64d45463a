// One search thread of a SearchPool: its own read-only connection to the store file, answering
// `{ id, query }` messages with the search page as JSON text (or an error with its ParkLensError code).
import { parentPort, workerData } from 'node:worker_threads';
import { ParkLensError } from '../errors.js';
import { SqliteStore } from '../store/sqlite.js';
import { jiebaCutter } from '../text/dictionary.js';
import type { SearchQuery } from '../store/store.js';

const store = new SqliteStore((workerData as { file: string }).file, { readonly: true });
// Queries are cut into words with jieba: load its dictionary now, before the thread says it is ready, or the
// first search on each thread waits for it (~0.2 s, and searches queue behind it).
jiebaCutter();

parentPort!.on('message', async ({ id, query }: { id: number; query: SearchQuery }) => {
  try {
    parentPort!.postMessage({ id, json: JSON.stringify(await store.search(query)) });
  } catch (error) {
    const e = error as Error;
    const code = error instanceof ParkLensError ? error.code : 'E_INTERNAL';
    parentPort!.postMessage({ id, error: { code, message: e.message, subject: error instanceof ParkLensError ? (error.subject ?? null) : null } });
  }
});
parentPort!.postMessage({ ready: true });

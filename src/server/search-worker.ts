// One search thread of a SearchPool: its own read-only connection to the store file, answering
// `{ id, query }` messages with the search page as JSON text (or an error with its ParkLensError code).
import { parentPort, workerData } from 'node:worker_threads';
import { ParkLensError } from '../errors.js';
import { SqliteStore } from '../store/sqlite.js';
import type { SearchQuery } from '../store/store.js';

const store = new SqliteStore((workerData as { file: string }).file, { readonly: true });

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

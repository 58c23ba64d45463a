// Starts the API server on a socket and closes it (and the store) on SIGINT/SIGTERM.
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { jiebaCutter } from '../text/dictionary.js';
import { SearchPool } from './search-pool.js';

export interface ServeOptions {
  store: Store;
  port: number;
  host: string;
  token?: string;
  webRoot?: string;
  logger?: boolean;
  cache?: boolean;
  /** Search threads (SearchPool) beside the main one; 0 or a store not in a file searches on the main thread. */
  searchThreads?: number;
}

export async function serve(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const file = options.store instanceof SqliteStore && !options.store.db.memory ? options.store.db.name : null;
  const searchPool = file && options.searchThreads ? await SearchPool.open(file, options.searchThreads) : undefined;
  // Searching here, on the main thread: load jieba's dictionary before the first search would wait for it.
  if (!searchPool) jiebaCutter();
  const app = await buildApp({ store: options.store, token: options.token, webRoot: options.webRoot, logger: options.logger, cache: options.cache, searchPool });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const close = async () => {
    await app.close();
    await searchPool?.close();
    await options.store.close();
  };
  return { url: `http://${host}:${port}/`, close };
}

/** Resolves when the process is asked to stop; the server is closed first. */
export function untilStopped(close: () => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      close().then(() => resolve(0), () => resolve(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Runs `workers` server processes sharing one port (node:cluster): SQLite serves many readers at once, so a
 * read-heavy API scales with cores. Each worker runs `start(port)`; the primary resolves with the URL once all
 * listen and stops them on SIGINT/SIGTERM.
 */
export async function serveInWorkers(workers: number, host: string): Promise<{ url: string; stopped: Promise<number> }> {
  const cluster = (await import('node:cluster')).default;
  const forks = Array.from({ length: workers }, () => cluster.fork());
  const ports = await Promise.all(
    forks.map(
      (worker) =>
        new Promise<number>((resolve, reject) => {
          worker.once('listening', (address) => resolve(address.port));
          worker.once('exit', (code) => reject(new Error(`server worker exited with code ${code}`)));
        }),
    ),
  );
  const stopped = new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      let left = forks.length;
      for (const worker of forks) {
        worker.once('exit', () => --left === 0 && resolve(0));
        worker.kill('SIGTERM');
      }
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${ports[0]}/`, stopped };
}

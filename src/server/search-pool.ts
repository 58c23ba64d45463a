// Searches on worker threads (search-worker.ts), each with its own read-only connection to the store file:
// the main thread goes on parsing and answering HTTP while searches run on other cores (WAL lets readers run
// side by side). A search goes to the thread with the fewest waiting; answers come back as JSON text.
import { Worker } from 'node:worker_threads';
import { ParkLensError, type ErrorCode } from '../errors.js';
import type { SearchQuery } from '../store/store.js';

interface Thread {
  worker: Worker;
  waiting: Map<number, { resolve: (json: string) => void; reject: (error: Error) => void }>;
}

type Reply = { ready: true } | { id: number; json: string } | { id: number; error: { code: ErrorCode; message: string; subject: string | null } };

// Workers do not inherit the tsx loader the CLI registers, so each one registers it before loading its module.
const WORKER_URL = new URL('./search-worker.ts', import.meta.url).href;
const bootstrap = () =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export class SearchPool {
  private next = 0;

  private constructor(private readonly threads: Thread[]) {}

  /** Starts `threads` search threads on the store file; resolves when every one has opened it. */
  static async open(file: string, threads: number): Promise<SearchPool> {
    const workers: Worker[] = [];
    const started = await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(bootstrap(), { eval: true, workerData: { file } });
        workers.push(worker);
        const thread: Thread = { worker, waiting: new Map() };
        return new Promise<Thread>((resolve, reject) => {
          const failed = (error: Error) => {
            reject(error);
            for (const w of thread.waiting.values()) w.reject(new ParkLensError('E_INTERNAL', `search thread failed: ${error.message}`));
            thread.waiting.clear();
          };
          worker.on('error', failed);
          worker.on('exit', (code) => failed(new Error(`search thread exited with code ${code}`)));
          worker.on('message', (reply: Reply) => {
            if ('ready' in reply) return resolve(thread);
            const waiting = thread.waiting.get(reply.id);
            if (!waiting) return;
            thread.waiting.delete(reply.id);
            if ('json' in reply) waiting.resolve(reply.json);
            else waiting.reject(new ParkLensError(reply.error.code, reply.error.message, { subject: reply.error.subject ?? undefined }));
          });
        });
      }),
    ).catch(async (error: Error) => {
      await Promise.all(workers.map((w) => (w.removeAllListeners('exit'), w.terminate())));
      throw new ParkLensError('E_STORE', `cannot start search threads: ${error.message}`, { subject: file, cause: error });
    });
    return new SearchPool(started);
  }

  /** The search page for a query as JSON text (what Store.search returns, serialised). */
  search(query: SearchQuery): Promise<string> {
    let thread = this.threads[0]!;
    for (const t of this.threads) if (t.waiting.size < thread.waiting.size) thread = t;
    const id = this.next++;
    return new Promise((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, query });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => (t.worker.removeAllListeners('exit'), t.worker.terminate())));
  }
}

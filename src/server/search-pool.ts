// Searches on worker threads (search-worker.ts), each with its own read-only connection to the store file:
// the main thread goes on parsing and answering HTTP while searches run on other cores (WAL lets readers run
// side by side). Searches wait in one queue, first come first served, and a thread holds at most two at a time:
// a search costs from a tenth of a millisecond to several, and one queued behind a slow search on a busy thread
// would wait while another thread is free. Answers come back as JSON text.
import { Worker } from 'node:worker_threads';
import { ParkLensError, type ErrorCode } from '../errors.js';
import type { SearchQuery } from '../store/store.js';

interface Pending {
  resolve: (json: string) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** The searches sent to this thread and not answered yet. */
  waiting: Map<number, Pending>;
}

/** Searches a thread holds at once: two, so it starts the next one while the main thread takes an answer. */
const IN_FLIGHT = 2;

type Reply = { ready: true } | { id: number; json: string } | { id: number; error: { code: ErrorCode; message: string; subject: string | null } };

// Workers do not inherit the tsx loader the CLI registers, so each one registers it before loading its module.
const WORKER_URL = new URL('./search-worker.ts', import.meta.url).href;
const bootstrap = () =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export class SearchPool {
  private next = 0;
  private readonly queue: Array<Pending & { query: SearchQuery }> = [];
  private threads: Thread[] = [];

  /** Starts `threads` search threads on the store file; resolves when every one has opened it. */
  static async open(file: string, threads: number): Promise<SearchPool> {
    const pool = new SearchPool();
    const workers: Worker[] = [];
    const started = await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(bootstrap(), { eval: true, workerData: { file } });
        workers.push(worker);
        const thread: Thread = { worker, waiting: new Map() };
        return new Promise<Thread>((resolve, reject) => {
          const failed = (error: Error) => {
            reject(error);
            const lost = new ParkLensError('E_INTERNAL', `search thread failed: ${error.message}`);
            for (const w of thread.waiting.values()) w.reject(lost);
            thread.waiting.clear();
            // The other threads take the queue; with none left, nothing would answer it.
            pool.threads = pool.threads.filter((t) => t !== thread);
            if (pool.threads.length === 0) for (const w of pool.queue.splice(0)) w.reject(lost);
          };
          worker.on('error', failed);
          worker.on('exit', (code) => failed(new Error(`search thread exited with code ${code}`)));
          worker.on('message', (reply: Reply) => {
            if ('ready' in reply) return resolve(thread);
            const waiting = thread.waiting.get(reply.id);
            if (!waiting) return;
            thread.waiting.delete(reply.id);
            pool.dispatch();
            if ('json' in reply) waiting.resolve(reply.json);
            else waiting.reject(new ParkLensError(reply.error.code, reply.error.message, { subject: reply.error.subject ?? undefined }));
          });
        });
      }),
    ).catch(async (error: Error) => {
      await Promise.all(workers.map((w) => (w.removeAllListeners('exit'), w.terminate())));
      throw new ParkLensError('E_STORE', `cannot start search threads: ${error.message}`, { subject: file, cause: error });
    });
    pool.threads = started;
    return pool;
  }

  /** The search page for a query as JSON text (what Store.search returns, serialised). */
  search(query: SearchQuery): Promise<string> {
    if (this.threads.length === 0) return Promise.reject(new ParkLensError('E_INTERNAL', 'no search thread is running'));
    return new Promise((resolve, reject) => {
      this.queue.push({ query, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands queued searches, oldest first, to threads holding fewer than IN_FLIGHT. */
  private dispatch() {
    for (const thread of this.threads) {
      while (thread.waiting.size < IN_FLIGHT && this.queue.length > 0) {
        const { query, ...pending } = this.queue.shift()!;
        const id = this.next++;
        thread.waiting.set(id, pending);
        thread.worker.postMessage({ id, query });
      }
    }
  }

  /** Stops the threads; searches not answered by then fail. */
  async close(): Promise<void> {
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((t) => (t.worker.removeAllListeners('exit'), t.worker.terminate())));
    const closed = new ParkLensError('E_INTERNAL', 'the search threads were closed');
    for (const w of [...threads.flatMap((t) => [...t.waiting.values()]), ...this.queue.splice(0)]) w.reject(closed);
  }
}

// `parklens serve [--db FILE] [--port N] [--host 127.0.0.1] [--token T]`: the HTTP API and the web app.
// Read-only unless a token is given (flag or PARKLENS_TOKEN); binds to loopback unless told otherwise.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parseArgs, type Command } from '../cli.js';
import { ParkLensError } from '../errors.js';
import { serve, serveInWorkers, untilStopped } from '../server/serve.js';
import { openStore } from '../store/open.js';

export function parsePort(value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ParkLensError('E_USAGE', `--port must be 0–65535, not ${value}`);
  return port;
}

/**
 * One search thread a core (at most 4) when there is more than one: a search costs about three times the
 * HTTP work around it, so the main thread, answering HTTP, leaves most of its core to them. One core: none.
 */
export function defaultSearchThreads(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 4) : 0;
}

export const command: Command = {
  summary: 'serve the HTTP API (and the web app when built) from the knowledge base',
  usage: 'serve [--db FILE] [--port N] [--host 127.0.0.1] [--token T] [--workers N] [--search-threads N] [--log] [--no-cache]',
  async run(args) {
    const { flags, positionals } = parseArgs(args, { db: 'string', port: 'string', host: 'string', token: 'string', workers: 'string', 'search-threads': 'string', log: 'boolean', 'no-cache': 'boolean' });
    if (positionals.length) throw new ParkLensError('E_USAGE', `unexpected argument ${positionals[0]}`);
    const port = parsePort(flags.port, 8080);
    const host = (flags.host as string | undefined) ?? '127.0.0.1';
    const token = (flags.token as string | undefined) ?? process.env.PARKLENS_TOKEN;
    const workers = flags.workers === undefined ? 1 : Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new ParkLensError('E_USAGE', `--workers must be 1–64, not ${flags.workers}`);
    // Searches run on their own threads by default when there is more than one core (see SearchPool).
    const searchThreads = flags['search-threads'] === undefined ? defaultSearchThreads() : Number(flags['search-threads']);
    if (!Number.isInteger(searchThreads) || searchThreads < 0 || searchThreads > 64) {
      throw new ParkLensError('E_USAGE', `--search-threads must be 0–64, not ${flags['search-threads']}`);
    }
    // Every park profile read is a ~20 KB Buffer outside V8's heap, counted against the old generation's limit: with
    // the default growth a busy server ran a full mark-compact every ~0.3 s (3–11 ms pauses on the thread answering
    // HTTP, 28 in 8 s of profile reads). Letting the heap grow to four times what survives a collection before the
    // next leaves two in those 8 s, for some tens of MB more memory. V8 reads this setting each time it sets a limit.
    setFlagsFromString('--heap-growing-percent=300');
    const cluster = (await import('node:cluster')).default;
    if (workers > 1 && cluster.isPrimary) {
      // Open once in the primary so schema migrations run before the workers start.
      await openStore(flags.db).close();
      const { url, stopped } = await serveInWorkers(workers, host);
      console.log(`ParkLens is serving at ${url} with ${workers} workers (uploads ${token ? 'on, with token' : 'off'}; Ctrl-C to stop)`);
      return stopped;
    }
    const store = openStore(flags.db);
    const server = await serve({ store, port, host, token, logger: Boolean(flags.log), cache: !flags['no-cache'], searchThreads });
    if (cluster.isWorker) {
      const code = await untilStopped(server.close);
      cluster.worker?.disconnect(); // the IPC channel would keep the worker alive
      return code;
    }
    console.log(`ParkLens is serving at ${server.url} (uploads ${token ? 'on, with token' : 'off'}; Ctrl-C to stop)`);
    return untilStopped(server.close);
  },
};

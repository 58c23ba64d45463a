// `parklens start` (npm start): build the web app when its build is missing or stale, ingest the bundled
// corpus into parklens.db, serve, and print the URL.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type Command } from '../cli.js';
import { listInputs } from '../inputs.js';
import { serve, untilStopped } from '../server/serve.js';
import { formatSummary, ingestFiles } from '../store/ingest-files.js';
import { dbPath, openStore } from '../store/open.js';
import { parsePort } from './serve.js';

const CORPUS = 'corpus/kejiribao';

/** Newest modification time under a folder (skipping node_modules and dist). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** True when web/dist is missing or older than a file under web/. */
export function webBuildIsStale(webDir: string): boolean {
  const built = path.join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  return newest(webDir) > statSync(built).mtimeMs;
}

async function buildWeb(webDir: string): Promise<void> {
  if (!existsSync(path.join(webDir, 'index.html'))) {
    console.error(`start: ${webDir}/index.html does not exist yet; serving the API only`);
    return;
  }
  if (!webBuildIsStale(webDir)) return;
  console.error('start: building the web app …');
  const { build } = await import('vite');
  await build({ root: webDir, logLevel: 'warn' });
}

export const command: Command = {
  summary: 'build the web app if needed, ingest the bundled corpus, serve and print the URL',
  usage: 'start [--db FILE] [--port N] [--host 127.0.0.1] [--no-build]',
  async run(args) {
    const { flags } = parseArgs(args, { db: 'string', port: 'string', host: 'string', 'no-build': 'boolean' });
    const port = parsePort(flags.port ?? process.env.PORT, 8080);
    const host = (flags.host as string | undefined) ?? '127.0.0.1';
    if (!flags['no-build']) {
      try {
        await buildWeb('web');
      } catch (error) {
        console.error(`start: the web app did not build (${(error as Error).message}); serving the API only`);
      }
    }
    const store = openStore(flags.db);
    if (existsSync(CORPUS)) {
      const started = Date.now();
      const { files } = await listInputs([CORPUS]);
      const summary = await ingestFiles(store, files, {
        onFile: (o) => o.error && console.error(`${o.file}: error ${o.error.code} ${o.error.message}`),
      });
      console.error(`${formatSummary(summary, Date.now() - started)} → ${dbPath(flags.db)}`);
    } else console.error(`start: no bundled corpus at ${CORPUS}`);
    const token = process.env.PARKLENS_TOKEN;
    const server = await serve({ store, port, host, token });
    console.log(`ParkLens is ready: ${server.url}`);
    return untilStopped(server.close);
  },
};

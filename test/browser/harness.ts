// Shared set-up for the browser tests: a temp SQLite knowledge base, the real HTTP server on
// 127.0.0.1:0 serving the built web app, and a headless Chromium with a fresh profile.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// CI installs Debian's chromium here; PARKLENS_CHROMIUM points elsewhere (or at nothing, to check the skip).
export const CHROMIUM = process.env.PARKLENS_CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');

/** Why the browser tests cannot run here, or null when they can (CI installs Chromium). */
export function skipReason(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} not found: install chromium (apt-get install chromium fonts-wqy-microhei) to run the browser tests`;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const info = statSync(full);
    newest = Math.max(newest, info.isDirectory() ? newestMtime(full) : info.mtimeMs);
  }
  return newest;
}

let building: Promise<string> | null = null;

/**
 * The folder of built web app to serve: web/dist when it is there and newer than the sources,
 * else a fresh Vite build into a private temp folder. Never writing web/dist keeps parallel test
 * processes (and a running `parklens serve`) from seeing a half-written bundle.
 */
export function webBuild(): Promise<string> {
  building ??= (async () => {
    const index = path.join(DIST, 'index.html');
    const sources = Math.max(newestMtime(path.join(WEB, 'src')), statSync(path.join(WEB, 'index.html')).mtimeMs);
    if (existsSync(index) && statSync(index).mtimeMs >= sources) return DIST;
    const outDir = mkdtempSync(path.join(tmpdir(), 'parklens-web-'));
    const { build } = await import('vite');
    await build({ root: WEB, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    return outDir;
  })();
  return building;
}

export interface Harness {
  store: Store;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Messages of uncaught errors in the page, so a test can assert there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts server and browser; `fill` puts the test's documents into the fresh store first. */
export async function startHarness(fill: (store: Store) => Promise<void>): Promise<Harness> {
  const webRoot = await webBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'parklens-browser-'));
  const store = openSqliteStore(path.join(dir, 'parklens.db'));
  let app: FastifyInstance | null = null;
  let context: BrowserContext | null = null;
  try {
    await fill(store);
    app = await buildApp({ store, webRoot });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
      viewport: { width: 1360, height: 900 },
      locale: 'zh-CN',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const started = { app, context };
    return {
      store,
      baseUrl: `http://127.0.0.1:${address.port}`,
      context,
      page,
      pageErrors,
      close: async () => {
        await started.context.close().catch(() => undefined);
        await started.app.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await app?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a screenshot under test-artifacts/ (gitignored) for people to look at; the whole page unless `viewport`. */
export async function screenshot(page: Page, name: string, options: { viewport?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: !options.viewport });
  return file;
}

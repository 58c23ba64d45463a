// Development check for the quantity stages alone: builds documents from the gold articles in
// ../shared/eval/gold (clean bodies, as a perfect reader would give them), runs findQuantities and
// linkSubjects, and scores with ../shared/eval/score.mjs. `--entities` adds the gold parks and
// organisations as mentions (a perfect recogniser); without it the stages get no entities at all.
//   node --import tsx scripts/eval-extraction.ts [--entities] [--explain] [--only NAME]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuantities } from '../src/extract/findQuantities.js';
import { linkSubjects } from '../src/extract/linkSubjects.js';
import { findProjects } from '../src/extract/findProjects.js';
import { findPolicies } from '../src/extract/findPolicies.js';
import type { Article, Mention, Organization, Park, SourceDoc } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.join(root, '../shared/eval/gold');
const args = process.argv.slice(2);
const withEntities = args.includes('--entities');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function build(gold: any): SourceDoc {
  let text = '';
  const articles: Article[] = [];
  const item = (s: string) => {
    const start = text.length;
    text += s;
    const span = { start, end: text.length };
    text += '\n';
    return { text: s, span, textSpan: span };
  };
  gold.articles.forEach((a: any, i: number) => {
    const start = text.length;
    const headlines = [a.kicker, a.title, a.subtitle].filter(Boolean).map(item);
    const paragraphs = String(a.body).split('\n').filter(Boolean).map((p) => ({ ...item(p), kind: 'body' as const }));
    const captions = (a.captions ?? []).map(item);
    articles.push({
      id: `a${i + 1}`, title: a.title, subtitle: a.subtitle, kicker: a.kicker, column: a.column, byline: a.byline, dateline: null,
      paragraphs, captions, pullQuotes: [], headlines, bylineItem: null, textSpan: { start, end: text.length },
    });
    text += '\n';
  });
  const textMap = Int32Array.from({ length: text.length }, (_, i) => i);
  const mentions = (names: string[]): Mention[] => {
    const out: Mention[] = [];
    for (const name of [...names].sort((x, y) => y.length - x.length)) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(name, from);
        if (at < 0 || !name) break;
        const s = { start: at, end: at + name.length };
        if (!out.some((m) => m.textSpan.start < s.end && s.start < m.textSpan.end))
          out.push({ text: name, span: s, textSpan: s, article: articles.findIndex((a) => at >= a.textSpan.start && at < a.textSpan.end) });
        from = at + name.length;
      }
    }
    return out.sort((x, y) => x.textSpan.start - y.textSpan.start);
  };
  const parks: Park[] = withEntities
    ? gold.parks.map((p: any, i: number) => ({ id: `park${i}`, name: p.name, aliases: p.aliases, type: 'other', province: p.province, city: p.city, mentions: mentions([p.name, ...p.aliases]) }))
    : [];
  const organizations: Organization[] = withEntities
    ? gold.organizations.map((o: any, i: number) => ({ id: `org${i}`, name: o.name, aliases: o.aliases, kind: o.kind, mentions: mentions([o.name, ...o.aliases]) }))
    : [];
  return {
    source: { path: gold.file, name: gold.file, sha256: '', bytes: text.length, format: 'text', encoding: 'utf-8', traditional: false },
    lines: [], raw: text, text, textMap, analysisText: text,
    publication: { name: null, month: gold.publication?.month ?? null, date: null, basis: 'explicit' },
    articles, parks, organizations, people: [], quantities: [], projects: [], policies: [], incentives: [], messages: [],
  };
}

const out = mkdtempSync(path.join(tmpdir(), 'parklens-qty-'));
let chars = 0;
let ms = 0;
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json') && (!only || f.includes(only)))) {
  const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8'));
  let doc = build(gold);
  const t0 = performance.now();
  for (const stage of [findQuantities, linkSubjects, findProjects, findPolicies]) doc = stage.run(doc, {});
  ms += performance.now() - t0;
  chars += doc.text.length;
  writeFileSync(path.join(out, f.replace(/\.gold\.json$/, '.json')), JSON.stringify({ quantities: doc.quantities, projects: doc.projects, policies: doc.policies, incentives: doc.incentives }, null, 1));
}
console.log(`stages: ${chars} chars in ${ms.toFixed(1)} ms; predictions in ${out}`);
const scoreArgs = [path.join(root, '../shared/eval/score.mjs'), '--gold', goldDir, '--pred', out];
if (args.includes('--explain')) scoreArgs.push('--explain');
if (only) scoreArgs.push('--only', only);
spawnSync(process.execPath, scoreArgs, { stdio: 'inherit' });

// `parklens park <name|id> [--db FILE] [--json]`: a park's profile, every fact with the sentence it came from.
import { parseArgs, type Command } from '../cli.js';
import { ParkLensError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { ParkFactKind, ParkProfile } from '../store/store.js';

function formatNumber(value: number, unit: string): string {
  if (unit === 'CNY' && Math.abs(value) >= 1e8) return `${+(value / 1e8).toFixed(4)}亿元`;
  if (unit === 'CNY' && Math.abs(value) >= 1e4) return `${+(value / 1e4).toFixed(4)}万元`;
  if (unit === 'percent') return `${value}%`;
  return `${value} ${unit}`;
}

export function formatProfile(p: ParkProfile): string {
  const lines = [`${p.name}  [${p.id}]`];
  // A profile holds the newest facts of each kind; the heading says so when there are more.
  const heading = (title: string, kind: ParkFactKind, shown: number) => {
    const total = p.factCounts?.[kind]?.total ?? shown;
    return `${title}${total > shown ? ` (newest ${shown} of ${total})` : ''}:`;
  };
  if (p.aliases.length) lines.push(`  also: ${p.aliases.join('、')}`);
  lines.push(`  type: ${p.type}   place: ${[p.province, p.city].filter(Boolean).join(' ') || 'unknown'}   articles: ${p.articles.length}`);
  if (p.quantities.length) {
    lines.push('', heading('Quantities', 'quantities', p.quantities.length));
    for (const q of p.quantities) {
      const what = [q.attribute ?? '(unnamed)', q.period ? `(${q.period})` : ''].join(' ').trim();
      lines.push(`  ${what}: ${q.qualifier === '=' ? '' : q.qualifier + ' '}${formatNumber(q.value, q.unit)}   "${q.evidence.quote}"`);
    }
  }
  if (p.incentives.length) {
    lines.push('', heading('Incentives', 'incentives', p.incentives.length));
    for (const c of p.incentives) lines.push(`  ${c.benefit}: ${c.text}`);
  }
  if (p.projects.length) {
    lines.push('', heading('Projects', 'projects', p.projects.length));
    for (const j of p.projects) lines.push(`  ${j.name}${j.stage ? ` (${j.stage})` : ''}`);
  }
  if (p.organizations.length) lines.push('', `Organisations: ${p.organizations.map((o) => o.name).join('、')}`);
  if (p.people.length) lines.push(`People: ${p.people.map((x) => [x.name, x.title].filter(Boolean).join(' ')).join('、')}`);
  if (p.articles.length) {
    lines.push('', 'Articles:');
    for (const a of p.articles.slice(0, 20)) lines.push(`  ${a.date ?? ''} ${a.title ?? '(untitled)'}  [${a.id}]`);
  }
  return lines.join('\n');
}

export const command: Command = {
  summary: "show a park's profile (facts with evidence) by name or id",
  usage: 'park <name|id> [--db FILE] [--json]',
  async run(args) {
    const { flags, positionals } = parseArgs(args, { db: 'string', json: 'boolean' });
    const name = positionals.join(' ').trim();
    if (!name) throw new ParkLensError('E_USAGE', 'give a park name or id');
    const store = openStore(flags.db);
    try {
      let profile = await store.getPark(name);
      if (!profile) {
        const found = await store.listParks({ q: name, limit: 20 });
        if (found.total === 0) throw new ParkLensError('E_NOT_FOUND', `no park named ${name}`, { subject: name });
        if (found.total > 1 && !flags.json) {
          console.log(`${found.total} parks match ${name}:`);
          for (const p of found.items) console.log(`  ${p.name}  [${p.id}]  ${p.province ?? ''} ${p.city ?? ''}  ${p.articleCount} articles`);
          console.log('\nshowing the first:\n');
        }
        profile = await store.getPark(found.items[0]!.id);
      }
      console.log(flags.json ? JSON.stringify(profile, null, 2) : formatProfile(profile!));
      return 0;
    } finally {
      await store.close();
    }
  },
};

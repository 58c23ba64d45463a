// `parklens search <query> [--db FILE] [--json] [--province P] [--type T] [--industry W] [--year Y] [--limit N]`.
import { parseArgs, type Command } from '../cli.js';
import { ParkLensError } from '../errors.js';
import { openStore } from '../store/open.js';
import { PARK_TYPES } from '../store/store.js';
import type { ParkType, Span } from '../types.js';

/** Marks highlights in bold on a terminal; plain text otherwise. */
export function markHighlights(text: string, highlights: Span[], tty: boolean): string {
  if (!tty) return text;
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += text.slice(at, h.start) + '\x1b[1m' + text.slice(h.start, h.end) + '\x1b[22m';
    at = h.end;
  }
  return out + text.slice(at);
}

export const command: Command = {
  summary: 'search the stored articles (words and substrings), ranked, with snippets',
  usage: 'search <query> [--db FILE] [--json] [--province P] [--type T] [--industry W] [--year Y] [--limit N]',
  async run(args) {
    const { flags, positionals } = parseArgs(args, {
      db: 'string', json: 'boolean', province: 'string', type: 'string', industry: 'string', year: 'string', limit: 'string', offset: 'string',
    });
    const q = positionals.join(' ').trim();
    if (!q && !flags.industry && !flags.province && !flags.type && !flags.year) throw new ParkLensError('E_USAGE', 'give a query or a filter');
    const type = flags.type as ParkType | undefined;
    if (type && !PARK_TYPES.includes(type)) throw new ParkLensError('E_USAGE', `--type must be one of ${PARK_TYPES.join(', ')}`);
    const int = (name: string) => {
      const v = flags[name];
      if (v === undefined) return undefined;
      if (!/^\d+$/.test(String(v))) throw new ParkLensError('E_USAGE', `--${name} must be a whole number, not ${v}`);
      return Number(v);
    };
    const store = openStore(flags.db);
    try {
      const result = await store.search({
        q, province: flags.province as string | undefined, type, industry: flags.industry as string | undefined, year: int('year'),
        limit: int('limit') ?? 10, offset: int('offset'),
      });
      if (flags.json) {
        console.log(JSON.stringify(result, null, 2));
        return 0;
      }
      const tty = Boolean(process.stdout.isTTY);
      console.log(`${result.total} article${result.total === 1 ? '' : 's'}`);
      for (const hit of result.items) {
        console.log(`\n${hit.title ?? '(untitled)'}  ${hit.date ?? ''}  [${hit.articleId}]`);
        if (hit.parks.length) console.log(`  parks: ${hit.parks.map((p) => p.name).join('、')}`);
        console.log(`  ${markHighlights(hit.snippet, hit.highlights, tty)}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

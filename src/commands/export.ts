// `parklens export --format jsonl|csv|geojson [--db FILE] [--out FILE]`: the whole knowledge base.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs, type Command } from '../cli.js';
import { ParkLensError } from '../errors.js';
import { EXPORT_FORMATS, exportKnowledge, type ExportFormat } from '../store/export-formats.js';
import { openStore } from '../store/open.js';

export const command: Command = {
  summary: 'export parks (jsonl), quantities (csv) or park points (geojson) from the knowledge base',
  usage: 'export --format jsonl|csv|geojson [--db FILE] [--out FILE]',
  async run(args) {
    const { flags, positionals } = parseArgs(args, { db: 'string', format: 'string', out: 'string' });
    if (positionals.length) throw new ParkLensError('E_USAGE', `unexpected argument ${positionals[0]}`);
    const format = flags.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new ParkLensError('E_USAGE', `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const store = openStore(flags.db);
    const out = flags.out ? createWriteStream(flags.out as string) : process.stdout;
    try {
      const n = await exportKnowledge(store, format, async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
      });
      if (out !== process.stdout) {
        (out as NodeJS.WritableStream).end();
        await once(out, 'finish');
      }
      console.error(`export: ${n} ${format === 'csv' ? 'quantities' : 'parks'} written${flags.out ? ` to ${flags.out}` : ''}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

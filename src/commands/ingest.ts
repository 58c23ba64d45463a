// `parklens ingest <file|dir>... [--db FILE]`: read pages and store them in the knowledge base.
// Exit 0 when every file was stored, 1 when any failed (the others are still stored), 2 on usage errors.
import { parseArgs, type Command } from '../cli.js';
import { ParkLensError } from '../errors.js';
import { listInputs } from '../inputs.js';
import { progressBar } from '../progress.js';
import { formatSummary, ingestFiles } from '../store/ingest-files.js';
import { dbPath, openStore } from '../store/open.js';

/** Pages stored in one run from which the search indexes are compacted afterwards. */
const OPTIMIZE_AFTER = 100;

export const command: Command = {
  summary: 'read pages and store them in the knowledge base (same page twice: no duplicates)',
  usage: 'ingest <file|dir>... [--db FILE] [--date YYYY-MM[-DD]]',
  async run(args) {
    const { flags, positionals } = parseArgs(args, { db: 'string', date: 'string' });
    if (!positionals.length) throw new ParkLensError('E_USAGE', 'give at least one file or directory');
    const date = flags.date as string | undefined;
    if (date && !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) throw new ParkLensError('E_USAGE', `--date must be YYYY-MM or YYYY-MM-DD, not ${date}`);
    const { files, problems } = await listInputs(positionals);
    for (const p of problems) console.error(`${p.subject}: error ${p.code} ${p.message}`);
    if (!files.length) {
      console.error('parklens ingest: no input files');
      return 1;
    }
    const store = openStore(flags.db);
    const started = Date.now();
    const bar = progressBar('ingest', files.length);
    try {
      const summary = await ingestFiles(store, files, {
        date,
        onFile: (outcome) => {
          if (outcome.error) {
            bar?.stop();
            console.error(`${outcome.file}: error ${outcome.error.code} ${outcome.error.message}`);
          }
          bar?.increment({ file: outcome.file });
        },
      });
      bar?.stop();
      // After a bulk load the search indexes are compacted (seconds on a large store; not worth it for a few pages).
      if (summary.added + summary.replaced >= OPTIMIZE_AFTER) await store.optimize?.();
      console.error(`${formatSummary(summary, Date.now() - started)} → ${dbPath(flags.db)}`);
      return summary.failed || problems.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

// `parklens extract <file|dir>... --out <dir>`: one JSON export (or a Markdown rendering) per input.
// Exit 0 when every file succeeded, 1 when any failed (the others are still written), 2 on usage errors.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type Command } from '../cli.js';
import { ParkLensError, asParkLensError } from '../errors.js';
import { extractFile } from '../extract.js';
import { toExport } from '../export.js';
import { listInputs } from '../inputs.js';
import { progressBar } from '../progress.js';
import { renderMarkdown } from '../render/markdown.js';
import { formatDiagnostic } from '../diagnostics.js';

export const command: Command = {
  summary: 'read pages and write one JSON export (or Markdown) per file',
  usage: 'extract <file|dir>... [--out DIR] [--format json|md] [--date YYYY-MM[-DD]] [--verbose]',
  async run(args) {
    const { flags, positionals } = parseArgs(args, { out: 'string', format: 'string', date: 'string', verbose: 'boolean', 'max-bytes': 'string' });
    const format = (flags.format as string | undefined) ?? 'json';
    if (!positionals.length) throw new ParkLensError('E_USAGE', 'give at least one file or directory');
    if (format !== 'json' && format !== 'md') throw new ParkLensError('E_USAGE', `--format must be json or md, not ${format}`);
    if (format === 'json' && !flags.out) throw new ParkLensError('E_USAGE', '--out DIR is required for JSON output');
    const date = flags.date as string | undefined;
    if (date && !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) throw new ParkLensError('E_USAGE', `--date must be YYYY-MM or YYYY-MM-DD, not ${date}`);
    const maxBytes = flags['max-bytes'] ? Number(flags['max-bytes']) : undefined;

    const { files, problems } = await listInputs(positionals);
    for (const p of problems) console.error(`${p.subject}: error ${p.code} ${p.message}`);
    if (!files.length) {
      console.error('parklens extract: no input files');
      return 1;
    }
    const out = flags.out as string | undefined;
    if (out) await mkdir(out, { recursive: true });
    const bar = progressBar('extract', files.length);
    let failed = problems.length;
    for (const file of files) {
      const name = path.basename(file);
      bar?.update({ file: name });
      try {
        const doc = await extractFile(file, { date, maxBytes });
        if (format === 'md') process.stdout.write(renderMarkdown(doc) + '\n');
        else await writeFile(path.join(out!, `${name}.json`), JSON.stringify(toExport(doc), null, 2));
        if (flags.verbose) for (const d of doc.messages) console.error(formatDiagnostic(name, doc.raw, d));
      } catch (error) {
        failed++;
        const e = asParkLensError(error, name);
        bar?.stop();
        console.error(`${file}: error ${e.code} ${e.message}`);
        if (out) await writeFile(path.join(out, `${name}.error.json`), JSON.stringify({ file: name, ...e.toJSON() }, null, 2));
      }
      bar?.increment();
    }
    bar?.stop();
    if (files.length > 1 || failed) console.error(`extract: ${files.length - (failed - problems.length)} of ${files.length} files extracted${failed ? `, ${failed} failed` : ''}`);
    return failed ? 1 : 0;
  },
};

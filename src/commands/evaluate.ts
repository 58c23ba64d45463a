// `parklens evaluate` (npm run eval): extracts the bundled seed pages into a temporary folder and
// scores them with ../shared/eval/score.mjs, or says why it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type Command } from '../cli.js';
import { command as extract } from './extract.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const command: Command = {
  summary: 'extract the bundled seed pages and score them against ../shared/eval gold',
  usage: 'evaluate [--shared DIR] [--explain] [--json] [--keep DIR]',
  async run(args) {
    const { flags } = parseArgs(args, { shared: 'string', explain: 'boolean', json: 'boolean', keep: 'string', only: 'string' });
    const shared = path.resolve((flags.shared as string | undefined) ?? path.join(root, '../shared'));
    const scorer = path.join(shared, 'eval/score.mjs');
    const gold = path.join(shared, 'eval/gold');
    if (!existsSync(scorer) || !existsSync(gold)) {
      console.log(`evaluate: skipped — no scorer at ${scorer} (the ../shared folder with eval/ is not beside this project)`);
      return 0;
    }
    const out = (flags.keep as string | undefined) ?? mkdtempSync(path.join(tmpdir(), 'parklens-eval-'));
    const corpus = path.join(root, 'corpus/kejiribao');
    const code = await extract.run([corpus, '--out', out]);
    if (code !== 0) console.error(`evaluate: extract exited ${code}; scoring what was written`);
    const scoreArgs = [scorer, '--gold', gold, '--pred', out];
    if (flags.explain) scoreArgs.push('--explain');
    if (flags.json) scoreArgs.push('--json');
    if (flags.only) scoreArgs.push('--only', flags.only as string);
    const result = spawnSync(process.execPath, scoreArgs, { stdio: 'inherit' });
    if (!flags.keep) rmSync(out, { recursive: true, force: true });
    return result.status ?? 1;
  },
};

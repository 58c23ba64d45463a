// The `parklens` command line: parses the sub-command and hands over to one module per command
// (src/commands/<name>.ts). Commands are loaded lazily so `parklens extract` never loads the server.
import { ParkLensError, asParkLensError } from './errors.js';

export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  extract: () => import('./commands/extract.js'),
  evaluate: () => import('./commands/evaluate.js'),
  ingest: () => import('./commands/ingest.js'),
  serve: () => import('./commands/serve.js'),
  start: () => import('./commands/start.js'),
  search: () => import('./commands/search.js'),
  park: () => import('./commands/park.js'),
  export: () => import('./commands/export.js'),
};

async function help(): Promise<string> {
  const lines = ['parklens — park intelligence from Chinese park news pages', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    try {
      const { command } = await load();
      lines.push(`  ${command.usage.padEnd(58)} ${command.summary}`);
    } catch {
      lines.push(`  ${name}`);
    }
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`parklens: unknown command '${name}'\n\n${await help()}`);
    return 2;
  }
  try {
    const { command } = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      console.log(`usage: parklens ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
    const e = asParkLensError(error);
    console.error(`parklens ${name}: ${e.code}: ${e.message}${e.subject ? ` (${e.subject})` : ''}`);
    if (e.code === 'E_INTERNAL' && process.env.PARKLENS_DEBUG) console.error(error);
    return e.exitCode;
  }
}

/** Minimal flag parser: `--name value`, `--flag`, and positionals; unknown flags are a usage error. */
export function parseArgs(
  args: string[],
  spec: Record<string, 'string' | 'boolean'>,
): { flags: Record<string, string | boolean | undefined>; positionals: string[] } {
  const flags: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const kind = spec[key];
      if (!kind) throw new ParkLensError('E_USAGE', `unknown option --${key}`);
      if (kind === 'boolean') flags[key] = true;
      else {
        const value = inline ?? args[++i];
        if (value === undefined) throw new ParkLensError('E_USAGE', `option --${key} needs a value`);
        flags[key] = value;
      }
    } else positionals.push(arg);
  }
  return { flags, positionals };
}

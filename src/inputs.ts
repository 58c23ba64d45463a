// Expands the command line's files and directories into the list of input files (directories are
// walked recursively; hidden files and obvious non-pages are skipped), reporting what is missing.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ParkLensError } from './errors.js';

const PAGE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '']);

export interface InputList {
  files: string[];
  /** Paths that could not be used, with the reason. */
  problems: ParkLensError[];
}

export async function listInputs(paths: string[]): Promise<InputList> {
  const files: string[] = [];
  const problems: ParkLensError[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (cause) {
      problems.push(new ParkLensError('E_NOT_FOUND', `${p}: no such file or directory`, { subject: p, cause }));
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(p);
      if (!found.length) problems.push(new ParkLensError('E_NO_INPUT', `${p}: the directory holds no readable page files (.txt, .md, .html)`, { subject: p }));
      files.push(...found);
    } else files.push(p);
  }
  return { files, problems };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && PAGE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

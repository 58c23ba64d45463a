// The progress bar the file-processing commands show on a terminal when there are many files
// (none when stderr is not a terminal, so logs and pipes stay clean).
import cliProgress from 'cli-progress';

const MANY_FILES = 3;

export function progressBar(label: string, total: number): cliProgress.SingleBar | null {
  if (!process.stderr.isTTY || total <= MANY_FILES) return null;
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {file}`, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { file: '' });
  return bar;
}

// The code runs through tsx, which strips types without checking them: this test is where a type
// error in the server, the CLI, the pipeline or the web app fails the build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

for (const project of ['.', 'web']) {
  test(`typecheck: tsc --noEmit -p ${project}`, () => {
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc reported errors:\n${result.stdout}${result.stderr}`);
  });
}

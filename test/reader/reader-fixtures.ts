// Fixture runner for the reader's repair stages: each `test/fixtures/reader/<prefix>-*.txt` is read
// by a stage and compared with `<name>.expected.json` beside it; `UPDATE=1` rewrites the expected
// files (read the diff before committing them).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stage, StageContext } from '../../src/stage.js';
import { newSourceDoc } from '../../src/extract.js';
import type { Diagnostic, SourceDoc } from '../../src/types.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/reader');
const UPDATE = process.env.UPDATE === '1';

/** A fresh document over `raw` (format detected from the name and content, as the CLI does). */
export function docOf(raw: string, name = 'fixture.txt'): SourceDoc {
  return newSourceDoc(new TextEncoder().encode(raw), { name });
}

export function runStages(doc: SourceDoc, stages: readonly Stage[], context: StageContext = {}): SourceDoc {
  return stages.reduce((d, stage) => stage.run(d, context), doc);
}

/** Diagnostics in a readable, stable form: the raw text at the place rather than bare offsets. */
export function describe(raw: string, messages: readonly Diagnostic[], ruleIds: readonly string[]) {
  return messages
    .filter((m) => ruleIds.includes(m.ruleId))
    .map((m) => ({ ruleId: m.ruleId, severity: m.severity, place: m.place ?? null, at: m.place ? raw.slice(m.place.start, m.place.end) : null, dropped: m.dropped ?? null, reason: m.reason }));
}

export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Compares what `produce` makes of each fixture with its expected file (or rewrites it under UPDATE=1). */
export function checkFixture(name: string, produce: (raw: string, name: string) => unknown): void {
  const raw = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  const actual = JSON.parse(JSON.stringify(produce(raw, `${name}.txt`)));
  const expectedFile = path.join(FIXTURES, `${name}.expected.json`);
  if (UPDATE) {
    writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  assert.ok(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE=1 and review it`);
  assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
}

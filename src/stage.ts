// A pipeline stage is a named pure function of the document that declares which fields it needs and
// which it adds; `checkOrder` verifies once, at start-up, that every need is met by an earlier stage.
import type { SourceDoc } from './types.js';

export type DocField = keyof SourceDoc | 'raw-lines' | 'repaired-lines' | 'articles' | 'entities';

export interface StageContext {
  /** Publication date given on the command line or in metadata (YYYY-MM or YYYY-MM-DD). */
  date?: string;
}

export interface Stage {
  name: string;
  requires: readonly string[];
  assigns: readonly string[];
  run(doc: SourceDoc, context: StageContext): SourceDoc;
}

export function defineStage(stage: Stage): Stage {
  return stage;
}

export function checkOrder(stages: readonly Stage[], initial: readonly string[]): void {
  const have = new Set(initial);
  for (const stage of stages) {
    for (const need of stage.requires)
      if (!have.has(need)) throw new Error(`pipeline: stage '${stage.name}' needs '${need}', which no earlier stage assigns`);
    for (const field of stage.assigns) have.add(field);
  }
}

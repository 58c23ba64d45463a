// PLACEHOLDER: undoubleBoldRuns is not implemented yet; it changes nothing.
import { defineStage } from '../stage.js';

export const undoubleBoldRuns = defineStage({
  name: 'undoubleBoldRuns',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    return doc;
  },
});

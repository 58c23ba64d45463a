// PLACEHOLDER: collapseSpacedCharacters is not implemented yet; it changes nothing.
import { defineStage } from '../stage.js';

export const collapseSpacedCharacters = defineStage({
  name: 'collapseSpacedCharacters',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    return doc;
  },
});

// PLACEHOLDER: reflowLines is not implemented yet; it changes nothing.
import { defineStage } from '../stage.js';

export const reflowLines = defineStage({
  name: 'reflowLines',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    return doc;
  },
});

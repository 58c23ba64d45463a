// PLACEHOLDER: findQuantities is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const findQuantities = defineStage({
  name: 'findQuantities',
  requires: ['articles', 'analysisText'],
  assigns: ['quantities'],
  run(doc) {
    return doc;
  },
});

// PLACEHOLDER: findParks is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const findParks = defineStage({
  name: 'findParks',
  requires: ['articles', 'analysisText'],
  assigns: ['parks'],
  run(doc) {
    return doc;
  },
});

// PLACEHOLDER: findPeople is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const findPeople = defineStage({
  name: 'findPeople',
  requires: ['articles', 'analysisText', 'parks', 'organizations'],
  assigns: ['people'],
  run(doc) {
    return doc;
  },
});

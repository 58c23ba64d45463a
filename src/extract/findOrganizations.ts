// PLACEHOLDER: findOrganizations is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const findOrganizations = defineStage({
  name: 'findOrganizations',
  requires: ['articles', 'analysisText', 'parks'],
  assigns: ['organizations'],
  run(doc) {
    return doc;
  },
});

// PLACEHOLDER: findPolicies is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const findPolicies = defineStage({
  name: 'findPolicies',
  requires: ['articles', 'analysisText', 'parks'],
  assigns: ['policies', 'incentives'],
  run(doc) {
    return doc;
  },
});

// PLACEHOLDER: linkSubjects is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const linkSubjects = defineStage({
  name: 'linkSubjects',
  requires: ['quantities', 'parks', 'organizations'],
  assigns: ['quantities-linked'],
  run(doc) {
    return doc;
  },
});

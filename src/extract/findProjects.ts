// PLACEHOLDER: findProjects is not implemented yet; it assigns nothing.
import { defineStage } from '../stage.js';

export const findProjects = defineStage({
  name: 'findProjects',
  requires: ['quantities-linked', 'parks', 'organizations'],
  assigns: ['projects'],
  run(doc) {
    return doc;
  },
});

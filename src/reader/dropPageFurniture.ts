// PLACEHOLDER: dropPageFurniture is not implemented yet; it changes nothing.
import { defineStage } from '../stage.js';

export const dropPageFurniture = defineStage({
  name: 'dropPageFurniture',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    return doc;
  },
});

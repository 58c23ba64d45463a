// PLACEHOLDER: inferPublicationDate is not implemented yet; it changes nothing.
import { defineStage } from '../stage.js';

export const inferPublicationDate = defineStage({
  name: 'inferPublicationDate',
  requires: ['articles'],
  assigns: ['publication'],
  run(doc) {
    return doc;
  },
});

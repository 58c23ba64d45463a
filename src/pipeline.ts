// The ParkLens pipeline, in order. Each stage is a pure function of the document in its own file;
// `checkOrder` verifies at load time that every stage's needs are met by an earlier one.
import { checkOrder, type Stage, type StageContext } from './stage.js';
import type { SourceDoc } from './types.js';
import { splitLines } from './reader/splitLines.js';
import { dropPinyinAnnotations } from './reader/dropPinyinAnnotations.js';
import { collapseSpacedCharacters } from './reader/collapseSpacedCharacters.js';
import { undoubleBoldRuns } from './reader/undoubleBoldRuns.js';
import { dropPageFurniture } from './reader/dropPageFurniture.js';
import { reflowLines } from './reader/reflowLines.js';
import { segmentArticles } from './reader/segmentArticles.js';
import { inferPublicationDate } from './reader/inferPublicationDate.js';
import { convertScript } from './reader/convertScript.js';
import { findParks } from './extract/findParks.js';
import { findOrganizations } from './extract/findOrganizations.js';
import { findPeople } from './extract/findPeople.js';
import { findQuantities } from './extract/findQuantities.js';
import { linkSubjects } from './extract/linkSubjects.js';
import { findProjects } from './extract/findProjects.js';
import { findPolicies } from './extract/findPolicies.js';

/** Reader: any page in, clean segmented articles out. */
export const readerStages: Stage[] = [
  splitLines,
  dropPinyinAnnotations,
  collapseSpacedCharacters,
  undoubleBoldRuns,
  dropPageFurniture,
  reflowLines,
  segmentArticles,
  inferPublicationDate,
  convertScript,
];

/** Extraction: parks, organisations, people, quantities, projects, policies from the articles. */
export const extractionStages: Stage[] = [
  findParks,
  findOrganizations,
  findPeople,
  findQuantities,
  linkSubjects,
  findProjects,
  findPolicies,
];

export const pipeline: Stage[] = [...readerStages, ...extractionStages];

checkOrder(pipeline, ['raw', 'source']);

export function runStages(stages: readonly Stage[], doc: SourceDoc, context: StageContext): SourceDoc {
  let current = doc;
  for (const stage of stages) current = stage.run(current, context);
  return current;
}

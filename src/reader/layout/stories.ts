// The working shape of an article while the page is being segmented: its headline run, its body
// pieces (paragraphs and subheads, each remembering the units it was built from), bylines, captions.
import type { Line } from '../../types.js';
import type { Unit } from './classifyLines.js';

export interface Piece {
  line: Line;
  kind: 'body' | 'subhead';
  /** Page position (index of its first unit), for keeping page order after moves. */
  order: number;
  /** Units this piece was built from (a joined paragraph has several). */
  units: Unit[];
  /** First body piece after the headline: it fixes where the article starts and never moves. */
  anchored: boolean;
}

export interface Story {
  headline: Unit[];
  column: string | null;
  bylines: Unit[];
  pieces: Piece[];
  captions: Unit[];
  quotes: { unit: Unit; attribution: Line[] }[];
  /** Whether a body paragraph has been added yet (the first one is anchored). */
  hasBody: boolean;
  /** The printed line naming the column, when it is not the first line of the headline run (a bulletin's issue header). */
  columnLine?: Line;
}

export function newStory(headline: Unit[] = [], column: string | null = null): Story {
  return { headline, column, bylines: [], pieces: [], captions: [], quotes: [], hasBody: false };
}

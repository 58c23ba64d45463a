// Repair accounting: every character of the original must either reach the repaired text (through an
// exact offset map) or be whitespace, or be dropped by a rule that says so in a diagnostic whose place
// covers it. `DROPPING_RULES` is the one list of rules allowed to drop non-whitespace characters; a
// stage that drops text (markup, duplicated copies, furniture) adds its rule id here.
import type { Diagnostic, Line } from '../types.js';
import { PAGE_FURNITURE } from './dropPageFurniture.js';
import { PINYIN_ANNOTATION } from './dropPinyinAnnotations.js';
import { MARKDOWN_MARKUP } from './splitLines.js';
import { DOUBLED_BOLD_RUN } from './undoubleBoldRuns.js';

/** Rule ids whose diagnostics may drop non-whitespace raw characters (within their `place`). */
export const DROPPING_RULES: readonly string[] = [
  MARKDOWN_MARKUP, // splitLines: '#' heading marks
  DOUBLED_BOLD_RUN, // undoubleBoldRuns: the second copy of a doubled bold run
  PAGE_FURNITURE, // dropPageFurniture: running heads, page numbers, editor credits
  PINYIN_ANNOTATION, // dropPinyinAnnotations: pinyin a script conversion printed after characters
];

/** A mapped piece of output: a line, or the repaired text with its textMap. */
export interface MappedText {
  text: string;
  map: ArrayLike<number>;
}

export interface Unaccounted {
  offset: number;
  char: string;
}

/** Places where `text[i]` is not the raw character at `map[i]` (or the map is out of range). */
export function mapMismatches(raw: string, piece: MappedText, allowInserted = false): number[] {
  const bad: number[] = [];
  if (piece.map.length !== piece.text.length) return [-1];
  for (let i = 0; i < piece.text.length; i++) {
    const at = piece.map[i]!;
    if (at < 0 || at > raw.length) bad.push(i);
    else if (raw[at] !== piece.text[i] && !(allowInserted && /\s/.test(piece.text[i]!))) bad.push(i);
  }
  return bad;
}

/**
 * Raw characters that are in none of the pieces, are not whitespace, and lie in no `place` of a
 * diagnostic of a dropping rule. Empty when the repair accounted for everything.
 */
export function unaccountedCharacters(raw: string, pieces: Iterable<MappedText>, messages: readonly Diagnostic[], rules: readonly string[] = DROPPING_RULES): Unaccounted[] {
  const kept = new Uint8Array(raw.length);
  for (const piece of pieces)
    for (let i = 0; i < piece.text.length; i++) {
      const at = piece.map[i]!;
      // an inserted separator maps to a neighbour's offset but is not that character
      if (at >= 0 && at < raw.length && raw[at] === piece.text[i]) kept[at] = 1;
    }
  const depth = new Int32Array(raw.length + 1);
  const allowed = new Set(rules);
  for (const m of messages) {
    if (!allowed.has(m.ruleId) || !m.place) continue;
    depth[Math.max(0, m.place.start)]! += 1;
    depth[Math.min(raw.length, m.place.end)]! -= 1;
  }
  const missing: Unaccounted[] = [];
  let covering = 0;
  for (let at = 0; at < raw.length; at++) {
    covering += depth[at]!;
    if (kept[at] || covering > 0 || /\s/.test(raw[at]!)) continue;
    missing.push({ offset: at, char: raw[at]! });
  }
  return missing;
}

/** Convenience for lines: the same check over the working lines of the reader. */
export function unaccountedInLines(raw: string, lines: readonly Line[], messages: readonly Diagnostic[]): Unaccounted[] {
  return unaccountedCharacters(raw, lines, messages);
}

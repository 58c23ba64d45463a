// Dropping characters from a mapped line in one pass: the stages mark what goes in a mask and this
// rebuilds the text from slices (no per-character string concatenation) with an exact offset map.
import { newLineMap, withText } from '../../text/offsets.js';
import type { Diagnostic, Line } from '../../types.js';

/** The line without the characters whose mask entry is non-zero. */
export function dropMasked(line: Line, drop: Uint8Array): Line {
  const { text, map } = line;
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!drop[i]) kept++;
  if (kept === text.length) return line;
  const out = newLineMap(kept);
  const parts: string[] = [];
  let at = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const keep = i < text.length && !drop[i];
    if (keep) {
      if (runStart < 0) runStart = i;
      out[at++] = map[i]!;
    } else if (runStart >= 0) {
      parts.push(text.slice(runStart, i));
      runStart = -1;
    }
  }
  return withText(line, parts.join(''), out);
}

/** Raw span covering the masked characters of a line, and the characters themselves in order. */
export function maskedPlace(line: Line, drop: Uint8Array, from = 0, to = line.text.length): { place: { start: number; end: number }; dropped: string } | null {
  let start = Infinity;
  let end = -Infinity;
  const parts: string[] = [];
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const dropped = i < to && drop[i];
    if (dropped) {
      const raw = line.map[i]!;
      if (raw < start) start = raw;
      if (raw + 1 > end) end = raw + 1;
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      parts.push(line.text.slice(runStart, i));
      runStart = -1;
    }
  }
  if (start === Infinity) return null;
  return { place: { start, end }, dropped: parts.join('') };
}

/** The line without its masked characters, and the info diagnostic reporting them (whole line's mask, one place). */
export function dropReported(line: Line, drop: Uint8Array, ruleId: string, source: string, reason: string): { line: Line; message: Diagnostic } {
  const where = maskedPlace(line, drop)!;
  return { line: dropMasked(line, drop), message: { severity: 'info', ruleId, source, reason, place: where.place, dropped: where.dropped } };
}

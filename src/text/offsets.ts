// Offset bookkeeping between the raw text and the repaired text. Every repaired character keeps the
// raw offset it came from, so any span found in repaired text can be shown in the original.
import type { Line, Span } from '../types.js';

/** Raw span of a repaired-text span: from the first character's raw offset to just after the last's. */
export function toRawSpan(textMap: ArrayLike<number>, textSpan: Span): Span {
  if (textSpan.end <= textSpan.start) {
    const at = textMap[textSpan.start] ?? textMap[textMap.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: textMap[textSpan.start]!, end: textMap[textSpan.end - 1]! + 1 };
}

/**
 * The line with other text and offsets; its role and heading level kept. Lines are copied field by field
 * here rather than spread (`{ ...line, text, map }`): a spread of a line measured ten times slower or worse,
 * and the reader copies each line several times.
 */
export function withText(line: Line, text: string, map: Int32Array): Line {
  return { text, map, role: line.role, headingLevel: line.headingLevel };
}

/** The line with another layout role (see withText). */
export function withRole(line: Line, role: string): Line {
  return { text: line.text, map: line.map, role, headingLevel: line.headingLevel };
}

/** Offsets 0 … length-1: lines cut from the raw text take views of it as their maps. */
export function identityMap(length: number): Int32Array {
  const map = new Int32Array(length);
  for (let i = 0; i < length; i++) map[i] = i;
  return map;
}

/** A line over raw[start, end) with the identity map. */
export function lineFromRaw(raw: string, start: number, end: number): Line {
  const map = newLineMap(end - start);
  for (let i = 0; i < map.length; i++) map[i] = start + i;
  return { text: raw.slice(start, end), map };
}

// The offset maps of the reader's intermediate lines (joined paragraphs, lines with characters dropped) are
// carved out of shared blocks: an Int32Array of its own per paragraph is a separate off-heap allocation,
// about a microsecond each and more work for the collector, where a view into a block is a small object.
// A block is never written twice (each view gets fresh zeroed space), and it is freed once no view of it is left.
const BLOCK = 1 << 14;
let block = new Int32Array(BLOCK);
let blockUsed = 0;

/** A zeroed map of `length` offsets for a line: a view into a shared block, or an array of its own when long. */
export function newLineMap(length: number): Int32Array {
  if (length > BLOCK >> 3) return new Int32Array(length);
  if (blockUsed + length > BLOCK) (block = new Int32Array(BLOCK)), (blockUsed = 0);
  const map = block.subarray(blockUsed, blockUsed + length);
  blockUsed += length;
  return map;
}

/** Builds a mapped text piece by piece. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  /** Each part's raw offsets, or for an inserted separator the one raw offset all its characters map to. */
  private readonly maps: (ArrayLike<number> | number)[] = [];
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** Appends text whose characters have the given raw offsets. */
  append(text: string, map: ArrayLike<number>): Span {
    if (map.length !== text.length) throw new Error(`map length ${map.length} ≠ text length ${text.length}`);
    const start = this.length;
    this.parts.push(text);
    this.maps.push(map);
    this.length += text.length;
    return { start, end: this.length };
  }

  /** Appends a separator the program inserted (e.g. "\n"): it maps to `rawAt` (the next kept raw offset). */
  appendSeparator(text: string, rawAt: number): void {
    this.parts.push(text);
    // (the offset alone: separators are many and short, and an array of them per separator costs an allocation)
    this.maps.push(rawAt);
    this.length += text.length;
  }

  /**
   * The text and its map. A line's map is a view into a shared block (newLineMap); `own` gives an array of its
   * own, for a map that outlives the reader (the document's text map).
   */
  build(own = false): { text: string; map: Int32Array } {
    const map = own ? new Int32Array(this.length) : newLineMap(this.length);
    let at = 0;
    for (let k = 0; k < this.maps.length; k++) {
      const m = this.maps[k]!;
      const length = this.parts[k]!.length;
      if (typeof m === 'number') map.fill(m, at, at + length);
      else map.set(m, at);
      at += length;
    }
    return { text: this.parts.join(''), map };
  }
}

/** Keeps the characters of a line for which `keep(i)` is true, with their offsets. */
export function filterLine(line: Line, keep: (index: number) => boolean): Line {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < line.text.length; i++) {
    if (keep(i)) {
      text += line.text[i];
      map.push(line.map[i]!);
    }
  }
  return withText(line, text, Int32Array.from(map));
}

/** Concatenates lines (with an optional inserted separator between them, mapped to the next line's start). */
export function joinLines(lines: Line[], separator = ''): Line {
  const builder = new MappedTextBuilder();
  lines.forEach((line, i) => {
    if (i > 0 && separator) builder.appendSeparator(separator, line.map[0] ?? lines[i - 1]!.map[lines[i - 1]!.map.length - 1]! + 1);
    builder.append(line.text, line.map);
  });
  const { text, map } = builder.build();
  return withText(lines[0]!, text, map);
}

/** Half-open slice of a line, keeping offsets. */
export function sliceLine(line: Line, start: number, end = line.text.length): Line {
  return withText(line, line.text.slice(start, end), line.map.slice(start, end));
}

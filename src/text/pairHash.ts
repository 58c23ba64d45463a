// One hash for the pair-of-characters filters: tables of flags by the first two characters' codes of the words a
// matcher knows, read at each text position before any exact comparison (pairs that share a slot only cost a
// comparison that finds nothing).

/**
 * A slot for two characters' codes in a table of `mask + 1` slots (a power of two). The first code is multiplied by an
 * odd constant, so that all of its bits under the mask count: shifting it left kept only its low bits, and Han
 * characters that share them (most of a 16-bit table's pairs) collided.
 */
export function pairHash(first: number, second: number, mask: number): number {
  return (Math.imul(first, 0x9e37) + second) & mask;
}

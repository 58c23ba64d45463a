// Topic continuity between fragments of one page: CJK character bigrams weighted by how rare they are
// on the page (a bigram every paragraph has says nothing). Two fragments about the same park, company
// or project share rare bigrams; fragments of different articles share few. Linear in the text.
import { isCjk } from './measureLine.js';

const CJK_BASE = 0x3400;

/** Key of a pair of character codes when both are CJK, else -1. */
export function bigramKey(a: number, b: number): number {
  return isCjk(a) && isCjk(b) ? ((a - CJK_BASE) << 15) | (b - CJK_BASE) : -1;
}

/** The set of CJK bigrams of a text, as small integers (15 bits a character, so V8 keeps them unboxed). */
export function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isCjk(a) && isCjk(b)) out.add(((a - CJK_BASE) << 15) | (b - CJK_BASE));
  }
  return out;
}

/** Rarity weights learned from the fragments of one page. */
export class TopicModel {
  private readonly weights = new Map<number, number>();
  private readonly unseen: number;

  constructor(fragments: string[]) {
    const count = Math.max(1, fragments.length);
    const df = new Map<number, number>();
    for (const text of fragments) for (const g of bigrams(text)) df.set(g, (df.get(g) ?? 0) + 1);
    for (const [g, n] of df) this.weights.set(g, Math.log(1 + count / n));
    this.unseen = Math.log(1 + count);
  }

  weight(gram: number): number {
    return this.weights.get(gram) ?? this.unseen;
  }

  /** Cosine-like overlap in [0, 1] of two bigram sets, rare bigrams counting most. */
  similarity(a: Set<number>, b: Set<number>): number {
    if (!a.size || !b.size) return 0;
    let shared = 0;
    let wa = 0;
    let wb = 0;
    for (const g of a) {
      const w = this.weight(g);
      wa += w;
      if (b.has(g)) shared += w;
    }
    for (const g of b) wb += this.weight(g);
    return shared / Math.sqrt(wa * wb);
  }
}

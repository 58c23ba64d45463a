// Topic continuity between fragments of one page: CJK character bigrams weighted by how rare they are
// on the page (a bigram every paragraph has says nothing). Two fragments about the same park, company
// or project share rare bigrams; fragments of different articles share few. Linear in the text.
import { isCjk } from './measureLine.js';

/** The set of CJK bigrams of a text, as numbers. */
export function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isCjk(a) && isCjk(b)) out.add(a * 65536 + b);
  }
  return out;
}

/** Rarity weights learned from the fragments of one page. */
export class TopicModel {
  private readonly df = new Map<number, number>();
  private readonly count: number;

  constructor(fragments: string[]) {
    this.count = Math.max(1, fragments.length);
    for (const text of fragments) for (const g of bigrams(text)) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }

  weight(gram: number): number {
    return Math.log(1 + this.count / (this.df.get(gram) ?? 1));
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

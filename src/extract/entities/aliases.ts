// "X（以下简称Y）" and its variants (简称, 下称, 以下称, quoted Y): Y is a short name for the entity that ends
// right before the bracket.
import type { Block } from './blocks.js';

export interface AliasDefinition {
  block: Block;
  /** Offset where the named entity ends (the bracket's start, spaces skipped). */
  targetEnd: number;
  /** Span of the alias Y. */
  start: number;
  end: number;
  name: string;
}

const DEFINITION = /[（(]\s*(?:以下简称|以下称|下称|简称|以下统称)\s*[为:：]?\s*([“"‘]?)([^（）()“”"‘’，,。、；;：:\s]{1,16})[”"’]?\s*[）)]/gu;

export function findAliasDefinitions(blocks: Block[]): AliasDefinition[] {
  const out: AliasDefinition[] = [];
  for (const block of blocks) {
    if (!block.text.includes('称')) continue;
    for (const m of block.text.matchAll(DEFINITION)) {
      let targetEnd = block.start + m.index!;
      while (targetEnd > block.start && /\s/.test(block.text[targetEnd - 1 - block.start]!)) targetEnd--;
      const name = m[2]!;
      const start = block.start + m.index! + m[0].indexOf(name, m[0].indexOf(m[1]!) + m[1]!.length);
      out.push({ block, targetEnd, start, end: start + name.length, name });
    }
  }
  return out;
}

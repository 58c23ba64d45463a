// Groups the names found in one document into entities: equal names, "以下简称" aliases, and abbreviations
// (a short form whose characters are a subsequence of a full form with the same kind of ending: "云溪高新区" /
// "江城云溪高新区", "青桐示范区" / "青桐国家自主创新示范区"), then finds the entity's other mentions.
import type { Block } from './blocks.js';
import { placeAt } from '../../lexicon/places.js';
import { LiteralMatcher } from './literals.js';
import { isSubsequence } from './text.js';

export interface NameCandidate {
  start: number;
  end: number;
  /** Analysis (simplified) form. */
  name: string;
  article: number;
  /** Holds a proper part (a place, a proper noun); generic names only join an entity that has one. */
  proper: boolean;
  block: Block;
  /** Defined by "以下简称". */
  isAlias?: boolean;
}

export interface ClusterOptions {
  /** Canonical ending of a name ("高新区" for "高新技术产业开发区") and its printed length; abbreviations keep it. */
  endingOf: (name: string) => { canonical: string; length: number } | null;
  /** Shortest head (name without its ending) an abbreviation may have; 2 unless given ("江城大学" ≠ "江城科技大学"). */
  minHead?: number;
  /** Endings whose abbreviations may keep a shorter head when it begins the full name ("某某公司" for "某某营造股份有限公司"). */
  shortHeadEndings?: ReadonlySet<string>;
  /** Extra test that a short head abbreviates a long one the subsequence rule matched (both without endings). */
  abbreviates?: (shortHead: string, longHead: string) => boolean;
}

export function clusterNames<C extends NameCandidate>(
  candidates: C[],
  links: Array<[C, C]>,
  options: ClusterOptions,
): C[][] {
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const index = new Map(candidates.map((c, i) => [c, i]));
  const firstByName = new Map<string, number>();
  candidates.forEach((c, i) => {
    const seen = firstByName.get(c.name);
    if (seen === undefined) firstByName.set(c.name, i);
    else union(seen, i);
  });
  for (const [a, b] of links) union(index.get(a)!, index.get(b)!);
  // Abbreviations: each distinct short name joins the first longer name it abbreviates.
  const names = [...firstByName.keys()];
  const parts = new Map(names.map((n) => [n, split(n, options.endingOf)]));
  // A head's characters in sorted order ("same characters, other order"), made only for heads of equal length.
  const sorted = new Map<string, string>();
  const sortedHead = (n: string) => {
    let key = sorted.get(n);
    if (key === undefined) sorted.set(n, (key = [...parts.get(n)!.head].sort().join('')));
    return key;
  };
  // Only names with the same kind of ending are compared: each short name looks through those, in document order.
  const namesByEnding = new Map<string, string[]>();
  for (const n of names) {
    const ending = parts.get(n)!.ending;
    if (ending === null) continue;
    const list = namesByEnding.get(ending) ?? [];
    list.push(n);
    namesByEnding.set(ending, list);
  }
  // Each long name's place starts are computed once, not once per short name compared with it (names × names × names).
  const startsOf = new Map<string, Set<string>>();
  for (const short of names) {
    const s = parts.get(short)!;
    if (!s.ending) continue;
    // a two-character brand before a legal form ("某某公司") abbreviates only a name that begins with it
    const prefixOnly = s.head.length < (options.minHead ?? 2);
    if (prefixOnly && !(s.head.length >= 2 && options.shortHeadEndings?.has(s.ending))) continue;
    const shortCand = candidates[firstByName.get(short)!]!;
    for (const long of namesByEnding.get(s.ending)!) {
      if (long === short || long.length < short.length) continue;
      if (prefixOnly && !long.startsWith(s.head)) continue;
      const l = parts.get(long)!;
      const longCand = candidates[firstByName.get(long)!]!;
      if (!longCand.proper) continue;
      // "某中心某市孵化中心" is a unit of "某中心", not another name for it.
      if (long.startsWith(short)) continue;
      // An abbreviation keeps the start of the name once leading places are dropped ("云溪…" for "江城云溪…");
      // "锡通…" is not "苏锡通…" shortened but a sibling.
      let starts = startsOf.get(long);
      if (!starts) startsOf.set(long, (starts = placeStarts(l.head, names)));
      const keepsStart = starts.has(s.head[0]!);
      const ok = shortCand.proper
        ? (long.length > short.length && keepsStart && isSubsequence(s.head, l.head) && (options.abbreviates?.(s.head, l.head) ?? true)) ||
          (s.head.length === l.head.length && sortedHead(short) === sortedHead(long))
        : long.endsWith(short) && short.length >= 5;
      if (ok) {
        union(firstByName.get(short)!, firstByName.get(long)!);
        break;
      }
    }
  }
  const groups = new Map<number, C[]>();
  candidates.forEach((c, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(c);
    groups.set(r, g);
  });
  return [...groups.values()];
}

/**
 * First characters of a head and of what follows each leading place or other name ("南江江城云溪" → 南, 江, 云;
 * "星谷云溪" → 星, 云 when "星谷" is a name of its own).
 */
function placeStarts(head: string, names: string[]): Set<string> {
  const starts = new Set([head[0]!]);
  let rest = head;
  for (;;) {
    const place = placeAt(rest, 0);
    let cut = place ? place.form.length : 0;
    // (what follows the place starts a short form too when a longer name opens with it: "科学园深圳分园" for
    // "香港科学园深圳分园", where "香港科学园" is a name of its own)
    if (cut && rest.length - cut >= 2) starts.add(rest[cut]!);
    for (const n of names) if (n.length > cut && n.length <= 6 && rest.startsWith(n)) cut = n.length;
    if (!cut || rest.length - cut < 2) break;
    rest = rest.slice(cut);
    starts.add(rest[0]!);
  }
  return starts;
}

function split(name: string, endingOf: ClusterOptions['endingOf']): { head: string; ending: string | null } {
  const bare = name.replace(/[（(][^（）()]*[）)]$/u, '');
  const ending = endingOf(bare);
  if (!ending) return { head: bare, ending: null };
  return { head: bare.slice(0, bare.length - ending.length), ending: ending.canonical };
}

/** Characters of the document already part of a found name, so later names never overlap them. */
export class Claimed {
  private readonly marks: Uint8Array;
  constructor(length: number, spans: Iterable<{ start: number; end: number }> = []) {
    this.marks = new Uint8Array(length);
    for (const s of spans) this.claim(s.start, s.end);
  }
  claim(start: number, end: number): void {
    this.marks.fill(1, Math.max(0, start), Math.min(this.marks.length, end));
  }
  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end && i < this.marks.length; i++) if (this.marks[i]) return true;
    return false;
  }
}

/**
 * Adds the other occurrences of each group's names (forms of 3+ characters, or any alias) as candidates of that
 * group, where they overlap nothing already found. One scan a block for all forms (longest form first at a
 * position); a form shared by two groups belongs to the first.
 */
export function addRepeatedMentions<C extends NameCandidate>(blocks: Block[], groups: C[][], taken: Claimed): void {
  const owner = new Map<string, C[]>();
  for (const group of groups) for (const c of group) if (c.proper && (c.name.length >= 3 || c.isAlias) && !owner.has(c.name)) owner.set(c.name, group);
  if (!owner.size) return;
  // A literal matcher, not a regular expression of all forms: that one was compiled anew for every document.
  const forms = new LiteralMatcher(owner.keys());
  for (const block of blocks) {
    for (const m of forms.all(block.text)) {
      const start = block.start + m.index;
      const end = start + m.word.length;
      if (taken.overlaps(start, end)) continue;
      const group = owner.get(m.word)!;
      // (Object.assign, then the fields set one by one: a spread of candidates of several shapes took V8's slow
      // generic copy, ten times the cost; the copy has the same fields in the same order)
      const mention: C = Object.assign({}, group[0]!);
      mention.start = start;
      mention.end = end;
      mention.name = m.word;
      mention.article = block.article;
      mention.block = block;
      mention.isAlias = false;
      mention.proper = true;
      group.push(mention);
      taken.claim(start, end);
    }
  }
}

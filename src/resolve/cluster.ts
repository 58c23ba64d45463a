// Groups names into entities by shared keys (union–find), deterministically: groups come out in order of
// their first member and an entity's members in input order. Used within a document before storing and
// by the tests to check what a batch of documents resolves to.

export interface Keyed {
  keys: string[];
}

/** Returns groups of input indices; items sharing any key end up in one group. Items without keys stay alone. */
export function clusterByKeys(items: Keyed[]): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of item.keys) {
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else {
        const a = find(seen);
        const b = find(i);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  });
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

/** The name an entity is shown under: the longest of its full names (ties: first seen). */
export function preferredName(names: string[]): string {
  let best = names[0] ?? '';
  for (const name of names) if (name.length > best.length) best = name;
  return best;
}

// Lists of name endings grouped by their last character, in list order: a name can only end with the endings
// of its own last character, so a look-up tries a handful of them instead of the whole list.

export class EndingIndex<T extends readonly [string, ...unknown[]]> {
  private readonly byLast = new Map<number, T[]>();

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      const last = entry[0].charCodeAt(entry[0].length - 1);
      const list = this.byLast.get(last) ?? [];
      list.push(entry);
      this.byLast.set(last, list);
    }
  }

  /** The first entry, in list order, whose ending `name` ends with; undefined when none does. */
  find(name: string): T | undefined {
    const list = this.byLast.get(name.charCodeAt(name.length - 1));
    if (list) for (const entry of list) if (name.endsWith(entry[0])) return entry;
    return undefined;
  }
}

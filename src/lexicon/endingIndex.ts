// Name endings in a trie read backwards from a name's last character: a look-up walks only the few characters the
// name shares with some ending, instead of trying in turn every ending of its last character (47 park endings end
// in 区).

interface EndingNode<T> {
  next: Map<number, EndingNode<T>>;
  /** The first entry, in list order, whose ending is spelt by the path from the root to this node. */
  entry?: T;
  /** That entry's place in the list. */
  rank: number;
}

export class EndingIndex<T extends readonly [string, ...unknown[]]> {
  private readonly root: EndingNode<T> = { next: new Map(), rank: -1 };

  constructor(entries: readonly T[]) {
    entries.forEach((entry, rank) => {
      let node = this.root;
      for (let i = entry[0].length - 1; i >= 0; i--) {
        const code = entry[0].charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), rank: -1 }));
        node = child;
      }
      if (!node.entry) Object.assign(node, { entry, rank });
    });
  }

  /** The first entry, in list order, whose ending `name` ends with; undefined when none does. */
  find(name: string): T | undefined {
    let found: EndingNode<T> | undefined;
    let node: EndingNode<T> | undefined = this.root;
    for (let i = name.length - 1; i >= 0 && (node = node.next.get(name.charCodeAt(i))); i--)
      if (node.entry && (!found || node.rank < found.rank)) found = node;
    return found?.entry;
  }
}

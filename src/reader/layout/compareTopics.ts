// Topic continuity between fragments of one page: CJK character bigrams weighted by how rare they are
// on the page (a bigram every paragraph has says nothing). Two fragments about the same park, company
// or project share rare bigrams; fragments of different articles share few. Bigrams are hashed into
// a fixed table of typed arrays, so profiling and comparing fragments is linear with small constants
// (a rare collision only blurs a weight).
import { isCjk } from './measureLine.js';

const BITS = 16;
const SLOTS = 1 << BITS;

/** A fragment's distinct bigram slots. */
export type Topic = Int32Array;

// Scratch marks shared by all models (one thread): slot → id of the last fragment that marked it.
// One byte a slot, cleared every 255 ids: every bigram of a page is looked up here at a random slot,
// and a 64 KB table stays in the processor's near caches where a 256 KB one of 32-bit ids did not
// (the clearing costs a few microseconds per 255 fragments).
const stamp = new Uint8Array(SLOTS);
let stampId = 0;
function nextStamp(): number {
  if (stampId === 0xff) (stamp.fill(0), (stampId = 0));
  return ++stampId;
}

let scratch = new Int32Array(1024);

// The slots profilesAmong keeps, marked for one call and unmarked after it: one table for the process
// instead of 64 KB allocated and zeroed a call.
const wantedSlots = new Uint8Array(SLOTS);

/** Distinct bigram slots of a text (or of several texts together, read as separate fragments). */
export function profile(...texts: string[]): Topic {
  const id = nextStamp();
  let length = 0;
  for (const text of texts) length += text.length;
  if (scratch.length < length) scratch = new Int32Array(length * 2);
  let size = 0;
  for (const text of texts) size = profileInto(text, id, size);
  return scratch.slice(0, size);
}

/**
 * Profiles of several fragments (each a list of texts read separately), keeping only the slots that
 * `among` has. Comparing a few short fragments (captions) with long ones only needs the long ones'
 * bigrams that the short ones have.
 */
export function profilesAmong(fragments: readonly (readonly string[])[], among: Topic, known?: PageTopics): Topic[] {
  for (const slot of among) wantedSlots[slot] = 1;
  if (scratch.length < among.length) scratch = new Int32Array(among.length * 2);
  const topics = fragments.map((texts) => {
    const id = nextStamp();
    let size = 0;
    for (const text of texts) {
      // A text already profiled on this page is read from its profile (its slots in the order the
      // text first has them, so the same slots come out in the same order), not scanned again.
      const topic = known?.cached(text);
      if (topic) size = keepWanted(topic, id, size);
      else size = profileInto(text, id, size, wantedSlots);
    }
    return scratch.slice(0, size);
  });
  for (const slot of among) wantedSlots[slot] = 0;
  return topics;
}

function profileInto(text: string, id: number, start: number, wanted?: Uint8Array): number {
  let size = start;
  let prev = text.length ? text.charCodeAt(0) : 0;
  let prevCjk = isCjk(prev);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cjk = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
    if (cjk && prevCjk) {
      // multiplicative hash of the pair into the table
      const slot = Math.imul((prev << 16) | c, 0x9e3779b1) >>> (32 - BITS);
      // (the small table of wanted slots first: most slots are turned away there)
      if ((!wanted || wanted[slot]) && stamp[slot] !== id) {
        stamp[slot] = id;
        scratch[size++] = slot;
      }
    }
    prev = c;
    prevCjk = cjk;
  }
  return size;
}

/** Appends to scratch the slots of `topic` that are wanted and not yet stamped with `id`. */
function keepWanted(topic: Topic, id: number, start: number): number {
  let size = start;
  for (const slot of topic)
    if (wantedSlots[slot] && stamp[slot] !== id) {
      stamp[slot] = id;
      scratch[size++] = slot;
    }
  return size;
}

/** Distinct slots of several profiles together, in the order `profile(...texts)` gives for their texts. */
export function union(topics: readonly Topic[]): Topic {
  const id = nextStamp();
  let length = 0;
  for (const topic of topics) length += topic.length;
  if (scratch.length < length) scratch = new Int32Array(length * 2);
  let size = 0;
  for (const topic of topics)
    for (const slot of topic)
      if (stamp[slot] !== id) {
        stamp[slot] = id;
        scratch[size++] = slot;
      }
  return scratch.slice(0, size);
}

/**
 * The profiles of one page's texts, each computed once: segmentation compares the same paragraphs
 * in several passes (headline or subhead, broken paragraphs, captions). Lives as long as one page.
 */
export class PageTopics {
  private readonly byText = new Map<string, Topic>();

  of(text: string): Topic {
    let topic = this.byText.get(text);
    if (!topic) this.byText.set(text, (topic = profile(text)));
    return topic;
  }

  /** The text's profile if it has been computed on this page. */
  cached(text: string): Topic | undefined {
    return this.byText.get(text);
  }

  /** Several texts read as separate fragments: equal to `profile(...texts)`. */
  ofAll(texts: readonly string[]): Topic {
    return union(texts.map((text) => this.of(text)));
  }
}

const MAX_DF = 255;

// The weights by document frequency depend on the number of fragments alone, and a page builds several models
// over about as many fragments: each count's table is computed once (counts past MAX_CACHED_COUNT are rare and
// get a table of their own).
const MAX_CACHED_COUNT = 4096;
const weightsByCount = new Map<number, Float64Array>();

/** weight by document frequency: log(1 + fragments / df) */
function weightsByDf(count: number): Float64Array {
  let byDf = weightsByCount.get(count);
  if (byDf) return byDf;
  byDf = new Float64Array(MAX_DF + 1);
  for (let d = 0; d <= MAX_DF; d++) byDf[d] = Math.log(1 + count / Math.max(1, d));
  if (count <= MAX_CACHED_COUNT) weightsByCount.set(count, byDf);
  return byDf;
}

/** Rarity weights learned from the fragments of one page. */
export class TopicModel {
  private readonly df = new Uint8Array(SLOTS);
  /** weight by document frequency (shared with the other models over as many fragments: never written) */
  private readonly byDf: Float64Array;
  /** Each compared fragment's mass, computed once: the same fragments are compared again and again. */
  private readonly masses = new Map<Topic, number>();

  constructor(fragments: readonly Topic[]) {
    for (const topic of fragments) for (const slot of topic) if (this.df[slot]! < MAX_DF) this.df[slot]!++;
    this.byDf = weightsByDf(Math.max(1, fragments.length));
  }

  static of(texts: readonly string[]): TopicModel {
    return new TopicModel(texts.map((t) => profile(t)));
  }

  profile(text: string): Topic {
    return profile(text);
  }

  weight(slot: number): number {
    return this.byDf[this.df[slot]!]!;
  }

  /** Sum of the weights of a fragment's bigrams (in the fragment's order, so always the same sum). */
  mass(topic: Topic): number {
    let sum = this.masses.get(topic);
    if (sum === undefined) {
      sum = 0;
      for (const slot of topic) sum += this.weight(slot);
      this.masses.set(topic, sum);
    }
    return sum;
  }

  private mark(topic: Topic): number {
    const id = nextStamp();
    for (const slot of topic) stamp[slot] = id;
    return id;
  }

  /** Cosine-like overlap in [0, 1] of two fragments, rare bigrams counting most. */
  similarity(a: Topic, b: Topic): number {
    if (!a.length || !b.length) return 0;
    const id = this.mark(b);
    let shared = 0;
    for (const slot of a) if (stamp[slot] === id) shared += this.weight(slot);
    // (a's mass is the sum of its weights in its order: the same number a running total here would give)
    return shared / Math.sqrt(this.mass(a) * this.mass(b));
  }

  /** Weighted share of `part`'s bigrams that `whole` contains. */
  containment(part: Topic, whole: Topic): number {
    if (!part.length) return 0;
    const id = this.mark(whole);
    let shared = 0;
    let total = 0;
    for (const slot of part) {
      const w = this.weight(slot);
      total += w;
      if (stamp[slot] === id) shared += w;
    }
    return shared / total;
  }
}

/** A growing fragment (an article read so far), compared without re-reading it. */
export class TopicAccumulator {
  private readonly has = new Uint8Array(SLOTS);
  private readonly added: number[] = [];
  private weightSum = 0;

  constructor(private readonly model: TopicModel) {}

  add(topic: Topic): void {
    for (const slot of topic)
      if (!this.has[slot]) {
        this.has[slot] = 1;
        this.added.push(slot);
        this.weightSum += this.model.weight(slot);
      }
  }

  /** Empties the accumulator for the next fragment: only the slots it holds are unmarked. */
  clear(): void {
    for (const slot of this.added) this.has[slot] = 0;
    this.added.length = 0;
    this.weightSum = 0;
  }

  similarity(topic: Topic): number {
    if (!topic.length || !this.weightSum) return 0;
    let shared = 0;
    let wa = 0;
    for (const slot of topic) {
      const w = this.model.weight(slot);
      wa += w;
      if (this.has[slot]) shared += w;
    }
    return shared / Math.sqrt(wa * this.weightSum);
  }
}

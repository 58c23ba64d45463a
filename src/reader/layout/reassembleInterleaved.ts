// Repairs text broken mid-sentence: by a caption printed inside a paragraph, or by a wrong column
// order that interleaves articles ("…创新中心及杭" continuing many lines later with "州实验室…").
// Each paragraph that stops without a sentence mark looks for the fragment that continues it,
// scoring adjacency, a dictionary word across the join (jieba, on the few characters at the join)
// and topic continuity (rare bigrams shared). When fragments had to be fetched from elsewhere, the
// page's column order is wrong, so the loose paragraphs are re-homed to the article they match best.
import { joinWrapped } from '../reflowLines.js';
import { TABLE_ROW } from '../splitLines.js';
import { PageTopics, TopicModel, type Topic } from './compareTopics.js';
import { joinsWord } from './joinsWord.js';
import { displayWidth, endsSentence } from './measureLine.js';
import { isContactLine } from './findBylines.js';
import type { Piece, Story } from './stories.js';

const ADJACENT = 1.5;
const WORD = 2;
const TOPIC = 30;
/** Score a fragment from elsewhere needs: a word across the join, or clear topic continuity. */
const FETCH = 2;
/** Topic score below which a far fragment is not worth a dictionary look-up. */
const MIN_TOPIC = 0.6;
/** Only this many pieces either side are looked at, which keeps the work linear on long texts. */
const REACH = 60;
/** Characters at the end and start of fragments compared for topic continuity. */
const WINDOW = 150;

export interface Reassembly {
  /** Continuations joined, and how many of them were fetched from elsewhere on the page. */
  joined: number;
  fetched: number;
}

interface Slot {
  story: number;
  piece: Piece;
}

function dangles(piece: Piece): boolean {
  const text = piece.line.text;
  // (a table's row ends without a sentence mark, and the next row does not continue it)
  // (nor does a press release's contact line: the next line is another contact)
  return piece.kind === 'body' && piece.line.role !== TABLE_ROW && !endsSentence(text) && !/[：:]$/u.test(text) && displayWidth(text) >= 12 && !isContactLine(text);
}

/**
 * `printedNext(a, b)` tells whether page positions a < b have nothing but captions between them
 * (a caption may be printed inside a paragraph; a pull quote or headline may not). `topics` holds
 * the page's paragraph profiles when the caller has already computed some.
 */
export function reassembleInterleaved(stories: Story[], printedNext: (a: number, b: number) => boolean, topics = new PageTopics()): Reassembly {
  const slots: Slot[] = [];
  stories.forEach((story, s) => story.pieces.forEach((piece) => slots.push({ story: s, piece })));
  slots.sort((a, b) => a.piece.order - b.piece.order);
  let model: TopicModel | null = null;
  // continuity is local: the end of one fragment against the start of the other
  const tails = new Map<Piece, Topic>();
  const heads = new Map<Piece, Topic>();
  const tailOf = (p: Piece) => {
    let g = tails.get(p);
    if (!g) tails.set(p, (g = topics.of(p.line.text.slice(-WINDOW))));
    return g;
  };
  const headOf = (p: Piece) => {
    let g = heads.get(p);
    if (!g) heads.set(p, (g = topics.of(p.line.text.slice(0, WINDOW))));
    return g;
  };

  interface Offer {
    from: number;
    to: number;
    score: number;
  }
  const danglers: { at: number; adjacent: number }[] = [];
  slots.forEach((slot, i) => {
    if (!dangles(slot.piece)) return;
    const next = slots[i + 1];
    // the next piece on the page is adjacent when it is body text of the same article with only captions between
    const adjacent =
      next && next.story === slot.story && next.piece.kind === 'body' && !next.piece.anchored && printedNext(slot.piece.order, next.piece.order) ? i + 1 : -1;
    danglers.push({ at: i, adjacent });
  });
  // A paragraph cut off with no body text after it means the columns were read in the wrong order:
  // only then may a fragment from elsewhere, matched by topic, win over the next line. The page's last
  // paragraph is no such evidence: a page (or the text a site kept of it) may simply stop mid-sentence.
  let lastBody = slots.length - 1;
  while (lastBody >= 0 && slots[lastBody]!.piece.kind !== 'body') lastBody--;
  const interleaved = danglers.some((d) => d.adjacent < 0 && d.at !== lastBody);
  if (interleaved) model = new TopicModel(slots.map((x) => topics.of(x.piece.line.text)));
  const offers: Offer[] = [];
  for (const { at: i, adjacent } of danglers) {
    const slot = slots[i]!;
    if (!interleaved) {
      if (adjacent >= 0) offers.push({ from: i, to: adjacent, score: ADJACENT });
      continue;
    }
    for (let j = Math.max(0, i - REACH); j < Math.min(slots.length, i + REACH); j++) {
      const cand = slots[j]!.piece;
      if (j === i || cand.kind !== 'body' || cand.anchored || cand.line.role === TABLE_ROW) continue;
      let score = TOPIC * model!.similarity(tailOf(slot.piece), headOf(cand));
      // jieba only where it can matter: next to the fragment, or with some topic in common
      if ((j === adjacent || score >= MIN_TOPIC) && joinsWord(slot.piece.line.text, cand.line.text)) score += WORD;
      if (j === adjacent) score += ADJACENT;
      if (score >= (j === adjacent ? ADJACENT : FETCH)) offers.push({ from: i, to: j, score });
    }
  }

  // best offers first; each fragment continues one paragraph at most
  offers.sort((a, b) => b.score - a.score);
  const taken = new Set<number>();
  const head = new Map<number, number>(); // fragment → the paragraph it now continues
  let joined = 0;
  let fetched = 0;
  const involved = new Set<number>();
  const joinedFrom = new Set<number>();
  for (const offer of offers) {
    if (taken.has(offer.to) || joinedFrom.has(offer.from)) continue;
    // no cycles: walk up from `from` and make sure `to` is not its own ancestor
    let root = offer.from;
    while (head.has(root)) root = head.get(root)!;
    if (root === offer.to) continue;
    taken.add(offer.to);
    joinedFrom.add(offer.from);
    head.set(offer.to, offer.from);
    joined++;
    if (offer.to !== offer.from + 1 || slots[offer.to]!.story !== slots[offer.from]!.story) {
      fetched++;
      involved.add(slots[offer.from]!.story).add(slots[offer.to]!.story);
    }
  }
  if (!joined) return { joined, fetched };

  // build the chains: each root gets its continuations appended in chain order
  const chainNext = new Map<number, number>();
  for (const [to, from] of head) chainNext.set(from, to);
  for (let i = 0; i < slots.length; i++) {
    if (head.has(i)) continue;
    const parts: Piece[] = [slots[i]!.piece];
    for (let k = chainNext.get(i); k !== undefined; k = chainNext.get(k)) parts.push(slots[k]!.piece);
    if (parts.length > 1) {
      const root = slots[i]!.piece;
      root.line = joinWrapped(parts.map((p) => p.line));
      root.units = parts.flatMap((p) => p.units);
    }
  }
  const gone = new Set([...head.keys()].map((k) => slots[k]!.piece));
  for (const story of stories) story.pieces = story.pieces.filter((p) => !gone.has(p));
  if (fetched) rehomeLoosePieces(stories, [...involved], topics);
  return { joined, fetched };
}

/** Moves each unanchored piece of the involved stories to the story whose opening it matches best. */
function rehomeLoosePieces(stories: Story[], involved: number[], topics: PageTopics): void {
  if (involved.length < 2) return;
  const all = involved.flatMap((s) => stories[s]!.pieces);
  const model = new TopicModel(all.map((p) => topics.of(p.line.text)));
  const anchors = involved.map((s) => {
    const story = stories[s]!;
    const opening = [...story.headline.map((u) => u.line.text), ...story.pieces.filter((p) => p.anchored).map((p) => p.line.text)];
    return topics.ofAll(opening);
  });
  const pieces = involved.flatMap((s) => stories[s]!.pieces.map((piece) => ({ piece, from: s })));
  pieces.sort((a, b) => a.piece.order - b.piece.order);
  const target = new Map<Piece, number>();
  pieces.forEach(({ piece, from }) => {
    if (piece.anchored || piece.kind !== 'body') return;
    const g = topics.of(piece.line.text);
    const scores = anchors.map((a) => model.similarity(g, a));
    const own = scores[involved.indexOf(from)]!;
    let best = involved.indexOf(from);
    scores.forEach((sc, k) => {
      if (sc > scores[best]!) best = k;
    });
    if (involved[best] !== from && scores[best]! > 1.5 * own) target.set(piece, involved[best]!);
  });
  // a subhead goes where the paragraph after it goes
  pieces.forEach(({ piece }, k) => {
    if (piece.kind !== 'subhead') return;
    const after = pieces[k + 1];
    if (after && target.has(after.piece)) target.set(piece, target.get(after.piece)!);
  });
  if (!target.size) return;
  for (const s of involved) stories[s]!.pieces = stories[s]!.pieces.filter((p) => !target.has(p));
  for (const [piece, s] of target) stories[s]!.pieces.push(piece);
  for (const s of involved) stories[s]!.pieces.sort((a, b) => a.order - b.order);
}

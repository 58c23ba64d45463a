// Repairs text broken mid-sentence: by a caption printed inside a paragraph, or by a wrong column
// order that interleaves articles ("…蛋白质设施及上" continuing many lines later with "海光源…").
// Each paragraph that stops without a sentence mark looks for the fragment that continues it,
// scoring adjacency, a dictionary word across the join (jieba, on the few characters at the join)
// and topic continuity (rare bigrams shared). When fragments had to be fetched from elsewhere, the
// page's column order is wrong, so the loose paragraphs are re-homed to the article they match best.
import { joinWrapped } from '../reflowLines.js';
import { bigrams, TopicModel } from './compareTopics.js';
import { joinsWord } from './joinsWord.js';
import { displayWidth, endsSentence } from './measureLine.js';
import type { Piece, Story } from './stories.js';

const ADJACENT = 1.5;
const WORD = 2;
const TOPIC = 6;
/** A non-adjacent fragment must beat the adjacent one by this much to be taken instead. */
const MARGIN = 0.5;
/** Only this many pieces either side are looked at, which keeps the work linear on long texts. */
const REACH = 60;

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
  return piece.kind === 'body' && !endsSentence(text) && !/[：:]$/u.test(text) && displayWidth(text) >= 12;
}

export function reassembleInterleaved(stories: Story[]): Reassembly {
  const slots: Slot[] = [];
  stories.forEach((story, s) => story.pieces.forEach((piece) => slots.push({ story: s, piece })));
  slots.sort((a, b) => a.piece.order - b.piece.order);
  const model = new TopicModel(slots.map((x) => x.piece.line.text));
  const grams = new Map<Piece, Set<number>>();
  const gramsOf = (p: Piece) => {
    let g = grams.get(p);
    if (!g) grams.set(p, (g = bigrams(p.line.text)));
    return g;
  };

  interface Offer {
    from: number;
    to: number;
    score: number;
  }
  const offers: Offer[] = [];
  slots.forEach((slot, i) => {
    if (!dangles(slot.piece)) return;
    const next = slots[i + 1];
    // the next piece on the page is adjacent when it is body text of the same article
    const adjacent = next && next.story === slot.story && next.piece.kind === 'body' && !next.piece.anchored ? i + 1 : -1;
    let best: Offer | null = null;
    let adjacentScore = -Infinity;
    for (let j = Math.max(0, i - REACH); j < Math.min(slots.length, i + REACH); j++) {
      const cand = slots[j]!.piece;
      if (j === i || cand.kind !== 'body' || cand.anchored) continue;
      let score = TOPIC * model.similarity(gramsOf(slot.piece), gramsOf(cand));
      if (joinsWord(slot.piece.line.text, cand.line.text)) score += WORD;
      if (j === adjacent) {
        score += ADJACENT;
        adjacentScore = score;
      }
      if (!best || score > best.score) best = { from: i, to: j, score };
    }
    if (!best) return;
    if (best.to !== adjacent && best.score < adjacentScore + MARGIN) best = { from: i, to: adjacent, score: adjacentScore };
    if (best.score >= ADJACENT) offers.push(best);
  });

  // best offers first; each fragment continues one paragraph at most
  offers.sort((a, b) => b.score - a.score);
  const taken = new Set<number>();
  const head = new Map<number, number>(); // fragment → the paragraph it now continues
  let joined = 0;
  let fetched = 0;
  const involved = new Set<number>();
  for (const offer of offers) {
    if (taken.has(offer.to) || head.get(offer.from) === offer.to) continue;
    // no cycles: walk up from `from` and make sure `to` is not its own ancestor
    let root = offer.from;
    while (head.has(root)) root = head.get(root)!;
    if (root === offer.to) continue;
    taken.add(offer.to);
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
  if (fetched) rehomeLoosePieces(stories, [...involved]);
  return { joined, fetched };
}

/** Moves each unanchored piece of the involved stories to the story whose opening it matches best. */
function rehomeLoosePieces(stories: Story[], involved: number[]): void {
  if (involved.length < 2) return;
  const all = involved.flatMap((s) => stories[s]!.pieces);
  const model = new TopicModel(all.map((p) => p.line.text));
  const anchors = involved.map((s) => {
    const story = stories[s]!;
    const opening = [...story.headline.map((u) => u.line.text), ...story.pieces.filter((p) => p.anchored).map((p) => p.line.text)];
    return bigrams(opening.join('\n'));
  });
  const pieces = involved.flatMap((s) => stories[s]!.pieces.map((piece) => ({ piece, from: s })));
  pieces.sort((a, b) => a.piece.order - b.piece.order);
  const target = new Map<Piece, number>();
  pieces.forEach(({ piece, from }) => {
    if (piece.anchored || piece.kind !== 'body') return;
    const g = bigrams(piece.line.text);
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

// Removes the pinyin that some mirror sites print after every character their script conversion changed:
// "生物醫(yī)藥及健康產(chǎn)品" is "生物醫藥及健康產品". Each annotation is a half-width bracket holding one
// syllable with a tone mark, right after a Chinese character. A writer's own reading aid looks the same
// ("泺(luò)口"), so a page is repaired only when it has many: the damage annotates dozens of characters a page.
// One diagnostic a changed line.
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import { dropReported } from './repairs/editLine.js';

export const PINYIN_ANNOTATION = 'pinyin-annotation';

/** Fewer annotations than this on a page are a writer's reading aids, kept. */
const MIN_ANNOTATIONS = 3;

// One pinyin syllable (letters, at least one with a tone mark) in half-width brackets after a Chinese character.
const ANNOTATION = /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;

/** A character of the Latin-1 Supplement or Latin Extended-A/B, where the tone marks are. */
const TONE_BLOCK = /[\u00e0-\u01dc]/;

function annotations(text: string): RegExpMatchArray[] {
  // Every annotation holds a tone mark: lines without one (nearly all) cost one scan.
  return TONE_BLOCK.test(text) ? [...text.matchAll(ANNOTATION)] : [];
}

function dropAnnotations(line: Line, found: RegExpMatchArray[]): { line: Line; message: Diagnostic } {
  const drop = new Uint8Array(line.text.length);
  for (const m of found) drop.fill(1, m.index!, m.index! + m[0].length);
  const reason = `removed ${found.length} pinyin annotation${found.length > 1 ? 's' : ''} a script conversion printed after characters`;
  return dropReported(line, drop, PINYIN_ANNOTATION, 'dropPinyinAnnotations', reason);
}

export const dropPinyinAnnotations = defineStage({
  name: 'dropPinyinAnnotations',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    // One scan of the page for a tone mark's block: nearly every page has none.
    if (!TONE_BLOCK.test(doc.raw)) return doc;
    const found = doc.lines.map((line) => annotations(line.text));
    if (found.reduce((n, f) => n + f.length, 0) < MIN_ANNOTATIONS) return doc;
    const messages: Diagnostic[] = [];
    const lines = doc.lines.map((line, i) => {
      if (!found[i]!.length) return line;
      const result = dropAnnotations(line, found[i]!);
      messages.push(result.message);
      return result.line;
    });
    return { ...doc, lines, messages: [...doc.messages, ...messages] };
  },
});

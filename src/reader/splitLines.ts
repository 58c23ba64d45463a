// First reader stage: the decoded file becomes mapped lines. Plain text and Markdown split at line
// ends (Markdown heading marks are dropped from the text and kept as a heading level); HTML goes
// through Readability (readHtml.ts).
import { lineFromRaw } from '../text/offsets.js';
import { defineStage } from '../stage.js';
import type { Line } from '../types.js';
import { readHtml } from './readHtml.js';

export function splitRawLines(raw: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  for (;;) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    let line = lineFromRaw(raw, start, end);
    if (markdown) {
      const heading = /^(#{1,6})[ \t]+/.exec(line.text);
      if (heading) {
        const level = heading[1]!.length;
        line = { ...lineFromRaw(raw, start + heading[0].length, end), headingLevel: level };
        // closing hashes ("## title ##") are markup too
        const closing = /[ \t]+#+[ \t]*$/.exec(line.text);
        if (closing) line = { ...line, text: line.text.slice(0, closing.index), map: line.map.slice(0, closing.index) };
      }
    }
    lines.push(line);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

export const splitLines = defineStage({
  name: 'splitLines',
  requires: ['raw'],
  assigns: ['lines'],
  run(doc) {
    if (doc.source.format === 'html') {
      const { lines } = readHtml(doc.raw, doc.source.name);
      return { ...doc, lines };
    }
    return { ...doc, lines: splitRawLines(doc.raw, doc.source.format === 'markdown') };
  },
});

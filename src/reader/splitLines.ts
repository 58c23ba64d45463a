// First reader stage: the decoded file becomes mapped lines. Plain text and Markdown split at line
// ends (Markdown heading marks are dropped from the text and kept as a heading level); HTML goes
// through Readability (readHtml.ts).
import { lineFromRaw } from '../text/offsets.js';
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import { readHtml } from './readHtml.js';

/** Rule id of the Markdown heading marks ('#', closing '#') that splitting drops from the text. */
export const MARKDOWN_MARKUP = 'markdown-markup';

export function splitRawLines(raw: string, markdown: boolean, messages: Diagnostic[] = []): Line[] {
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
        messages.push({
          severity: 'info',
          ruleId: MARKDOWN_MARKUP,
          source: 'splitLines',
          reason: `Markdown heading mark (level ${level})`,
          place: { start, end: start + heading[0].length },
          dropped: heading[0],
        });
        line = { ...lineFromRaw(raw, start + heading[0].length, end), headingLevel: level };
        // closing hashes ("## title ##") are markup too
        const closing = /[ \t]+#+[ \t]*$/.exec(line.text);
        if (closing) {
          const at = line.map[closing.index]!;
          messages.push({ severity: 'info', ruleId: MARKDOWN_MARKUP, source: 'splitLines', reason: 'closing Markdown heading mark', place: { start: at, end: end }, dropped: closing[0] });
          line = { ...line, text: line.text.slice(0, closing.index), map: line.map.slice(0, closing.index) };
        }
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
    const messages: Diagnostic[] = [];
    const lines = splitRawLines(doc.raw, doc.source.format === 'markdown', messages);
    return { ...doc, lines, messages: [...doc.messages, ...messages] };
  },
});

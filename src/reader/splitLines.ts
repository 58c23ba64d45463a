// First reader stage: the decoded file becomes mapped lines. Plain text and Markdown split at line
// ends (Markdown heading marks are dropped from the text and kept as a heading level); HTML goes
// through Readability (readHtml.ts).
import { identityMap, withText } from '../text/offsets.js';
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import { readHtml } from './readHtml.js';

/** Rule id of the Markdown heading marks ('#', closing '#') that splitting drops from the text. */
export const MARKDOWN_MARKUP = 'markdown-markup';

/** Index of the next line end (\r\n, \n, \r, U+2028, U+2029) at or after `from`, or the text's length. */
function lineEndFrom(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return i;
  }
  return raw.length;
}

// A thematic break ("---", "* * *") and emphasis around a whole line ("*来源：某某*", "**某某**") are markup.
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const WHOLE_EMPHASIS = /^([*_]{1,2})(?=\S)(.*\S)\1[ \t]*$/;

/** The line without a thematic break or the emphasis marks around all of it, each reported as dropped markup. */
function dropMarkdownMarks(line: Line, messages: Diagnostic[]): Line {
  const report = (start: number, end: number, reason: string) =>
    messages.push({ severity: 'info', ruleId: MARKDOWN_MARKUP, source: 'splitLines', reason, place: { start: line.map[start]!, end: line.map[end - 1]! + 1 }, dropped: line.text.slice(start, end) });
  if (THEMATIC_BREAK.test(line.text)) {
    report(0, line.text.length, 'Markdown thematic break');
    return withText(line, '', line.map.subarray(0, 0));
  }
  const emphasis = WHOLE_EMPHASIS.exec(line.text);
  if (!emphasis || emphasis[2]!.includes(emphasis[1]!)) return line;
  const mark = emphasis[1]!.length;
  const end = mark + emphasis[2]!.length;
  report(0, mark, 'Markdown emphasis mark');
  report(end, end + mark, 'Markdown emphasis mark');
  return withText(line, line.text.slice(mark, end), line.map.subarray(mark, end));
}

export function splitRawLines(raw: string, markdown: boolean, messages: Diagnostic[] = []): Line[] {
  const lines: Line[] = [];
  // Every line's offsets are a view into one identity map of the page, not a copy of their own.
  const identity = identityMap(raw.length);
  let start = 0;
  for (;;) {
    const end = lineEndFrom(raw, start);
    let line: Line = { text: raw.slice(start, end), map: identity.subarray(start, end) };
    if (markdown) {
      line = dropMarkdownMarks(line, messages);
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
        const from = start + heading[0].length;
        line = { text: raw.slice(from, end), map: identity.subarray(from, end), headingLevel: level };
        // closing hashes ("## title ##") are markup too
        const closing = /[ \t]+#+[ \t]*$/.exec(line.text);
        if (closing) {
          const at = line.map[closing.index]!;
          messages.push({ severity: 'info', ruleId: MARKDOWN_MARKUP, source: 'splitLines', reason: 'closing Markdown heading mark', place: { start: at, end: end }, dropped: closing[0] });
          line = withText(line, line.text.slice(0, closing.index), line.map.slice(0, closing.index));
        }
      }
    }
    lines.push(line);
    if (end === raw.length) break;
    start = end + (raw.charCodeAt(end) === 0x0d && raw.charCodeAt(end + 1) === 0x0a ? 2 : 1);
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

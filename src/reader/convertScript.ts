// Traditional-script pages are converted to simplified for the recognisers (opencc-js), and half-width
// punctuation next to Chinese to full-width; the original stays in `doc.text` for display and provenance.
// The analysis text keeps the same length as the repaired text, so every offset found in one is valid in the other.
import * as OpenCC from 'opencc-js';
import { defineStage } from '../stage.js';

let converter: ((text: string) => string) | null = null;
function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(text);
}

let traditionalOnly: Uint8Array | null = null;
/** Marks the CJK ideographs that the converter changes on their own: built once, then detection is a table look-up. */
function traditionalTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  const table = new Uint8Array(0x9fff - 0x4e00 + 1);
  // One character per line, so phrase rules cannot apply across characters and lengths stay aligned.
  const chars: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  const converted = toSimplified(chars.join('\n')).split('\n');
  if (converted.length === chars.length) for (let i = 0; i < chars.length; i++) if (converted[i] !== chars[i]) table[i] = 1;
  traditionalOnly = table;
  return table;
}

/**
 * Counts CJK ideographs and those that only traditional script uses. The counts are kept in the object returned,
 * created before the loop: V8 compiles the loop for on-stack replacement on a page's first call and keeps that code,
 * and an operation after the loop that had not yet run then (an object literal of the two counts) made it
 * deoptimize there on every page.
 */
function changedShare(text: string): { changed: number; cjk: number } {
  const table = traditionalTable();
  const counts = { changed: 0, cjk: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      counts.cjk++;
      counts.changed += table[c - 0x4e00]!;
    }
  }
  return counts;
}

/** `text` in simplified script, same length; itself when it holds no traditional-only character (one table read each). */
export function simplifiedIfTraditional(text: string): string {
  const table = traditionalTable();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && table[c - 0x4e00]) return simplifiedSameLength(text);
  }
  return text;
}

/** Simplified form of `text` with exactly the same length (phrase conversions that change length fall back to per-character). */
export function simplifiedSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

// Half-width punctuation in Chinese text (web pages, some PDF extractors) and its full-width form, which the
// recognisers read as clause breaks and brackets. (Each full-width form is its ASCII code + 0xfee0.)
const HALF_WIDTH_MARK = /[,;:?!()]/g;

/** A CJK ideograph (basic block and extension A), or a full-width quotation mark or bracket. */
function isHanSide(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0xff08 || code === 0xff09;
}

/**
 * Half-width punctuation next to a Chinese character in its full-width form, same length: "产能,新增" reads as two
 * clauses. A comma between digits ("1,500") is not next to one and stays.
 */
export function fullWidthPunctuation(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  // The engine's scan for a character class finds the few candidates faster than a loop over every character.
  HALF_WIDTH_MARK.lastIndex = 0;
  for (let m = HALF_WIDTH_MARK.exec(text); m; m = HALF_WIDTH_MARK.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    if (!isHanSide(text.charCodeAt(i - 1)) && !isHanSide(text.charCodeAt(i + 1))) continue;
    (out ??= []).push(text.slice(from, i), String.fromCharCode(code + 0xfee0));
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

export const convertScript = defineStage({
  name: 'convertScript',
  requires: ['text'],
  assigns: ['analysisText'],
  run(doc) {
    // A sample decides: simplified pages change in well under 1% of their characters.
    const { changed, cjk } = changedShare(doc.text.slice(0, 20000));
    const traditional = cjk > 0 && changed / cjk > 0.03;
    if (!traditional) return { ...doc, analysisText: fullWidthPunctuation(doc.text) };
    return {
      ...doc,
      analysisText: fullWidthPunctuation(simplifiedSameLength(doc.text)),
      source: { ...doc.source, traditional: true },
      messages: [
        ...doc.messages,
        { severity: 'info', ruleId: 'traditional-script', source: 'convertScript', reason: 'traditional-script text converted to simplified for analysis; spans and display keep the original' },
      ],
    };
  },
});

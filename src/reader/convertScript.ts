// Traditional-script pages are converted to simplified for the recognisers (opencc-js); the original
// stays in `doc.text` for display and provenance. The analysis text keeps the same length as the
// repaired text, so every offset found in one is valid in the other.
import * as OpenCC from 'opencc-js';
import { defineStage } from '../stage.js';

let converter: ((text: string) => string) | null = null;
function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return converter(text);
}

/** Share of CJK characters that change under traditional→simplified conversion. */
function changedShare(text: string, converted: string): { changed: number; cjk: number } {
  let changed = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (text[i] !== converted[i]) changed++;
    }
  }
  return { changed, cjk };
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

export const convertScript = defineStage({
  name: 'convertScript',
  requires: ['text'],
  assigns: ['analysisText'],
  run(doc) {
    // A sample decides: simplified pages change in well under 1% of their characters.
    const sample = doc.text.slice(0, 4000);
    const { changed, cjk } = changedShare(sample, toSimplified(sample).length === sample.length ? toSimplified(sample) : sample);
    const traditional = cjk > 0 && changed / cjk > 0.03;
    if (!traditional) return { ...doc, analysisText: doc.text };
    return {
      ...doc,
      analysisText: simplifiedSameLength(doc.text),
      source: { ...doc.source, traditional: true },
      messages: [
        ...doc.messages,
        { severity: 'info', ruleId: 'traditional-script', source: 'convertScript', reason: 'traditional-script text converted to simplified for analysis; spans and display keep the original' },
      ],
    };
  },
});

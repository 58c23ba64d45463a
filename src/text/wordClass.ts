// Tests of a whole word's characters that the recognisers ask of nearly every token. Each gives what its regular
// expression gives; most words are ideographs or ASCII, which a character-code test settles before the Unicode
// property expression would run (a pattern's test costs several times a loop over two or three characters).

const PUNCTUATION_WORD = /^[\s\p{P}\p{S}]+$/u;
const HAN_WORD = /^\p{Script=Han}+$/u;

/** Ideographs of the CJK Unified Ideographs block assigned since Unicode 1.1 (U+4E00–U+9FA5): all Script=Han. */
function isCommonIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** An ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True when every character is whitespace, punctuation or a symbol (as /^[\s\p{P}\p{S}]+$/u). */
export function isPunctuationWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (isCommonIdeograph(c) || isAsciiAlnum(c)) return false;
  return PUNCTUATION_WORD.test(word);
}

/** True when the word is one or more Han characters (as /^\p{Script=Han}+$/u). */
export function isHanWord(word: string): boolean {
  if (!word) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isAsciiAlnum(c)) return false;
    if (!isCommonIdeograph(c)) return HAN_WORD.test(word);
  }
  return true;
}

/** True when text[at] is a Han character (as /\p{Script=Han}/u), read by its code where that settles it. */
export function isHanCharAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isCommonIdeograph(c)) return true;
  return !isAsciiAlnum(c) && HAN_WORD.test(text[at]!);
}

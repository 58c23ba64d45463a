// Character classes the repair stages share (by UTF-16 code unit, so a scan stays a plain loop).
// Ranges are the Unicode blocks: CJK Unified Ideographs (+ Extension A, Compatibility), CJK Symbols
// and Punctuation, Halfwidth and Fullwidth Forms, General Punctuation quotes and dashes.

/** CJK ideograph (Unified, Extension A, Compatibility Ideographs). */
export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Punctuation printed full-width in Chinese text: CJK symbols (、。「」《》…), full-width forms (，：（）！？),
 * curly quotes, the em dash and ellipsis, the middle dot and the bullet marks (◎●■). */
export function isCjkPunct(c: number): boolean {
  if (c >= 0x3000 && c <= 0x303f) return c !== 0x3000; // U+3000 is the ideographic space
  if (c >= 0xff01 && c <= 0xff0f) return true; // ！＂＃＄％＆＇（）＊＋，－．／
  if (c >= 0xff1a && c <= 0xff20) return true; // ：；＜＝＞？＠
  if (c >= 0xff3b && c <= 0xff40) return true; // ［＼］＾＿｀
  if (c >= 0xff5b && c <= 0xff65) return true; // ｛｜｝～ and half-width CJK punctuation
  if (c >= 0x2018 && c <= 0x201f) return true; // ‘ ’ “ ”
  if (c === 0x2014 || c === 0x2015 || c === 0x2026 || c === 0x00b7 || c === 0x2027) return true; // — ― … · ‧
  return c >= 0x25a0 && c <= 0x25ff; // geometric shapes used as markers: ■ ◆ ◎ ●
}

/** Ideograph or full-width punctuation: the characters between which a PDF never needs a space. */
export function isCjk(c: number): boolean {
  return isIdeograph(c) || isCjkPunct(c);
}

/** Whitespace inside a line: space, tab, no-break space, ideographic space and the other Unicode spaces. */
export function isSpace(c: number): boolean {
  // most characters of Chinese text lie above U+3000: one comparison turns them away
  if (c > 0x3000) return c === 0xfeff;
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** The characters a regular expression's \s matches (and String.prototype.trim removes), by code unit. */
export function isWhitespace(c: number): boolean {
  if (c > 0x3000) return c === 0xfeff; // (as in isSpace)
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Sentence-final marks after which a printed space can be a deliberate separator ("……。 张三摄"). */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** Closing quotes and brackets: ” ’ ） 》 」 』 】 〕 〉 ］ ｝. */
export function isClosing(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x300b || c === 0x300d || c === 0x300f || c === 0x3011 || c === 0x3015 || c === 0x3009 || c === 0xff3d || c === 0xff5d;
}

/** The code units of `chars` as a set, for membership tests on charCodeAt: a regular expression run on one
 * character at a time costs several times the test itself. */
export function codeUnits(chars: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return set;
}

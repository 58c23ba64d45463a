// Bytes in, decoded text out: refuses binary, empty, oversized and undecodable files with coded
// errors, detects the encoding (BOM, strict UTF-8, then chardet among the Chinese encodings), and
// decides the format (plain text as PDF extractors give it, Markdown, or HTML).
import { isUtf8, transcode } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ParkLensError } from '../errors.js';
import type { SourceFormat } from '../types.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: string;
  format: SourceFormat;
}

// Magic numbers of common binary formats (from their published specifications).
const MAGIC: { bytes: number[]; label: string; code: 'E_BINARY' | 'E_NO_TEXT_LAYER' }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], label: 'PNG image', code: 'E_BINARY' },
  { bytes: [0xff, 0xd8, 0xff], label: 'JPEG image', code: 'E_BINARY' },
  { bytes: [0x47, 0x49, 0x46, 0x38], label: 'GIF image', code: 'E_BINARY' },
  { bytes: [0x25, 0x50, 0x44, 0x46], label: 'PDF document (extract its text first, e.g. with pdftotext)', code: 'E_NO_TEXT_LAYER' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], label: 'ZIP archive (or DOCX/XLSX)', code: 'E_BINARY' },
  { bytes: [0x1f, 0x8b], label: 'gzip archive', code: 'E_BINARY' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], label: 'ELF executable', code: 'E_BINARY' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], label: 'legacy Office document', code: 'E_BINARY' },
  { bytes: [0x52, 0x49, 0x46, 0x46], label: 'RIFF media file', code: 'E_BINARY' },
];

const CHINESE_ENCODINGS = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'UTF-16LE', 'UTF-16BE', 'UTF-8', 'ISO-2022-CN']);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

const GARBAGE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

/** Share of characters that are controls (other than tab/newline/CR/form feed) or U+FFFD. */
function garbageShare(text: string): number {
  if (!text.length) return 0;
  // one native scan answers for almost every page: no such character at all
  if (!GARBAGE.test(text)) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  return bad / text.length;
}

/** Share of CJK ideographs and CJK punctuation among non-ASCII characters: real Chinese text is mostly these. */
function cjkShare(text: string): number {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f))
      cjk++;
  }
  return nonAscii ? cjk / nonAscii : 1;
}

let hasTranscoder = true;

/**
 * Valid UTF-8 as a string. V8's own UTF-8 decoder (behind Buffer#toString and TextDecoder) reads about 90 MB/s of
 * Chinese text here; ICU's transcoder to UTF-16 and a plain copy of those units into a string read it six times as
 * fast, a noticeable share of reading a page. Both give the same string for valid UTF-8, which the caller has
 * checked. A Node built without ICU has no transcoder: it keeps V8's decoder.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (hasTranscoder) {
    try {
      return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      hasTranscoder = false;
    }
  }
  return buffer.toString('utf8');
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

export function detectEncoding(bytes: Uint8Array, name: string): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    // (invalid sequences after a BOM become U+FFFD, as the decoder gives them, and count as garbage)
    return { text: isUtf8(body) ? decodeUtf8(body) : new TextDecoder('utf-8').decode(body), encoding: 'UTF-8 (BOM)' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeAs(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  // Strict UTF-8 first (Node's native validator, then its decoder); anything else goes to the detector below.
  if (isUtf8(bytes)) return { text: decodeUtf8(bytes), encoding: 'UTF-8' };
  const sample = bytes.subarray(0, 256 * 1024);
  const candidates = chardet
    .analyse(sample)
    .filter((c) => CHINESE_ENCODINGS.has(c.name))
    .map((c) => c.name);
  // The detector ranks by confidence; GB18030 is a superset of GBK/GB2312 and is tried in any case,
  // because short GBK files are often ranked below Big5 or Shift_JIS.
  for (const encoding of [...new Set([...candidates, 'GB18030', 'Big5'])]) {
    if (encoding === 'UTF-8') continue;
    const text = decodeAs(bytes, encoding);
    if (garbageShare(text) < 0.001 && cjkShare(text) > 0.9) return { text, encoding };
  }
  throw new ParkLensError('E_UNDECODABLE', `${name}: the bytes are neither valid UTF-8 nor GB18030/GBK, Big5 or UTF-16`, { subject: name });
}

export function detectFormat(text: string, name: string): SourceFormat {
  const lower = name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|div|p)[\s>]/.test(head)) return 'html';
  if (/^#{1,6} \S/m.test(text)) return 'markdown';
  return 'text';
}

export function decodeBytes(bytes: Uint8Array, options: { name: string; maxBytes?: number }): Decoded {
  const { name } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes)
    throw new ParkLensError('E_TOO_LARGE', `${name}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes`, { subject: name });
  if (bytes.length === 0) throw new ParkLensError('E_EMPTY', `${name}: the file is empty`, { subject: name });
  for (const magic of MAGIC)
    if (startsWith(bytes, magic.bytes)) throw new ParkLensError(magic.code, `${name}: this is a ${magic.label}, not text`, { subject: name });
  const hasUtf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!hasUtf16Bom) {
    // NUL bytes do not occur in text in the 8-bit encodings; UTF-16 without a BOM has them in every ASCII character.
    const sample = bytes.subarray(0, 65536);
    // A native search: the byte loop it replaces was a noticeable share of reading a page.
    if (sample.includes(0)) {
      const utf16 = sniffUtf16(sample);
      if (!utf16) throw new ParkLensError('E_BINARY', `${name}: the file holds NUL bytes: binary, not text`, { subject: name });
      const text = decodeAs(bytes, utf16);
      if (garbageShare(text) > 0.001) throw new ParkLensError('E_BINARY', `${name}: the file holds NUL bytes: binary, not text`, { subject: name });
      return finish(text, utf16, name);
    }
  }
  const { text, encoding } = detectEncoding(bytes, name);
  if (garbageShare(text) > 0.01) throw new ParkLensError('E_BINARY', `${name}: the file is mostly control characters: binary, not text`, { subject: name });
  return finish(text, encoding, name);
}

function finish(text: string, encoding: string, name: string): Decoded {
  if (!text.trim()) throw new ParkLensError('E_EMPTY', `${name}: the file holds only whitespace`, { subject: name });
  return { text, encoding, format: detectFormat(text, name) };
}

/** UTF-16 without BOM: NULs fall on the even bytes (BE) or odd bytes (LE) of ASCII characters. */
function sniffUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? odd++ : even++);
  const pairs = sample.length / 2;
  if (odd > pairs * 0.1 && even < odd / 20) return 'utf-16le';
  if (even > pairs * 0.1 && odd < even / 20) return 'utf-16be';
  return null;
}

// Which characters of a Markdown page are text and which are markup, read with a CommonMark + GFM parser
// (mdast-util-from-markdown): link targets, images, emphasis and code marks, list and quote markers, heading
// marks, table pipes, HTML and thematic breaks are markup; the characters of text, inline code and code blocks
// are text. The page keeps its lines (the reader's later stages work line by line); only markup leaves them.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface MarkdownText {
  /** 1 where the raw character is text, 0 where it is markup or whitespace. */
  text: Uint8Array;
  /** Heading depth (1–6) of the raw characters inside a heading, 0 elsewhere. */
  heading: Uint8Array;
  /** 1 where the raw character is inside a table: its rows are data, never headlines. */
  table: Uint8Array;
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;

/**
 * The parser's time and memory grow faster than the text (a 4 MB page of list items took 15 s and 1.7 GB), so a
 * page is parsed in pieces of about this many characters, cut at a blank line (else at a line end). A cut can
 * only split a list or a code block in two, which leaves the same characters text and markup.
 */
const PIECE = 32 * 1024;

/** Marks the raw characters that carry the page's text. */
export function markdownText(raw: string): MarkdownText {
  const text = new Uint8Array(raw.length);
  const heading = new Uint8Array(raw.length);
  const table = new Uint8Array(raw.length);
  for (let from = 0; from < raw.length; ) {
    const to = pieceEnd(raw, from);
    markPiece(raw.slice(from, to), from, raw, text, heading, table);
    from = to;
  }
  return { text, heading, table };
}

/** Where the piece starting at `from` ends: after a blank line past PIECE characters, else after a line end. */
function pieceEnd(raw: string, from: number): number {
  if (raw.length - from <= 2 * PIECE) return raw.length;
  const blank = raw.indexOf('\n\n', from + PIECE);
  if (blank >= 0 && blank < from + 2 * PIECE) return blank + 2;
  const line = raw.indexOf('\n', from + PIECE);
  return line >= 0 ? line + 1 : raw.length;
}

function markPiece(piece: string, offset: number, raw: string, text: Uint8Array, heading: Uint8Array, table: Uint8Array): void {
  const tree: Root = fromMarkdown(piece, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const visit = (node: Nodes, depth: number): void => {
    const start = node.position?.start.offset === undefined ? undefined : node.position.start.offset + offset;
    const end = node.position?.end.offset === undefined ? undefined : node.position.end.offset + offset;
    if (node.type === 'heading' && start !== undefined && end !== undefined) {
      heading.fill(node.depth, start, end);
      depth = node.depth;
    }
    if (node.type === 'table' && start !== undefined && end !== undefined) table.fill(1, start, end);
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && start !== undefined && end !== undefined) {
      // a fenced block's opening line (fence and language) is markup, whatever letters it shares with the code
      const fenced = node.type === 'code' && /^[ \t]*(?:```|~~~)/.test(raw.slice(start, start + 8));
      const from = fenced ? Math.min(end, raw.indexOf('\n', start) + 1 || end) : start;
      align(raw, from, end, node.value, text);
      return;
    }
    // images and raw HTML carry no text of the page; their characters are markup
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html' || node.type === 'definition') return;
    // a list item that is one link and nothing else ("* [其他新闻](…)") is a page's navigation, not its text
    if (node.type === 'listItem' && isLinkOnly(node)) return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes, depth);
  };
  visit(tree, 0);
}

/** A list item whose only content is one link (or link reference). */
function isLinkOnly(item: Extract<Nodes, { type: 'listItem' }>): boolean {
  if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return false;
  const inline = item.children[0].children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return inline.length === 1 && (inline[0]!.type === 'link' || inline[0]!.type === 'linkReference');
}

/**
 * Marks the characters of raw[start, end) that spell `value` (a node's text, which leaves out escapes, entity
 * syntax, code fences and indentation): equal characters in order; what the value skips is markup.
 */
function align(raw: string, start: number, end: number, value: string, text: Uint8Array): void {
  let j = 0;
  for (let i = start; i < end && j < value.length; ) {
    const c = raw.charCodeAt(i);
    if (c === value.charCodeAt(j)) {
      text[i] = 1;
      i++;
      j++;
    } else if (isWhitespace(value.charCodeAt(j)) && !isWhitespace(c)) j++;
    else i++;
  }
}

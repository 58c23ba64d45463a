// Which characters of a Markdown page are text and which are markup, read with a CommonMark + GFM tokenizer
// (marked's lexer): link targets, images, emphasis and code marks, list and quote markers, heading marks, table
// pipes, HTML and thematic breaks are markup; the characters of text, inline code and code blocks are text. The page
// keeps its lines (the reader's later stages work line by line); only markup leaves them.
//
// The lexer's tokens carry their text but not their offsets, and nested tokens see their block without its
// indentation; so the page's text is found by walking the tokens in order with one cursor through the page, each
// text character matched to the next raw character equal to it.
import { Lexer, type Token, type Tokens } from 'marked';

export interface MarkdownText {
  /** 1 where the raw character is text, 0 where it is markup or whitespace. */
  text: Uint8Array;
  /** Heading depth (1–6) of the text characters of a heading, 0 elsewhere. */
  heading: Uint8Array;
  /** 1 for the text characters of a table: its rows are data, never headlines. */
  table: Uint8Array;
}

/** How far ahead a text character is looked for before the lexer's text is taken to differ from the page's. */
const LOOKAHEAD = 400;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000' || c === '\u00a0';

/** Marks the raw characters that carry the page's text. */
export function markdownText(raw: string): MarkdownText {
  const out: MarkdownText = { text: new Uint8Array(raw.length), heading: new Uint8Array(raw.length), table: new Uint8Array(raw.length) };
  // The lexer reads "\r\n" as "\n": a same-length copy keeps every offset.
  const source = raw.replace(/\r\n/g, ' \n').replace(/\r/g, '\n');
  const walker = new Walker(raw, out);
  walker.blocks(new Lexer({ gfm: true }).lex(source), 0, false);
  return out;
}

class Walker {
  private cursor = 0;
  constructor(
    private readonly raw: string,
    private readonly out: MarkdownText,
  ) {}

  /** Marks `text` as the page's, character by character, from the cursor on. */
  private mark(text: string, depth: number, table: boolean): void {
    for (const c of text) {
      if (isSpace(c)) continue;
      const at = this.raw.indexOf(c, this.cursor);
      if (at < 0 || at - this.cursor > LOOKAHEAD) continue;
      // (a character outside the BMP is two code units, both text)
      for (let k = at; k < at + c.length; k++) {
        this.out.text[k] = 1;
        if (depth) this.out.heading[k] = depth;
        if (table) this.out.table[k] = 1;
      }
      this.cursor = at + c.length;
    }
  }

  /** Moves the cursor past a piece of markup printed next ("![图](…)", "<br>"), when it is found near. */
  private skip(markup: string): void {
    const at = this.raw.indexOf(markup, this.cursor);
    if (at >= 0 && at - this.cursor <= LOOKAHEAD) this.cursor = at + markup.length;
  }

  blocks(tokens: Token[], depth: number, table: boolean): void {
    for (const token of tokens) this.block(token, depth, table);
  }

  private block(token: Token, depth: number, table: boolean): void {
    switch (token.type) {
      case 'heading':
        this.inline(token.tokens ?? [], token.depth, table);
        return;
      case 'paragraph':
        this.inline(token.tokens ?? [], depth, table);
        return;
      case 'text':
        if (token.tokens) this.inline(token.tokens, depth, table);
        else this.mark(token.text, depth, table);
        return;
      case 'blockquote':
        this.blocks(token.tokens ?? [], depth, table);
        return;
      case 'list':
        for (const item of (token as Tokens.List).items) {
          // a list item that is one link and nothing else ("* [其他新闻](…)") is a page's navigation, not its text
          if (isLinkOnly(item)) this.skip(item.raw.split('\n')[0]!);
          else this.blocks(item.tokens, depth, table);
        }
        return;
      case 'code': {
        // a fenced block's opening line (fence and language) is markup
        if ((token as Tokens.Code).codeBlockStyle !== 'indented') {
          const line = this.raw.indexOf('\n', this.cursor);
          if (line >= 0) this.cursor = line + 1;
        }
        this.mark(token.text, depth, table);
        return;
      }
      case 'table': {
        const t = token as Tokens.Table;
        for (const cell of t.header) this.inline(cell.tokens, depth, true);
        for (const row of t.rows) for (const cell of row) this.inline(cell.tokens, depth, true);
        return;
      }
      case 'html':
      case 'def':
        this.skip(token.raw);
        return;
      default:
        // space, hr: whitespace and markup only
        return;
    }
  }

  private inline(tokens: Token[], depth: number, table: boolean): void {
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
          if ('tokens' in token && token.tokens?.length) this.inline(token.tokens, depth, table);
          else this.mark(token.text, depth, table);
          break;
        case 'escape':
        case 'codespan':
          this.mark(token.text, depth, table);
          break;
        case 'link':
        case 'strong':
        case 'em':
        case 'del':
          this.inline(token.tokens ?? [], depth, table);
          // the rest of the token (a link's target, closing marks) is markup
          break;
        case 'image':
        case 'html':
          this.skip(token.raw);
          break;
        default:
          // br: a line end
          break;
      }
    }
  }
}

/** A list item whose only content is one link. */
function isLinkOnly(item: Tokens.ListItem): boolean {
  if (item.tokens.length !== 1) return false;
  const block = item.tokens[0]!;
  const inline = (('tokens' in block ? block.tokens : undefined) ?? []).filter((t) => !(t.type === 'text' && !t.raw.trim()));
  return (block.type === 'text' || block.type === 'paragraph') && inline.length === 1 && inline[0]!.type === 'link';
}

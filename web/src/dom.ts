// Safe DOM building: every piece of data becomes a text node, never markup. Page texts come from
// newspapers we do not control, so a `<script>` in an article must show as the characters it is.

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Attrs {
  class?: string;
  /** Attribute values are set with setAttribute; event handlers only through `on`. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  dataset?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  title?: string;
  href?: string;
}

/** Creates an element; strings and numbers among the children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.title) el.title = props.title;
    if (props.href !== undefined) el.setAttribute('href', props.href);
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
      // An inline handler would turn data into code; handlers go through `on`.
      if (/^on/i.test(name)) throw new Error(`refusing inline handler attribute ${name}`);
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [key, value] of Object.entries(props.dataset ?? {})) el.dataset[key] = value;
    for (const [type, handler] of Object.entries(props.on ?? {})) {
      el.addEventListener(type, handler as EventListener);
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/**
 * Text with `<mark>` around the given half-open ranges (UTF-16 offsets into `text`). Ranges are
 * clipped to the text, sorted, and merged where they overlap, so bad offsets never throw.
 */
export function markRanges(text: string, ranges: { start: number; end: number }[], markClass = 'hit'): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.className = markClass;
    mark.textContent = text.slice(start, range.end);
    fragment.appendChild(mark);
    at = range.end;
  }
  if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
  return fragment;
}

/** A small status block used for loading, empty and error states. */
export function notice(kind: 'loading' | 'empty' | 'error', message: string): HTMLElement {
  return h('div', { class: `notice notice-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, message);
}

/** Data-derived class names (mention kinds, org kinds) keep to safe characters. */
export function safeClass(value: string): string {
  return value.replace(/[^a-z0-9-]/gi, '') || 'other';
}

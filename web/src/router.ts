// Hash routing: `#/park/<id>?tab=x` → { name: 'park', params: ['<id>'], query }. Hash routes keep
// the server simple (one index.html) and make every view a link that can be shared or bookmarked.

export interface Route {
  /** First path segment, '' for the home page. */
  name: string;
  /** The remaining path segments, decoded. */
  params: string[];
  query: URLSearchParams;
}

export interface ViewContext {
  route: Route;
  root: HTMLElement;
  signal: AbortSignal;
  /** Registers cleanup to run when the user leaves the view. */
  onLeave(fn: () => void): void;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#/, '').replace(/^\//, '');
  const q = body.indexOf('?');
  const path = q >= 0 ? body.slice(0, q) : body;
  const query = new URLSearchParams(q >= 0 ? body.slice(q + 1) : '');
  const segments = path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { name: segments[0] ?? '', params: segments.slice(1), query };
}

/** Builds `#/a/b?x=1`, dropping empty query values. */
export function href(path: (string | number)[], query: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `#/${path.map((p) => encodeURIComponent(String(p))).join('/')}${qs ? `?${qs}` : ''}`;
}

export function go(path: (string | number)[], query: Record<string, string | number | null | undefined> = {}): void {
  const target = href(path, query);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
}

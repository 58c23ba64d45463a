// Formats diagnostics the way compilers do: `file:line:col-line:col severity rule-id reason`.
import type { Diagnostic } from './types.js';

function lineCol(raw: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < raw.length; i++) if (raw.charCodeAt(i) === 10) (line++, (last = i));
  return `${line}:${offset - last}`;
}

export function formatDiagnostic(name: string, raw: string, d: Diagnostic): string {
  const place = d.place ? `:${lineCol(raw, d.place.start)}-${lineCol(raw, d.place.end)}` : '';
  return `${name}${place} ${d.severity} ${d.ruleId} ${d.reason}`;
}

/**
 * A deliberately small, independent RFC 5545 reader for the tests: unfold, split `NAME;PARAMS:VALUE`, unescape.
 * It shares no code with the writer, so a round trip through it checks the writer against the RFC, not itself.
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** §3.1 unfolding: a CRLF followed by one space or tab is removed; then one logical line per CRLF. */
export function unfold(text: string): string[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** One logical line: the name, its parameters (quotes removed) and the raw value (still escaped). */
export function parseLine(line: string): IcsProperty {
  const nameEnd = line.search(/[;:]/);
  if (nameEnd < 0) throw new Error(`not a content line: ${line}`);
  const name = line.slice(0, nameEnd);
  const params: Record<string, string> = {};
  let i = nameEnd;
  while (line[i] === ';') {
    const eq = line.indexOf('=', i);
    const key = line.slice(i + 1, eq);
    i = eq + 1;
    let value: string;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      value = line.slice(i + 1, close);
      i = close + 1;
    } else {
      const stop = line.slice(i).search(/[;:]/);
      value = line.slice(i, i + stop);
      i += stop;
    }
    params[key] = value;
  }
  if (line[i] !== ':') throw new Error(`no value in: ${line}`);
  return { name, params, value: line.slice(i + 1) };
}

/** §3.3.11 TEXT unescaping: `\\`, `\;`, `\,`, `\n` / `\N`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Every property of a calendar, in order. */
export function parseIcs(text: string): IcsProperty[] {
  return unfold(text).map(parseLine);
}

/** The properties of the first component named `component` (e.g. VEVENT), without nested components. */
export function propsOf(text: string, component: string): Map<string, IcsProperty> {
  const out = new Map<string, IcsProperty>();
  let depth = -1;
  for (const p of parseIcs(text)) {
    if (p.name === 'BEGIN') {
      if (depth >= 0) depth++;
      else if (p.value === component) depth = 0;
    } else if (p.name === 'END' && depth >= 0) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) out.set(p.name, p);
  }
  return out;
}

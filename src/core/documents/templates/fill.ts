/**
 * {{variable}} substitution.
 *
 * Syntax: `{{path.to.value}}`, `{{value|filter|filter:arg}}` (filters.ts), `{{date.long}}` as sugar for
 * `{{date|long}}`, and one loop form on lines of their own:
 *     {{#each motions}}
 *     | {{stt}} | {{content}} | {{for}} ({{for|percent:meeting.present}}) |
 *     {{/each}}
 * Inside a loop, names are looked up in the item first, then in the data; `{{this}}` is the item, `{{stt}}` its
 * 1-based number. Loops do not nest.
 *
 * Values are literal text: Markdown in a value is escaped (literalValue in filters.ts), so `**`, a leading "1. " or a
 * `\phuluc X` typed into a field prints as typed instead of making bold text, a list or an appendix; on a table row
 * newlines become spaces, so a name can never break a table. Only callers that build Markdown themselves (and make
 * the text people typed literal as they do: meetings, elections) pass `values: 'markdown'`, where only "|" is
 * escaped. A name that resolves nowhere is "unknown" unless it is listed as optional (declared `required: false`)
 * or has a `|default:…` filter; all unknown names of a text are reported together.
 */
import { TemplateError } from './errors';
import { FILTERS, FilterError, type FilterContext, literalValue, Md, SUFFIX_FILTERS, toText } from './filters';

export interface FillOptions {
  /** 'markdown' (default) escapes "|" in values; 'plain' is for front-matter strings, which are not Markdown. */
  mode?: 'markdown' | 'plain';
  /** Names that may be absent (they render empty). */
  optional?: Iterable<string>;
  /** 'literal' (default): values are text. 'markdown': the caller's values are Markdown it made literal itself. */
  values?: 'literal' | 'markdown';
}
export interface FillResult {
  text: string;
  unknown: string[];
  invalid: string[];
}

export const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;
const NAME = /^(?:[A-Za-z_]\w*|\d+)(?:\.(?:[A-Za-z_]\w*|\d+))*$/;
export const EACH_BLOCK =
  /^[ \t]*\{\{\s*#each\s+([^{}\s]+)\s*\}\}[ \t]*\n([\s\S]*?)^[ \t]*\{\{\s*\/each\s*\}\}[ \t]*(?:\n|$)/gm;

export interface Placeholder {
  name: string;
  filters: { name: string; arg: string }[];
}

/** "amount | vnd:short" → { name: 'amount', filters: [{ name: 'vnd', arg: 'short' }] }; null if not a valid name. */
export function parsePlaceholder(inner: string): Placeholder | null {
  const [head, ...rest] = inner.split('|');
  const name = head.trim();
  if (!NAME.test(name)) return null;
  const filters = rest.map((f) => {
    const colon = f.indexOf(':');
    return colon < 0 ? { name: f.trim(), arg: '' } : { name: f.slice(0, colon).trim(), arg: f.slice(colon + 1) };
  });
  return { name, filters };
}

type Found = { found: boolean; value?: unknown };

function get(obj: unknown, path: string): Found {
  if (obj === null || typeof obj !== 'object') return { found: false };
  // A data file may say {"meeting.time": "…"} as well as {"meeting": {"time": "…"}}.
  if (Object.hasOwn(obj, path)) return { found: true, value: (obj as Record<string, unknown>)[path] };
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return { found: false };
    cur = (cur as Record<string, unknown>)[seg];
  }
  return { found: true, value: cur };
}

function lookupIn(layers: unknown[], path: string): Found {
  for (const layer of layers) {
    const r = get(layer, path);
    if (r.found) return r;
  }
  return { found: false };
}

class Filler {
  readonly unknown: string[] = [];
  readonly invalid: string[] = [];
  private readonly optional: Set<string>;
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly opts: FillOptions,
  ) {
    this.optional = new Set(opts.optional ?? []);
  }

  text(src: string): string {
    const text = src.replace(/\r\n?/g, '\n');
    let out = '';
    let last = 0;
    for (const m of text.matchAll(EACH_BLOCK)) {
      out += this.lines(text.slice(last, m.index), [this.data]);
      out += this.loop(m[1], m[2]);
      last = m.index + m[0].length;
    }
    out += this.lines(text.slice(last), [this.data]);
    if (/\{\{\s*[#/]each\b/.test(out))
      this.invalid.push(
        'Vòng lặp {{#each …}} phải có {{/each}} tương ứng, mỗi thẻ trên một dòng riêng, không lồng nhau.',
      );
    return out;
  }

  private loop(path: string, inner: string): string {
    const list = lookupIn([this.data], path);
    if (!list.found) {
      if (!this.optional.has(path)) this.unknown.push(path);
      return '';
    }
    if (list.value === null || list.value === undefined) return '';
    if (!Array.isArray(list.value)) {
      this.invalid.push(`{{#each ${path}}}: "${path}" phải là một danh sách.`);
      return '';
    }
    return list.value.map((item, i) => this.lines(inner, [{ this: item, stt: i + 1 }, item, this.data])).join('');
  }

  private lines(text: string, layers: unknown[]): string {
    return text
      .split('\n')
      .map((line) => {
        const tableRow = /^\s*\|/.test(line);
        const indent = /^[ \t]*/.exec(line)![0];
        return line.replace(PLACEHOLDER, (whole, inner: string) =>
          this.one(whole, inner, layers, line.trim() === whole, tableRow, indent),
        );
      })
      .join('\n');
  }

  private one(
    whole: string,
    inner: string,
    layers: unknown[],
    standalone: boolean,
    tableRow: boolean,
    indent: string,
  ): string {
    if (/^\s*[#/]/.test(inner)) return whole; // a stray loop tag: reported once by text()
    const ph = parsePlaceholder(inner);
    if (!ph) {
      this.invalid.push(`${whole}: tên biến không hợp lệ (chỉ dùng chữ không dấu, số, "_" và dấu chấm).`);
      return whole;
    }
    const badFilter = ph.filters.find((f) => !FILTERS[f.name]);
    if (badFilter) {
      this.invalid.push(`${whole}: không có bộ lọc "${badFilter.name}" (có: ${Object.keys(FILTERS).join(', ')}).`);
      return whole;
    }
    let found = lookupIn(layers, ph.name);
    let filters = ph.filters;
    const dot = ph.name.lastIndexOf('.');
    if (!found.found && dot > 0 && SUFFIX_FILTERS.has(ph.name.slice(dot + 1))) {
      const base = lookupIn(layers, ph.name.slice(0, dot));
      if (base.found) [found, filters] = [base, [{ name: ph.name.slice(dot + 1), arg: '' }, ...filters]];
    }
    if (!found.found && !this.optional.has(ph.name) && !filters.some((f) => f.name === 'default')) {
      this.unknown.push(ph.name);
      return whole;
    }
    const literal = this.opts.mode !== 'plain' && this.opts.values !== 'markdown';
    const ctx: FilterContext = { lookup: (p) => lookupIn(layers, p), standalone, literal };
    try {
      let v = found.value;
      for (const f of filters) {
        v = FILTERS[f.name](v, f.arg, ctx);
      }
      let s = toText(v, standalone, literal);
      // Lines after the first keep the placeholder's indent, so a list under a list item stays nested.
      if (standalone) s = s.replace(/\n/g, `\n${indent}`);
      if (v instanceof Md || (Array.isArray(v) && standalone) || this.opts.mode === 'plain') return s;
      const escaped = literal ? literalValue(s) : s.replace(/\|/g, '\\|');
      return tableRow ? escaped.replace(/\s*\n\s*/g, ' ') : escaped;
    } catch (e) {
      if (!(e instanceof FilterError) && !(e instanceof RangeError)) throw e;
      this.invalid.push(`${whole}: ${e.message}.`);
      return whole;
    }
  }
}

/** Fills and reports instead of throwing, so a caller can merge problems from several texts. */
export function fillCollect(text: string, data: Record<string, unknown>, opts: FillOptions = {}): FillResult {
  const f = new Filler(data, opts);
  const out = f.text(text);
  return { text: out, unknown: [...new Set(f.unknown)], invalid: [...new Set(f.invalid)] };
}

/** Fills a Markdown text; throws a TemplateError listing every unknown name and bad value at once. */
export function fillTemplate(text: string, data: Record<string, unknown>, opts: FillOptions = {}): string {
  const r = fillCollect(text, data, opts);
  if (r.unknown.length || r.invalid.length) throw new TemplateError({ unknown: r.unknown, invalid: r.invalid });
  return r.text;
}

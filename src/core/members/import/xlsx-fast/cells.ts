/**
 * One <c>: its start tag and its value, read the way exceljs reads them so the importer sees the same grid either
 * way: shared/inline/formula strings as text, numbers in a date format as UTC dates, booleans, errors as empty.
 * The sheet comes as Latin-1 text (see utf8Of): every text value taken from it goes through utf8Of first.
 */
import type { CellValue } from '../types';
import type { SharedStrings } from './strings';
import { stringItem } from './strings';
import type { Styles } from './styles';
import { attr, contentAt, decodeText, findTag, tagAttrs, unescapeX, Unsupported, utf8Of } from './xml';

export interface SheetContext {
  strings: SharedStrings;
  styles: Styles;
  date1904: boolean;
}

/** The exceljs date for a serial: milliseconds rounded, UTC, the 1904 system shifted by 1462 days. */
const serialDate = (v: number, date1904: boolean) =>
  new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

/** ISO text of a t="d" cell, read as UTC like every other date here (exceljs reads only its leading year). */
function isoDate(s: string): CellValue {
  const d = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(s) || !s.includes('T') ? s : `${s}Z`);
  return Number.isNaN(d.getTime()) ? s : d;
}

/** Set by the value readers for rich text (its first run's font), read right after. */
export const rich: { font: string | undefined } = { font: undefined };

/** The integer a run of at most 15 digits spells (exactly what parseFloat gives), else -1; saves a string. */
function digits(x: string, from: number, to: number): number {
  if (to - from > 15) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = x.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The value written as x[from, to) in a <v> alone (no formula, no inline string), typed by t; undefined if empty. */
export function plainValue(
  t: string | undefined,
  x: string,
  from: number,
  to: number,
  xf: number,
  ctx: SheetContext,
): CellValue | undefined {
  if (from >= to) return undefined;
  switch (t) {
    case 's': {
      let i = digits(x, from, to);
      if (i < 0) i = parseInt(x.slice(from, to), 10);
      if (!(i >= 0 && i < ctx.strings.text.length)) throw new Unsupported('shared string index out of range');
      rich.font = ctx.strings.font[i];
      return ctx.strings.text[i];
    }
    case 'str':
    case 'inlineStr': // text put in <v> instead of <is>
      return unescapeX(decodeText(utf8Of(x.slice(from, to))));
    case 'b':
      return parseInt(x.slice(from, to), 10) !== 0;
    case 'e':
      return null;
    case 'd':
      return isoDate(decodeText(x.slice(from, to)).trim());
    default: {
      let n = digits(x, from, to);
      if (n < 0) n = parseFloat(x.slice(from, to));
      return xf && ctx.styles.date[xf] ? serialDate(n, ctx.date1904) : n;
    }
  }
}

/** The value of a <c> with any other content (formula, inline string, attributes on <v>); undefined when none. */
export function cellValue(
  t: string | undefined,
  body: string,
  xf: number,
  p: string,
  ctx: SheetContext,
): CellValue | undefined {
  const vAt = findTag(body, `<${p}v`, 0);
  const v = vAt < 0 ? '' : contentAt(body, vAt, `${p}v`).text;
  const fAt = findTag(body, `<${p}f`, 0);
  if (fAt >= 0 && (contentAt(body, fAt, `${p}f`).text || attr(tagAttrs(body, fAt, `${p}f`), 't'))) {
    // A formula: its cached result, typed by t; no result (never calculated) is an empty value that still counts.
    if (!v) return null;
    if (t === 'str') return unescapeX(decodeText(utf8Of(v)));
    if (t === 'b') return parseInt(v, 10) !== 0;
    if (t === 'e') return null;
    const n = parseFloat(v);
    return xf && ctx.styles.date[xf] ? serialDate(n, ctx.date1904) : n;
  }
  if (t === 'inlineStr') {
    const isAt = findTag(body, `<${p}is`, 0);
    if (isAt < 0) return plainValue(t, v, 0, v.length, xf, ctx);
    const item = stringItem(utf8Of(contentAt(body, isAt, `${p}is`).text), p);
    rich.font = item.font;
    return item.runs ? item.text : item.text || undefined; // like exceljs: an empty plain inline string is no value
  }
  return plainValue(t, v, 0, v.length, xf, ctx);
}

/**
 * A cell's start tag, read by hand: this runs for every cell, and a regex or a string per attribute costs more
 * than the rest of the cell. Fills `tag` (col -1 without r, -2 for an r without letters); returns the index of '>'.
 */
export const tag = { col: -1, style: 0, type: undefined as string | undefined };

export function cellTag(x: string, from: number): number {
  tag.col = -1;
  tag.style = 0;
  tag.type = undefined;
  let j = from;
  for (;;) {
    let c = x.charCodeAt(j);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = x.charCodeAt(++j);
    if (c === 62 /* > */ || c === 47 /* / */) return x.indexOf('>', j);
    if (Number.isNaN(c)) throw new Unsupported('unterminated cell tag');
    const nameAt = j;
    while (c !== 61 /* = */ && c !== 32 && c !== 9 && c !== 10 && c !== 13 && !Number.isNaN(c)) c = x.charCodeAt(++j);
    const name = j - nameAt === 1 ? x.charCodeAt(nameAt) : 0; // r, s and t are the one-letter names we need
    j = x.indexOf('=', j);
    let q = x.charCodeAt(++j);
    while (q === 32 || q === 9 || q === 10 || q === 13) q = x.charCodeAt(++j);
    if (q !== 34 && q !== 39) throw new Unsupported('malformed cell tag');
    const valueAt = j + 1;
    const end = x.indexOf(q === 34 ? '"' : "'", valueAt);
    if (end < 0) throw new Unsupported('malformed cell tag');
    if (name === 114 /* r */) {
      let n = 0;
      let k = valueAt;
      for (let ch = x.charCodeAt(k) & ~32; ch >= 65 && ch <= 90; ch = x.charCodeAt(++k) & ~32) n = n * 26 + ch - 64;
      tag.col = k === valueAt ? -2 : n - 1;
    } else if (name === 115 /* s */) {
      tag.style = parseInt(x.slice(valueAt, end), 10) || 0;
    } else if (name === 116 /* t */) {
      tag.type = x.slice(valueAt, end);
    }
    j = end + 1;
  }
}

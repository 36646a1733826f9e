/**
 * From styles.xml only what the import uses, per cell style (the `s` of a cell): does its number format make the
 * number a date, and what is its font called (a .VnTime font announces TCVN3 text).
 */
import { attr, contentAt, findTag, rootPrefix, tagAttrs } from './xml';

export interface Styles {
  /** Indexed by cell style id. */
  date: boolean[];
  font: (string | undefined)[];
}

export const NO_STYLES: Styles = { date: [], font: [] };

/**
 * Built-in formats that are dates. 14–22 and 45–47 are the ones exceljs knows; 27–36 and 50–58 are the East Asian
 * locale dates Excel also writes without a format code (exceljs has no code for them and reads plain numbers).
 */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** The rule exceljs applies to a format code: day, month, year, hour or second letters outside "text" and [..]. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** The elements of one list (`<fonts>`, `<cellXfs>`…) as [attribute text, content] pairs. */
function list(xml: string, p: string, parent: string, child: string): Array<[string, string]> {
  const at = findTag(xml, `<${p}${parent}`, 0);
  if (at < 0) return [];
  const { text } = contentAt(xml, at, p + parent);
  const out: Array<[string, string]> = [];
  for (let i = findTag(text, `<${p}${child}`, 0); i >= 0;) {
    const { text: inner, end } = contentAt(text, i, p + child);
    out.push([tagAttrs(text, i, p + child), inner]);
    i = findTag(text, `<${p}${child}`, end);
  }
  return out;
}

export function readStyles(xml: string): Styles {
  const p = rootPrefix(xml);
  const codes = new Map<number, string>();
  for (const [a] of list(xml, p, 'numFmts', 'numFmt')) {
    // exceljs drops the backslash of escaped characters before judging the code ("\d" counts as a day).
    codes.set(parseInt(attr(a, 'numFmtId') ?? '', 10), (attr(a, 'formatCode') ?? '').replace(/\\(.)/g, '$1'));
  }
  const fontNames = list(xml, p, 'fonts', 'font').map(([, inner]) => {
    const at = findTag(inner, `<${p}name`, 0);
    return at < 0 ? undefined : attr(tagAttrs(inner, at, `${p}name`), 'val');
  });

  const styles: Styles = { date: [], font: [] };
  for (const [a] of list(xml, p, 'cellXfs', 'xf')) {
    const fmt = parseInt(attr(a, 'numFmtId') ?? '', 10);
    const code = fmt ? codes.get(fmt) : undefined;
    styles.date.push(fmt ? (code ? isDateFormat(code) : BUILTIN_DATE.has(fmt)) : false);
    styles.font.push(fontNames[parseInt(attr(a, 'fontId') ?? '', 10)]);
  }
  return styles;
}

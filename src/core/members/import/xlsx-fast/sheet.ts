/**
 * One worksheet's rows and cells, plus its merges, hyperlinks and column styles for grid.ts.
 * A cell with no value is remembered only where exceljs would keep it: styled cells exist but do not make a row
 * count; hyperlinked ones do.
 */
import type { CellValue } from '../types';
import { cellTag, cellValue, plainValue, rich, tag, type SheetContext } from './cells';
import { EXCEL_MAX_COL as MAX_COL, EXCEL_MAX_ROW as MAX_ROW, outOfRange } from '../limits';
import { attr, endsName, findTag, rootPrefix, tagAttrs, Unsupported } from './xml';

export type { SheetContext } from './cells';

export interface SheetRow {
  /** The row's own style id (`<row s>`): what a cell created by a merge inherits first. */
  style: number;
  /** Cells that count, by 0-based column: a value, or null for an error/empty formula/hyperlink. */
  vals: CellValue[];
  /** Style id of styled cells; sparse, null until needed. A cell exists where it has a value or a style. */
  xf: number[] | null;
  /** Cells that only a merge created (no cell of their own): their font comes from the row or column style. */
  made: boolean[] | null;
  /** Font of a rich text value's first named run; sparse, null until needed. */
  rich: (string | undefined)[] | null;
  /** Unstyled empty cells, kept only in case a hyperlink makes them count. */
  bare: boolean[] | null;
}

export interface SheetData {
  rows: Map<number, SheetRow>;
  /** Style id per 0-based column from <cols>. */
  colStyle: number[];
  merges: string[];
  links: string[];
}

/** Column styles from <cols>, which comes before <sheetData> (`head`). */
function columns(head: string, p: string): number[] {
  const styles: number[] = [];
  for (let i = findTag(head, `<${p}col`, 0); i >= 0; i = findTag(head, `<${p}col`, i + 1)) {
    const a = tagAttrs(head, i, `${p}col`);
    const style = parseInt(attr(a, 'style') ?? '', 10);
    // Clamped to Excel's columns: a hostile `min="-20000000"` would otherwise loop and allocate for minutes.
    const max = Math.min(parseInt(attr(a, 'max') ?? '', 10), MAX_COL);
    // exceljs sorts <col> by min and lets the first one covering a column win.
    for (let c = Math.max(1, parseInt(attr(a, 'min') ?? '', 10)); c <= max; c++)
      if (styles[c - 1] === undefined) styles[c - 1] = style || 0;
  }
  return styles;
}

/** Start tags of `name` after `from` with their attribute text. */
function tagsAfter(xml: string, p: string, name: string, from: number): string[] {
  const out: string[] = [];
  for (let i = findTag(xml, `<${p}${name}`, from); i >= 0; i = findTag(xml, `<${p}${name}`, i + 1))
    out.push(tagAttrs(xml, i, p + name));
  return out;
}

export function readSheet(xml: string, ctx: SheetContext): SheetData {
  const p = rootPrefix(xml);
  const rows = new Map<number, SheetRow>();
  const dataAt = findTag(xml, `<${p}sheetData`, 0);
  if (dataAt < 0) return { rows, colStyle: [], merges: [], links: [] };
  // The closing tag is near the end of a big part: look for it from there.
  const dataGt = xml.indexOf('>', dataAt);
  const dataEnd = xml.charCodeAt(dataGt - 1) === 47 ? dataGt + 1 : xml.lastIndexOf(`</${p}sheetData>`);
  if (dataEnd < dataGt) throw new Unsupported('unterminated sheetData');
  const body = xml.slice(dataGt + 1, dataEnd);
  const ROW = `<${p}row`;
  const CELL = `<${p}c`;
  const CELL_END = `</${p}c>`;
  const V_OPEN = `<${p}v>`;
  const V_CLOSE = `</${p}v>`;
  let row: SheetRow | null = null;
  let rowNum = 0;
  let col = -1;

  for (let i = body.indexOf('<'); i >= 0; i = body.indexOf('<', i)) {
    if (body.startsWith(CELL, i) && endsName(body.charCodeAt(i + CELL.length))) {
      if (!row) throw new Unsupported('cell outside a row');
      const gt = cellTag(body, i + CELL.length);
      if (tag.col === -2) throw new Unsupported('bad cell reference');
      col = tag.col >= 0 ? tag.col : col + 1;
      if (col >= MAX_COL) throw outOfRange();
      const xf = tag.style;
      rich.font = undefined;
      let value: CellValue | undefined;
      let vEnd: number;
      if (body.charCodeAt(gt - 1) === 47) {
        i = gt + 1; // <c r="B2" s="3"/>
      } else if (
        body.startsWith(V_OPEN, gt + 1) &&
        (vEnd = body.indexOf(V_CLOSE, gt)) > 0 &&
        body.startsWith(CELL_END, vEnd + V_CLOSE.length)
      ) {
        // The common case, <c ...><v>…</v></c>, without looking for formulas or inline strings.
        value = plainValue(tag.type, body, gt + 1 + V_OPEN.length, vEnd, xf, ctx);
        i = vEnd + V_CLOSE.length + CELL_END.length;
      } else {
        const close = body.indexOf(CELL_END, gt);
        if (close < 0) throw new Unsupported('unterminated cell');
        value = cellValue(tag.type, body.slice(gt + 1, close), xf, p, ctx);
        i = close + CELL_END.length;
      }
      if (value !== undefined) {
        row.vals[col] = value;
        if (rich.font !== undefined) (row.rich ??= [])[col] = rich.font;
      }
      if (xf)
        (row.xf ??= [])[col] = xf; // a styled empty cell exists but does not make the row count
      else if (value === undefined) (row.bare ??= [])[col] = true;
      continue;
    }
    if (body.startsWith(ROW, i) && endsName(body.charCodeAt(i + ROW.length))) {
      const a = tagAttrs(body, i, `${p}row`);
      const r = parseInt(attr(a, 'r') ?? '', 10);
      rowNum = r > 0 ? r : rowNum + 1; // rows without r follow the previous one
      if (rowNum > MAX_ROW) throw outOfRange();
      row = { style: parseInt(attr(a, 's') ?? '', 10) || 0, vals: [], xf: null, made: null, rich: null, bare: null };
      rows.set(rowNum, row); // a repeated row number replaces the earlier row, as in exceljs
      col = -1;
    }
    i++;
  }

  const after = dataEnd;
  const links = tagsAfter(xml, p, 'hyperlink', after).filter((a) => /\s[\w.-]+:id\s*=/.test(a));
  return {
    rows,
    colStyle: columns(xml.slice(0, dataAt), p),
    merges: tagsAfter(xml, p, 'mergeCell', after).map((a) => attr(a, 'ref') ?? ''),
    links: links.map((a) => attr(a, 'ref') ?? ''),
  };
}

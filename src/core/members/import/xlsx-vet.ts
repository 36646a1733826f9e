/**
 * What a file must pass before exceljs may read it. exceljs unpacks every part of the zip (JSZip, no size bound)
 * and builds one object per column from `<col min max>`, a row array as long as the highest `<row r>`, and every
 * cell of a merge: a tiny hostile file freezes it for minutes at gigabytes. So every part is first inflated here
 * within the same limits as the fast reader, and the sheets' ranges are checked; anything we cannot bound is
 * refused as damaged (exceljs could not read such a zip either).
 */
import { ImportError } from './errors';
import { damaged, EXCEL_MAX_COL, EXCEL_MAX_ROW, MERGE_LIMIT, outOfRange, tooManyCells, XLSX_LIMITS } from './limits';
import { columnIndex } from '../../../shared/text/columns';
import { openZip } from './xlsx-fast/zip';

const TAG = /<(?:[\w.-]+:)?(col|row|c|mergeCell)\s([^>]*)>/g;
const attrOf = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
const REF = /^\$?([A-Za-z]+)\$?(\d+)$/;

/** [row, 0-based column] of a cell reference, refused outside Excel's sheet. */
function cellAt(ref: string): [number, number] {
  const m = REF.exec(ref.trim());
  if (!m) return [1, 0]; // not a reference exceljs would expand
  const col = m[1].length > 3 ? EXCEL_MAX_COL : columnIndex(m[1]);
  const row = m[2].length > 7 ? EXCEL_MAX_ROW + 1 : parseInt(m[2], 10);
  if (col >= EXCEL_MAX_COL || row > EXCEL_MAX_ROW) throw outOfRange();
  return [row, col];
}

/** The ranges of one XML part: columns, row numbers, cell references, merged areas, and the cells rows span. */
export function vetSheetXml(xml: string): void {
  let merged = 0;
  let cells = 0;
  let width = 0;
  for (const [, name, attrs] of xml.matchAll(TAG)) {
    if (name === 'col') {
      const min = parseInt(attrOf(attrs, 'min') ?? '1', 10);
      const max = parseInt(attrOf(attrs, 'max') ?? '1', 10);
      if (min < 1 || max > EXCEL_MAX_COL) throw outOfRange();
    } else if (name === 'row') {
      if (parseInt(attrOf(attrs, 'r') ?? '1', 10) > EXCEL_MAX_ROW) throw outOfRange();
      if ((cells += width) > XLSX_LIMITS.gridCells) throw tooManyCells();
      width = 0;
    } else if (name === 'c') {
      const r = attrOf(attrs, 'r');
      width = r === undefined ? width + 1 : Math.max(width, cellAt(r)[1] + 1);
    } else {
      const [a, b = a] = (attrOf(attrs, 'ref') ?? '').split(':');
      const [r1, c1] = cellAt(a);
      const [r2, c2] = cellAt(b);
      if ((merged += (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1)) > MERGE_LIMIT) throw outOfRange();
    }
  }
  if (cells + width > XLSX_LIMITS.gridCells) throw tooManyCells();
}

export function vetForExceljs(data: Buffer): void {
  try {
    const zip = openZip(data);
    for (const name of zip.names()) {
      const bytes = zip.bytes(name);
      if (bytes && /\.xml$/i.test(name)) vetSheetXml(bytes.toString('latin1'));
    }
  } catch (e) {
    throw e instanceof ImportError ? e : damaged();
  }
}

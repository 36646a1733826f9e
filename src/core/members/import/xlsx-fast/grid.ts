/**
 * A sheet's cells to the importer's Grid, matching what exceljs + `eachRow({ includeEmpty: false })` give:
 *  - every cell a merge covers reads as the merge's top-left value and makes its row count, even a row the file
 *    never wrote (a unit merged down a block of rows applies to each of them);
 *  - a row counts when one of its cells has a value, an error, a formula, a hyperlink, or is covered by a merge;
 *  - the font hint is looked up only for text that could be legacy bytes, from the rich-text run, else the cell's
 *    style, else (for a cell only a merge created) the row's then the column's style.
 */
import { columnIndex } from '../../../../shared/text/columns';
import { fontHint } from '../font-hint';
import { mayBeLegacy } from '../legacy/detect';
import type { FontHint, Grid, RawRow } from '../types';
import type { SheetData, SheetRow } from './sheet';
import type { Styles } from './styles';
import { EXCEL_MAX_COL as MAX_COL, EXCEL_MAX_ROW, MERGE_LIMIT, outOfRange, tooManyCells, XLSX_LIMITS } from '../limits';
import { Unsupported } from './xml';

function cellRef(ref: string): [row: number, col: number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Unsupported(`bad reference ${ref}`);
  const c = columnIndex(m[1]);
  const r = parseInt(m[2], 10);
  if (c >= MAX_COL || r > EXCEL_MAX_ROW) throw outOfRange();
  return [r, c];
}

const newRow = (): SheetRow => ({ style: 0, vals: [], xf: null, made: null, rich: null, bare: null });

/** exceljs turns a cell with an external hyperlink into a hyperlink value, so even an empty one counts. */
function applyLinks(sheet: SheetData): void {
  for (const ref of sheet.links) {
    if (!/^[A-Z]{1,3}\d+$/.test(ref)) continue; // exceljs matches the ref to cell addresses as a string: not ranges
    const [r, c] = cellRef(ref);
    const row = sheet.rows.get(r);
    if (!row || row.vals[c] !== undefined || !(row.xf?.[c] || row.bare?.[c])) continue;
    row.vals[c] = null;
  }
}

function applyMerges(sheet: SheetData): void {
  const taken = new Set<number>();
  let cells = 0;
  for (const ref of sheet.merges) {
    const [a, b = a] = ref.split(':');
    const [r1, c1] = cellRef(a);
    const [r2, c2] = cellRef(b);
    const top = Math.min(r1, r2),
      bottom = Math.max(r1, r2),
      left = Math.min(c1, c2),
      right = Math.max(c1, c2);
    // Refused, not left to exceljs, which would expand a whole-sheet merge cell by cell.
    if ((cells += (bottom - top + 1) * (right - left + 1)) > MERGE_LIMIT) throw outOfRange();
    const master = sheet.rows.get(top);
    const value = master?.vals[left] ?? null;
    const rich = master?.rich?.[left];
    for (let r = top; r <= bottom; r++) {
      let row = sheet.rows.get(r);
      if (!row) sheet.rows.set(r, (row = newRow()));
      for (let c = left; c <= right; c++) {
        const key = r * MAX_COL + c;
        // exceljs refuses overlapping merges ("Cannot merge already merged cells"): let it say so.
        if (taken.has(key)) throw new Unsupported('overlapping merges');
        taken.add(key);
        if (r === top && c === left) continue;
        if (row.vals[c] === undefined && !row.xf?.[c]) (row.made ??= [])[c] = true;
        row.vals[c] = value;
        if (rich !== undefined) (row.rich ??= [])[c] = rich;
        else if (row.rich) row.rich[c] = undefined;
      }
    }
  }
}

export function toGrid(sheet: SheetData, styles: Styles): Grid {
  applyLinks(sheet);
  applyMerges(sheet);
  const styleFont = (xf: number | undefined) => (xf ? styles.font[xf] : undefined);
  const fontOf = (row: SheetRow, c: number): string | undefined => {
    const rich = row.rich?.[c];
    if (rich !== undefined) return rich;
    if (row.made?.[c]) return styleFont(row.style) ?? styleFont(sheet.colStyle[c]);
    return styleFont(row.xf?.[c]);
  };

  let nums = [...sheet.rows.keys()];
  if (nums.some((n, i) => i > 0 && n < nums[i - 1])) nums = nums.sort((x, y) => x - y);
  // Row widths are counted before any row is filled in: one far cell per row makes each a 16,384-slot array.
  let cells = 0;
  for (const n of nums) if ((cells += sheet.rows.get(n)!.vals.length) > XLSX_LIMITS.gridCells) throw tooManyCells();
  const rows: RawRow[] = [];
  for (const n of nums) {
    const row = sheet.rows.get(n)!;
    const values = row.vals; // only counting cells were written, so its length is exceljs's row length
    if (values.length === 0) continue;
    let fonts: (FontHint | undefined)[] | null = null;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === undefined) values[c] = null;
      else if (typeof v === 'string' && mayBeLegacy(v)) {
        const hint = fontHint(fontOf(row, c));
        if (hint) (fonts ??= [])[c] = hint;
      }
    }
    rows.push({ row: n, values, fonts });
  }
  return { rows };
}

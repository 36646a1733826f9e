/**
 * .xlsx through exceljs: the fallback for files the fast reader (xlsx-fast/) does not handle, and the reference
 * its tests compare against. Cells are flattened to plain values: rich text and hyperlinks to their text, formulas
 * to their cached result, errors (#N/A) to empty. Merged cells read as their top-left value (exceljs does this).
 * exceljs is loaded only when this module is, so the fast path never pays for it.
 */
import type ExcelJS from 'exceljs';
import { fontHint } from './font-hint';
import { mayBeLegacy } from './legacy/detect';
import type { CellValue, FontHint, RawRow } from './types';
import type { SheetSource } from './xlsx';
import { ImportError } from './errors';
import { UNREADABLE } from './limits';

export { UNREADABLE } from './limits';

interface Flat {
  value: CellValue;
  font?: string;
}

/** exceljs cell values to plain ones; the font of rich text comes from its first run that names one. */
function flatten(v: unknown): Flat {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
    return { value: v };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const runs = o.richText as Array<{ text?: string; font?: { name?: string } }>;
    return { value: runs.map((r) => r.text ?? '').join(''), font: runs.find((r) => r.font?.name)?.font?.name };
  }
  if ('text' in o) return flatten(o.text); // hyperlink: what the sheet shows, not the link
  if ('result' in o) return flatten(o.result); // formula: the value Excel last computed
  return { value: null }; // { error: '#N/A' } and anything unknown
}

function sheetRows(ws: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const raw = row.values as unknown[]; // 1-based, sparse
    const values: CellValue[] = new Array(Math.max(0, raw.length - 1)).fill(null);
    let fonts: (FontHint | undefined)[] | null = null;
    for (let c = 1; c < raw.length; c++) {
      if (raw[c] === undefined) continue;
      const f = flatten(raw[c]);
      values[c - 1] = f.value;
      // Fonts only matter for text that could be legacy bytes (Unicode with ă, ư, ạ… cannot); looking up every
      // cell's style would cost a fair share of the parse.
      if (typeof f.value === 'string' && mayBeLegacy(f.value)) {
        const hint = fontHint(f.font ?? row.getCell(c).font?.name);
        if (hint) (fonts ??= [])[c - 1] = hint;
      }
    }
    rows.push({ row: rowNumber, values, fonts });
  });
  return rows;
}

const IGNORED_PARTS = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'drawing',
  'picture',
  'rowBreaks',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'sheetProtection',
  'tableParts',
];

export async function exceljsSheets(data: Buffer): Promise<SheetSource[]> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made or read
  try {
    // Parts of a sheet that never hold member data: skipping them saves time on big, decorated files.
    await wb.xlsx.load(data as unknown as ArrayBuffer, { ignoreNodes: IGNORED_PARTS } as object);
  } catch {
    throw new ImportError(UNREADABLE);
  }
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    grid: () => ({ rows: sheetRows(ws) }),
  }));
}

/**
 * Reading an .xlsx into a Grid. The fast reader (xlsx-fast/) reads what real files hold in a fraction of exceljs's
 * time; whatever it does not handle (strict OOXML, encrypted or odd zips, overlapping merges…) goes to exceljs,
 * loaded only then, which also gives the Vietnamese message for a damaged file. Both give the same grid: every
 * cell flattened to a plain value, merged cells reading as their top-left value, and the font kept only where it
 * names a legacy Vietnamese font. Both are bounded (limits.ts): a refusal by the fast reader is final.
 */
import { openXlsxFast, Unsupported } from './xlsx-fast';
import type { Grid } from './types';
import { vetForExceljs } from './xlsx-vet';

export { fontHint } from './font-hint';

/** A sheet of the workbook, its grid read on demand. */
export interface SheetSource {
  name: string;
  hidden: boolean;
  grid(): Grid;
}

/** The first visible sheet that `pick` accepts (the caller looks for a header), else the first visible one. */
export function pickGrid(sheets: SheetSource[], pick: (grid: Grid) => boolean): Grid {
  const visible = sheets.filter((s) => !s.hidden);
  let first: Grid | null = null;
  for (const sheet of visible.length ? visible : sheets) {
    const grid = sheet.grid();
    if (pick(grid)) return grid;
    first ??= grid;
  }
  return first ?? { rows: [] };
}

export async function readXlsx(data: Buffer, pick: (grid: Grid) => boolean): Promise<Grid> {
  try {
    return pickGrid(openXlsxFast(data), pick);
  } catch (e) {
    // The caller's own error from `pick`, or a refusal (too big, out of range): never read a second time.
    if (!(e instanceof Unsupported)) throw e;
  }
  vetForExceljs(data); // exceljs would unpack and expand whatever the file says: bounded first, or refused
  const { exceljsSheets } = await import('./xlsx-exceljs');
  return pickGrid(await exceljsSheets(data), pick);
}

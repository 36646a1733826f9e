/** The two .xlsx readers side by side: the fast reader must give exactly the grids exceljs gives, sheet by sheet. */
import { expect } from 'vitest';
import { openXlsxFast } from '../../src/core/members/import/xlsx-fast';
import { exceljsSheets } from '../../src/core/members/import/xlsx-exceljs';
import type { SheetSource } from '../../src/core/members/import/xlsx';

const view = (sheets: SheetSource[]) => sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.grid().rows }));

export const fastSheets = (data: Buffer) => view(openXlsxFast(data));
export const slowSheets = async (data: Buffer) => view(await exceljsSheets(data));

/** Strict: sparse font arrays must have their holes in the same places, values the same types. */
export async function expectReadersAgree(data: Buffer): Promise<void> {
  expect(fastSheets(data)).toStrictEqual(await slowSheets(data));
}

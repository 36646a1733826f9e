/** Builders for import fixtures, made in code (never hand-typed binaries). */
import ExcelJS from 'exceljs';
import { parseMemberFile, type ParsedFile } from '../../src/core/members/import';
import { expectReadersAgree } from './readers';

/** A cell: a plain value, or a value with a font / number format. */
export type Spec = ExcelJS.CellValue | { v: ExcelJS.CellValue; font?: string; numFmt?: string };

const isSpec = (s: Spec): s is { v: ExcelJS.CellValue; font?: string; numFmt?: string } =>
  typeof s === 'object' && s !== null && !(s instanceof Date) && 'v' in s;

/** rows[0] is spreadsheet row 1; `setup` can merge cells or add sheets. */
export async function xlsx(
  rows: Spec[][],
  setup?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  rows.forEach((cells, r) =>
    cells.forEach((spec, c) => {
      if (spec === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (isSpec(spec)) {
        cell.value = spec.v;
        if (spec.font) cell.font = { name: spec.font, size: 13 };
        if (spec.numFmt) cell.numFmt = spec.numFmt;
      } else cell.value = spec;
    }),
  );
  setup?.(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const TODAY = new Date(2025, 5, 1); // 1 June 2025, local

/** Every workbook a test parses also proves that the fast reader and exceljs see the same cells in it. */
export async function parseXlsx(data: Buffer, mapping?: Record<string, string>): Promise<ParsedFile> {
  await expectReadersAgree(data);
  return parseMemberFile({ fileName: 'danh-sach.xlsx', data }, { today: TODAY, mapping });
}

export function parseCsvText(
  text: string,
  opts: { bom?: boolean; mapping?: Record<string, string> } = {},
): Promise<ParsedFile> {
  const data = Buffer.concat([opts.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  return parseMemberFile({ fileName: 'danh-sach.csv', data }, { today: TODAY, mapping: opts.mapping });
}

/** The candidate from spreadsheet row `row`, or a failure that shows what happened to it. */
export function candidate(p: ParsedFile, row: number) {
  const c = p.candidates.find((x) => x.row === row);
  if (!c)
    throw new Error(
      `no candidate for row ${row}; rejected: ${JSON.stringify(p.rejected.filter((r) => r.row === row))}`,
    );
  return c;
}

export const rejectionsOf = (p: ParsedFile, row: number) => p.rejected.filter((r) => r.row === row);

/** The standard title block unions put above their lists (merged across the table). */
export const TITLE: Spec[][] = [
  ['LIÊN ĐOÀN LAO ĐỘNG QUẬN CẦU GIẤY'],
  ['CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN ABC'],
  [],
  ['DANH SÁCH ĐOÀN VIÊN'],
  ['(Tính đến ngày 31/5/2025)'],
];
export const mergeTitle = (ws: ExcelJS.Worksheet) => {
  ws.mergeCells('A1:D1');
  ws.mergeCells('A2:D2');
  ws.mergeCells('A4:J4');
  ws.mergeCells('A5:J5');
};

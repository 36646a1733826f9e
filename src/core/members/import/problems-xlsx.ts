/**
 * The rows to fix as a workbook: the file's own header (and sub-header) rows, then every rejected or flagged row with
 * its cells as the file had them (legacy text converted) and the reasons in a last "Lý do" column. The user fixes
 * the cells and imports the file again: "Lý do" is a known column that is not read, and a row that was imported
 * with a field left empty is matched by its CCCD or card number and completed.
 */
import { detectCell, convertLegacy } from './legacy/detect';
import { isBlankRow, sectionHeading } from './layout';
import { layoutOf, parseGrid, readGrid } from './parse';
import type { CellValue, ParsedFile, RawRow } from './types';

export const REASON_HEADER = 'Lý do';

export interface ProblemRowsFile {
  fileName: string;
  bytes: Buffer;
  /** How many of the file's rows are in it. */
  rows: number;
}

function reasonsByRow(parsed: ParsedFile, skipFlagged: boolean): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (row: number, text: string) => out.set(row, [...(out.get(row) ?? []), text]);
  for (const r of parsed.rejected) add(r.row, r.reason);
  const flaggedRows = new Set(parsed.flagged.map((f) => f.row));
  for (const f of parsed.flagged) add(f.row, f.reason);
  const rejectedRows = new Set(parsed.rejected.map((r) => r.row));
  for (const [row, list] of out) {
    const imported = flaggedRows.has(row) && !rejectedRows.has(row) && !skipFlagged;
    const head = imported ? 'Đã nhập, để trống ô sai' : 'Chưa nhập';
    out.set(row, [`${head}: ${list.join('; ')}`]);
  }
  return out;
}

/** Legacy (TCVN3/VNI) text converted: the new file carries no legacy font that would say how to read it. */
function plainValues(row: RawRow): CellValue[] {
  return row.values.map((v, c) => {
    if (typeof v !== 'string') return v ?? null;
    const hint = row.fonts?.[c];
    const enc = detectCell(v, hint);
    return enc ? convertLegacy(v, enc, hint === 'tcvn3H') : v;
  });
}

export async function problemRowsXlsx(
  input: { fileName: string; data: Buffer },
  opts: { mapping?: Record<string, string>; skipFlagged?: boolean; today?: Date } = {},
): Promise<ProblemRowsFile> {
  const grid = await readGrid(input.fileName, input.data, opts.mapping);
  const layout = layoutOf(grid, opts.mapping);
  const parsed = await parseGrid(grid, layout, { mapping: opts.mapping, today: opts.today });
  const reasons = reasonsByRow(parsed, Boolean(opts.skipFlagged));

  const head = grid.rows.slice(layout.headerIndex, layout.dataFrom);
  const body: { values: CellValue[]; reason?: string }[] = [];
  let heading: RawRow | null = null; // a group heading ("Tổ 2") goes along with the first of its rows to fix
  for (const raw of grid.rows.slice(layout.dataFrom)) {
    if (isBlankRow(raw)) continue;
    if (sectionHeading(raw, layout.columns)) {
      heading = raw;
      continue;
    }
    const reason = reasons.get(raw.row);
    if (!reason) continue;
    if (heading) body.push({ values: plainValues(heading) });
    heading = null;
    body.push({ values: plainValues(raw), reason: reason.join('; ') });
  }
  const width = Math.max(...head.map((r) => r.values.length), ...body.map((r) => r.values.length), 1);

  const ExcelJS = (await import('exceljs')).default; // heavy: loaded only when this file is asked for
  const wb = new ExcelJS.Workbook();
  wb.creator = 'UnionDesk';
  const ws = wb.addWorksheet('Dòng cần sửa', { views: [{ state: 'frozen', ySplit: head.length }] });
  ws.columns = [...Array.from({ length: width }, () => ({ width: 18 })), { width: 70 }];
  const put = (values: CellValue[], reason?: string) => {
    const row = ws.addRow([...Array.from({ length: width }, (_, c) => values[c] ?? null), reason ?? null]);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    return row;
  };
  head.forEach((r, i) => {
    const row = put(plainValues(r), i === 0 ? REASON_HEADER : undefined);
    row.font = { bold: true };
  });
  for (const r of body) put(r.values, r.reason).getCell(width + 1).alignment = { wrapText: true, vertical: 'top' };

  const stem = input.fileName.replace(/\.[^.]*$/, '') || 'danh-sach';
  return {
    fileName: `${stem}-can-sua.xlsx`,
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    rows: reasons.size,
  };
}

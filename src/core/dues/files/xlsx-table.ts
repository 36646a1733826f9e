/**
 * One table on a worksheet the way unions' spreadsheets look (and the way our own importer reads them back): the
 * CĐCS's name over the left columns, a title, the header row, thin borders, Times New Roman, money as numbers with
 * thousands separators (so the accountant can still add them up), codes as text (leading zeros kept), and a totals
 * row whose "Tổng cộng" tells any reader the members end there.
 */
import type ExcelJS from 'exceljs';
import { upperVi } from '../../../shared/text/format';

export const XLSX_FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Excel shows it with the reader's separator: "36.250" in a Vietnamese Excel. */
export const MONEY_FORMAT = '#,##0';

export type ColumnKind = 'index' | 'text' | 'money' | 'number' | 'percent';

export interface TableColumn<T> {
  header: string;
  width: number;
  kind: ColumnKind;
  value: (row: T) => string | number | null;
  /** Summed in the totals row (money and number columns). */
  total?: boolean;
  center?: boolean;
}

export interface TableSheet<T> {
  org: { upperLevel: string; issuer: string };
  title: string;
  subtitle?: string;
  columns: TableColumn<T>[];
  rows: T[];
  /** The totals row's label; null for no totals row. */
  totalsLabel: string | null;
}

const FORMATS: Partial<Record<ColumnKind, string>> = { money: MONEY_FORMAT, number: '0', percent: '0.0' };

/** The header row's number (the title block takes the rows above it). */
export const TABLE_HEADER_ROW = 6;

export function writeTable<T>(ws: ExcelJS.Worksheet, t: TableSheet<T>): void {
  const n = t.columns.length;
  ws.columns = t.columns.map((c) => ({ width: c.width }));
  const put = (row: number, text: string, span: number, font: Partial<ExcelJS.Font>, align: 'left' | 'center') => {
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...XLSX_FONT, ...font };
    cell.alignment = { horizontal: align, vertical: 'middle' };
    if (span > 1) ws.mergeCells(row, 1, row, span);
  };
  const leftSpan = Math.min(4, n);
  if (t.org.upperLevel) put(1, upperVi(t.org.upperLevel), leftSpan, {}, 'center');
  put(2, upperVi(t.org.issuer), leftSpan, { bold: true }, 'center');
  put(4, t.title, n, { bold: true, size: 14 }, 'center');
  if (t.subtitle) put(5, t.subtitle, n, { italic: true }, 'center');

  const header = ws.getRow(TABLE_HEADER_ROW);
  header.values = t.columns.map((c) => c.header);
  header.height = 33; // two lines: Excel does not grow rows written by a library
  header.eachCell((cell) => {
    cell.font = { ...XLSX_FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });

  const style = (cell: ExcelJS.Cell, c: TableColumn<T>, bold = false) => {
    cell.font = { ...XLSX_FONT, bold };
    cell.border = THIN;
    const numeric = c.kind === 'money' || c.kind === 'number' || c.kind === 'percent';
    cell.alignment = { vertical: 'middle', horizontal: c.center ? 'center' : numeric ? 'right' : 'left' };
    const fmt = FORMATS[c.kind];
    if (fmt) cell.numFmt = fmt;
    else if (c.kind === 'text') cell.numFmt = '@';
  };
  t.rows.forEach((r, i) => {
    const row = ws.getRow(TABLE_HEADER_ROW + 1 + i);
    t.columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const v = c.kind === 'index' ? i + 1 : c.value(r);
      cell.value = v === '' ? null : v; // truly blank, not an empty string Excel would count as filled
      style(cell, c);
    });
  });
  if (t.totalsLabel === null) return;
  const totals = ws.getRow(TABLE_HEADER_ROW + 1 + t.rows.length);
  t.columns.forEach((c, j) => {
    const cell = totals.getCell(j + 1);
    if (c.total) cell.value = t.rows.reduce((s, r) => s + (Number(c.value(r)) || 0), 0);
    style(cell, c, true);
  });
  // In the name column as well as STT's, so a reader looking at either sees "Tổng cộng" and stops there.
  totals.getCell(2).value = t.totalsLabel;
}

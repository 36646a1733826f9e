/**
 * The sample member list testers were given (a copy of /work/shared/samples/danh-sach-doan-vien-mau.xlsx, kept as
 * it came: it is the file the issue was found with), and what a reader knows of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

export const SAMPLE_PATH = path.resolve(__dirname, 'data/danh-sach-doan-vien-mau.xlsx');
export const sampleBytes = () => readFileSync(SAMPLE_PATH);

/** Its rows with one wrong optional cell each: three bad emails, three five-digit phones, two 31 Februaries. */
export const SAMPLE_FLAGGED_ROWS = [44, 61, 66, 131, 154, 189, 191, 200];
export const SAMPLE_MEMBERS = 200;

/** A sheet's rows as plain values, 1-based columns dropped to 0-based (exceljs's row.values starts at index 1). */
export async function sheetRows(data: Buffer | ArrayBuffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

/** Reading our files back with the real tools: poppler's pdftotext for PDFs, exceljs for .xlsx. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../../helpers/core';

export function pdfText(bytes: Buffer | Uint8Array, layout = true): { text: string; pages: number } {
  const file = path.join(tempDir('ud-dues-pdf-'), 'out.pdf');
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.normalize('NFC'), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/** pdftotext may drop spaces between one-letter words (TOOLCHAIN.md): compare with whitespace removed. */
export const squash = (s: string) => s.replace(/\s+/g, '');

export async function readXlsx(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

/** A sheet's rows as plain values (row 1 first), rich text and formulas flattened to what Excel shows. */
export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const vals: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value as unknown;
      vals[c - 1] = v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v;
    });
    out[n - 1] = vals;
  });
  return out;
}

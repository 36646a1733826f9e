/**
 * The data of the dues browser e2e (dues.test.ts): six members in two groups, the accountant's payroll sheet for
 * July 2026 as .xlsx (title rows, one amount as text, one unknown CCCD), their dues at 0.5% with the cap, and a
 * numbered register for the 5,000-member month.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { cli, id } from './helpers';

export const PASS = 'Đoàn kết - Dân chủ 2026';
export const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';

export const MEMBERS = [
  ['Nguyễn Văn An', '001090000001', 'Tổ May 1'],
  ['Trần Thị Bình', '001090000002', 'Tổ May 1'],
  ['Lê Thị Chi', '001090000003', 'Tổ May 1'],
  ['Phạm Văn Dũng', '001090000004', 'Tổ May 1'],
  ['Hoàng Thị Em', '001090000005', 'Tổ Cắt'],
  ['Vũ Văn Giang', '001090000006', 'Tổ Cắt'],
];
// Salaries from the payroll sheet: An 7,250,000 ("7.250.000" as text), Chi 60,000,000 (capped at 234,000 đ).
export const SALARIES = [7_250_000, 6_000_000, 60_000_000, 5_000_000, 8_000_000, 4_680_000];
export const DUE = SALARIES.map((s) => Math.min(Math.round(s * 0.005), 234_000));

export function membersCsv(): string {
  const rows = [['STT', 'Họ và tên', 'Số CCCD', 'Tổ công đoàn', 'Ngày vào Công đoàn']];
  MEMBERS.forEach(([name, cccd, unit], i) => rows.push([String(i + 1), name, cccd, unit, '01/03/2020']));
  return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** The accountant's sheet: two title rows, a blank, the header on row 4, data from row 5, one unknown CCCD. */
export async function payrollXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lương T7');
  ws.addRow(['CÔNG TY TNHH MAY HÀ ĐÔNG']);
  ws.addRow(['BẢNG LƯƠNG THÁNG 07/2026']);
  ws.addRow([]);
  ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Lương đóng BHXH']);
  MEMBERS.forEach(([name, cccd], i) => ws.addRow([i + 1, name, cccd, i === 0 ? '7.250.000' : SALARIES[i]]));
  ws.addRow([7, 'Người Lạ', '001090009999', 5_000_000]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
export const UNKNOWN_ROW = 4 + MEMBERS.length + 1;

export const vnd = (n: number) => `${n.toLocaleString('de-DE')} đ`;

/** `n` members "Đoàn Viên Số i" in forty groups, each with a salary for dues in the register. */
export function numberedMembersCsv(n: number): string {
  const rows = ['STT,Họ và tên,Số CCCD,Tổ công đoàn,Ngày vào Công đoàn,Mức lương'];
  for (let i = 1; i <= n; i++)
    rows.push(
      `${i},Đoàn Viên Số ${i},001${String(900_000_000 + i)},Tổ ${(i % 40) + 1},01/03/2020,${5_000_000 + i * 1000}`,
    );
  return rows.join('\r\n') + '\r\n';
}

/**
 * A vault made with the CLI before the host starts: the organisation with its upper level, place and signer (a
 * reminder letter is an official document and needs them), and the members imported from `csvText`.
 */
export async function prepareVault(dataDir: string, csvPath: string, csvText: string, expected: number) {
  const env = { UNIONDESK_PASSPHRASE: PASS };
  const upper = ['--upper-level', 'Công đoàn phường Hà Đông', '--upper-level-type', 'ward'];
  await cli(['init', '--data-dir', dataDir, '--org-name', ORG, ...upper, '--json'], env);
  await cli(['org', 'set', '--data-dir', dataDir, 'place=Hà Nội', 'chairName=Nguyễn Thị Hằng', '--json'], env);
  await writeFile(csvPath, csvText);
  const report = JSON.parse(await cli(['members', 'import', csvPath, '--data-dir', dataDir, '--json'], env));
  if (report.imported !== expected) throw new Error(`imported ${report.imported} of ${expected} members`);
}

/** Opens the host's page and unlocks the vault made by `prepareVault`. */
export async function unlock(page: Page, url: string) {
  await page.goto(url);
  await page.locator(id('unlock-passphrase')).fill(PASS);
  await page.locator(id('unlock-submit')).click();
  await page.locator(id('app-shell')).waitFor();
}

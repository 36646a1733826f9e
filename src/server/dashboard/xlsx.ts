/**
 * The dashboard as an .xlsx: the same figures as the page, as numbers (not text) so the upper level can sort and
 * sum them; formats show 1.250.000 and 87,5% in a Vietnamese Excel. exceljs is heavy: loaded on the first export.
 */
import type { Worksheet } from 'exceljs';
import type { DashboardFigures } from './figures';
import { dateTimeVi, monthVi } from './format';
import { anomalyText } from './pages';

const COUNT = '#,##0';
const PERCENT = '0.0%';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const VN_OFFSET_MS = 7 * 3600_000;

/** An ISO instant as an Excel date showing Vietnam's wall clock (Excel dates have no zone). */
const vnExcelDate = (iso: string | null) => (iso ? new Date(Date.parse(iso) + VN_OFFSET_MS) : null);
const share = (p: number | null) => (p === null ? null : p / 100);

function titleRows(ws: Worksheet, f: DashboardFigures, title: string, width: number): void {
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([`${f.upperName ?? 'Công đoàn cấp trên'} — số liệu lúc ${dateTimeVi(f.at)}`]);
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([]);
}

function header(ws: Worksheet, cells: string[]): void {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  ws.views = [{ state: 'frozen', ySplit: row.number, xSplit: 1 }];
}

/** Each column's width and number format (null: general). */
function formats(ws: Worksheet, columns: [number, string | null][]): void {
  columns.forEach(([width, numFmt], i) => {
    const col = ws.getColumn(i + 1);
    col.width = width;
    if (numFmt) col.numFmt = numFmt;
  });
}

function orgsSheet(ws: Worksheet, f: DashboardFigures): void {
  titleRows(ws, f, 'ĐOÀN VIÊN VÀ ĐỒNG BỘ CỦA CÁC CĐCS', 8);
  header(ws, [
    'CĐCS',
    'Đoàn viên',
    'Nữ',
    'Tỷ lệ nữ',
    `Kết nạp năm ${f.year}`,
    `Ra khỏi năm ${f.year}`,
    'Nợ đoàn phí ≥ 6 tháng',
    'Đồng bộ lần cuối',
  ]);
  for (const o of f.orgs)
    ws.addRow([
      o.name,
      o.members,
      o.women,
      share(o.womenPercent),
      o.admitted,
      o.left,
      o.unpaidLong,
      vnExcelDate(o.lastSyncAt) ?? 'Chưa đồng bộ',
    ]);
  const members = f.orgs.reduce((n, o) => n + o.members, 0);
  const women = f.orgs.reduce((n, o) => n + o.women, 0);
  const total = ws.addRow([
    'Tổng cộng',
    members,
    women,
    members ? women / members : null,
    f.orgs.reduce((n, o) => n + o.admitted, 0),
    f.orgs.reduce((n, o) => n + o.left, 0),
    f.orgs.reduce((n, o) => n + o.unpaidLong, 0),
    null,
  ]);
  total.font = { bold: true };
  // name, members, women, women %, admitted, left, unpaid, last sync
  formats(ws, [
    [40, null],
    [12, COUNT],
    [12, COUNT],
    [10, PERCENT],
    [14, COUNT],
    [14, COUNT],
    [14, COUNT],
    [18, DATE_TIME],
  ]);
}

function ratesSheet(ws: Worksheet, f: DashboardFigures): void {
  titleRows(ws, f, 'TỶ LỆ THU ĐOÀN PHÍ THEO THÁNG (THÁNG ĐÃ KHOÁ SỔ)', f.months.length + 1);
  header(ws, ['CĐCS', ...f.months.map(monthVi)]);
  for (const o of f.orgs) ws.addRow([o.name, ...o.months.map((m) => share(m.rate))]);
  formats(ws, [[40, null], ...f.months.map((): [number, string] => [10, PERCENT])]);
}

function duesSheet(ws: Worksheet, f: DashboardFigures): void {
  titleRows(ws, f, 'ĐOÀN PHÍ THEO THÁNG', 7);
  header(ws, ['CĐCS', 'Tháng', 'Đã khoá sổ', 'Phải thu (đồng)', 'Đã thu (đồng)', 'Tỷ lệ thu', 'Đoàn viên còn nợ']);
  for (const o of f.orgs)
    for (const m of o.months)
      if (m.closed || m.collected)
        ws.addRow([
          o.name,
          monthVi(m.month),
          m.closed ? 'Có' : 'Chưa',
          m.closed ? m.owed : null,
          m.collected,
          share(m.rate),
          m.closed ? m.owingMembers : null,
        ]);
  formats(ws, [
    [40, null],
    [10, null],
    [12, null],
    [16, COUNT],
    [16, COUNT],
    [10, PERCENT],
    [14, COUNT],
  ]);
}

const KIND_LABELS = { silent: 'Không đồng bộ', drop: 'Tỷ lệ thu giảm', unpaid: 'Nợ đoàn phí ≥ 6 tháng' } as const;

function anomaliesSheet(ws: Worksheet, f: DashboardFigures): void {
  titleRows(ws, f, 'CẦN CHÚ Ý', 3);
  header(ws, ['CĐCS', 'Loại', 'Nội dung']);
  for (const a of f.anomalies) ws.addRow([a.name, KIND_LABELS[a.kind], anomalyText(a)]);
  if (!f.anomalies.length) ws.addRow(['Không có bất thường.']);
  formats(ws, [
    [40, null],
    [24, null],
    [90, null],
  ]);
}

export async function dashboardXlsx(f: DashboardFigures): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  wb.created = new Date(f.at);
  orgsSheet(wb.addWorksheet('CĐCS'), f);
  ratesSheet(wb.addWorksheet('Tỷ lệ thu theo tháng'), f);
  duesSheet(wb.addWorksheet('Đoàn phí theo tháng'), f);
  anomaliesSheet(wb.addWorksheet('Cần chú ý'), f);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "bang-theo-doi-cdcs-2026-12-07.xlsx" */
export const xlsxFileName = (f: DashboardFigures) => `bang-theo-doi-cdcs-${f.today}.xlsx`;

/**
 * The organiser's list of a programme (PDF in the official form, or .xlsx): the members registered, sorted by given
 * name, with their CCCD and union group and a column to sign on receipt or attendance.
 */
import type { Programme } from '../../shared/welfare-contract';
import { formatDateVi, upperVi } from '../../shared/text/format';
import { writeTable, TABLE_HEADER_ROW } from '../dues/files/xlsx-table';
import { cell, signatures, tablePaperPdf, type PaperOrg } from '../reports/paper';
import { PROGRAMME_KIND_LABELS } from './labels';
import type { RegisteredMember } from './programmes';

export const programmeTitle = (p: Programme) => `DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ: ${upperVi(p.name)}`;

export function programmeSubtitles(p: Programme): string[] {
  const parts = [PROGRAMME_KIND_LABELS[p.kind]];
  if (p.date) parts.push(`ngày ${formatDateVi(p.date)}`);
  if (p.unitName) parts.push(`tổ công đoàn ${p.unitName}`);
  if (p.hazardousOnly) parts.push('đoàn viên làm công việc nặng nhọc, độc hại');
  return [`${parts.join(', ')}. Đã đăng ký ${p.registered}/${p.capacity} suất.`];
}

export async function programmeListPdf(
  p: Programme,
  members: RegisteredMember[],
  org: PaperOrg,
  date: string,
): Promise<Buffer> {
  return tablePaperPdf({
    org,
    date,
    type: 'DS',
    title: programmeTitle(p),
    subtitles: programmeSubtitles(p),
    headers: ['STT', 'Họ và tên', 'Số CCCD', 'Tổ công đoàn', 'Ký nhận'],
    widths: [26, '*', 80, 90, 60],
    rows: members.map((m, i) => [
      cell(String(i + 1), 'center'),
      cell(m.fullName),
      cell(m.idNumber ?? '', 'center'),
      cell(m.unitName ?? ''),
      cell(''),
    ]),
    closing: [
      { text: `Tổng số: ${members.length} đoàn viên.`, margin: [0, 8, 0, 0] },
      signatures([
        { heading: ['NGƯỜI LẬP DANH SÁCH'], name: '' },
        { heading: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'], name: org.chairName },
      ]),
    ],
  });
}

export async function programmeListXlsx(
  p: Programme,
  members: RegisteredMember[],
  org: PaperOrg,
  generatedAt: Date,
): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  wb.created = generatedAt;
  wb.modified = generatedAt;
  const ws = wb.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeTable(ws, {
    org,
    title: programmeTitle(p),
    subtitle: programmeSubtitles(p).join(' '),
    columns: [
      { header: 'STT', width: 6, kind: 'index', value: () => null, center: true },
      { header: 'Họ và tên', width: 28, kind: 'text', value: (m: RegisteredMember) => m.fullName },
      { header: 'Số CCCD', width: 15, kind: 'text', value: (m: RegisteredMember) => m.idNumber ?? '' },
      { header: 'Tổ công đoàn', width: 20, kind: 'text', value: (m: RegisteredMember) => m.unitName ?? '' },
      { header: 'Ký nhận', width: 12, kind: 'text', value: () => '' },
    ],
    rows: members,
    totalsLabel: null,
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

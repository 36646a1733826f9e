/** The register of outgoing documents as .xlsx, the way the sổ văn bản đi is kept on paper. */
import type { OrgProfile } from '../../shared/contract';
import type { DocRecord } from '../../shared/documents-contract';
import { docTypeName } from '../../shared/document-model';
import { formatDateVi, upperVi } from '../../shared/text/format';

const HEADERS = [
  'STT',
  'Số, ký hiệu',
  'Ngày ban hành',
  'Loại văn bản',
  'Trích yếu nội dung',
  'Người ký',
  'Nơi nhận',
  'Phiên bản',
];
const WIDTHS = [6, 18, 14, 16, 60, 24, 40, 10];

export async function registerToXlsx(org: OrgProfile | null, docs: DocRecord[], year: number | null): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made or read
  const ws = wb.addWorksheet('Sổ văn bản đi');
  ws.addRow([upperVi(org?.upperLevelName ?? '')]);
  ws.addRow([upperVi(org?.name ?? '')]).font = { bold: true };
  ws.addRow([]);
  const title = ws.addRow([`SỔ ĐĂNG KÝ VĂN BẢN ĐI${year ? ` NĂM ${year}` : ''}`]);
  ws.mergeCells(title.number, 1, title.number, HEADERS.length);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.addRow([]);
  const header = ws.addRow(HEADERS);
  header.font = { bold: true };
  header.eachCell(
    (c) =>
      (c.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      }),
  );
  docs.forEach((d, i) => {
    const row = ws.addRow([
      i + 1,
      d.numberText ?? '',
      formatDateVi(d.date),
      docTypeName(d.type),
      d.summary,
      d.signer ?? '',
      d.recipients.join('; '),
      d.version,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

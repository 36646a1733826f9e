import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { membersToXlsx, XLSX_HEADER_ROW, XLSX_SHEET_NAME } from '../../src/core/members/export';
import { GENERATED_AT, makeMembers, ORG } from './fixtures';

const HEADERS = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Số CCCD',
  'Điện thoại',
  'Email',
  'Tổ công đoàn',
  'Chức vụ công đoàn',
  'Ngày vào Công đoàn',
  'Số thẻ đoàn viên',
  'Mã đoàn viên',
  'Trạng thái',
];
/** Header spellings our importer must recognise (issue 3), plus the export's own extra columns. */
const KNOWN = new Set([
  'họ và tên',
  'họ tên',
  'ngày sinh',
  'giới tính',
  'số cccd',
  'cccd/cmnd',
  'điện thoại',
  'email',
  'tổ công đoàn',
  'chức vụ công đoàn', // not a bare «Chức vụ»: the importer would ask whether it is the job title
  'ngày vào công đoàn',
  'số thẻ đoàn viên',
  'mã đoàn viên',
  'trạng thái',
  'dân tộc',
  'tôn giáo',
]);

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(XLSX_SHEET_NAME);
  if (!ws) throw new Error('sheet missing');
  return ws;
}
const rowTexts = (ws: ExcelJS.Worksheet, r: number) =>
  (ws.getRow(r).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));

describe('membersToXlsx', () => {
  const members = makeMembers(25);
  // One name arrives decomposed (NFD, as macOS or a web form may give it): the file must hold NFC.
  members[3] = {
    ...members[3],
    fullName: 'Đặng Thị Thủy Tiên'.normalize('NFD'),
    idNumber: '001234567890',
    dateOfBirth: '1990-02-05',
    phone: '0912345678',
  };

  it('writes the title block, the header row and the frozen pane like a union file', async () => {
    const ws = await load(await membersToXlsx({ org: ORG, members, generatedAt: GENERATED_AT }));
    expect(ws.getCell('A1').value).toBe('CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG');
    expect(ws.getCell('A2').value).toBe('CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ĐIỆN TỬ ÁNH DƯƠNG');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(rowTexts(ws, 3).every((v) => v === '')).toBe(true);
    expect(ws.getCell('A4').value).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect(ws.getCell('A4').font?.bold).toBe(true);
    expect(ws.getCell('A4').alignment?.horizontal).toBe('center');
    expect(ws.getCell(4, HEADERS.length).isMerged).toBe(true); // merged across every column
    expect(ws.getCell(4, HEADERS.length).master.address).toBe('A4');
    expect(ws.getCell('A5').value).toBe('(Tính đến ngày 05/02/2026)');

    expect(XLSX_HEADER_ROW).toBe(6);
    expect(rowTexts(ws, 6)).toEqual(HEADERS);
    ws.getRow(6).eachCell((c) => {
      expect(c.font?.bold).toBe(true);
      expect(c.border?.bottom?.style).toBe('thin');
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.autoFilter).toBe('A6:M31'); // header + 25 members
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(25);
  });

  it('writes members in the given order, NFC names, dd/mm/yyyy dates and CCCD/phones as text', async () => {
    const ws = await load(await membersToXlsx({ org: ORG, members, generatedAt: GENERATED_AT }));
    const col = (h: string) => HEADERS.indexOf(h) + 1;
    members.forEach((m, i) => {
      const r = ws.getRow(7 + i);
      expect(r.getCell(1).value).toBe(i + 1);
      expect(r.getCell(col('Họ và tên')).value).toBe(m.fullName.normalize('NFC'));
    });
    const r = ws.getRow(10); // members[3]
    expect(r.getCell(col('Họ và tên')).value).toBe('Đặng Thị Thủy Tiên'.normalize('NFC'));
    for (const [h, v] of [
      ['Số CCCD', '001234567890'],
      ['Điện thoại', '0912345678'],
      ['Ngày sinh', '05/02/1990'],
    ] as const) {
      const cell = r.getCell(col(h));
      expect(cell.type, h).toBe(ExcelJS.ValueType.String);
      expect(cell.value, h).toBe(v);
      expect(cell.numFmt, h).toBe('@');
    }
    // Day 13+ in every fixture: a US m/d misreading could not produce these strings.
    expect(ws.getRow(7).getCell(col('Ngày sinh')).value).toBe('13/01/1965');
    expect(ws.getRow(7).getCell(col('Ngày vào Công đoàn')).value).toBe('15/01/2010');
    expect(ws.getRow(7).getCell(col('Giới tính')).value).toBe('Nam');
    expect(ws.getRow(8).getCell(col('Giới tính')).value).toBe('Nữ');
    expect(ws.getRow(10).getCell(col('Trạng thái')).value).toBe('Tạm dừng sinh hoạt');
    expect(ws.getRow(7).getCell(col('Chức vụ công đoàn')).value).toBe('Ủy viên Ban Chấp hành');
    expect(ws.getRow(7).getCell(col('Mã đoàn viên')).value).toBe('0079000000');
  });

  it('ends with the totals row', async () => {
    const ws = await load(await membersToXlsx({ org: ORG, members, generatedAt: GENERATED_AT }));
    expect(ws.getCell('A32').value).toBe('Tổng cộng: 25 đoàn viên');
    expect(ws.getCell('B32').value).toBe('Tổng cộng: 25 đoàn viên'); // merged: seen from the name column too
    expect(ws.rowCount).toBe(32);
  });

  it('leaves ethnicity and religion out unless asked, and adds them when asked', async () => {
    const plain = await load(await membersToXlsx({ org: ORG, members, generatedAt: GENERATED_AT }));
    const plainHeaders = rowTexts(plain, 6);
    expect(plainHeaders).not.toContain('Dân tộc');
    expect(plainHeaders).not.toContain('Tôn giáo');
    plain.eachRow((row) => row.eachCell((c) => expect(['Tày', 'Phật giáo']).not.toContain(c.value)));

    const full = await load(
      await membersToXlsx({ org: ORG, members, generatedAt: GENERATED_AT, includeSensitive: true }),
    );
    expect(rowTexts(full, 6)).toEqual([...HEADERS, 'Dân tộc', 'Tôn giáo']);
    expect(rowTexts(full, 7).slice(-2)).toEqual(['Tày', 'Phật giáo']);
    expect(full.autoFilter).toBe('A6:O31');
  });

  it('is re-importable: a header detector finds row 6 and knows every column but STT', async () => {
    const ws = await load(
      await membersToXlsx({ org: ORG, members, generatedAt: GENERATED_AT, includeSensitive: true }),
    );
    let found = 0;
    for (let r = 1; r <= 20 && !found; r++) {
      const cells = rowTexts(ws, r).map((v) => v.trim().toLowerCase());
      if (cells.filter((c) => KNOWN.has(c)).length >= 3) found = r;
    }
    expect(found).toBe(6);
    expect(
      rowTexts(ws, 6)
        .slice(1)
        .filter((h) => !KNOWN.has(h.toLowerCase())),
    ).toEqual([]);
  });

  it('exports an empty list and a missing organisation profile without failing', async () => {
    const ws = await load(await membersToXlsx({ org: null, members: [], generatedAt: GENERATED_AT }));
    expect(rowTexts(ws, 6)).toEqual(HEADERS);
    expect(ws.getCell('A7').value).toBe('Tổng cộng: 0 đoàn viên');
  });
});

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, initCore } from '../helpers/core';

let core: Core;
afterEach(() => core?.close());

async function importRows(rows: unknown[][], opts: { dryRun?: boolean; title?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  if (opts.title !== false) {
    ws.addRow(['CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY SÔNG HỒNG']);
    ws.mergeCells('A1:F1');
    ws.addRow(['DANH SÁCH ĐOÀN VIÊN']);
  }
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số thẻ đoàn viên', 'Tổ công đoàn', 'Chức vụ công đoàn']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow(['', 'Tổng cộng: ' + rows.length]);
  const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const { jobId } = await call(core, 'members.importData', {
    fileName: 'ds.xlsx',
    base64,
    dryRun: opts.dryRun ?? false,
  });
  const job = await call(core, 'jobs.wait', { jobId });
  return job;
}

const ROWS = [
  ['Nguyễn Văn An', '05/02/1985', 1085000001, 'CD-001', 'Tổ may', 'Tổ trưởng'],
  ['TRẦN THỊ BÌNH', 32000, '001185000002', 'CD-002', 'Tổ cắt', ''],
  // A bad date alone would only be flagged (imported without it); a CCCD of 5 digits keeps the row out.
  ['Lê Văn Cường', '31/02/1990', '12345', 'CD-003', 'Tổ may', ''],
  ['Phạm Thị Dung', new Date(Date.UTC(1992, 10, 20)), '001192000004', 'CD-004', 'Tổ cắt', ''],
];

describe('importing members into the register', () => {
  it('a dry run reports what would happen and writes nothing; the real run writes valid rows in one go', async () => {
    ({ core } = await initCore());
    const dry = await importRows(ROWS, { dryRun: true });
    expect(dry.state).toBe('done');
    expect(dry.result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, dryRun: true, headerRow: 3 });
    expect(dry.result.rejected).toEqual([
      { row: 6, field: 'dateOfBirth', reason: expect.stringMatching(/ngày|Ngày/) },
      { row: 6, field: 'idNumber', reason: expect.stringContaining('12 chữ số') },
    ]);
    expect((await call(core, 'members.list', {})).total).toBe(0);
    expect(await call(core, 'units.list')).toEqual([]);

    const real = await importRows(ROWS);
    expect(real.result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, dryRun: false });
    const list = (await call(core, 'members.list', { limit: 0 })).items;
    expect(list.map((m: any) => m.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Thị Dung']);
    expect(list[0]).toMatchObject({
      idNumber: '001085000001',
      dateOfBirth: '1985-02-05',
      unit: 'Tổ may',
      position: 'Tổ trưởng',
      status: 'active',
    });
    expect(list[1].dateOfBirth).toBe('1987-08-11'); // Excel serial 32000 = 1899-12-30 + 32000 days
    expect(list[2].dateOfBirth).toBe('1992-11-20');
    expect((await call(core, 'units.list')).map((u: any) => u.name).sort()).toEqual(['Tổ cắt', 'Tổ may']);
    const { history } = await call(core, 'members.get', { id: list[0].id });
    expect(history).toEqual([expect.objectContaining({ event: 'admitted', toStatus: 'active' })]);
  });

  it('re-importing the same file changes nothing; an updated file updates matched members (CCCD, card, member code)', async () => {
    ({ core } = await initCore());
    await importRows(ROWS);
    const again = await importRows(ROWS);
    expect(again.result).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect((await call(core, 'members.list', {})).total).toBe(3);

    const changed = ROWS.map((r) => [...r]);
    changed[0][4] = 'Tổ cắt'; // An moves group
    changed[1][2] = ''; // Bình: no CCCD in this file, matched by card number instead
    changed[1][0] = 'Trần Thị Bình';
    const upd = await importRows([...changed, ['Đỗ Văn Em', '01/01/1995', '001095000005', 'CD-005', 'Tổ may', '']]);
    expect(upd.result).toMatchObject({ imported: 1, updated: 1, unchanged: 2 });
    const an = (await call(core, 'members.list', { query: 'nguyen van an' })).items[0];
    expect(an.unit).toBe('Tổ cắt');
    const binh = (await call(core, 'members.list', { query: 'binh' })).items[0];
    expect(binh.idNumber).toBe('001185000002'); // an empty cell never erases
    expect((await call(core, 'members.list', {})).total).toBe(4);
  });

  it('an unreadable file fails the job with a Vietnamese VALIDATION error and writes nothing', async () => {
    ({ core } = await initCore());
    const { jobId } = await call(core, 'members.importData', {
      fileName: 'ds.pdf',
      base64: Buffer.from('%PDF-1.4').toString('base64'),
      dryRun: false,
    });
    const job = await call(core, 'jobs.wait', { jobId });
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('.xlsx') });
    // No command reads a path: the CLI reads the file and sends its bytes.
    const gone = await callErr(core, 'members.import', { file: '/khong/co/tep.xlsx', dryRun: true });
    expect(gone.code).toBe('UNKNOWN_COMMAND');
    expect((await call(core, 'members.list', {})).total).toBe(0);
    expect((await callErr(core, 'members.importData', { fileName: 'x.xlsx' })).code).toBe('VALIDATION');
  });

  it('exports the filtered list to xlsx and pdf and logs exports that hold sensitive fields', async () => {
    ({ core } = await initCore());
    await importRows(ROWS);
    const x = await call(core, 'members.export', { format: 'xlsx', includeSensitive: true, unit: 'Tổ may' });
    expect(x.count).toBe(1);
    expect(Buffer.from(x.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const p = await call(core, 'members.export', { format: 'pdf', includeSensitive: false });
    expect(p.count).toBe(3);
    expect(Buffer.from(p.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(p.fileName).toMatch(/^danh-sach-doan-vien-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});

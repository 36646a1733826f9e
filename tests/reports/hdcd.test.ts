/**
 * Mẫu 1-HĐCĐ through a real core: the period from the day after the previous report date to the as-of date, both
 * included, with admissions and departures on its edges (on the as-of date, on the day after the previous report
 * date, on the previous report date itself); members = previous count + admitted − left; the other rows the register
 * knows; the PDF (pdftotext) and .xlsx (exceljs) read back in the form's order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodStart, previousReportDate } from '../../src/core/reports/hdcd';
import {
  bytes,
  call,
  callErr,
  pdfText,
  readXlsx,
  sheetValues,
  squash,
  welfareCore,
  type WelfareEnv,
} from '../welfare/helpers';

let env: WelfareEnv;

const move = (name: string, status: string, date: string) =>
  call(env.core, 'members.setStatus', { id: env.ids[name], status, date, reason: 'Thử' });

beforeAll(async () => {
  env = await welfareCore([
    {
      fullName: 'Nguyễn Thị An',
      gender: 'female',
      partyMember: true,
      dateOfBirth: '1992-12-01', // 33 on 30/11/2026
      ethnicity: 'Tày',
      positions: [{ title: 'Chủ tịch', from: '2025-01-01' }],
    },
    { fullName: 'Trần Thị Bình', gender: 'female', joinedOn: '2026-06-01', dateOfBirth: '1991-11-30' }, // 35 on asOf
    { fullName: 'Lê Văn Cường', gender: 'male', joinedOn: '2026-05-31', ethnicity: 'Kinh', hazardousWork: true },
    { fullName: 'Phạm Văn Dũng', gender: 'male', joinedOn: '2026-11-30', dateOfBirth: '1991-12-01' }, // 34
    { fullName: 'Hoàng Văn Em', joinedOn: '2026-12-01' },
    { fullName: 'Vũ Thị Giang', gender: 'female', positions: [{ title: 'Phó Chủ tịch', from: '2025-01-01' }] },
    { fullName: 'Đỗ Văn Hải' },
    { fullName: 'Bùi Văn Khoa' },
    { fullName: 'Đặng Thị Lan', gender: 'female', joinedOn: '2026-06-15' },
  ]);
  await call(env.core, 'org.update', { workerCount: 120 });
  await move('Vũ Thị Giang', 'retired', '2026-11-30'); // on the as-of date: left, out of the count
  await move('Đỗ Văn Hải', 'withdrawn', '2026-06-01'); // on the period's first day: left
  await move('Bùi Văn Khoa', 'transferred_out', '2026-05-31'); // on the previous report date: the previous period's
  await move('Đặng Thị Lan', 'expelled', '2026-10-01'); // admitted and left in the period
});
afterAll(async () => {
  await env.core.close();
});

describe('the report period', () => {
  it('starts the day after the last 31/5 or 30/11 before the as-of date', () => {
    expect(previousReportDate('2026-11-30')).toBe('2026-05-31');
    expect(periodStart('2026-11-30')).toBe('2026-06-01');
    expect(periodStart('2026-05-31')).toBe('2025-12-01');
    expect(periodStart('2026-12-15')).toBe('2026-12-01');
    expect(periodStart('2026-03-01')).toBe('2025-12-01');
  });
});

describe('reports.hdcd', () => {
  it('counts members, women, admitted, left, groups and workers with edges on both ends', async () => {
    const r = await call(env.core, 'reports.hdcd', { asOf: '2026-11-30' });
    expect(r).toMatchObject({
      asOf: '2026-11-30',
      from: '2026-06-01',
      workers: 120,
      members: 4, // An, Bình (admitted on the first day), Cường (admitted on 31/5), Dũng (admitted on the as-of date)
      women: 2,
      admitted: 3, // Bình, Dũng, Lan; not Cường (31/5), not Em (1/12)
      left: 3, // Giang (on the as-of date), Hải (the first day), Lan; not Khoa (31/5)
      unionGroups: 3,
    });
    const previous = await call(env.core, 'reports.hdcd', { asOf: '2026-05-31' });
    // An, Cường (joined that day), Giang, Hải; Khoa transferred out that day is out.
    expect(previous).toMatchObject({ from: '2025-12-01', members: 4, admitted: 1, left: 1 });
    expect(r.members).toBe(previous.members + r.admitted - r.left);
  });

  it('fills the other rows the register knows, in the form order', async () => {
    const r = await call(env.core, 'reports.hdcd', { asOf: '2026-11-30' });
    const byRow = Object.fromEntries(r.rows.map((x: { row: string; value: number | null }) => [x.row, x.value]));
    expect(r.rows.map((x: { row: string }) => x.row)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(byRow).toEqual({
      '1': 120, // workers
      '2': 116, // workers not yet members
      '3': 4,
      '4': 2,
      '5': 1, // party member: An
      '6': 2, // under 35: An (33), Dũng (34); Bình turns 35 on the as-of date
      '7': 1, // ethnic minority: An (Tày); Kinh is not
      '8': 1, // hazardous: Cường
      '9': 3,
      '10': 3,
      '11': 3,
      '12': 1, // officials: An; Giang retired
      '13': 1,
    });
  });

  it('leaves the workforce blank when the profile has no number of workers', async () => {
    await call(env.core, 'org.update', { workerCount: null });
    const r = await call(env.core, 'reports.hdcd', { asOf: '2026-11-30' });
    expect(r.workers).toBeNull();
    expect(r.rows.slice(0, 2).map((x: { value: number | null }) => x.value)).toEqual([null, null]);
    await call(env.core, 'org.update', { workerCount: 120 });
  });

  it('refuses a date that does not exist', async () => {
    expect((await callErr(env.core, 'reports.hdcd', { asOf: '2026-11-31' })).code).toBe('VALIDATION');
  });

  it('prints the report: PDF and .xlsx read back with the same figures in the form order', async () => {
    const pdf = await call(env.core, 'reports.hdcdFile', { asOf: '2026-11-30', format: 'pdf' });
    expect(pdf.fileName).toBe('bao-cao-1-hdcd-2026-11-30.pdf');
    const text = squash(pdfText(bytes(pdf)).text);
    for (const s of [
      'BÁO CÁO THỐNG KÊ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ',
      'Mẫu số 1-HĐCĐ',
      'Số liệu tính đến ngày 30/11/2026 (kỳ báo cáo từ 01/06/2026 đến 30/11/2026)',
      'Tổng số lao động người 120',
      'Tổng số đoàn viên công đoàn người 4',
      'Số đoàn viên kết nạp mới trong kỳ người 3',
      'Số tổ công đoàn, công đoàn bộ phận tổ 3',
    ])
      expect(text).toContain(squash(s));
    expect(text.indexOf(squash('I. Tình hình lao động'))).toBeLessThan(text.indexOf(squash('II. Đoàn viên')));
    expect(text.indexOf(squash('II. Đoàn viên'))).toBeLessThan(text.indexOf(squash('III. Tổ chức công đoàn')));

    const xlsx = await call(env.core, 'reports.hdcdFile', { asOf: '2026-11-30', format: 'xlsx' });
    const rows = sheetValues((await readXlsx(bytes(xlsx))).worksheets[0]);
    expect(rows[5]).toEqual(['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng']);
    const body = rows.slice(6).filter((x) => x[0]);
    const report = await call(env.core, 'reports.hdcd', { asOf: '2026-11-30' });
    expect(body.map((x) => [x[0], x[3] ?? null])).toEqual(
      report.rows.map((x: { row: string; value: number | null }) => [x.row, x.value]),
    );
    expect(rows[6][1]).toBe('I. Tình hình lao động');
  });
});

/**
 * The payroll sheets as accountants send them, written by exceljs (and one CSV): title rows, header variants,
 * CCCD stored as numbers, amounts as numbers or text, a totals row and signatures; matched against a real vault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePayrollSheet } from '../../../src/core/dues/files/payroll-sheet';
import { xlsx } from '../../import/fixtures';
import { call, cccd, duesCore } from './helpers';

let env: Awaited<ReturnType<typeof duesCore>>;
beforeAll(async () => {
  env = await duesCore();
});
afterAll(async () => {
  await env.core.close();
});

const match = (fileName: string, data: Buffer, kind: 'salary' | 'payment') =>
  call(env.core, 'probe.payrollMatch', { fileName, base64: data.toString('base64'), kind });

describe('salary sheet', () => {
  it('finds the header under title rows, prefers «Lương đóng BHXH» and matches by CCCD, employee or member code', async () => {
    const data = await xlsx([
      ['CÔNG TY TNHH MAY THỬ NGHIỆM'],
      ['BẢNG LƯƠNG THÁNG 07 NĂM 2026'],
      [],
      ['STT', 'Họ và tên', 'Số CCCD', 'Mã NV', 'Mã đoàn viên', 'Lương cơ bản', 'Lương đóng BHXH', 'Ghi chú'],
      [1, 'Nguyễn Văn An', Number(cccd(1)), 'NV001', null, 5_000_000, 7_250_000],
      [2, 'Trần Thị Bình', null, 'nv002', null, 5_000_000, '7.250.000'],
      [3, 'Lê Văn Cường', null, null, 'DV-0003', 4_000_000, '6,100,000 đ'],
      [4, 'Vũ Thị Giang', cccd(6), null, null, 4_000_000, ''],
      [5, 'Đỗ Văn Lạ', cccd(99), 'NV099', null, 4_000_000, 5_000_000],
      [6, 'Phạm Thị Dung', null, 'NV004', null, 4_000_000, 5_000_000],
      [7, 'Nguyen Van An', cccd(2), null, null, 4_000_000, 5_000_000],
      [8, 'Phạm Thị Dung', cccd(4), 'NV006', null, 4_000_000, 5_000_000],
      [9, 'Trần Thị Bình', '1203000002', null, null, 4_000_000, 5_000_000],
      [10, 'Hoàng Văn Em', cccd(5), null, null, 4_000_000, -5],
      [null, 'Tổng cộng', null, null, null, 40_000_000, 40_000_000],
      [],
      [null, 'Người lập biểu', null, null, null, 'Kế toán trưởng'],
    ]);
    const r = await match('bang-luong.xlsx', data, 'salary');
    expect(r.headerRow).toBe(4);
    expect(r.amountColumn).toBe('Lương đóng BHXH');
    expect(r.matched).toEqual([
      { row: 5, memberId: env.ids['Nguyễn Văn An'], amount: 7_250_000 },
      { row: 7, memberId: env.ids['Lê Văn Cường'], amount: 6_100_000 },
    ]);
    const reasons = Object.fromEntries(r.rejected.map((x: { row: number; reason: string }) => [x.row, x.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([6, 8, 9, 10, 11, 12, 13, 14]);
    expect(reasons[6]).toMatch(/Trần Thị Bình có trên nhiều dòng \(6, 13\)/);
    expect(reasons[13]).toBe(reasons[6]);
    expect(reasons[14]).toBe('Số tiền không hợp lệ: «-5»');
    expect(reasons[8]).toBe('Thiếu mức lương');
    expect(reasons[9]).toBe(`Không tìm thấy đoàn viên có CCCD ${cccd(99)}, mã nhân viên NV099`);
    expect(reasons[10]).toMatch(/^Không xác định được đoàn viên: mã nhân viên NV004 trùng ở 2 đoàn viên/);
    expect(reasons[11]).toMatch(/^Họ tên «Nguyen Van An» khác với đoàn viên có CCCD 001203000002 \(«Trần Thị Bình»\)/);
    expect(reasons[12]).toBe(
      `CCCD ${cccd(4)} và mã nhân viên NV006 chỉ đến các đoàn viên khác nhau: Phạm Thị Dung, Vũ Thị Giang`,
    );
  });

  it('reads a semicolon CSV with «Mức lương» and rejects a row that names nobody', async () => {
    const csv = ['Danh sách lương', 'Họ tên;CCCD;Mức lương', `Vũ Thị Giang;${cccd(6)};6.500.000`, 'Ai đó;;5.000.000'];
    const r = await match('luong.csv', Buffer.from(csv.join('\r\n'), 'utf8'), 'salary');
    expect(r.matched).toEqual([{ row: 3, memberId: env.ids['Vũ Thị Giang'], amount: 6_500_000 }]);
    expect(r.rejected).toEqual([{ row: 4, reason: 'Thiếu số CCCD, mã nhân viên hoặc mã đoàn viên để đối chiếu' }]);
  });

  it('says what header it needs when the sheet has no salary column', async () => {
    const data = await xlsx([
      ['Họ và tên', 'CCCD', 'Điện thoại'],
      ['Nguyễn Văn An', cccd(1), '0912345678'],
    ]);
    const r = await env.core.invoke('probe.payrollMatch', {
      fileName: 'x.xlsx',
      base64: data.toString('base64'),
      kind: 'salary',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/Lương đóng BHXH/);
  });
});

describe('deduction list sent back', () => {
  it('takes «Đoàn phí» over the salary column, on the sheet that has it; an unlabelled sum at the end is no member', async () => {
    const data = await xlsx(
      [
        ['DANH SÁCH TRÍCH ĐOÀN PHÍ QUA LƯƠNG THÁNG 07/2026'],
        ['STT', 'Họ và tên', 'CCCD', 'Mã NV', 'Tổ', 'Lương đóng BHXH', 'Khấu trừ BHXH', 'Đoàn phí (0,5%)', 'Ký nhận'],
        [1, 'Nguyễn Văn An', cccd(1), 'NV001', 'Tổ may', 7_250_000, 580_000, 36_250],
        [2, 'Vũ Thị Giang', cccd(6), 'NV006', 'Tổ may', 6_500_000, 520_000, '32.500'],
        [3, 'Trần Thị Bình', cccd(2), 'NV002', 'Tổ may', 6_500_000, 520_000, 0],
        [null, null, null, null, null, 20_250_000, 1_620_000, 68_750],
      ],
      (_ws, wb) => {
        const notes = wb.addWorksheet('Ghi chú');
        notes.getCell('A1').value = 'Bảng này do kế toán lập';
        wb.worksheets.reverse(); // the notes sheet first: the list is found on the second
      },
    );
    const r = await match('khau-tru.xlsx', data, 'payment');
    expect(r.amountColumn).toBe('Đoàn phí (0,5%)');
    expect(r.matched).toEqual([
      { row: 3, memberId: env.ids['Nguyễn Văn An'], amount: 36_250 },
      { row: 4, memberId: env.ids['Vũ Thị Giang'], amount: 32_500 },
    ]);
    expect(r.rejected).toEqual([{ row: 5, reason: 'Số tiền khấu trừ bằng 0: không ghi nhận khoản nộp' }]);
  });
});

describe('header variants', () => {
  const pick = async (kind: 'salary' | 'payment', headers: string[]) => {
    const csv = [
      ['Họ và tên', 'CCCD', ...headers].join(';'),
      ['Nguyễn Văn An', cccd(1), ...headers.map(() => '1')].join(';'),
    ];
    return (await parsePayrollSheet('x.csv', Buffer.from(csv.join('\n')), kind)).amountColumn;
  };
  it.each([
    [['Lương cơ bản', 'Mức lương'], 'Mức lương'],
    [['Tổng thu nhập', 'Lương đóng BHXH', 'Lương đóng đoàn phí'], 'Lương đóng đoàn phí'],
    [['Lương tham gia BHXH'], 'Lương tham gia BHXH'],
    [['Tiền lương'], 'Tiền lương'],
  ])('salary from %j: %s', async (headers, expected) => {
    expect(await pick('salary', headers)).toBe(expected);
  });
  it.each([
    [['Lương đóng đoàn phí', 'Khấu trừ BHXH', 'Khấu trừ'], 'Khấu trừ'],
    [['Lương đóng BHXH', 'Số tiền'], 'Số tiền'],
    [['Số tiền', 'Trích đoàn phí'], 'Trích đoàn phí'],
    [['Đã khấu trừ'], 'Đã khấu trừ'],
  ])('payment from %j: %s', async (headers, expected) => {
    expect(await pick('payment', headers)).toBe(expected);
  });
});

describe('a large payroll', () => {
  it('reads 20,000 rows (yielding to the event loop as it goes) and stops at the totals row', async () => {
    const rows: unknown[][] = [['BẢNG LƯƠNG'], ['STT', 'Họ và tên', 'Số CCCD', 'Lương đóng BHXH']];
    for (let i = 1; i <= 20_000; i++)
      rows.push([i, `Nguyễn Văn Số ${i}`, `0790850${String(i).padStart(5, '0')}`, 5_000_000 + i]);
    rows.push(['Tổng cộng', null, null, 1], [null, 'Người lập biểu']);
    const data = await xlsx(rows as never);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const parsed = await parsePayrollSheet('lon.xlsx', data, 'salary');
    clearInterval(timer);
    expect(parsed.rows).toHaveLength(20_000);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows[19_999]).toMatchObject({ row: 20_002, amount: 5_020_000 });
    expect(ticks).toBeGreaterThan(0);
  });
});

/**
 * The files in and out through a real core (SQLCipher vault, the dues ledger of dues-core): a payroll sheet in, the
 * deduction list out and back in as payments, a cash payment's receipt, a group's collection sheet, the year's export
 * and a reminder letter; amounts read back from the PDFs (pdftotext) and the .xlsx (exceljs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../../import/fixtures';
import { call, callErr, cccd, duesCore, SALARIES } from './helpers';
import { pdfText, readXlsx, sheetValues, squash } from './read-back';

let env: Awaited<ReturnType<typeof duesCore>>;
const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64');
const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

beforeAll(async () => {
  env = await duesCore();
});
afterAll(async () => {
  await env.core.close();
});

describe('payroll sheet → salaries → deduction list → payments', () => {
  it('imports salaries: dry run saves nothing, the import applies, the same sheet again changes nothing', async () => {
    const file = await xlsx(SALARIES);
    const input = { fileName: 'luong-01-2026.xlsx', base64: b64(file), fromMonth: '2026-01' };
    const dry = await call(env.core, 'dues.importSalaries', { ...input, dryRun: true });
    const rejected = [{ row: 10, reason: `Không tìm thấy đoàn viên có CCCD ${cccd(77)}` }];
    expect(dry).toEqual({ applied: 6, unchanged: 0, rejected });
    expect((await call(env.core, 'dues.salaries', { memberId: env.ids['Nguyễn Văn An'] })).items).toEqual([]);
    expect(await call(env.core, 'dues.importSalaries', input)).toEqual({ applied: 6, unchanged: 0, rejected });
    expect(await call(env.core, 'dues.importSalaries', input)).toEqual({ applied: 0, unchanged: 6, rejected });
    const computed = await call(env.core, 'dues.compute', { month: '2026-01' });
    const due = Object.fromEntries(computed.members.map((m: { fullName: string; due: number }) => [m.fullName, m.due]));
    expect(due).toEqual({
      'Nguyễn Văn An': 36_250,
      'Trần Thị Bình': 32_500,
      'Lê Văn Cường': 45_000,
      'Phạm Thị Dung': 25_000,
      'Hoàng Văn Em': 24_000,
      'Vũ Thị Giang': 234_000, // 0.5% of 50,000,000 is 250,000: capped at 10% of the base salary 2,340,000
    });
  });

  it('a cash payment of two months gets one receipt with both months and the amount in words', async () => {
    await call(env.core, 'dues.pay', {
      month: '2026-01',
      memberId: env.ids['Nguyễn Văn An'],
      amount: 72_500,
      method: 'cash',
      date: '2026-01-10',
      collector: 'Trần Thị Mai',
    });
    const file = await call(env.core, 'dues.receipt', { memberId: env.ids['Nguyễn Văn An'], month: '2026-02' });
    expect(file.fileName).toMatch(/^phieu-thu-dp-2026-\d+\.pdf$/);
    const { text, pages } = pdfText(bytes(file));
    expect(pages).toBe(1);
    for (const s of [
      'PHIẾU THU',
      'Họ và tên người nộp tiền: Nguyễn Văn An',
      'Tổ công đoàn: Tổ may',
      'Lý do nộp: Đoàn phí công đoàn các tháng 01/2026, 02/2026',
      'Số tiền: 72.500 đồng',
      'Bằng chữ: Bảy mươi hai nghìn năm trăm đồng.',
      'Trần Thị Mai',
    ])
      expect(squash(text)).toContain(squash(s));
    expect(squash(text)).toMatch(/Số:DP-2026-\d{5}/);
    const none = await callErr(env.core, 'dues.receipt', { memberId: env.ids['Trần Thị Bình'], month: '2026-01' });
    expect(none).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/chưa có .*phiếu thu .*01\/2026/) });
  });

  let deduction: Buffer;
  it('lists what is still owed for the accountant, by group then given name, with a totals row', async () => {
    deduction = bytes(await call(env.core, 'dues.deductionList', { month: '2026-01' }));
    const wb = await readXlsx(deduction);
    const rows = sheetValues(wb.worksheets[0]);
    expect(rows[3][0]).toBe('DANH SÁCH TRÍCH ĐOÀN PHÍ CÔNG ĐOÀN QUA LƯƠNG THÁNG 01/2026');
    expect(rows[5]).toEqual([
      'STT',
      'Họ và tên',
      'Số CCCD',
      'Mã NV',
      'Mã đoàn viên',
      'Tổ công đoàn',
      'Lương đóng BHXH',
      'Đoàn phí',
      'Ký nhận',
    ]);
    const body = rows
      .slice(6)
      .map((r) => [r[0], r[1], r[2] ?? null, r[3] ?? null, r[4] ?? null, r[5], r[6] ?? null, r[7]]);
    expect(body).toEqual([
      [1, 'Lê Văn Cường', null, null, 'DV-0003', 'Tổ cắt', 9_000_000, 45_000],
      [2, 'Phạm Thị Dung', cccd(4), 'NV004', null, 'Tổ cắt', 5_000_000, 25_000],
      [3, 'Hoàng Văn Em', cccd(5), 'NV004', null, 'Tổ cắt', 4_800_000, 24_000],
      [4, 'Trần Thị Bình', cccd(2), 'NV002', null, 'Tổ may', 6_500_000, 32_500],
      [5, 'Vũ Thị Giang', cccd(6), 'NV006', null, 'Tổ may', 50_000_000, 234_000],
      [null, 'Tổng cộng', null, null, null, null, null, 360_500],
    ]);
  });

  it('reads the deduction list back as payroll payments, once: the same list again changes nothing', async () => {
    const input = { fileName: 'da-tru.xlsx', base64: b64(deduction), month: '2026-01', date: '2026-01-25' };
    const first = await call(env.core, 'dues.importPayments', input);
    // Hoàng Văn Em shares the employee code NV004 with Phạm Thị Dung: his CCCD tells them apart. Lê Văn Cường has
    // neither CCCD nor employee code: his member code finds him.
    expect(first).toEqual({ applied: 5, unchanged: 0, total: 360_500, rejected: [] });
    expect(await call(env.core, 'dues.importPayments', input)).toMatchObject({ applied: 0, unchanged: 5, total: 0 });
    const ledger = await call(env.core, 'dues.ledger', { month: '2026-01' });
    expect(ledger.totals).toMatchObject({ due: 396_750, collected: 396_750, rate: 100 });
    const bình = ledger.rows.find((r: { fullName: string }) => r.fullName === 'Trần Thị Bình');
    expect(bình).toMatchObject({ paid: 32_500, method: 'payroll', lastPaidOn: '2026-01-25' });
  });
});

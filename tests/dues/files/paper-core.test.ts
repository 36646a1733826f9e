/**
 * The paper out of a real ledger: a group's collection sheet (pdftotext), the year's export (exceljs) and reminder
 * letters as drafts in the documents register, with the level's template and the level's label from the settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../../import/fixtures';
import { call, callErr, duesCore, SALARIES } from './helpers';
import { pdfText, readXlsx, sheetValues, squash } from './read-back';

let env: Awaited<ReturnType<typeof duesCore>>;
const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

beforeAll(async () => {
  env = await duesCore();
  const base64 = (await xlsx(SALARIES)).toString('base64');
  await call(env.core, 'dues.importSalaries', { fileName: 'luong.xlsx', base64, fromMonth: '2026-01' });
  // Nguyễn Văn An pays January and February in cash; the rest of Tổ may but Vũ Thị Giang pays January by payroll.
  await call(env.core, 'dues.pay', {
    month: '2026-01',
    memberId: env.ids['Nguyễn Văn An'],
    amount: 72_500,
    date: '2026-01-10',
  });
  await call(env.core, 'dues.pay', {
    month: '2026-01',
    all: true,
    unitId: env.units.may,
    except: [env.ids['Vũ Thị Giang']],
    method: 'payroll',
    date: '2026-01-25',
  });
});
afterAll(async () => {
  await env.core.close();
});

describe('collection sheet of a group', () => {
  it('prints Tổ may for 01/2026 from the ledger: by given name, due and paid, totals in words', async () => {
    const file = await call(env.core, 'dues.sheet', { month: '2026-01', unitId: env.units.may });
    expect(file).toMatchObject({ fileName: 'thu-doan-phi-2026-01-to-may.pdf', mime: 'application/pdf' });
    const { text } = pdfText(bytes(file));
    const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    const line = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    expect(squash(text)).toContain(squash('DANH SÁCH THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG 01/2026'));
    expect(squash(text)).toContain(squash('Tổ công đoàn: Tổ may'));
    const terms =
      'Mức đóng: 0,5% tiền lương làm căn cứ đóng bảo hiểm xã hội, tối đa 234.000 đồng (10% lương cơ sở ' +
      '2.340.000 đồng); đoàn viên không xác định được tiền lương: 11.700 đồng.';
    expect(squash(text)).toContain(squash(terms));
    expect(line('Nguyễn Văn An')).toBe('1 Nguyễn Văn An 7.250.000 36.250 36.250');
    expect(line('Trần Thị Bình')).toBe('2 Trần Thị Bình 6.500.000 32.500 32.500');
    expect(line('Vũ Thị Giang')).toBe('3 Vũ Thị Giang 50.000.000 234.000');
    expect(line('Tổng cộng')).toBe('Tổng cộng 302.750 68.750');
    expect(squash(text)).toContain(squash('(Bằng chữ: Ba trăm linh hai nghìn bảy trăm năm mươi đồng.)'));
    expect(squash(text)).toContain(squash('(Bằng chữ: Sáu mươi tám nghìn bảy trăm năm mươi đồng.)'));
  });

  it('refuses a group that does not exist', async () => {
    expect(await callErr(env.core, 'dues.sheet', { month: '2026-01', unitId: 'không-có' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe("the year's export", () => {
  it('has a sheet per month with its totals, the rate by group and month, and the split', async () => {
    const wb = await readXlsx(bytes(await call(env.core, 'dues.export', { year: 2026 })));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['Tháng 01', 'Tháng 02']);
    expect(names.slice(-2)).toEqual(['Tỷ lệ thu', 'Phân chia']);
    const jan = sheetValues(wb.getWorksheet('Tháng 01')!);
    expect(jan[3][0]).toBe('SỔ THEO DÕI THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG 01/2026');
    const total = jan.find((r) => r[1] === 'Tổng cộng')!;
    // Phải nộp, phần thu thêm, đã nộp, còn nợ
    expect(total.slice(5, 9)).toEqual([396_750, 0, 68_750, 328_000]);
    const an = jan.find((r) => r[1] === 'Nguyễn Văn An')!;
    expect(an.slice(4, 12)).toEqual([
      7_250_000,
      36_250,
      null,
      36_250,
      0,
      '10/01/2026',
      'Tiền mặt',
      expect.stringMatching(/^DP-2026-/),
    ]);
    const feb = sheetValues(wb.getWorksheet('Tháng 02')!);
    expect(feb.find((r) => r[1] === 'Tổng cộng')!.slice(7, 8)).toEqual([36_250]);

    const rates = sheetValues(wb.getWorksheet('Tỷ lệ thu')!);
    const may = rates.find((r) => r[1] === 'Tổ may')!;
    expect(may[2]).toBe(22.7); // 68,750 of 302,750 in January
    const all = rates.find((r) => r[1] === 'Toàn công đoàn cơ sở')!;
    expect(all[2]).toBe(17.3); // 68,750 of 396,750

    const split = sheetValues(wb.getWorksheet('Phân chia')!);
    const amount = (label: RegExp) => split.find((r) => label.test(String(r[1])))?.[2];
    expect(amount(/^Tổng đoàn phí đã thu/)).toBe(105_000);
    expect(amount(/giữ lại \(70%\)/)).toBe(73_500);
    expect(amount(/cấp trên \(30%\)/)).toBe(31_500);
  });
});

describe('reminder letters', () => {
  const render = async (documentId: string) =>
    bytes(await call(env.core, 'docs.render', { id: documentId, format: 'txt' })).toString('utf8');

  it('uses the level reached and its label from the settings, as a draft in the register', async () => {
    const levels = [
      { months: 6, label: 'Khiển trách (thử)' },
      { months: 9, label: 'Cảnh cáo' },
      { months: 12, label: 'Khai trừ' },
    ];
    await call(env.core, 'settings.update', { duesArrearsLevels: levels });
    const { documentId } = await call(env.core, 'dues.reminder', {
      memberId: env.ids['Trần Thị Bình'],
      asOf: '2026-07',
    });
    const doc = await call(env.core, 'docs.get', { id: documentId });
    expect(doc.doc).toMatchObject({ status: 'draft', templateId: 'nhac-no-doan-phi-6', type: 'CV' });
    const text = squash(await render(documentId));
    expect(text).toContain(squash('Kính gửi: Đồng chí Trần Thị Bình, đoàn viên Tổ may.'));
    expect(text).toContain(
      squash('chưa đóng đoàn phí công đoàn 6 tháng liền (02/2026, 03/2026, 04/2026, 05/2026, 06/2026, 07/2026)'),
    );
    expect(text).toContain(squash('số tiền còn nợ là 195.000 đồng (bằng chữ: một trăm chín mươi lăm nghìn đồng)'));
    expect(text).toContain(squash('từ 6 tháng liền trở lên'));
    expect(text).toContain(squash('bằng hình thức khiển trách (thử).'));
  });

  it('takes the second level’s letter at nine months', async () => {
    const { documentId } = await call(env.core, 'dues.reminder', {
      memberId: env.ids['Trần Thị Bình'],
      asOf: '2026-10',
    });
    expect((await call(env.core, 'docs.get', { id: documentId })).doc).toMatchObject({
      templateId: 'nhac-no-doan-phi-9',
    });
    const text = squash(await render(documentId));
    expect(text).toContain(squash('thư nhắc lần thứ hai'));
    expect(text).toContain(squash('bằng hình thức cảnh cáo.'));
  });

  it('refuses a member who owes nothing', async () => {
    const err = await callErr(env.core, 'dues.reminder', { memberId: env.ids['Nguyễn Văn An'], asOf: '2026-02' });
    expect(err).toMatchObject({ code: 'VALIDATION', message: 'Đoàn viên không nợ đoàn phí tính đến tháng 02/2026.' });
  });
});

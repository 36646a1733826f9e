/**
 * The files through `uniondesk` (in process, on a real vault): `dues salaries import FILE --from` with the issue's
 * JSON shape and Excel row numbers, then `dues sheet`, `dues receipt` and `dues export` writing files that poppler
 * and exceljs read back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from '../../cli/helpers';
import { xlsx } from '../../import/fixtures';
import { pdfText, readXlsx, sheetValues, squash } from './read-back';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli } = runsOn(() => dataDir);
const id = (n: number) => `00109000000${n}`;

beforeAll(async () => {
  ({ dataDir } = await initVault());
  files = tempDir();
  const people = [
    { fullName: 'Nguyễn Văn An', idNumber: id(1), unit: 'Tổ may', joinedOn: '2020-01-01' },
    { fullName: 'Trần Thị Bình', idNumber: id(2), unit: 'Tổ may', joinedOn: '2020-01-01', employeeCode: 'NV02' },
  ];
  for (const [i, p] of people.entries()) {
    const f = path.join(files, `m${i}.json`);
    writeFileSync(f, JSON.stringify(p));
    expect((await cli('members', 'add', f)).code).toBe(0);
  }
});

describe('uniondesk dues files', () => {
  it('salaries import: applied, unchanged on the second run, rejected rows by their Excel number', async () => {
    const sheet = path.join(files, 'luong.xlsx');
    const rows = [
      ['BẢNG LƯƠNG THÁNG 07/2026'],
      ['STT', 'Họ và tên', 'CCCD', 'Mã NV', 'Lương đóng BHXH'],
      [1, 'Nguyễn Văn An', Number(id(1)), null, '7.250.000'],
      [2, 'Trần Thị Bình', null, 'nv02', '6,500,000 đ'],
      [3, 'Không Có Ai', id(9), null, 5_000_000],
    ];
    writeFileSync(sheet, await xlsx(rows));
    const rejected = [{ row: 5, reason: `Không tìm thấy đoàn viên có CCCD ${id(9)}` }];
    const dry = await cli('dues', 'salaries', 'import', sheet, '--from', '2026-07', '--dry-run');
    expect(json(dry)).toEqual({ applied: 2, unchanged: 0, rejected });
    const first = await cli('dues', 'salaries', 'import', sheet, '--from', '2026-07');
    expect(first.code, first.stderr).toBe(0);
    expect(json(first)).toEqual({ applied: 2, unchanged: 0, rejected });
    expect(json(await cli('dues', 'salaries', 'import', sheet, '--from', '2026-07'))).toEqual({
      applied: 0,
      unchanged: 2,
      rejected,
    });
    const bad = await cli('dues', 'salaries', 'import', path.join(files, 'm0.json'), '--from', '2026-07');
    expect(bad.code).toBe(4);
  });

  it('sheet, receipt and export write files with the ledger’s amounts', async () => {
    const pay = await cli(
      'dues',
      'pay',
      '--month',
      '2026-07',
      '--member',
      id(1),
      '--amount',
      '36250',
      '--date',
      '2026-07-10',
    );
    expect(pay.code, pay.stderr).toBe(0);

    const sheet = path.join(files, 'to-may.pdf');
    const s = await cli('dues', 'sheet', '--month', '2026-07', '--unit', 'Tổ may', '--out', sheet);
    expect(s.code, s.stderr).toBe(0);
    const text = squash(pdfText(readFileSync(sheet)).text);
    expect(text).toContain(squash('DANH SÁCH THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG 07/2026'));
    expect(text).toContain(squash('Tổng cộng 68.750 36.250'));
    expect(text).toContain(squash('Sáu mươi tám nghìn bảy trăm năm mươi đồng'));

    const receipt = path.join(files, 'phieu-thu.pdf');
    const r = await cli('dues', 'receipt', '--member', id(1), '--month', '2026-07', '--out', receipt);
    expect(r.code, r.stderr).toBe(0);
    const rt = squash(pdfText(readFileSync(receipt)).text);
    expect(rt).toContain(squash('Số tiền: 36.250 đồng'));
    expect(rt).toContain(squash('Ba mươi sáu nghìn hai trăm năm mươi đồng'));

    const out = path.join(files, 'doan-phi-2026.xlsx');
    const e = await cli('dues', 'export', '--year', '2026', '--out', out);
    expect(e.code, e.stderr).toBe(0);
    const wb = await readXlsx(readFileSync(out));
    const jul = sheetValues(wb.getWorksheet('Tháng 07')!);
    expect(jul.find((row) => row[1] === 'Tổng cộng')!.slice(5, 9)).toEqual([68_750, 0, 36_250, 32_500]);
  });
});

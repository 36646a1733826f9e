/** `uniondesk funds category set`: the union's own category, a shipped one moved to another line, exit 4 refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn } from './helpers';

afterAll(cleanup);

let dataDir = '';
const { cli, human } = runsOn(() => dataDir);
const set = (...args: string[]) => cli('funds', 'category', 'set', ...args);
const categories = async () => json(await cli('funds', 'categories')).categories as { code: string; line: string }[];

beforeAll(async () => {
  ({ dataDir } = await initVault());
}, 60_000);

describe('uniondesk funds category set', () => {
  it('adds the union’s own category, listed after the shipped ones of its kind and usable on a voucher', async () => {
    const r = await set('--code', 'hieu-hi', '--name', 'Chi hiếu hỉ', '--kind', 'spending', '--line', 'II.1', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      code: 'hieu-hi',
      name: 'Chi hiếu hỉ',
      kind: 'spending',
      line: 'II.1',
      builtIn: false,
      reserved: false,
    });
    const codes = (await categories()).map((c) => c.code);
    expect(codes.indexOf('hieu-hi')).toBeGreaterThan(codes.indexOf('cham-lo'));
    expect((await cli('funds', 'opening', '--account', 'cash', '--year', '2026', '--amount', '900000')).code).toBe(0);
    const v = await cli(
      ...['funds', 'voucher', 'add', '--type', 'payment', '--account', 'cash', '--date', '2026-02-01'],
      ...['--amount', '300000', '--category', 'hieu-hi', '--description', 'Mừng cưới đoàn viên'],
    );
    expect(v.code, v.stderr).toBe(0);
    const b07 = json(await cli('funds', 'b07', '--year', '2026'));
    expect(b07.lines.find((l: { line: string }) => l.line === 'II.1').amount).toBe(300_000);
  });

  it('renames a shipped category and moves it to another line, in words for a person', async () => {
    const r = await human('funds', 'category', 'set', '--code', 'thu-khac', '--name', 'Thu khác (lãi tiền gửi)');
    expect(r.code).not.toBe(0); // --kind and --line are required
    const ok = await human(
      ...['funds', 'category', 'set', '--code', 'thu-khac', '--name', 'Thu khác (lãi tiền gửi)'],
      ...['--kind', 'revenue', '--line', 'I.5'],
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Đã lưu khoản mục thu-khac "Thu khác (lãi tiền gửi)" (dòng I.5).');
    expect((await categories()).find((c) => c.code === 'thu-khac')?.line).toBe('I.5');
  });

  it('exits 4 in Vietnamese: a reserved category turned into spending, a used one changing kind, a bad code', async () => {
    const reserved = await set('--code', 'doan-phi', '--name', 'Đoàn phí', '--kind', 'spending', '--line', 'II.9');
    expect(reserved.code).toBe(4);
    expect(json(reserved).error.message).toContain('khoản mục này dành cho ghi tự động');
    const used = await set('--code', 'hieu-hi', '--name', 'Chi hiếu hỉ', '--kind', 'revenue', '--line', 'I.4');
    expect(used.code).toBe(4);
    expect(json(used).error.message).toContain('đã có chứng từ dùng khoản mục này');
    const bad = await set('--code', 'Hiếu Hỉ', '--name', 'X', '--kind', 'spending', '--line', 'II.1');
    expect(bad.code).toBe(4);
    expect(JSON.stringify(json(bad).error)).toContain('Mã chỉ gồm chữ thường không dấu');
  });
});

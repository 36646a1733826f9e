/**
 * `elections.minutes`: the Biên bản kiểm phiếu rendered as docx and pdf and read back, so that every figure of the
 * count (tallyElection's own) is proven printed in both; no vault needed when the header is given. The CLI writes
 * it with `elections tally --minutes`, 0600, never over an existing file without --force.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { tallyElection } from '../../src/shared/elections/tally';
import { readPdf, squash } from '../documents/fixtures/read';
import { call, callErr, initCore, newCore } from '../helpers/core';
import { cleanup, json, run, tempDir } from '../cli/helpers';

afterAll(cleanup);

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Văn Cường';
const DUNG = 'Phạm Văn Dũng';

// 2 seats, 55 valid of 58 collected (3 invalid), 60 issued: An elected, Bình and Cường tied across the last seat.
const count = {
  seats: 2,
  candidates: [AN, BINH, CUONG, DUNG],
  denominator: 'valid' as const,
  issued: 60,
  collected: 58,
  totals: { [AN]: 45, [BINH]: 30, [CUONG]: 30, [DUNG]: 5 },
  invalid: 3,
};
const extra = {
  title: 'Đại hội Công đoàn cơ sở Công ty Thử Nghiệm nhiệm kỳ 2025–2030',
  electing: 'Ban Chấp hành',
  convened: 62,
  present: 60,
  date: '2025-06-14',
  place: 'Hội trường A',
  counters: ['Hoàng Thị Lan', 'Vũ Văn Minh', 'Đỗ Thị Nga'],
};
const header = {
  upperLevel: 'LĐLĐ phường Bến Thành',
  issuer: 'Công đoàn cơ sở Công ty Thử Nghiệm',
  locality: 'TP. HCM',
};

let core: Core;
beforeAll(async () => {
  core = await newCore(); // never unlocked: the header comes from the input
});

const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

/** Every figure and label the minutes must carry, as printed (squashed: renderers may add or drop spaces). */
function expected(): string[] {
  const r = tallyElection(count);
  expect(r).toMatchObject({ valid: 55, invalid: 3, threshold: 28 });
  const pct = (p: number) => `${p.toFixed(2).replace('.', ',')}%`;
  return [
    `Số phiếu phát ra: ${r.issued}`,
    `Số phiếu thu vào: ${r.collected}`,
    `Số phiếu hợp lệ: ${r.valid}`,
    `Số phiếu không hợp lệ: ${r.invalid}`,
    'quá 1/2 số phiếu hợp lệ, tức từ 28 phiếu',
    'được triệu tập: 62',
    'có mặt: 60',
    ...r.results.flatMap((c) => [c.name, String(c.votes), pct(c.percent)]),
    '81,82%',
    '54,55%',
    '9,09%',
    'Trúng cử',
    'Không trúng cử',
    'Bằng phiếu – bầu lại',
    'Số người trúng cử: 1/2',
    'TRƯỞNG BAN KIỂM PHIẾU',
    'Hoàng Thị Lan',
    'Vũ Văn Minh',
    'Đỗ Thị Nga',
    'BIÊN BẢN',
    'Kiểm phiếu bầu Ban Chấp hành',
  ].map(squash);
}

describe('elections.minutes', () => {
  it('renders a docx with every figure of the count', async () => {
    const file = await call(core, 'elections.minutes', { ...count, ...extra, ...header, format: 'docx' });
    expect(file.fileName).toMatch(/\.docx$/);
    const text = squash((await mammoth.extractRawText({ buffer: bytes(file) })).value);
    for (const s of expected()) expect(text).toContain(s);
  });

  it('renders a pdf with every figure of the count', async () => {
    const file = await call(core, 'elections.minutes', { ...count, ...extra, ...header, format: 'pdf' });
    expect(file.mime).toBe('application/pdf');
    const text = squash((await readPdf(bytes(file))).pages.join('\n'));
    for (const s of expected()) expect(text).toContain(s);
  });

  it('keeps typed text as text: a "{{" or "|" in a name is printed, not read as markup', async () => {
    const ODD = 'Tên {{org.name}} | lạ';
    const odd = {
      ...count,
      candidates: [AN, BINH, CUONG, ODD],
      totals: { [AN]: 45, [BINH]: 30, [CUONG]: 30, [ODD]: 5 },
    };
    const file = await call(core, 'elections.minutes', { ...odd, ...header, format: 'docx' });
    const text = (await mammoth.extractRawText({ buffer: bytes(file) })).value;
    expect(text).toContain('Tên {{org.name}} | lạ');
  });

  it('without a profile or a header, names the missing header fields; a bad count is the count’s error', async () => {
    const missing = await callErr(core, 'elections.minutes', { ...count, format: 'pdf' });
    expect(missing.code).toBe('VALIDATION');
    expect(JSON.stringify(missing)).toMatch(/issuer/);
    const bad = await callErr(core, 'elections.minutes', { ...count, ...header, invalid: 59, format: 'pdf' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('không hợp lệ');
  });
});

describe('elections.minutes with the vault unlocked', () => {
  it('takes the header from the organisation profile; the input still wins', async () => {
    const { core: open } = await initCore();
    try {
      await call(open, 'org.update', { place: 'Hà Nội', upperLevelName: 'Công đoàn KCN Thăng Long' });
      const file = await call(open, 'elections.minutes', { ...count, ...extra, format: 'docx' });
      const text = squash((await mammoth.extractRawText({ buffer: bytes(file) })).value);
      for (const s of [
        'Công đoàn KCN Thăng Long',
        'Công đoàn cơ sở Công ty TNHH Thử Nghiệm',
        'Hà Nội, ngày 14 tháng 6',
      ])
        expect(text.toUpperCase()).toContain(squash(s).toUpperCase()); // the masthead prints names in capitals
      const own = await call(open, 'elections.minutes', { ...count, ...header, format: 'docx' });
      const ownText = (await mammoth.extractRawText({ buffer: bytes(own) })).value.toUpperCase();
      expect(ownText).toContain(header.upperLevel.toUpperCase());
    } finally {
      await open.close();
    }
  });
});

describe('uniondesk elections tally --minutes', () => {
  let files = '';
  let empty = '';
  beforeAll(() => {
    files = tempDir();
    empty = tempDir();
  });
  const tally = (...args: string[]) => run(['--data-dir', empty, 'elections', 'tally', ...args], {});

  it('writes the minutes 0600 from the same ELECTION.json and refuses to overwrite without --force', async () => {
    const input = path.join(files, 'bau-bch.json');
    writeFileSync(input, JSON.stringify({ ...count, ...extra, ...header }));
    const out = path.join(files, 'bien-ban-kiem-phieu.pdf');
    const r = await tally('--file', input, '--minutes', out, '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ valid: 55, minutes: { path: out } });
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);
    const pdf = squash((await readPdf(readFileSync(out))).pages.join(''));
    expect(pdf).toContain(squash('Số phiếu không hợp lệ: 3'));

    const before = statSync(out).mtimeMs;
    const again = await tally('--file', input, '--minutes', out);
    expect(again.code).not.toBe(0);
    expect(statSync(out).mtimeMs).toBe(before);
    const forced = await tally('--file', input, '--minutes', out, '--force');
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(forced.stdout).toContain(out);
  });

  it('takes the format from the extension and refuses any other', async () => {
    const input = path.join(files, 'bau.json');
    writeFileSync(input, JSON.stringify({ ...count, ...header }));
    const docx = path.join(files, 'kp.docx');
    expect((await tally('--file', input, '--minutes', docx)).code).toBe(0);
    expect(statSync(docx).size).toBeGreaterThan(1000);
    const odt = await tally('--file', input, '--minutes', path.join(files, 'kp.odt'));
    expect(odt.code).not.toBe(0);
  });
});

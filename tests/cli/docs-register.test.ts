/**
 * `uniondesk docs` on an unlocked vault: a template filled by the organisation profile, issuing into the register
 * (numbered 01, 02 per type and year), listing, exporting a document and the register itself.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

const MINUTES = `---
type: Biên bản
upperLevel: Công đoàn Khu công nghiệp Thăng Long
date: 2026-02-05
summary: Họp Ban Chấp hành về {{subject}}
signers:
  - position: Thư ký
    name: Lê Thị Hoa
  - position: Chủ trì
    name: Nguyễn Văn An
---
Nội dung: **{{subject}}**.
`;

beforeAll(async () => {
  dataDir = (await initVault('Công đoàn cơ sở Công ty Thử Nghiệm')).dataDir;
  files = tempDir();
  const r = await cli(
    'org',
    'set',
    'place=Hà Nội',
    'chairName=Nguyễn Văn An',
    'upperLevelName=Công đoàn Khu công nghiệp Thăng Long',
  );
  expect(r.code, r.stderr).toBe(0);
  writeFileSync(path.join(files, 'bb.md'), MINUTES);
  writeFileSync(path.join(files, 'data.json'), JSON.stringify({ subject: 'công tác quý I' }));
});

describe('uniondesk docs render (unlocked)', () => {
  it('giay-moi with data from its own examples: the organisation profile fills upper level, issuer, place and signer', async () => {
    const list = json<{ id: string; variables: { name: string; automatic?: boolean; example?: unknown }[] }[]>(
      await cli('docs', 'templates'),
    );
    const data = Object.fromEntries(
      list
        .find((x) => x.id === 'giay-moi')!
        .variables.filter((v) => !v.automatic && v.example !== undefined)
        .map((v) => [v.name, v.example]),
    );
    const dataFile = path.join(files, 'giay-moi.json');
    writeFileSync(dataFile, JSON.stringify(data));
    const out = path.join(files, 'giay-moi.txt');
    const r = await cli(
      'docs',
      'render',
      path.join(ROOT, 'resources', 'templates', 'giay-moi.md'),
      '--data',
      dataFile,
      '--format',
      'txt',
      '--out',
      out,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const txt = readFileSync(out, 'utf8');
    expect(txt).toContain('CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG');
    expect(txt).toContain('CÔNG ĐOÀN CƠ SỞ CÔNG TY THỬ NGHIỆM');
    expect(txt).toContain('GIẤY MỜI');
    expect(txt).toContain('Hà Nội, ngày');
    expect(txt).toContain(String(data.invitee));
    expect(txt).toContain('Nguyễn Văn An');
    expect(txt).not.toContain('{{');
  });
});

describe('uniondesk docs issue|list|export|register', () => {
  let first = '';

  it('issuing twice in the same type and year numbers 01 then 02', async () => {
    const a = await cli('docs', 'issue', path.join(files, 'bb.md'), '--data', path.join(files, 'data.json'));
    expect(a.code, a.stdout + a.stderr).toBe(0);
    const doc = json(a);
    expect(doc).toMatchObject({
      type: 'BB',
      year: 2026,
      number: 1,
      numberText: '01/BB-CĐCS',
      status: 'issued',
      date: '2026-02-05',
      summary: 'Họp Ban Chấp hành về công tác quý I',
    });
    first = doc.id;
    const b = await human(
      'docs',
      'issue',
      path.join(files, 'bb.md'),
      '--data',
      path.join(files, 'data.json'),
      '--date',
      '2026-03-02',
    );
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('Đã ban hành văn bản số 02/BB-CĐCS');
  });

  it('docs list --json shows both, newest first', async () => {
    const r = await cli('docs', 'list', '--type', 'BB', '--year', '2026');
    expect(r.code, r.stderr).toBe(0);
    const list = json<{ id: string; number: number; numberText: string; date: string; status: string }[]>(r);
    expect(list.map((d) => [d.numberText, d.date, d.status])).toEqual([
      ['02/BB-CĐCS', '2026-03-02', 'issued'],
      ['01/BB-CĐCS', '2026-02-05', 'issued'],
    ]);
    expect(list[1].id).toBe(first);
  });

  it('docs export writes the issued document as PDF; docs register writes the xlsx register with both', async () => {
    const pdf = path.join(files, 'bien-ban.pdf');
    const e = await cli('docs', 'export', first, '--format', 'pdf', '--out', pdf);
    expect(e.code, e.stdout + e.stderr).toBe(0);
    expect(json(e)).toMatchObject({ path: pdf, format: 'pdf' });
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
    if (process.platform !== 'win32') expect(statSync(pdf).mode & 0o777).toBe(0o600);

    const xlsx = path.join(files, 'so-van-ban-di.xlsx');
    const g = await cli('docs', 'register', '--out', xlsx);
    expect(g.code, g.stdout + g.stderr).toBe(0);
    expect(json(g)).toEqual({ path: xlsx, count: 2 });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });
});

/** `uniondesk meetings pack ID --out DIR` in process: the PDF and the .zip in DIR, 0600, never overwritten. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
let id = '';
const { cli, human } = runsOn(() => dataDir);

function file(name: string, value: unknown): string {
  const p = path.join(files, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  for (const set of ['upperLevelName=LĐLĐ phường Bến Thành', 'place=TP. Hồ Chí Minh', 'chairName=Nguyễn Văn An']) {
    expect((await cli('org', 'set', set)).code).toBe(0);
  }
  const people = [
    { fullName: 'Nguyễn Văn An', idNumber: '001090000001', unit: 'Tổ may' },
    { fullName: 'Trần Thị Bình', idNumber: '001090000002', unit: 'Tổ may' },
  ];
  for (const [i, p] of people.entries()) expect((await cli('members', 'add', file(`m${i}.json`, p))).code).toBe(0);
  const meeting = {
    kind: 'group',
    title: 'Họp tổ công đoàn Tổ may',
    startsAt: '2026-03-10T08:00',
    place: 'Xưởng may',
    chair: '001090000001',
    invitees: ['unit:Tổ may', { name: 'Ông Khách' }],
    agenda: [{ title: 'Bình xét thi đua quý I' }],
    motions: [{ text: 'Đề nghị khen thưởng đồng chí Bình', for: 2, against: 0 }],
  };
  const r = await cli('meetings', 'create', '--file', file('meeting.json', meeting));
  expect(r.code, r.stdout + r.stderr).toBe(0);
  id = json<{ id: string }>(r).id;
});

interface Written {
  dir: string;
  pdf: { path: string; bytes: number };
  zip: { path: string; bytes: number };
  pages: number;
  parts: { title: string; firstPage: number; pages: number }[];
}

describe('uniondesk meetings pack', () => {
  it('writes the PDF and the .zip into a new folder, 0600, and prints the paths and page counts', async () => {
    const out = path.join(tempDir(), 'tai-lieu');
    const r = await cli('meetings', 'pack', id, '--out', out);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const w = json<Written>(r);
    const stem = 'tai-lieu-hop-hop-to-cong-doan-to-may-2026-03-10';
    expect(readdirSync(out).sort()).toEqual([`${stem}.pdf`, `${stem}.zip`]);
    expect(w.pdf.path).toBe(path.join(path.resolve(out), `${stem}.pdf`));
    if (process.platform !== 'win32')
      for (const n of readdirSync(out)) expect(statSync(path.join(out, n)).mode & 0o777).toBe(0o600);
    const pdf = readFileSync(w.pdf.path);
    expect(pdf.length).toBe(w.pdf.bytes);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(w.pages);
    expect(w.parts.map((p) => p.title)).toEqual([
      'Chương trình',
      'Giấy mời',
      'Danh sách đại biểu được mời',
      'Danh sách đại biểu ký tên',
      'Dự thảo nghị quyết',
      'Biên bản cuộc họp (mẫu ghi)',
    ]);
    expect(w.parts.at(-1)!.firstPage + w.parts.at(-1)!.pages - 1).toBe(w.pages);
    const zipped = Object.keys(unzipSync(new Uint8Array(readFileSync(w.zip.path))));
    expect(zipped).toHaveLength(6);
    expect(zipped.every((n) => /^0\d-[a-z0-9-]+\.docx$/.test(n))).toBe(true);
  });

  it('refuses existing files without --force, writing nothing; replaces them with --force', async () => {
    const out = tempDir();
    expect((await cli('meetings', 'pack', id, '--out', out)).code).toBe(0);
    const before = readdirSync(out).map((n) => [n, statSync(path.join(out, n)).mtimeMs]);
    const again = await cli('meetings', 'pack', id, '--out', out);
    expect(again.code).not.toBe(0);
    expect(again.stdout + again.stderr).toMatch(/tai-lieu-hop-.*\.pdf/);
    expect(readdirSync(out).map((n) => [n, statSync(path.join(out, n)).mtimeMs])).toEqual(before);
    const forced = await human('meetings', 'pack', id, '--out', out, '--force');
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/Đã ghi bộ tài liệu cuộc họp \(\d+ trang\)/);
    expect(forced.stdout).toContain('.zip');
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    const r = await cli('meetings', 'pack', 'khong-co', '--out', tempDir());
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('Không tìm thấy cuộc họp');
  });
});

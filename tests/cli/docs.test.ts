/**
 * `uniondesk docs templates|render` without a vault: the template catalogue, a template-style Markdown file to
 * docx/pdf/html/txt (front matter says everything), and the exit code 4 naming what is missing or unknown.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, json, run, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const cli = (...args: string[]) => run(['--json', '--data-dir', dataDir, ...args]);

/** A minutes document: type by name, number 7, two signers, recipients; body with a heading, bold, a list, a table. */
const minutes = (type: string) => `---
type: ${type}
number: 7
issuerCode: CĐCS
upperLevel: Công đoàn Khu công nghiệp Thăng Long
issuer: Công đoàn cơ sở Công ty Thử Nghiệm
place: Hà Nội
date: 2026-02-05
summary: Họp Ban Chấp hành tháng 02/2026
signers:
  - position: Thư ký
    name: Lê Thị Hoa
  - position: Chủ trì
    name: Nguyễn Văn An
recipients:
  - Ban Chấp hành
  - "Lưu: VT."
---
## I. Nội dung

Cuộc họp **đã thống nhất** các nội dung sau:

1. Tổ chức Ngày hội gia đình.
2. Thăm hỏi đoàn viên ốm đau.

| STT | Nội dung | Kinh phí |
|---|---|---|
| 1 | Quà Tết | 1.250.000 đồng |
`;

beforeAll(() => {
  dataDir = path.join(tempDir(), 'no-vault');
  files = tempDir();
  writeFileSync(path.join(files, 'bien-ban.md'), minutes('Biên bản'));
  writeFileSync(path.join(files, 'bb.md'), minutes('BB'));
});

describe('uniondesk docs templates', () => {
  it('lists at least 12 templates with their variables (no passphrase needed)', async () => {
    const r = await cli('docs', 'templates');
    expect(r.code, r.stderr).toBe(0);
    const list = json<
      {
        id: string;
        type: string;
        variables: { name: string; required?: boolean; automatic?: boolean }[];
        error?: string;
      }[]
    >(r);
    expect(list.length).toBeGreaterThanOrEqual(12);
    const ids = list.map((x) => x.id);
    for (const id of ['bien-ban-hop-bch', 'cong-van', 'giay-moi', 'danh-sach', 'quyet-dinh-ket-nap'])
      expect(ids).toContain(id);
    expect(list.filter((x) => x.error)).toEqual([]);
    const gm = list.find((x) => x.id === 'giay-moi')!;
    expect(gm.type).toBe('GM');
    expect(gm.variables).toContainEqual(expect.objectContaining({ name: 'invitee', required: true, automatic: false }));
  });
});

describe('uniondesk docs render', () => {
  const out = (name: string) => path.join(files, name);

  it('renders to docx, pdf, html and txt; files are private (0600)', async () => {
    const src = out('bien-ban.md');
    for (const format of ['docx', 'pdf', 'html', 'txt']) {
      const r = await cli('docs', 'render', src, '--format', format, '--out', out(`bb.${format}`));
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const bytes = readFileSync(out(`bb.${format}`));
      expect(json(r)).toEqual({ path: out(`bb.${format}`), format, bytes: bytes.length });
      if (process.platform !== 'win32') expect(statSync(out(`bb.${format}`)).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(out('bb.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(out('bb.pdf')).subarray(0, 4).toString()).toBe('%PDF');
    const docx = (await mammoth.extractRawText({ buffer: readFileSync(out('bb.docx')) })).value;
    expect(docx).toContain('Số: 07/BB-CĐCS');
    expect(docx).toContain('đã thống nhất');
    const html = readFileSync(out('bb.html'), 'utf8');
    expect(html).toContain('Số: 07/BB-CĐCS');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('<b>đã thống nhất</b>');
    expect(html).toMatch(/<ol[\s>]/);
    expect(html).toContain('Quà Tết');
    expect(html.toLowerCase()).not.toContain('<script');
    const txt = readFileSync(out('bb.txt'), 'utf8');
    for (const s of ['Số: 07/BB-CĐCS', 'BIÊN BẢN', 'Thăm hỏi đoàn viên ốm đau', 'Nguyễn Văn An', 'Nơi nhận:'])
      expect(txt).toContain(s);
    expect(txt).not.toContain('**');
  });

  it('takes the type as its code too (type: BB); the format may come from the extension of --out', async () => {
    const r = await cli('docs', 'render', out('bb.md'), '--out', out('code.txt'));
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).format).toBe('txt');
    expect(readFileSync(out('code.txt'), 'utf8')).toBe(readFileSync(out('bb.txt'), 'utf8'));
  });

  it('an unknown {{variable}} and a missing required field: exit 4 naming both, nothing written', async () => {
    const bad = minutes('BB')
      .replace(/^issuer: .*\n/m, '')
      .replace('Tổ chức Ngày hội', 'Tổ chức {{tenLa}}');
    writeFileSync(out('bad.md'), bad);
    const r = await cli('docs', 'render', out('bad.md'), '--format', 'pdf', '--out', out('bad.pdf'));
    expect(r.code).toBe(4);
    const { error } = json(r);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('tên công đoàn ban hành'); // the field in words; its key in the details
    expect(error.message).toContain('tenLa');
    expect(error.details).toMatchObject({ missing: ['issuer'], unknown: ['tenLa'] });
    expect(() => statSync(out('bad.pdf'))).toThrow();
  });

  it('help is in Vietnamese and names the front-matter keys', async () => {
    const r = await run(['docs', 'render', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng:');
    for (const key of [
      'type',
      'number',
      'issuerCode',
      'upperLevel',
      'issuer',
      'place',
      'date',
      'summary',
      'signers',
      'recipients',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`\\b${key}\\b`));
    }
    expect(r.stdout).toContain('Số: 07/BB-CĐCS');
  });
});

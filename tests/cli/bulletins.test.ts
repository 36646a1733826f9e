/** `uniondesk bulletins create|list|render` and `members unsubscribe`, in process, on a real vault. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

const MD = `---
title: Chăm lo Tết Nguyên đán 2027
issue: 5
date: 07/12/2026
---

Ban Chấp hành thông báo **kế hoạch** chăm lo Tết.

- Tặng quà 500.000 đồng.
`;

function file(name: string, text: string): string {
  const p = path.join(files, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
}, 60_000);

describe('uniondesk bulletins', () => {
  let id = '';
  it('creates a bulletin from FILE.md and prints {"id"} with --json', async () => {
    const r = await cli('bulletins', 'create', file('tet.md', MD));
    expect(r.code).toBe(0);
    const out = json(r);
    expect(Object.keys(out)).toEqual(['id']);
    id = out.id;
    const { items } = json(await cli('bulletins', 'list', '--year', '2026'));
    expect(items).toMatchObject([{ id, issueNumber: 5, title: 'Chăm lo Tết Nguyên đán 2027', date: '2026-12-07' }]);
    expect((await human('bulletins', 'list')).stdout).toContain('Chăm lo Tết Nguyên đán 2027');
  });

  it('takes --json after the file too, as the issue writes it', async () => {
    const r = await human('bulletins', 'create', file('b.md', MD.replace('issue: 5', 'issue: 6')), '--json');
    expect(r.code).toBe(0);
    expect(json(r)).toHaveProperty('id');
  });

  it('refuses a duplicate issue number in Vietnamese (CONFLICT: exit 1) and a missing file', async () => {
    const r = await cli('bulletins', 'create', file('dup.md', MD));
    expect(r.code).toBe(1);
    expect(json(r).error.code).toBe('CONFLICT');
    expect(r.stderr + r.stdout).toContain('Năm 2026 đã có bản tin số 05');
    const missing = await cli('bulletins', 'create', path.join(files, 'khong-co.md'));
    expect(missing.code).not.toBe(0);
  });

  it('renders the PDF to a file', async () => {
    const out = path.join(files, 'ban-tin.pdf');
    const r = await cli('bulletins', 'render', id, '--format', 'pdf', '--out', out);
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('BẢN TIN NỘI BỘ');
    const html = path.join(files, 'ban-tin.html');
    expect((await cli('bulletins', 'render', id, '--format', 'email', '--out', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Kính gửi đồng chí');
  });
});

describe('uniondesk members unsubscribe', () => {
  it('stops bulletins to an address at once, names the members with it', async () => {
    const add = await cli(
      'members',
      'add',
      file('m.json', JSON.stringify({ fullName: 'Nguyễn Văn An', email: 'an@example.vn', emailConsent: true })),
    );
    expect(add.code).toBe(0);
    const r = await cli('members', 'unsubscribe', 'AN@example.vn', '--reason', 'Trả lời thư');
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({ email: 'an@example.vn', memberIds: [json(add).id] });
    const h = await human('members', 'unsubscribe', 'khach@example.org');
    expect(h.stdout).toContain('Đã ngừng gửi bản tin đến khach@example.org.');
    const bad = await cli('members', 'unsubscribe', 'không phải email');
    expect(bad.code).toBe(4);
  });
});

/** `uniondesk meetings invite ID --out DIR` in process: the files 0600 in DIR (created 0700), never overwritten. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from '../cli/helpers';

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
    invitees: ['unit:Tổ may', { name: 'Ông Khách' }],
  };
  const r = await cli('meetings', 'create', '--file', file('meeting.json', meeting));
  expect(r.code, r.stdout + r.stderr).toBe(0);
  id = json<{ id: string }>(r).id;
});

describe('uniondesk meetings invite', () => {
  it('writes the Giấy mời and one .ics per person into a new folder, 0600', async () => {
    const out = path.join(tempDir(), 'moi', 'hop');
    const r = await cli('meetings', 'invite', id, '--out', out);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('.ics'))).toHaveLength(3);
    expect(names).toContain('giay-moi-hop-to-cong-doan-to-may-2026-03-10.pdf');
    if (process.platform !== 'win32') {
      expect(statSync(out).mode & 0o777).toBe(0o700);
      for (const n of names) expect(statSync(path.join(out, n)).mode & 0o777).toBe(0o600);
    }
    const { dir, files: written } = json<{ dir: string; files: { path: string; bytes: number }[] }>(r);
    expect(dir).toBe(path.resolve(out));
    expect(written.map((f) => path.basename(f.path)).sort()).toEqual(names);
  });

  it('refuses existing files without --force, writing nothing; replaces them with --force', async () => {
    const out = tempDir();
    expect((await cli('meetings', 'invite', id, '--out', out, '--format', 'docx')).code).toBe(0);
    const before = readdirSync(out).map((n) => [n, statSync(path.join(out, n)).mtimeMs]);
    const again = await cli('meetings', 'invite', id, '--out', out, '--format', 'docx');
    expect(again.code).not.toBe(0);
    expect(again.stdout + again.stderr).toMatch(/giay-moi-.*\.docx/);
    expect(readdirSync(out).map((n) => [n, statSync(path.join(out, n)).mtimeMs])).toEqual(before);
    const forced = await human('meetings', 'invite', id, '--out', out, '--format', 'docx', '--force');
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(forced.stdout).toContain('.ics');
    expect(readdirSync(out).filter((n) => n.endsWith('.docx'))).toHaveLength(1);
  });
});

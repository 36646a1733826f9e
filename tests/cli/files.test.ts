/**
 * The files the CLI reads and writes itself (the core only sees bytes): outputs are private (0600), never replace
 * an existing file without --force (exit 2, the file untouched), and leave no temporary file behind; inputs are
 * bounded (a too-large or endless file is refused before it fills memory); a backup file from elsewhere is copied
 * in, restored, and the copy removed.
 */
import { readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli } = runsOn(() => dataDir);
const mode = (file: string) => statSync(file).mode & 0o777;

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  const member = path.join(files, 'member.json');
  writeFileSync(member, JSON.stringify({ fullName: 'Nguyễn Văn An', idNumber: '001080000009' }));
  expect((await cli('members', 'add', member)).code).toBe(0);
});

describe('outputs', () => {
  it('refuse to overwrite without --force (exit 2, nothing changed); --force replaces the file, still 0600', async () => {
    const out = path.join(files, 'danh sách.xlsx');
    writeFileSync(out, 'giữ nguyên', { mode: 0o644 });
    const refused = await cli('members', 'export', out);
    expect(refused.code).toBe(2);
    expect(json(refused).error).toMatchObject({ code: 'USAGE', details: { exists: true } });
    expect(json(refused).error.message).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('giữ nguyên');

    const forced = await cli('members', 'export', out, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(json(forced)).toEqual({ path: out, count: 1 });
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx (zip) now
    expect(mode(out)).toBe(0o600);
    expect(readdirSync(files).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('the same for the register, a document and a backup; a missing folder is a usage error', async () => {
    const taken = path.join(files, 'taken.xlsx');
    writeFileSync(taken, 'x');
    expect((await cli('docs', 'register', '--out', taken)).code).toBe(2);
    expect((await cli('backup', 'create', '--out', taken)).code).toBe(2);
    const takenTxt = path.join(files, 'taken.txt');
    writeFileSync(takenTxt, 'x');
    const render = await cli('docs', 'render', path.join(files, 'any.md'), '--out', takenTxt);
    expect(render.code).toBe(2);
    expect(json(render).error.details).toMatchObject({ exists: true });
    expect((await cli('members', 'export', path.join(files, 'no', 'such', 'folder.xlsx'))).code).toBe(2);
    expect(readFileSync(taken, 'utf8')).toBe('x');
  });
});

describe('inputs', () => {
  it('a file larger than the limit is refused before it is read (exit 4)', async () => {
    const big = path.join(files, 'lon.csv');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024); // sparse: costs no disk
    const r = await cli('members', 'import', big);
    expect(r.code).toBe(4);
    expect(json(r).error.message).toContain('quá lớn');
  });

  it('an endless file (a device) is refused at the limit, not read forever', async () => {
    const r = await cli('members', 'add', '/dev/zero');
    expect(r.code).toBe(4);
    expect(json(r).error.message).toContain('quá lớn');
  });

  it('a missing file is not found (exit 4); a folder is not a file', async () => {
    expect(json(await cli('members', 'import', path.join(files, 'khong-co.xlsx'))).error.code).toBe('NOT_FOUND');
    expect((await cli('members', 'import', files)).code).toBe(4);
  });

  it("a file that is not member data is VALIDATION with the importer's message", async () => {
    const junk = path.join(files, 'hong.xlsx');
    writeFileSync(junk, 'không phải excel');
    const r = await cli('members', 'import', junk);
    expect(r.code).toBe(4);
    expect(json(r).error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Không đọc được tệp Excel'),
    });
  });
});

describe('backups from and to files', () => {
  it('create --out leaves no copy in the backups folder; restore FILE leaves none either', async () => {
    const backups = path.join(dataDir, 'backups');
    const manual = () => readdirSync(backups).filter((n) => n.includes('-manual'));
    const before = manual();
    const out = path.join(files, 'sao lưu.udbak');
    const created = await cli('backup', 'create', '--out', out);
    expect(created.code, created.stderr).toBe(0);
    expect(json(created)).toMatchObject({ path: out, name: 'sao lưu.udbak', kind: 'manual' });
    expect(mode(out)).toBe(0o600);
    expect(manual()).toEqual(before);

    const restored = await cli('backup', 'restore', out);
    expect(restored.code, restored.stderr).toBe(0);
    expect(json(restored)).toMatchObject({ restoredFrom: out, safetyBackup: expect.stringContaining('pre-restore') });
    expect(manual()).toEqual(before);
  });
});

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASS, cleanup, initVault, json, run, tempDir } from './helpers';

afterAll(cleanup);

const env = { UNIONDESK_PASSPHRASE: PASS };

describe('uniondesk backup', () => {
  it('create, list, restore: a change made after the backup disappears after restore', async () => {
    const { dataDir } = await initVault();
    const cli = (...args: string[]) => run(['--json', '--data-dir', dataDir, ...args], env);

    expect((await cli('org', 'set', 'chairName=Trần Văn An')).code).toBe(0);
    const created = await cli('backup', 'create');
    expect(created.code, created.stderr).toBe(0);
    const info = json(created);
    expect(info).toMatchObject({ kind: 'manual' });
    expect(info.size).toBeGreaterThan(0);
    // The core sends only the name; the CLI (running as the user) reports the file in its own backups folder.
    expect(info.path).toBe(path.join(dataDir, 'backups', info.name));
    expect(existsSync(info.path)).toBe(true);

    const listed = await cli('backup', 'list');
    expect(listed.code).toBe(0);
    const list = json<{ name: string; kind: string; size: number; createdAt: string }[]>(listed);
    expect(list.map((b) => b.name)).toContain(info.name);

    const human = await run(['--data-dir', dataDir, 'backup', 'list'], env);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(human.stdout).toContain('thủ công');
    expect(human.stdout).toContain(info.name);

    expect((await cli('org', 'set', 'chairName=Lê Thị Bình')).code).toBe(0);
    expect(json(await cli('org', 'show')).chairName).toBe('Lê Thị Bình');

    const restored = await cli('backup', 'restore', info.name);
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    expect(json(await cli('org', 'show')).chairName).toBe('Trần Văn An');
  });

  it('create --out writes the file there; restore takes a path', async () => {
    const { dataDir } = await initVault();
    const out = path.join(tempDir(), 'bản sao.udbak');
    const cli = (...args: string[]) => run(['--json', '--data-dir', dataDir, ...args], env);
    expect((await cli('org', 'set', 'term=2023–2028')).code).toBe(0);
    const created = await cli('backup', 'create', '--out', out);
    expect(created.code, created.stderr).toBe(0);
    expect(json(created).path).toBe(out);
    expect((await cli('org', 'set', 'term=2028–2033')).code).toBe(0);
    const restored = await cli('backup', 'restore', out);
    expect(restored.code, restored.stderr).toBe(0);
    expect(json(await cli('org', 'show')).term).toBe('2023–2028');
  });

  it('export --to DIR saves a listed backup into a folder (USB), and restore FILE takes it back', async () => {
    const { dataDir } = await initVault();
    const usb = tempDir();
    const cli = (...args: string[]) => run(['--json', '--data-dir', dataDir, ...args], env);
    expect((await cli('org', 'set', 'chairName=Trước Khi Lưu')).code).toBe(0);
    const made = json(await cli('backup', 'create'));
    const saved = await cli('backup', 'export', made.name, '--to', usb);
    expect(saved.code, saved.stderr).toBe(0);
    const copy = path.join(usb, made.name);
    expect(json(saved)).toMatchObject({ path: copy, size: made.size });
    expect(readFileSync(copy).equals(readFileSync(made.path))).toBe(true);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    // Never over an existing file without --force (exit 2); an unknown name is NOT_FOUND (exit 4).
    expect((await cli('backup', 'export', made.name, '--to', usb)).code).toBe(2);
    expect((await cli('backup', 'export', 'khong-co.udbak', '--to', usb)).code).toBe(4);
    expect((await cli('org', 'set', 'chairName=Sau Khi Lưu')).code).toBe(0);
    const restored = await cli('backup', 'restore', copy);
    expect(restored.code, restored.stderr).toBe(0);
    expect(json(await cli('org', 'show')).chairName).toBe('Trước Khi Lưu');
  });

  it('rejects a file that is not a backup of this vault (exit 4) and keeps the data', async () => {
    const { dataDir } = await initVault();
    const junk = path.join(tempDir(), 'junk.udbak');
    writeFileSync(junk, 'không phải bản sao lưu');
    const r = await run(['--json', '--data-dir', dataDir, 'backup', 'restore', junk], env);
    expect(r.code).toBe(4);
    expect(json(r).error.code).toBe('BACKUP_INVALID');
    const missing = await run(['--json', '--data-dir', dataDir, 'backup', 'restore', 'khong-co.udbak'], env);
    expect(missing.code).toBe(4);
    expect(json(missing).error.code).toBe('NOT_FOUND');
    const show = await run(['--json', '--data-dir', dataDir, 'org', 'show'], env);
    expect(json(show).name).toContain('Thử Nghiệm');
  });
});

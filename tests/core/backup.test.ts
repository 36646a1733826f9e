import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listBackups, pruneBackups } from '../../src/core/backup/backup';
import { call, callErr, hashTree, initCore, PASS, tempDir } from '../helpers/core';

async function backup(core: Awaited<ReturnType<typeof initCore>>['core'], input = {}) {
  const { jobId } = await call(core, 'backup.create', input);
  const job = await call(core, 'jobs.wait', { jobId });
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  return { job };
}

describe('backups', () => {
  it('creates encrypted snapshots, lists them with date and size, and restores one', async () => {
    const { core, dataDir } = await initCore();
    const progress: unknown[] = [];
    core.onEvent('job.progress', (p) => progress.push(p));
    await call(core, 'org.update', { chairName: 'Trần Thị Hoa' });
    const { job } = await backup(core);
    expect(job.result.name).toMatch(/^uniondesk-\d{8}-\d{6}-\d{3}-manual\.udbak$/);
    expect(progress.some((p: any) => p.state === 'done' && p.kind === 'backup.create')).toBe(true);
    const list = await call(core, 'backup.list');
    expect(list.find((b: any) => b.kind === 'manual')).toMatchObject({
      size: expect.any(Number),
      createdAt: expect.any(String),
    });
    // Names only: an absolute path would hand the OS user name to every client (renderer, web page).
    for (const b of [job.result, ...list]) expect(Object.keys(b).sort()).toEqual(['createdAt', 'kind', 'name', 'size']);
    const file = path.join(dataDir, 'backups', job.result.name);
    expect(fs.readFileSync(file).subarray(0, 15).toString()).not.toBe('SQLite format 3');

    await call(core, 'org.update', { chairName: 'Lê Văn Sau' });
    const restore = await call(core, 'backup.restore', { file: job.result.name });
    const done = await call(core, 'jobs.wait', restore);
    expect(done.state, JSON.stringify(done.error)).toBe('done');
    expect((await call(core, 'org.get')).profile.chairName).toBe('Trần Thị Hoa');
    // What was there before the restore is kept as a pre-restore backup.
    expect((await call(core, 'backup.list')).some((b: any) => b.kind === 'pre-restore')).toBe(true);
    expect((await call(core, 'doctor.run')).ok).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'uniondesk.db.restoring'))).toBe(false);
    await core.close();
  });

  it("a corrupt file or another vault's backup is refused and the current database stays as it was", async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'org.update', { chairName: 'Giữ Nguyên' });
    const other = await initCore();
    const { job: foreign } = await backup(other.core);
    await other.core.close();

    const corrupt = path.join(tempDir(), 'hong.udbak');
    fs.writeFileSync(corrupt, Buffer.alloc(8192, 1));
    await call(core, 'vault.lock');
    const dbBefore = hashTree(dataDir)['uniondesk.db'];
    await call(core, 'vault.unlock', { passphrase: PASS });
    // Only names in the backups folder are taken (the CLI copies a file in first): put both there under backup names.
    const backupsDir = path.join(dataDir, 'backups');
    const names = ['uniondesk-20260101-080000-000-manual.udbak', 'uniondesk-20260101-080000-001-manual.udbak'];
    fs.copyFileSync(corrupt, path.join(backupsDir, names[0]));
    fs.copyFileSync(path.join(other.dataDir, 'backups', foreign.result.name), path.join(backupsDir, names[1]));
    for (const file of names) {
      const { jobId } = await call(core, 'backup.restore', { file });
      const res = await call(core, 'jobs.wait', { jobId });
      expect(res.state).toBe('failed');
      expect(res.error.code).toBe('BACKUP_INVALID');
    }
    const unlisted = 'uniondesk-20990101-080000-000-manual.udbak';
    expect((await callErr(core, 'backup.restore', { file: unlisted })).code).toBe('NOT_FOUND');
    expect((await callErr(core, 'backup.restore', { file: corrupt })).code).toBe('VALIDATION');
    expect((await call(core, 'org.get')).profile.chairName).toBe('Giữ Nguyên');
    await call(core, 'vault.lock');
    expect(hashTree(dataDir)['uniondesk.db']).toBe(dbBefore);
    expect(fs.existsSync(path.join(dataDir, 'uniondesk.db.restoring'))).toBe(false);
    await core.close();
  });

  it('writes only into the backups folder (no path), and keeps only the last N automatic backups', async () => {
    const { core, dataDir } = await initCore();
    const out = path.join(tempDir(), 'ban-sao.udbak');
    expect((await callErr(core, 'backup.create', { out })).code).toBe('VALIDATION');
    expect(fs.existsSync(out)).toBe(false);

    await call(core, 'settings.update', { backupKeep: 2 });
    expect(await call(core, 'settings.get')).toMatchObject({ backupKeep: 2, emailOptInRequired: false });
    // The daily automatic backup prunes with this same function; give it more snapshots than the setting keeps.
    const backupsDir = path.join(dataDir, 'backups');
    for (let i = 1; i <= 4; i++)
      fs.writeFileSync(path.join(backupsDir, `uniondesk-2026010${i}-080000-000-auto.udbak`), 'x');
    const removed = pruneBackups(backupsDir, 'auto', (await call(core, 'settings.get')).backupKeep);
    expect(removed.length).toBeGreaterThanOrEqual(3);
    const autos = (await call(core, 'backup.list')).filter((b: any) => b.kind === 'auto');
    expect(autos).toHaveLength(2);
    expect(autos[1].name).toBe('uniondesk-20260104-080000-000-auto.udbak');
    expect((await callErr(core, 'settings.update', { backupKeep: 0 })).code).toBe('VALIDATION');
    await core.close();
  });

  // backup.list is a read: it does not wait for an auto-prune, which may delete a file it has just listed.
  it('lists without the backups deleted between readdir and stat', () => {
    const dir = tempDir();
    const names = ['uniondesk-20260101-080000-000-auto.udbak', 'uniondesk-20260102-080000-000-auto.udbak'];
    for (const n of names) fs.writeFileSync(path.join(dir, n), 'x');
    const readdir = fs.readdirSync;
    const spy = vi.spyOn(fs, 'readdirSync').mockImplementation(((...args: Parameters<typeof readdir>) => {
      const listed = readdir(...args);
      fs.rmSync(path.join(dir, names[0])); // the prune wins the race
      return listed;
    }) as typeof readdir);
    try {
      expect(listBackups(dir).map((b) => b.name)).toEqual([names[1]]);
    } finally {
      spy.mockRestore();
    }
  });
});

/**
 * A backup leaving the PC as bytes (backup.export, piece by piece) and coming back (backup.upload + backup.restore
 * { upload }): the same file, proved before anything is replaced, the current data kept as a pre-restore backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_CHUNK_BYTES } from '../../src/shared/backup-contract';
import { call, callErr, hashTree, initCore } from '../helpers/core';

type Core = Awaited<ReturnType<typeof initCore>>['core'];

async function makeBackup(core: Core): Promise<string> {
  const { jobId } = await call(core, 'backup.create');
  const job = await call(core, 'jobs.wait', { jobId });
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  return job.result.name;
}

/** What the app does to save a backup: pieces from offset 0 until `done`. */
async function exportAll(core: Core, file: string): Promise<{ bytes: Buffer; pieces: number }> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const piece = await call(core, 'backup.export', { file, offset });
    parts.push(Buffer.from(piece.base64, 'base64'));
    offset += parts[parts.length - 1].length;
    if (piece.done) return { bytes: Buffer.concat(parts), pieces: parts.length };
  }
}

/** What the app does with a picked file: its bytes in pieces, then the upload's id. */
async function uploadAll(core: Core, bytes: Buffer, chunk = BACKUP_CHUNK_BYTES): Promise<string> {
  let upload: string | undefined;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const base64 = bytes.subarray(offset, offset + chunk).toString('base64');
    const r = await call(core, 'backup.upload', { upload, offset, size: bytes.length, base64 });
    upload = r.upload;
    expect(r.received).toBe(Math.min(bytes.length, offset + chunk));
  }
  return upload as string;
}

async function restoreUpload(core: Core, upload: string) {
  const { jobId } = await call(core, 'backup.restore', { upload });
  return call(core, 'jobs.wait', { jobId });
}

describe('backups that leave the PC', () => {
  it('exports a listed backup byte for byte, and restores it from the uploaded bytes', async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'org.update', { chairName: 'Trần Thị Hoa' });
    const name = await makeBackup(core);
    const onDisk = fs.readFileSync(path.join(dataDir, 'backups', name));
    const { bytes } = await exportAll(core, name);
    expect(bytes.equals(onDisk)).toBe(true);
    // The exported file is the encrypted snapshot, never plain SQLite.
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    await call(core, 'org.update', { chairName: 'Lê Văn Sau' });
    // Small pieces on purpose: the order check and the append are exercised many times.
    const upload = await uploadAll(core, bytes, 64 * 1024);
    const done = await restoreUpload(core, upload);
    expect(done.state, JSON.stringify(done.error)).toBe('done');
    expect(done.result.restoredFrom).toBe('upload');
    expect((await call(core, 'org.get')).profile.chairName).toBe('Trần Thị Hoa');
    // The data from before the restore is kept; the received file is gone and never listed.
    const list = await call(core, 'backup.list');
    expect(list.some((b: any) => b.kind === 'pre-restore' && b.name === done.result.safetyBackup)).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.startsWith('incoming-'))).toEqual([]);
    expect((await callErr(core, 'backup.restore', { upload })).code).toBe('NOT_FOUND');
    await core.close();
  });

  it('reads pieces of at most BACKUP_CHUNK_BYTES and refuses names that are not listed backups', async () => {
    const { core, dataDir } = await initCore();
    // A backup bigger than one piece: 9 MB of member notes that do not compress (SQLCipher does not compress).
    const noise = (i: number) =>
      Buffer.from(Array.from({ length: 3000 }, (_, k) => (i * 7919 + k * 104729) % 251)).toString('base64');
    for (let i = 0; i < 2200; i++) await call(core, 'members.add', { fullName: `Đoàn Viên ${i}`, notes: noise(i) });
    const name = await makeBackup(core);
    const size = fs.statSync(path.join(dataDir, 'backups', name)).size;
    expect(size).toBeGreaterThan(BACKUP_CHUNK_BYTES);
    const { bytes, pieces } = await exportAll(core, name);
    expect(bytes.length).toBe(size);
    expect(pieces).toBe(Math.ceil(size / BACKUP_CHUNK_BYTES));
    expect((await call(core, 'backup.export', { file: name, offset: size })).done).toBe(true);
    expect((await callErr(core, 'backup.export', { file: name, offset: size + 1 })).code).toBe('VALIDATION');
    expect((await callErr(core, 'backup.export', { file: '../uniondesk.db' })).code).toBe('VALIDATION');
    expect((await callErr(core, 'backup.export', { file: 'uniondesk.db' })).code).toBe('NOT_FOUND');
    // A whole-file upload in 4 MB pieces restores too.
    const done = await restoreUpload(core, await uploadAll(core, bytes));
    expect(done.state, JSON.stringify(done.error)).toBe('done');
    await core.close();
  }, 120_000);

  it("refuses another vault's backup, a damaged file, pieces out of order and oversize files; nothing is replaced", async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'org.update', { chairName: 'Giữ Nguyên' });
    const other = await initCore();
    const foreign = await exportAll(other.core, await makeBackup(other.core));
    await other.core.close();
    await call(core, 'vault.lock');
    const before = hashTree(dataDir)['uniondesk.db'];
    await call(core, 'vault.unlock', { passphrase: (await import('../helpers/core')).PASS });

    for (const bytes of [foreign.bytes, Buffer.alloc(8192, 7), Buffer.from('SQLite format 3\0 not really')]) {
      const done = await restoreUpload(core, await uploadAll(core, bytes));
      expect(done.state).toBe('failed');
      expect(done.error.code).toBe('BACKUP_INVALID');
    }
    const first = await call(core, 'backup.upload', { offset: 0, size: 10, base64: 'AAAA' });
    const skipped = await callErr(core, 'backup.upload', { upload: first.upload, offset: 5, size: 10, base64: 'AAAA' });
    expect(skipped.code).toBe('CONFLICT');
    expect(skipped.message).toMatch(/chọn lại tệp/);
    const tooLong = await callErr(core, 'backup.upload', {
      upload: first.upload,
      offset: 3,
      size: 10,
      base64: 'AAAAAAAAAAAA',
    });
    expect(tooLong.code).toBe('VALIDATION');
    const huge = await callErr(core, 'backup.upload', { offset: 0, size: 3 * 1024 ** 3, base64: 'AAAA' });
    expect(huge.code).toBe('VALIDATION');
    expect(JSON.stringify(huge)).toMatch(/tối đa 2 GB/);
    expect((await callErr(core, 'backup.upload', { offset: 4, size: 10, base64: 'AAAA' })).code).toBe('VALIDATION');
    expect((await callErr(core, 'backup.restore', { upload: 'f'.repeat(32) })).code).toBe('NOT_FOUND');

    expect((await call(core, 'org.get')).profile.chairName).toBe('Giữ Nguyên');
    await call(core, 'vault.lock');
    expect(hashTree(dataDir)['uniondesk.db']).toBe(before);
    await core.close();
  });

  it('needs the vault open', async () => {
    const { core } = await initCore();
    await call(core, 'vault.lock');
    expect((await callErr(core, 'backup.upload', { offset: 0, size: 4, base64: 'AAAA' })).code).toBe('LOCKED');
    expect((await callErr(core, 'backup.export', { file: 'x.udbak' })).code).toBe('LOCKED');
    await core.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext, HandlerMap } from '../context';
import { audit } from '../audit/audit';
import { fsyncDir } from '../fsutil';
import type { Progress } from '../jobs/jobs';
import { getSettings } from '../settings/settings';
import { createBackup, listBackups, pruneBackups, backupFile, stageRestore } from './backup';
import { readBackupPiece, receiveBackupPiece, receivedUpload } from './transfer';

type Names = 'backup.create' | 'backup.list' | 'backup.restore' | 'backup.export' | 'backup.upload';

export const backupHandlers: HandlerMap<Names> = {
  'backup.create': async (_input, ctx) => {
    ctx.session();
    const jobId = ctx.jobs.start('backup.create', (progress) =>
      ctx.exclusive(async () => {
        const s = ctx.session();
        progress(0, 1);
        const made = await createBackup(s.db, ctx.paths.backupsDir, 'manual');
        await audit(s.db, s.record, 'backup.create', undefined, { name: made.name, size: made.size });
        ctx.log.info('backup.created', { size: made.size });
        return made;
      }),
    );
    return { jobId };
  },
  'backup.list': async (_input, ctx) => {
    ctx.session();
    return listBackups(ctx.paths.backupsDir);
  },
  'backup.export': async ({ file, offset }, ctx) => {
    ctx.session();
    return readBackupPiece(ctx.paths.backupsDir, file, offset);
  },
  'backup.upload': async (piece, ctx) => {
    ctx.session();
    return receiveBackupPiece(ctx.paths.backupsDir, piece);
  },
  'backup.restore': async (input, ctx) => {
    ctx.session();
    const dir = ctx.paths.backupsDir;
    const uploaded = 'upload' in input ? receivedUpload(dir, input.upload) : null;
    const source = uploaded ?? backupFile(dir, (input as { file: string }).file);
    const shownName = uploaded ? 'upload' : path.basename(source);
    const jobId = ctx.jobs.start('backup.restore', (progress) =>
      ctx.exclusive(async () => {
        try {
          const safety = await restoreDatabase(ctx, source, shownName, progress);
          return { restoredFrom: shownName, safetyBackup: safety };
        } finally {
          // A received file is used once: restored or refused, it leaves the backups folder.
          if (uploaded) fs.rmSync(uploaded, { force: true });
        }
      }),
    );
    return { jobId };
  },
};

/**
 * Proves the backup (this vault's key, integrity, schema), keeps what is there now as a pre-restore backup, then
 * swaps the database file. Returns the pre-restore backup's name. Runs inside the write queue.
 */
async function restoreDatabase(ctx: CoreContext, source: string, shownName: string, progress: Progress) {
  const s = ctx.session();
  const key = Buffer.from(s.dataKey);
  const deviceId = s.record.deviceId;
  progress(0, 4);
  const staged = await stageRestore(source, ctx.paths.dbFile, key);
  progress(1, 4);
  // Keep what is there now: a restore must be undoable.
  const safety = await createBackup(s.db, ctx.paths.backupsDir, 'pre-restore');
  pruneBackups(ctx.paths.backupsDir, 'pre-restore', (await getSettings(s.db)).backupKeep);
  progress(2, 4);
  await ctx.closeSession('restore');
  const db = ctx.paths.dbFile;
  try {
    for (const f of [`${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(staged, db);
    fsyncDir(path.dirname(db));
  } catch (err) {
    // The swap did not happen: reopen the database that is still there, so the user is not left locked out.
    fs.rmSync(staged, { force: true });
    await ctx.openSession(key, deviceId);
    throw err;
  }
  progress(3, 4);
  // Jobs unfinished in the backup are interrupted, not re-run (their work may be in the restored data).
  await ctx.openSession(key, deviceId, { restored: true });
  await audit(ctx.session().db, ctx.session().record, 'backup.restore', undefined, {
    from: shownName,
    safety: safety.name,
  });
  ctx.log.info('backup.restored');
  return safety.name;
}

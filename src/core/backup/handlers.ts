import fs from 'node:fs';
import type { HandlerMap } from '../context';
import { audit } from '../audit/audit';
import { fsyncDir } from '../fsutil';
import { getSettings } from '../settings/settings';
import { createBackup, listBackups, pruneBackups, backupFile, stageRestore } from './backup';
import path from 'node:path';

export const backupHandlers: HandlerMap<'backup.create' | 'backup.list' | 'backup.restore'> = {
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
  'backup.restore': async ({ file }, ctx) => {
    ctx.session();
    const source = backupFile(ctx.paths.backupsDir, file);
    const jobId = ctx.jobs.start('backup.restore', (progress) =>
      ctx.exclusive(async () => {
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
          from: path.basename(source),
          safety: safety.name,
        });
        ctx.log.info('backup.restored');
        return { restoredFrom: path.basename(source), safetyBackup: safety.name };
      }),
    );
    return { jobId };
  },
};

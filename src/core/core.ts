import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventName, EventPayload } from '../shared/contract';
import { AppError } from '../shared/errors';
import { backupHandlers } from './backup/handlers';
import { createBackup, listBackups, pruneBackups } from './backup/backup';
import type { CoreContext } from './context';
import { SCHEMA_VERSION } from './db/migrate';
import { createDispatcher, toErrorShape, type Handlers } from './dispatch';
import { doctorHandlers } from './doctor/handlers';
import { documentHandlers } from './documents/handlers';
import { memberHandlers } from './members/handlers';
import { memberIndexListener } from './members/service';
import { documentsFoldListener } from './documents/register';
import { jobHandlers } from './jobs/handlers';
import { Jobs } from './jobs/jobs';
import { membersImportJob } from './members/import-job';
import { createLogger } from './log';
import { getOrg } from './org/org';
import { orgHandlers } from './org/handlers';
import { dataPaths } from './paths';
import { Session } from './session';
import { getSettings } from './settings/settings';
import { settingsHandlers } from './settings/handlers';
import type { CoreOptions } from './types';
import { DEFAULT_KDF, FAST_KDF } from './vault/crypto';
import { vaultHandlers } from './vault/handlers';
import { Vault } from './vault/vault';
import type { Core } from './index';

const AUTO_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
const VERSION = '0.1.0';

export async function createCore(opts: CoreOptions): Promise<Core> {
  const paths = dataPaths(path.resolve(opts.dataDir));
  fs.mkdirSync(paths.root, { recursive: true, mode: 0o700 });
  const log = createLogger(paths.logsDir);
  // Tests may ask for a cheap KDF, but only for throw-away vaults under the temp folder: a real union's vault
  // can never be created with weak key wrapping by a stray environment variable.
  const testKdf = process.env.UNIONDESK_TEST_KDF === 'fast' && paths.root.startsWith(path.resolve(os.tmpdir()) + path.sep);
  const kdf = opts.kdf ?? (testKdf ? FAST_KDF : DEFAULT_KDF);
  const vault = new Vault(paths.vaultFile, kdf, opts.keystore);
  const events = new EventEmitter();
  let session: Session | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const emit = <N extends EventName>(name: N, payload: EventPayload<N>) => events.emit(name, payload);
  // Persistent jobs (issue 8, feed). TODO(merge): kinds come from the modules' jobKinds.
  const jobs = new Jobs((job) => emit('job.progress', job), (err) => toErrorShape(err, log), {
    exclusive,
    session: () => ctx.session(),
  });
  for (const kind of [membersImportJob, ...(opts.jobKinds ?? [])]) jobs.register(kind);

  const ctx: CoreContext = {
    paths,
    vault,
    jobs,
    log,
    version: opts.appVersion ?? VERSION,
    emit,
    exclusive,
    maybeSession: () => session,
    session() {
      if (session) return session;
      if (!vault.exists()) throw new AppError('NOT_INITIALIZED', 'Chưa khởi tạo kho dữ liệu. Hãy chạy thiết lập lần đầu.');
      throw new AppError('LOCKED', 'Kho dữ liệu đang khoá. Hãy mở khoá bằng mật khẩu.');
    },
    async openSession(dataKey, deviceId) {
      if (session) await ctx.closeSession('user');
      const opened = await Session.open(paths.dbFile, dataKey, deviceId, async (db, from, to) => {
        const b = await createBackup(db, paths.backupsDir, 'pre-migration');
        log.info('migration.backup', { from, to, backup: b.name });
      });
      session = opened.session;
      if (opened.migrated.from !== opened.migrated.to) log.info('migrated', { ...opened.migrated });
      scheduleAutoBackup();
      // Change feed (issue 8): derived data listens; an unlock (and so a restore) announces every table changed,
      // which also warms the register's search index. TODO(merge): forward to every module's onChange instead.
      opened.session.changes.onListenerError = (err) => log.error('change.listener', { error: String(err) });
      opened.session.changes.subscribe((change) => memberIndexListener(opened.session, change));
      opened.session.changes.subscribe((change) => documentsFoldListener(opened.session, change));
      opened.session.announceAll();
      await jobs.resume(opened.session).catch((err) => log.error('jobs.resume', { error: String(err) }));
    },
    async closeSession(reason) {
      if (!session) return;
      const s = session;
      session = null;
      await jobs.settle(); // job outcomes being written land before the database closes (issue 8, feed)
      if (reason !== 'restore') jobs.lock(); // results leave memory (issue 8, feed)
      await s.close();
      if (reason !== 'restore') emit('vault.locked', { reason });
    },
  };

  /** One automatic backup a day, made in the background after unlocking; old ones pruned to the setting. */
  function scheduleAutoBackup() {
    const last = listBackups(paths.backupsDir).find((b) => b.kind === 'auto');
    if (last && Date.now() - Date.parse(last.createdAt) < AUTO_BACKUP_EVERY_MS) return;
    jobs.start('backup.auto', () =>
      exclusive(async () => {
        const s = session;
        if (!s) return null;
        const made = await createBackup(s.db, paths.backupsDir, 'auto');
        pruneBackups(paths.backupsDir, 'auto', (await getSettings(s.db)).backupKeep);
        return made;
      }),
    );
  }

  const handlers: Handlers = {
    'app.status': async () => {
      const keystoreAvailable = await vault.keystoreAvailable();
      const state = !vault.exists() ? 'new' : session ? 'unlocked' : 'locked';
      let keystoreEnrolled = false;
      try {
        keystoreEnrolled = state !== 'new' && Boolean(vault.read().keystore);
      } catch {
        /* a broken vault.json is reported by doctor */
      }
      const orgName = session ? ((await getOrg(session.db)).profile?.name ?? null) : null;
      return { state, version: ctx.version, schemaVersion: SCHEMA_VERSION, keystoreAvailable, keystoreEnrolled, orgName };
    },
    ...vaultHandlers,
    ...orgHandlers,
    ...settingsHandlers,
    ...backupHandlers,
    ...jobHandlers,
    ...doctorHandlers,
    ...memberHandlers,
    ...documentHandlers,
  };
  const dispatch = createDispatcher(handlers, ctx, Boolean(process.env.VITEST));
  // Waiting on a job must not hold the queue the job itself needs.
  const UNQUEUED = new Set(['jobs.wait', 'jobs.get', 'app.status']);

  return {
    dataDir: paths.root,
    invoke: (name, input) => (UNQUEUED.has(name) ? dispatch(name, input) : exclusive(() => dispatch(name, input))),
    onEvent(name, cb) {
      events.on(name, cb);
      return () => events.off(name, cb);
    },
    async close() {
      await exclusive(() => ctx.closeSession('user'));
    },
  };
}

import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import type { AppSettings, EventName, EventPayload } from '../shared/contract';
import { AppError, type InvokeResult } from '../shared/errors';
import { assembleModules, forwardChange, type CommandEntry } from './assemble';
import { createBackup, listBackups, pruneBackups } from './backup/backup';
import type { CoreContext } from './context';
import { asReader } from './db/read-scope';
import { createDispatcher, toErrorShape, unknownCommand } from './dispatch';
import { Jobs } from './jobs/jobs';
import { createLogger } from './log';
import { BUILTIN_MODULES } from './modules';
import { dataPaths } from './paths';
import { SessionReads } from './session-reads';
import { Session } from './session';
import { createIdleLock } from './idle-lock';
import { getSettings } from './settings/settings';
import type { CoreOptions } from './types';
import { DEFAULT_KDF, FAST_KDF } from './vault/crypto';
import { Vault } from './vault/vault';
import type { Core } from './index';

const AUTO_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
const VERSION = '0.1.0';

export async function createCore(opts: CoreOptions): Promise<Core> {
  // Throws on a duplicate command, event, table, job kind or migration version, or a handler without a contract
  // entry.
  const assembly = assembleModules([...BUILTIN_MODULES, ...(opts.modules ?? [])]);
  const paths = dataPaths(path.resolve(opts.dataDir));
  fs.mkdirSync(paths.root, { recursive: true, mode: 0o700 });
  const log = createLogger(paths.logsDir);
  // Tests may ask for a cheap KDF, but only for throw-away vaults under the temp folder: a real union's vault
  // can never be created with weak key wrapping by a stray environment variable.
  const testKdf =
    process.env.UNIONDESK_TEST_KDF === 'fast' && paths.root.startsWith(path.resolve(os.tmpdir()) + path.sep);
  const kdf = opts.kdf ?? (testKdf ? FAST_KDF : DEFAULT_KDF);
  const vault = new Vault(paths.vaultFile, kdf, opts.keystore);
  const events = new EventEmitter();
  let session: Session | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const reads = new SessionReads();
  /** Set while a restore has closed the database and not yet reopened it. */
  let restoring: { wait: Promise<void>; done: () => void } | null = null;
  const gate = () => {
    let done!: () => void;
    const wait = new Promise<void>((resolve) => (done = resolve));
    return { wait, done };
  };

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const emit = <N extends EventName>(name: N, payload: EventPayload<N>) => events.emit(name, payload);
  // Every job is a row of the jobs table; the modules' resumable kinds resume after a restart (jobs/jobs.ts).
  const jobs = new Jobs(
    (job) => emit('job.progress', job),
    (err) => toErrorShape(err, log),
    {
      exclusive,
      session: () => ctx.session(),
    },
  );
  for (const kind of assembly.jobKinds.values()) jobs.register(kind);
  const idle = createIdleLock({
    minuteMs: opts.idleMinuteMs ?? 60_000,
    lock: () => exclusive(() => ctx.closeSession('idle')),
    busy: () => jobs.busy(),
    onError: (err) => log.error('idle.lock', { error: String(err) }),
  });

  const ctx: CoreContext = {
    paths,
    vault,
    jobs,
    log,
    version: opts.appVersion ?? VERSION,
    migrations: assembly.migrations,
    schemaVersion: assembly.schemaVersion,
    emit,
    exclusive,
    maybeSession: () => session,
    session() {
      if (session) return session;
      if (!vault.exists())
        throw new AppError('NOT_INITIALIZED', 'Chưa khởi tạo kho dữ liệu. Hãy chạy thiết lập lần đầu.');
      throw new AppError('LOCKED', 'Kho dữ liệu đang khoá. Hãy mở khoá bằng mật khẩu.');
    },
    async openSession(dataKey, deviceId, openOpts = {}) {
      try {
        await open(dataKey, deviceId, openOpts.restored === true);
      } catch (err) {
        if (restoring) {
          // The restore's reopen failed: the app is locked now, and says so.
          jobs.lock();
          emit('vault.locked', { reason: 'restore' });
        }
        throw err;
      } finally {
        restoring?.done();
        restoring = null;
      }
    },
    async closeSession(reason) {
      if (!session) return;
      const s = session;
      session = null;
      idle.disarm();
      // Reads that come while a restore swaps the database wait for it, instead of answering "locked".
      if (reason === 'restore') restoring = gate();
      await reads.drained(); // a read that already holds the session finishes before its database closes
      await jobs.settle(); // job outcomes being written land before the database closes
      if (reason !== 'restore') jobs.lock(); // job results leave memory with the key
      await s.close();
      if (reason !== 'restore') emit('vault.locked', { reason });
    },
  };

  async function open(dataKey: Buffer, deviceId: string, restored: boolean) {
    if (session) await ctx.closeSession('user');
    const backupFirst = async (db: Knex, from: number, to: number) => {
      const b = await createBackup(db, paths.backupsDir, 'pre-migration');
      log.info('migration.backup', { from, to, backup: b.name });
    };
    const opened = await Session.open(
      paths.dbFile,
      dataKey,
      deviceId,
      backupFirst,
      assembly.migrations,
      assembly.localTables,
    );
    const s = opened.session;
    session = s;
    if (opened.migrated.from !== opened.migrated.to) log.info('migrated', { ...opened.migrated });
    scheduleAutoBackup();
    // The change feed: after each COMMIT, whatever wrote the rows, every module's derived data (search index,
    // folded columns) hears of it. An unlock (and so a restore, which reopens) announces every table changed.
    s.changes.onListenerError = (err) => log.error('change.listener', { error: String(err) });
    s.changes.subscribe((change) => forwardChange(assembly.modules, change, ctx));
    s.announceAll();
    for (const m of assembly.modules) {
      try {
        await m.onUnlock?.(ctx);
      } catch (err) {
        // The vault is open either way; a module's warm-up failing must not lock the user out.
        log.error('module.onUnlock', { module: m.name, code: toErrorShape(err, log).code });
      }
    }
    await jobs.resume(s, { restored }).catch((err) => log.error('jobs.resume', { error: String(err) }));
    idle.arm((await getSettings(s.db)).idleLockMinutes);
  }

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

  const dispatch = createDispatcher(Boolean(process.env.VITEST));

  /**
   * A read runs at once, on the session's read-only connection, beside whatever write holds the queue. If it takes
   * the session, closing the session (lock, restore) waits for it to finish.
   */
  async function read(entry: CommandEntry, input: unknown): Promise<InvokeResult<unknown>> {
    if (restoring) await restoring.wait;
    let holds = false;
    const hold = <S extends Session | null>(s: S): S => {
      if (s && !holds) {
        holds = true;
        reads.enter();
      }
      return s;
    };
    const readCtx: CoreContext = {
      ...ctx,
      session: () => hold(ctx.session()),
      maybeSession: () => hold(ctx.maybeSession()),
    };
    try {
      return await asReader(() => dispatch(entry, input, readCtx));
    } finally {
      if (holds) reads.leave();
    }
  }

  return {
    dataDir: paths.root,
    invoke(name, input) {
      const entry = assembly.commands.get(name);
      if (!entry) return Promise.resolve(unknownCommand(name));
      idle.touch(); // any client's command is use, whichever face sent it
      if (name === 'settings.update') {
        return exclusive(() => dispatch(entry, input, ctx)).then((r) => {
          if (r.ok && session) idle.arm((r.value as AppSettings).idleLockMinutes);
          return r;
        });
      }
      if (entry.mode === 'read') return read(entry, input);
      if (entry.mode === 'write') return exclusive(() => dispatch(entry, input, ctx));
      return dispatch(entry, input, ctx); // a job: answers its id at once, its work queues itself
    },
    onEvent(name, cb) {
      events.on(name, cb);
      return () => events.off(name, cb);
    },
    async close() {
      await exclusive(() => ctx.closeSession('user'));
    },
  };
}

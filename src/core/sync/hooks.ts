/**
 * How the job, the timer and the handlers reach the core around a session: the CoreContext that opened it (set at
 * each unlock; several cores may live in one process, e.g. two vaults in a test), the deps of a run, the backup
 * before a download and the `sync.changed` event.
 */
import { AppError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { createBackup } from '../backup/backup';
import type { Session } from '../session';
import type { SyncDeps } from './deps';
import { abortOnLock, syncAttempt, type AttemptOptions } from './engine';
import { syncStatusOf } from './status';

const STOPPED = 'Đồng bộ đã dừng vì kho dữ liệu được khoá hoặc khôi phục.';

const contexts = new WeakMap<Session, CoreContext>();

export function remember(ctx: CoreContext): void {
  contexts.set(ctx.session(), ctx);
}

export function contextOf(s: Session): CoreContext {
  const ctx = contexts.get(s);
  if (!ctx) throw new Error('sync: no core context for this session');
  return ctx;
}

/** Tells the renderer (and any listener) the status after an attempt or a change; a lock meanwhile says nothing. */
export function announce(ctx: CoreContext, s: Session): void {
  void syncStatusOf(s)
    .then((status) => {
      if (ctx.maybeSession() === s) ctx.emit('sync.changed', status);
    })
    .catch(() => undefined);
}

/** Test knobs: a shorter per-request timeout (dropped responses), a shorter minute for the automatic sync. */
export const syncTuning: { timeoutMs?: number; minuteMs: number } = { minuteMs: 60_000 };

/**
 * One attempt for a session of this core. `exclusive` is the write queue, or identity for a caller that holds it;
 * the run stops when the vault locks.
 */
export async function attemptFor(
  ctx: CoreContext,
  s: Session,
  exclusive: SyncDeps['exclusive'],
  extra: Partial<AttemptOptions> & { progress?: SyncDeps['progress'] } = {},
) {
  const watch = abortOnLock(() => ctx.maybeSession(), s);
  const deps: SyncDeps = {
    session: () => {
      if (ctx.maybeSession() !== s) ctx.session(); // LOCKED
      if (ctx.maybeSession() !== s) throw new AppError('INTERRUPTED', STOPPED);
      return s;
    },
    exclusive,
    signal: watch.signal,
    log: ctx.log,
    timeoutMs: syncTuning.timeoutMs,
    progress: extra.progress,
  };
  try {
    return await syncAttempt(deps, {
      schemaVersion: ctx.schemaVersion,
      backup: async () => {
        const made = await exclusive(() => createBackup(s.db, ctx.paths.backupsDir, 'pre-restore'));
        ctx.log.info('sync.backupBeforeDownload', { backup: made.name });
      },
      changed: () => announce(ctx, s),
      ...extra,
    });
  } finally {
    watch.stop();
  }
}

/**
 * One sync attempt: push, then pull (or the first sync of a new registration), never two at once for one vault
 * (the job, the timer and `sync.register` share one lock per session), stopped when the vault locks. Every attempt
 * ends with `last_sync_at` or `last_error` written and `sync.changed` emitted.
 */
import type { SyncResult, SyncStatus, FirstSyncChoice } from '../../shared/sync-contract';
import type { Rejection } from '../../shared/sync-protocol';
import { AppError, type AppErrorShape } from '../../shared/errors';
import type { Session } from '../session';
import type { Counts, RunContext, SyncDeps } from './deps';
import { firstSync, type FirstSyncHooks } from './first-sync';
import { SyncHttp } from './http';
import { checkReferences, pull } from './pull';
import { push } from './push';
import { isRegistered, readState, writeState, type SyncState } from './state';

const running = new WeakMap<Session, Promise<unknown>>();

/** Whether a sync of this vault runs now (status' `running`). */
export const isSyncing = (s: Session): boolean => running.has(s);

export const ALREADY_SYNCING = 'Máy đang đồng bộ. Hãy thử lại khi lần đồng bộ này xong.';

/**
 * Runs `work` after any sync of this session already running: never two at once. `wait: false` refuses instead
 * (a caller holding the write queue would wait forever on a sync that waits for the queue).
 */
export async function oneAtATime<T>(s: Session, work: () => Promise<T>, wait = true): Promise<T> {
  if (!wait && running.has(s)) throw new AppError('CONFLICT', ALREADY_SYNCING);
  for (let prior = running.get(s); prior; prior = running.get(s)) await prior.catch(() => undefined);
  const p = work();
  running.set(s, p);
  try {
    return await p;
  } finally {
    if (running.get(s) === p) running.delete(s);
  }
}

export const NOT_REGISTERED =
  'Máy này chưa đăng ký với máy chủ đồng bộ. Hãy đăng ký bằng mã một lần của công đoàn cấp trên.';

export interface AttemptOptions extends FirstSyncHooks {
  /** For the first sync: what to do when both sides hold data. */
  choice?: FirstSyncChoice;
  /** After the attempt, success or not. */
  changed?: () => void;
  /** The caller holds the write queue (a `write` command): refuse rather than wait for a running sync. */
  holdsQueue?: boolean;
  /** Before the attempt, inside the lock (registering). */
  prepare?: () => Promise<void>;
}

/** A run with the registered server, its token read here and given to the HTTP client only. */
export function openRun(deps: SyncDeps, state: SyncState): RunContext {
  if (!isRegistered(state)) throw new AppError('VALIDATION', NOT_REGISTERED);
  const http = new SyncHttp({
    server: state.serverUrl,
    token: state.token,
    signal: deps.signal,
    timeoutMs: deps.timeoutMs,
  });
  return {
    deps,
    http,
    deviceId: state.deviceId,
    counts: { pushed: 0, pulled: 0, conflicts: 0 },
    refused: [],
    tombstones: 0,
  };
}

/** One attempt (decision 4–7): the first sync if the registration has not had one, else push then pull. */
export async function syncAttempt(deps: SyncDeps, opts: AttemptOptions): Promise<SyncResult> {
  const s = deps.session();
  return oneAtATime(s, () => attempt(deps, opts), !opts.holdsQueue);
}

async function attempt(deps: SyncDeps, opts: AttemptOptions): Promise<SyncResult> {
  try {
    await opts.prepare?.();
    const state = await readState(deps.session().db);
    const run = openRun(deps, state);
    if (state.lastSyncAt === null) {
      const server = await run.http.state();
      await firstSync(run, server, opts.choice, opts);
    } else {
      await push(run, opts.schemaVersion);
      await pull(run);
    }
    if (run.tombstones > 0) {
      // The pull re-keyed rows this PC had sent: the server's copies under the old ids go now, not next time.
      run.tombstones = 0;
      await push(run, opts.schemaVersion);
      await pull(run);
    }
    if (run.counts.pulled > 0) await checkReferences(run);
    await deps.exclusive(() =>
      writeState(deps.session().db, deps.session().record, { lastSyncAt: new Date().toISOString(), lastError: null }),
    );
    deps.log?.info('sync.done', { ...run.counts });
    if (run.refused.length > 0) throw refusedError(run.refused);
    return resultOf(run.counts);
  } catch (err) {
    await noteFailure(deps, err);
    throw err;
  } finally {
    opts.changed?.();
  }
}

/** Changes the server refused (another CĐCS's ids, an entity it does not sync): never dropped in silence. */
function refusedError(refused: Rejection[]): AppError {
  const codes = [...new Set(refused.map((r) => r.code))];
  return new AppError('SYNC_REFUSED', `Máy chủ từ chối ${refused.length} thay đổi của máy này: ${refused[0].message}`, {
    codes,
    count: refused.length,
  });
}

const resultOf = (c: Counts): SyncResult => ({ pushed: c.pushed, pulled: c.pulled, conflicts: c.conflicts });

/** The failure, for the status (code and Vietnamese message; never the token, never the data). */
async function noteFailure(deps: SyncDeps, err: unknown): Promise<void> {
  const e = err instanceof AppError ? (err.toJSON() as AppErrorShape) : { code: 'INTERNAL', message: String(err) };
  deps.log?.warn('sync.failed', { code: e.code });
  if (e.code === 'INTERRUPTED' || e.code === 'VALIDATION' || !(err instanceof AppError)) return;
  try {
    const s = deps.session();
    await deps.exclusive(() =>
      writeState(s.db, s.record, { lastError: { code: e.code, message: e.message, at: new Date().toISOString() } }),
    );
  } catch {
    /* locked meanwhile: the error is the caller's to report */
  }
}

/**
 * Aborts the run's requests once the vault it started on is locked or restored (the core has no lock hook: the
 * session is watched while the run lasts).
 */
export function abortOnLock(current: () => Session | null, started: Session): { signal: AbortSignal; stop(): void } {
  const ctl = new AbortController();
  const timer = setInterval(() => {
    if (current() !== started) ctl.abort();
  }, 250);
  timer.unref();
  return { signal: ctl.signal, stop: () => clearInterval(timer) };
}

export type { SyncStatus };

/** Đồng bộ's handlers: the registration, the sync job, the settings, the conflicts. The token never leaves the core. */
import os from 'node:os';
import { AppError } from '../../shared/errors';
import type { CoreContext, HandlerMap } from '../context';
import { audit } from '../audit/audit';
import { scheduleAuto } from './auto';
import { listConflicts, resolveConflict } from './conflicts';
import { ALREADY_SYNCING, isSyncing } from './engine';
import { announce, attemptFor } from './hooks';
import { SyncHttp } from './http';
import { SYNC_JOB_KIND } from './job';
import { UNSENT } from './outbox';
import { clearRegistration, isRegistered, readState, writeState } from './state';
import { syncStatusOf } from './status';

type Names =
  | 'sync.status'
  | 'sync.register'
  | 'sync.now'
  | 'sync.settings'
  | 'sync.conflicts'
  | 'sync.resolve'
  | 'sync.unregister';

const identity = <T>(work: () => Promise<T>) => work();

/**
 * Registers with the one-time code, unless this PC is already registered with that server and its first sync is
 * still to be chosen (SYNC_CHOICE kept the registration: the code was used, the choice is simply given again).
 */
async function registerIfNeeded(ctx: CoreContext, server: string, code: string, deviceName: string): Promise<void> {
  const s = ctx.session();
  const state = await readState(s.db);
  if (isRegistered(state) && state.serverUrl === server && state.lastSyncAt === null) return;
  const http = new SyncHttp({ server });
  const reg = await http.register(code, deviceName);
  await s.db.transaction(async (trx) => {
    await writeState(trx, s.record, {
      serverUrl: server,
      orgId: reg.org.id,
      orgName: reg.org.name,
      deviceId: reg.deviceId,
      token: reg.token,
      cursor: 0,
      lastMutationId: 0,
      lastSyncAt: null,
      lastError: null,
      renumber: false,
    });
    // A new device on the server: its numbering starts at 1 again.
    await trx('outbox').whereRaw(UNSENT).update({ mutation_id: null });
    await audit(trx, s.record, 'sync.register', undefined, { org: reg.org.name });
  });
  ctx.log.info('sync.registered');
}

export const syncHandlers: HandlerMap<Names> = {
  'sync.status': async (_input, ctx) => syncStatusOf(ctx.session()),

  'sync.register': async ({ server, code, choice, deviceName }, ctx) => {
    const s = ctx.session();
    const url = server.replace(/\/+$/, '');
    // Inside the write queue already (a `write` command): the run's writes must not queue behind itself.
    const result = await attemptFor(ctx, s, identity, {
      choice,
      holdsQueue: true,
      // The upper level's device list names the PC: its own name unless the user gave one.
      prepare: () => registerIfNeeded(ctx, url, code, deviceName || os.hostname()),
    });
    await scheduleAuto(ctx);
    const state = await readState(s.db);
    return { orgName: state.orgName ?? '', deviceId: state.deviceId ?? '', result };
  },

  'sync.now': async (_input, ctx) => {
    ctx.session();
    return { jobId: await ctx.jobs.run(SYNC_JOB_KIND, {}) };
  },

  'sync.settings': async ({ autoMinutes }, ctx) => {
    const s = ctx.session();
    await writeState(s.db, s.record, { autoMinutes });
    await scheduleAuto(ctx);
    const status = await syncStatusOf(s);
    ctx.emit('sync.changed', status);
    return status;
  },

  'sync.conflicts': async (_input, ctx) => listConflicts(ctx.session().db),

  'sync.resolve': async ({ id, action }, ctx) => {
    const s = ctx.session();
    const { number } = await s.db.transaction((trx) => resolveConflict(trx, s.record, id, action));
    announce(ctx, s);
    return { ok: true as const, ...(number ? { number } : {}) };
  },

  'sync.unregister': async (_input, ctx) => {
    const s = ctx.session();
    if (isSyncing(s)) throw new AppError('CONFLICT', ALREADY_SYNCING);
    await s.db.transaction(async (trx) => {
      await clearRegistration(trx, s.record);
      await audit(trx, s.record, 'sync.unregister');
    });
    await scheduleAuto(ctx);
    const status = await syncStatusOf(s);
    ctx.emit('sync.changed', status);
    return status;
  },
};

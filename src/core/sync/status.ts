/** What `sync.status` and the `sync.changed` event say (decision 8): never the token. */
import type { SyncStatus } from '../../shared/sync-contract';
import type { Session } from '../session';
import { openConflictCount } from './conflicts';
import { isSyncing } from './engine';
import { UNSENT } from './outbox';
import { isRegistered, readState } from './state';

export async function pendingCount(db: Session['db']): Promise<number> {
  const r = (await db('outbox').whereRaw(UNSENT).count({ n: '*' }).first()) as { n: number };
  return Number(r.n);
}

export async function syncStatusOf(s: Session): Promise<SyncStatus> {
  const db = s.db;
  const state = await readState(db);
  const registered = isRegistered(state);
  return {
    registered,
    server: registered ? state.serverUrl : null,
    orgName: registered ? state.orgName : null,
    deviceId: registered ? state.deviceId : null,
    lastSyncAt: state.lastSyncAt,
    pending: await pendingCount(db),
    conflicts: await openConflictCount(db),
    autoMinutes: state.autoMinutes,
    running: isSyncing(s),
    lastError: state.lastError,
  };
}

/**
 * Đồng bộ in the fake core: this PC's registration, the counts, the conflicts, and what the server would answer
 * (`state.sync.server`: an AppError to fail with, SYNC_CHOICE when both sides hold data and no choice is given).
 * Held to the contract like the other fakes; `sync.changed` is sent after every attempt, as the real core does.
 */
import type { JobInfo } from '../../src/shared/contract';
import type { SyncConflict, SyncResult, SyncStatus } from '../../src/shared/sync-contract';
import { AppError } from '../../src/shared/errors';
import type { FakeHandlers } from './fakeContract';

export interface FakeSyncState {
  status: SyncStatus;
  conflicts: SyncConflict[];
  /** The number the next 'renumber' gives, as the core says it back. */
  nextNumber: string;
  /** The server's side: the CĐCS it holds a code for, whether it has data, the next run's counts, or a failure. */
  server: {
    orgName: string;
    hasData: boolean;
    localHasData: boolean;
    result: SyncResult;
    fail: AppError | null;
  };
}

export const NOT_REGISTERED: SyncStatus = {
  registered: false,
  server: null,
  orgName: null,
  deviceId: null,
  lastSyncAt: null,
  pending: 0,
  conflicts: 0,
  autoMinutes: 0,
  running: false,
  lastError: null,
};

export function fakeSyncState(init: Partial<FakeSyncState> = {}): FakeSyncState {
  return {
    status: { ...NOT_REGISTERED },
    conflicts: [],
    nextNumber: '07/TB-CĐCS',
    server: {
      orgName: 'Công đoàn cơ sở Công ty TNHH May Hà Đông',
      hasData: false,
      localHasData: false,
      result: { pushed: 0, pulled: 0, conflicts: 0 },
      fail: null,
    },
    ...init,
  };
}

interface Seams {
  needOpen: () => void;
  nextJobId: () => string;
  jobs: Map<string, JobInfo>;
  emit: (name: 'sync.changed', payload: SyncStatus) => void;
}

const NOW = () => new Date().toISOString();

export function syncHandlers(sync: FakeSyncState, { needOpen, nextJobId, jobs, emit }: Seams): FakeHandlers {
  const changed = () => {
    sync.status.conflicts = sync.conflicts.length;
    emit('sync.changed', { ...sync.status });
    return { ...sync.status };
  };
  const failed = (err: AppError) => {
    sync.status.lastError = { code: err.code, message: err.message, at: NOW() };
    changed();
    return err;
  };
  const synced = () => {
    sync.status = { ...sync.status, lastSyncAt: NOW(), pending: 0, lastError: null };
    changed();
    return { ...sync.server.result };
  };
  return {
    'sync.status': () => {
      needOpen();
      return { ...sync.status, conflicts: sync.conflicts.length };
    },
    'sync.register': (i) => {
      needOpen();
      if (sync.server.fail) throw failed(sync.server.fail);
      const again = sync.status.registered && sync.status.server === i.server;
      if (!again) {
        // The one code the fake server issued; the status never holds it.
        if (i.code.replace('-', '') !== 'ABCDE23456') throw new AppError('SYNC_AUTH', 'Mã đăng ký không hợp lệ.');
        sync.status = { ...sync.status, registered: true, server: i.server, orgName: sync.server.orgName };
        sync.status.deviceId = '01930000-0000-7000-8000-000000000001';
      }
      if (sync.server.hasData && sync.server.localHasData && !i.choice)
        throw failed(new AppError('SYNC_CHOICE', 'Cần chọn: --upload, --download hoặc --merge.'));
      return { orgName: sync.server.orgName, deviceId: sync.status.deviceId!, result: synced() };
    },
    'sync.now': () => {
      needOpen();
      if (!sync.status.registered) throw new AppError('VALIDATION', 'Máy này chưa đăng ký đồng bộ.');
      const id = nextJobId();
      const fail = sync.server.fail;
      if (fail) failed(fail);
      jobs.set(id, {
        id,
        kind: 'sync',
        state: 'running',
        done: 0,
        total: 2,
        ...(fail ? { error: fail.toJSON() } : { result: synced() }),
      });
      return { jobId: id };
    },
    'sync.settings': (i) => {
      needOpen();
      sync.status.autoMinutes = i.autoMinutes;
      return changed();
    },
    'sync.conflicts': () => {
      needOpen();
      return sync.conflicts.map((c) => ({ ...c }));
    },
    'sync.resolve': (i) => {
      needOpen();
      const c = sync.conflicts.find((x) => x.id === i.id);
      if (!c) throw new AppError('NOT_FOUND', 'Không có xung đột này.');
      if (i.action === 'restore') {
        if (c.kind !== 'copy') throw new AppError('VALIDATION', 'Chỉ khôi phục được bản sao văn bản.');
        sync.status.pending += 1;
      }
      if (i.action === 'renumber') {
        if (c.kind !== 'number') throw new AppError('VALIDATION', 'Chỉ đánh số lại được khi số đã được máy khác dùng.');
        sync.status.pending += 1;
      }
      sync.conflicts = sync.conflicts.filter((x) => x !== c);
      changed();
      return i.action === 'renumber' ? { ok: true as const, number: sync.nextNumber } : { ok: true as const };
    },
    'sync.unregister': () => {
      needOpen();
      sync.status = { ...NOT_REGISTERED, pending: sync.status.pending };
      return changed();
    },
  };
}

export const FAKE_SERVER = 'https://dongbo.ldld-hanoi.vn';

/** A PC registered with FAKE_SERVER, last synced at 09:05 local time on 07/12/2026, 4 changes waiting. */
export function registeredSync(over: Partial<SyncStatus> = {}): FakeSyncState {
  const sync = fakeSyncState();
  sync.status = {
    ...NOT_REGISTERED,
    registered: true,
    server: FAKE_SERVER,
    orgName: sync.server.orgName,
    deviceId: '01930000-0000-7000-8000-000000000001',
    lastSyncAt: new Date(2026, 11, 7, 9, 5).toISOString(),
    pending: 4,
    ...over,
  };
  return sync;
}

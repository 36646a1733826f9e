/**
 * A small in-memory stand-in for the core, used ONLY at the transport seam of component tests:
 * it speaks the same RawApi (invoke/onEvent, InvokeResult errors) as the real core, and its handlers, inputs,
 * answers and events are held to the contract (fakeContract.ts).
 */
import type { RawApi } from '../../src/shared/api';
import type {
  AppSettings,
  BackupInfo,
  CommandName,
  EventName,
  EventPayload,
  JobInfo,
  OrgProfile,
  UpperLevelRecord,
} from '../../src/shared/contract';
import { AppError } from '../../src/shared/errors';
import type { ImportReport, Member, StatusEvent, Unit } from '../../src/shared/members-contract';
import { answer, checkedEvent, type FakeHandlers } from './fakeContract';
import { EMPTY_IMPORT, memberHandlers } from './fakeMembers';
import { overviewOf } from './fakeOverview';
import { fakeSyncState, syncHandlers, type FakeSyncState } from './fakeSync';

export { EMPTY_IMPORT, makeMember } from './fakeMembers';

export interface FakeCore {
  raw: RawApi;
  calls: { name: string; input: unknown }[];
  callsOf(name: CommandName): unknown[];
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  /** Replace or add handlers (e.g. to inject an error). */
  handlers: FakeHandlers;
  state: {
    vault: 'new' | 'locked' | 'unlocked';
    passphrase: string;
    recoveryKey: string;
    keystoreAvailable: boolean;
    keystoreEnrolled: boolean;
    profile: OrgProfile | null;
    upperLevels: UpperLevelRecord[];
    settings: AppSettings;
    backups: BackupInfo[];
    jobs: Map<string, JobInfo>;
    members: Member[];
    history: Map<string, StatusEvent[]>;
    units: Unit[];
    /** What a members.importData job reports (or the error it fails with). */
    importPlan: (input: {
      fileName: string;
      dryRun: boolean;
      mapping?: Record<string, string>;
      skipFlagged?: boolean;
    }) => ImportReport | AppError;
    /** Đồng bộ: not registered unless a test says otherwise (fakeSync.ts). */
    sync: FakeSyncState;
  };
}

export const EMPTY_PROFILE: OrgProfile = {
  name: '',
  shortName: '',
  enterprise: '',
  address: '',
  place: '',
  upperLevelName: '',
  upperLevelType: null,
  chairName: '',
  term: '',
  email: '',
  phone: '',
  workerCount: null,
};

export function createFakeCore(init: Partial<FakeCore['state']> = {}): FakeCore {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const calls: FakeCore['calls'] = [];
  const state: FakeCore['state'] = {
    vault: 'new',
    passphrase: '',
    recoveryKey: 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567',
    keystoreAvailable: false,
    keystoreEnrolled: false,
    profile: null,
    upperLevels: [],
    settings: {
      backupKeep: 10,
      documentTexts: { employer: 'Ban Giám đốc Công ty', charterGuidance: 'Hướng dẫn thi hành Điều lệ' },
      idleLockMinutes: 15,
      emailOptInRequired: false,
      meetingQuorum: {
        congress: 'twoThirds',
        bch: 'twoThirds',
        standing: 'twoThirds',
        'workers-conference': 'none',
        group: 'none',
        other: 'none',
      },
      duesCdcsPercent: 70,
      duesArrearsLevels: [
        { months: 6, label: 'Khiển trách' },
        { months: 9, label: 'Cảnh cáo' },
        { months: 12, label: 'Khai trừ' },
      ],
      duesLedgerStart: null,
      fundsSigners: { accountant: '', cashier: '' },
    },
    backups: [],
    jobs: new Map(),
    members: [],
    history: new Map(),
    units: [],
    importPlan: ({ dryRun }) => ({ ...EMPTY_IMPORT, dryRun }),
    sync: fakeSyncState(),
    ...init,
  };
  const needOpen = () => {
    if (state.vault === 'new') throw new AppError('NOT_INITIALIZED', 'Chưa khởi tạo');
    if (state.vault === 'locked') throw new AppError('LOCKED', 'Đang khoá');
  };
  const emit = (name: string, payload: unknown) => {
    if (!checkedEvent(name, payload)) return;
    for (const cb of listeners.get(name) ?? []) cb(payload);
  };
  let jobSeq = 0;
  const nextJobId = () => `job-${++jobSeq}`;
  const handlers: FakeHandlers = {
    'app.status': () => ({
      state: state.vault,
      version: '0.1.0',
      schemaVersion: 1,
      keystoreAvailable: state.keystoreAvailable,
      keystoreEnrolled: state.keystoreEnrolled,
      orgName: state.vault === 'unlocked' ? (state.profile?.name ?? null) : null,
    }),
    'vault.create': (i) => {
      if (state.vault !== 'new') throw new AppError('ALREADY_INITIALIZED', 'Đã khởi tạo');
      state.passphrase = i.passphrase;
      state.keystoreEnrolled = !!i.useKeystore;
      state.vault = 'unlocked';
      return { recoveryKey: state.recoveryKey };
    },
    'vault.unlock': (i) => {
      if (i.passphrase !== state.passphrase) throw new AppError('WRONG_SECRET', 'Sai mật khẩu');
      state.vault = 'unlocked';
      return { ok: true };
    },
    'vault.unlockWithKeystore': () => {
      if (!state.keystoreEnrolled) throw new AppError('KEYSTORE_UNAVAILABLE', 'Không có');
      state.vault = 'unlocked';
      return { ok: true };
    },
    'vault.recover': (i) => {
      if (i.recoveryKey !== state.recoveryKey) throw new AppError('WRONG_SECRET', 'Sai khoá khôi phục');
      state.passphrase = i.newPassphrase;
      state.vault = 'unlocked';
      return { ok: true };
    },
    'vault.lock': () => {
      state.vault = 'locked';
      return { ok: true };
    },
    'vault.changePassphrase': (i) => {
      needOpen();
      if (i.currentPassphrase !== state.passphrase) throw new AppError('WRONG_SECRET', 'Sai mật khẩu');
      state.passphrase = i.newPassphrase;
      return { ok: true };
    },
    'vault.setKeystore': (i) => {
      state.keystoreEnrolled = i.enabled;
      return { ok: true };
    },
    'org.get': () => {
      needOpen();
      return { profile: state.profile, upperLevels: state.upperLevels };
    },
    'org.update': (i) => {
      needOpen();
      state.profile = { ...EMPTY_PROFILE, ...state.profile, ...i };
      return state.profile;
    },
    'settings.get': () => state.settings,
    'settings.update': (i) => (state.settings = { ...state.settings, ...i }),
    'backup.list': () => {
      needOpen();
      return state.backups;
    },
    'backup.create': () => {
      needOpen();
      const id = nextJobId();
      state.jobs.set(id, { id, kind: 'backup', state: 'running', done: 0, total: 2 });
      return { jobId: id };
    },
    'backup.restore': (i) => {
      needOpen();
      const id = nextJobId();
      const from = 'file' in i ? i.file : 'upload';
      state.jobs.set(id, { id, kind: 'restore', state: 'running', done: 0, total: 2, result: { file: from } });
      return { jobId: id };
    },
    'jobs.get': (i) => {
      const job = state.jobs.get(i.jobId);
      if (!job) throw new AppError('NOT_FOUND', 'Không có');
      return job;
    },
    'jobs.wait': async (i) => {
      const job = state.jobs.get(i.jobId);
      if (!job) throw new AppError('NOT_FOUND', 'Không có');
      emit('job.progress', { ...job, done: 1 });
      await new Promise((r) => setTimeout(r, 10));
      const final: JobInfo = { ...job, state: job.error ? 'failed' : 'done', done: 2 };
      state.jobs.set(job.id, final);
      if (job.kind === 'backup') {
        state.backups.push({
          name: `backup-${job.id}.udbak`,
          kind: 'manual',
          createdAt: '2026-02-05T08:09:00',
          size: 1536 * 1024,
        });
      }
      emit('job.progress', final);
      return final;
    },
    'doctor.run': () => ({
      ok: true,
      checks: [
        {
          name: 'integrity',
          ok: true,
          state: 'ok',
          summary: 'Dữ liệu không có chỗ nào bị hỏng.',
          detail: 'PRAGMA integrity_check: ok',
          facts: {},
        },
      ],
    }),
    'overview.get': (i) => overviewOf(state, i.asOf ?? '2026-12-07'),
    ...memberHandlers(state, { needOpen, nextJobId }),
    ...syncHandlers(state.sync, { needOpen, nextJobId, jobs: state.jobs, emit }),
  };
  const raw: RawApi = {
    invoke(name, input) {
      calls.push({ name, input });
      return answer(handlers, name, input);
    },
    onEvent(name, cb) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(cb);
      return () => set.delete(cb);
    },
  };
  return {
    raw,
    calls,
    callsOf: (name) => calls.filter((c) => c.name === name).map((c) => c.input),
    emit,
    handlers,
    state,
  };
}

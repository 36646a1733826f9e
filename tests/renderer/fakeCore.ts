/**
 * A small in-memory stand-in for the core, used ONLY at the transport seam of component tests:
 * it speaks the same RawApi (invoke/onEvent, InvokeResult errors) as the real core.
 */
import type { RawApi } from '../../src/shared/api';
import type { AppSettings, BackupInfo, CommandName, JobInfo, OrgProfile, UpperLevelRecord } from '../../src/shared/contract';
import { AppError, type InvokeResult } from '../../src/shared/errors';
import type { ImportReport, Member, MemberStatus, StatusEvent, Unit } from '../../src/shared/members-contract';
import { NEXT_STATUSES } from '../../src/shared/members-contract';
import { foldedWords, foldVi } from '../../src/shared/text/fold';
import { STATUS_LABELS } from '../../src/shared/text/format';
import { compareNames, splitName } from '../../src/shared/text/names';

type Handler = (input: any) => unknown;

export interface FakeCore {
  raw: RawApi;
  calls: { name: string; input: unknown }[];
  callsOf(name: CommandName): unknown[];
  emit(name: string, payload: unknown): void;
  /** Replace or add handlers (e.g. to inject an error). */
  handlers: Partial<Record<CommandName, Handler>>;
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
    importPlan: (input: { fileName: string; dryRun: boolean; mapping?: Record<string, string> }) => ImportReport | AppError;
  };
}

let memberSeq = 0;

/** A complete Member record with every optional field empty. */
export function makeMember(fields: Partial<Member> & { fullName: string }): Member {
  const parts = splitName(fields.fullName);
  return {
    id: `m-${++memberSeq}`,
    familyName: parts.familyName,
    middleName: parts.middleName,
    givenName: parts.givenName,
    gender: null,
    dateOfBirth: null,
    ethnicity: null,
    religion: null,
    nationality: null,
    idNumber: null,
    hometown: null,
    address: null,
    phone: null,
    email: null,
    zalo: null,
    education: null,
    qualifications: null,
    partyMember: null,
    employeeCode: null,
    unit: null,
    unitId: null,
    jobTitle: null,
    contractType: null,
    startedOn: null,
    duesSalary: null,
    hazardousWork: null,
    memberCode: null,
    cardNumber: null,
    cardType: null,
    cardDate: null,
    joinedOn: null,
    emailConsent: null,
    notes: null,
    status: 'active',
    position: null,
    positions: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

export const EMPTY_IMPORT: ImportReport = {
  imported: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
  converted: [],
  dryRun: true,
  headerRow: 1,
  mapping: {},
  headers: {},
  unmapped: [],
};

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
    settings: { backupKeep: 10, emailOptInRequired: false },
    backups: [],
    jobs: new Map(),
    members: [],
    history: new Map(),
    units: [],
    importPlan: ({ dryRun }) => ({ ...EMPTY_IMPORT, dryRun }),
    ...init,
  };
  let unitSeq = 0;
  const memberById = (id: string) => {
    const m = state.members.find((x) => x.id === id);
    if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.');
    return m;
  };
  const unitFor = (name: string | null | undefined) => {
    if (!name) return null;
    let u = state.units.find((x) => foldVi(x.name) === foldVi(name));
    if (!u) state.units.push((u = { id: `u-new-${++unitSeq}`, name, parentId: null, memberCount: 0 }));
    return u.id;
  };
  const matches = (m: Member, q: string | undefined) => {
    if (!q?.trim()) return true;
    const words = foldedWords(m.fullName);
    const ids = [m.idNumber, m.phone, m.cardNumber, m.memberCode, m.email].filter(Boolean).map((x) => foldVi(String(x)));
    return foldVi(q)
      .split(' ')
      .every((w) => words.some((x) => x.startsWith(w)) || ids.some((x) => x.startsWith(w)));
  };
  const needOpen = () => {
    if (state.vault === 'new') throw new AppError('NOT_INITIALIZED', 'Chưa khởi tạo');
    if (state.vault === 'locked') throw new AppError('LOCKED', 'Đang khoá');
  };
  const emit = (name: string, payload: unknown) => {
    for (const cb of listeners.get(name) ?? []) cb(payload);
  };
  let jobSeq = 0;
  const handlers: FakeCore['handlers'] = {
    'app.status': () => ({
      state: state.vault,
      version: '0.1.0',
      schemaVersion: 1,
      keystoreAvailable: state.keystoreAvailable,
      keystoreEnrolled: state.keystoreEnrolled,
      orgName: state.vault === 'unlocked' ? (state.profile?.name ?? null) : null,
    }),
    'vault.create': (i: { passphrase: string; useKeystore?: boolean }) => {
      if (state.vault !== 'new') throw new AppError('ALREADY_INITIALIZED', 'Đã khởi tạo');
      if (i.passphrase.length < 8) throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ', [{ path: ['passphrase'], message: 'Mật khẩu cần ít nhất 8 ký tự' }]);
      state.passphrase = i.passphrase;
      state.keystoreEnrolled = !!i.useKeystore;
      state.vault = 'unlocked';
      return { recoveryKey: state.recoveryKey };
    },
    'vault.unlock': (i: { passphrase: string }) => {
      if (i.passphrase !== state.passphrase) throw new AppError('WRONG_SECRET', 'Sai mật khẩu');
      state.vault = 'unlocked';
      return { ok: true };
    },
    'vault.unlockWithKeystore': () => {
      if (!state.keystoreEnrolled) throw new AppError('KEYSTORE_UNAVAILABLE', 'Không có');
      state.vault = 'unlocked';
      return { ok: true };
    },
    'vault.recover': (i: { recoveryKey: string; newPassphrase: string }) => {
      if (i.recoveryKey !== state.recoveryKey) throw new AppError('WRONG_SECRET', 'Sai khoá khôi phục');
      state.passphrase = i.newPassphrase;
      state.vault = 'unlocked';
      return { ok: true };
    },
    'vault.lock': () => {
      state.vault = 'locked';
      return { ok: true };
    },
    'vault.changePassphrase': (i: { currentPassphrase: string; newPassphrase: string }) => {
      needOpen();
      if (i.currentPassphrase !== state.passphrase) throw new AppError('WRONG_SECRET', 'Sai mật khẩu');
      state.passphrase = i.newPassphrase;
      return { ok: true };
    },
    'vault.setKeystore': (i: { enabled: boolean }) => {
      state.keystoreEnrolled = i.enabled;
      return { ok: true };
    },
    'org.get': () => {
      needOpen();
      return { profile: state.profile, upperLevels: state.upperLevels };
    },
    'org.update': (i: Partial<OrgProfile>) => {
      needOpen();
      state.profile = { ...EMPTY_PROFILE, ...state.profile, ...i };
      return state.profile;
    },
    'settings.get': () => state.settings,
    'settings.update': (i: Partial<AppSettings>) => (state.settings = { ...state.settings, ...i }),
    'backup.list': () => {
      needOpen();
      return state.backups;
    },
    'backup.create': () => {
      needOpen();
      const id = `job-${++jobSeq}`;
      state.jobs.set(id, { id, kind: 'backup', state: 'running', done: 0, total: 2 });
      return { jobId: id };
    },
    'backup.restore': (i: { file: string }) => {
      needOpen();
      const id = `job-${++jobSeq}`;
      state.jobs.set(id, { id, kind: 'restore', state: 'running', done: 0, total: 2, result: { file: i.file } });
      return { jobId: id };
    },
    'jobs.get': (i: { jobId: string }) => state.jobs.get(i.jobId),
    'jobs.wait': async (i: { jobId: string }) => {
      const job = state.jobs.get(i.jobId);
      if (!job) throw new AppError('NOT_FOUND', 'Không có');
      emit('job.progress', { ...job, done: 1 });
      await new Promise((r) => setTimeout(r, 10));
      const final: JobInfo = { ...job, state: job.error ? 'failed' : 'done', done: 2 };
      state.jobs.set(job.id, final);
      if (job.kind === 'backup') {
        state.backups.push({ name: `backup-${job.id}.udbak`, path: `/data/backups/backup-${job.id}.udbak`, kind: 'manual', createdAt: '2026-02-05T08:09:00', size: 1536 * 1024 });
      }
      emit('job.progress', final);
      return final;
    },
    'doctor.run': () => ({ ok: true, checks: [{ name: 'integrity', ok: true, detail: 'ok' }] }),
    'members.list': (i: { query?: string; status?: MemberStatus[]; unitId?: string; gender?: string; offset?: number; limit?: number }) => {
      needOpen();
      const all = state.members
        .filter((m) => matches(m, i.query))
        .filter((m) => !i.status?.length || i.status.includes(m.status))
        .filter((m) => !i.unitId || m.unitId === i.unitId)
        .filter((m) => !i.gender || m.gender === i.gender)
        .sort(compareNames);
      const offset = i.offset ?? 0;
      return { total: all.length, items: all.slice(offset, offset + (i.limit || all.length)) };
    },
    'members.get': (i: { id: string }) => ({ member: memberById(i.id), history: state.history.get(i.id) ?? [] }),
    'members.add': (i: Partial<Member> & { fullName: string; event?: string; eventDate?: string; eventRef?: string }) => {
      const { event, eventDate, eventRef, ...fields } = i;
      const m = makeMember({ ...fields, unitId: unitFor(fields.unit) });
      state.members.push(m);
      state.history.set(m.id, [
        { id: `e-${m.id}`, event: (event ?? 'admitted') as StatusEvent['event'], fromStatus: null, toStatus: 'active', date: eventDate ?? '2026-01-01', reason: null, ref: eventRef ?? null },
      ]);
      return m;
    },
    'members.update': (i: Partial<Member> & { id: string }) => {
      const m = memberById(i.id);
      Object.assign(m, i, i.unit !== undefined ? { unitId: unitFor(i.unit) } : {}, { updatedAt: new Date().toISOString() });
      if (i.fullName && i.givenName === undefined) Object.assign(m, splitName(i.fullName));
      return { ...m };
    },
    'members.setStatus': (i: { id: string; status: MemberStatus; date: string; reason: string; ref?: string }) => {
      const m = memberById(i.id);
      const events = state.history.get(m.id) ?? [];
      const last = events.at(-1)?.date;
      if (last && i.date < last) throw new AppError('VALIDATION', 'Ngày sớm hơn', [{ path: ['date'], message: 'Ngày sớm hơn lần thay đổi trước' }]);
      if (!NEXT_STATUSES[m.status].includes(i.status))
        throw new AppError('CONFLICT', `Không thể chuyển trạng thái từ "${STATUS_LABELS[m.status]}" sang "${STATUS_LABELS[i.status]}".`);
      events.push({ id: `e-${events.length}-${m.id}`, event: i.status as StatusEvent['event'], fromStatus: m.status, toStatus: i.status, date: i.date, reason: i.reason, ref: i.ref ?? null });
      state.history.set(m.id, events);
      m.status = i.status;
      m.updatedAt = new Date().toISOString();
      return { ...m };
    },
    'members.delete': (i: { id: string }) => {
      memberById(i.id);
      state.members = state.members.filter((m) => m.id !== i.id);
      return { ok: true };
    },
    'units.list': () => state.units.map((u) => ({ ...u, memberCount: state.members.filter((m) => m.unitId === u.id).length })),
    'units.save': (i: { id?: string; name: string; parentId?: string | null }) => {
      if (i.id) {
        const u = state.units.find((x) => x.id === i.id)!;
        Object.assign(u, { name: i.name, parentId: i.parentId ?? null });
        return u;
      }
      const u = { id: `u-new-${++unitSeq}`, name: i.name, parentId: i.parentId ?? null, memberCount: 0 };
      state.units.push(u);
      return u;
    },
    'units.delete': (i: { id: string }) => {
      if (state.members.some((m) => m.unitId === i.id) || state.units.some((u) => u.parentId === i.id))
        throw new AppError('CONFLICT', 'Tổ công đoàn còn đoàn viên hoặc tổ con; hãy chuyển họ sang tổ khác trước khi xoá.');
      state.units = state.units.filter((u) => u.id !== i.id);
      return { ok: true };
    },
    'members.importData': (i: { fileName: string; base64: string; dryRun: boolean; mapping?: Record<string, string> }) => {
      needOpen();
      const id = `job-${++jobSeq}`;
      const plan = state.importPlan(i);
      state.jobs.set(
        id,
        plan instanceof AppError
          ? { id, kind: 'members.import', state: 'running', done: 0, total: 2, error: plan.toJSON() }
          : { id, kind: 'members.import', state: 'running', done: 0, total: 2, result: plan },
      );
      return { jobId: id };
    },
    'members.export': (i: { format: 'xlsx' | 'pdf' }) => ({
      fileName: `danh-sach-doan-vien-2026-02-05.${i.format}`,
      path: null,
      base64: btoa('fake file'),
      count: state.members.length,
    }),
  };
  const raw: RawApi = {
    async invoke(name, input): Promise<InvokeResult<unknown>> {
      calls.push({ name, input });
      const h = handlers[name as CommandName];
      if (!h) return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: name } };
      try {
        return { ok: true, value: await h(input) };
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toJSON() };
        throw err;
      }
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

/**
 * The members part of the in-memory core for component tests: members.* and units.* handlers over a FakeCore's
 * state, typed and checked against the contract like every fake answer (fakeContract.ts).
 */
import { AppError } from '../../src/shared/errors';
import {
  importReport,
  NEXT_STATUSES,
  type ImportReport,
  type Member,
  type StatusEvent,
} from '../../src/shared/members-contract';
import { foldedWords, foldVi } from '../../src/shared/text/fold';
import { STATUS_LABELS } from '../../src/shared/text/format';
import { compareNames, splitName } from '../../src/shared/text/names';
import { contractViolations, type FakeHandlers } from './fakeContract';
import type { FakeCore } from './fakeCore';

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
    tags: [],
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
  ambiguous: [],
  samples: {},
  flagged: [],
  skipped: 0,
};

interface Seams {
  needOpen: () => void;
  nextJobId: () => string;
}

export function memberHandlers(state: FakeCore['state'], { needOpen, nextJobId }: Seams): FakeHandlers {
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
    const ids = [m.idNumber, m.phone, m.cardNumber, m.memberCode, m.email]
      .filter(Boolean)
      .map((x) => foldVi(String(x)));
    return foldVi(q)
      .split(' ')
      .every((w) => words.some((x) => x.startsWith(w)) || ids.some((x) => x.startsWith(w)));
  };
  return {
    'members.list': (i) => {
      needOpen();
      const all = state.members
        .filter((m) => matches(m, i.query))
        .filter((m) => !i.status?.length || i.status.includes(m.status))
        .filter((m) => !i.unitId || m.unitId === i.unitId)
        .filter((m) => !i.gender || m.gender === i.gender)
        .filter((m) => !i.tag || m.tags.some((tag) => foldVi(tag) === foldVi(i.tag!)))
        .sort(compareNames);
      const offset = i.offset ?? 0;
      return { total: all.length, items: all.slice(offset, offset + (i.limit || all.length)) };
    },
    'members.tags': () => {
      const counts = new Map<string, number>();
      for (const m of state.members) for (const tag of m.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return { items: [...counts].map(([tag, count]) => ({ tag, count })) };
    },
    'members.get': (i) => ({ member: memberById(i.id), history: state.history.get(i.id) ?? [] }),
    'members.add': (i) => {
      const { event, eventDate, eventRef, familyName, middleName, givenName, ...fields } = i;
      // As the core: name parts given win, the rest come from the full name.
      const parts = splitName(fields.fullName);
      const m = makeMember({
        ...fields,
        familyName: familyName ?? parts.familyName,
        middleName: middleName ?? parts.middleName,
        givenName: givenName ?? parts.givenName,
        unitId: unitFor(fields.unit),
      });
      state.members.push(m);
      const admitted: StatusEvent = {
        id: `e-${m.id}`,
        event: event ?? 'admitted',
        fromStatus: null,
        toStatus: 'active',
        date: eventDate ?? '2026-01-01',
        reason: null,
        ref: eventRef ?? null,
      };
      state.history.set(m.id, [admitted]);
      return m;
    },
    'members.update': (i) => {
      const m = memberById(i.id);
      Object.assign(m, i, i.unit !== undefined ? { unitId: unitFor(i.unit) } : {}, {
        updatedAt: new Date().toISOString(),
      });
      if (i.fullName && i.givenName === undefined) Object.assign(m, splitName(i.fullName));
      return { ...m };
    },
    'members.setStatus': (i) => {
      const m = memberById(i.id);
      const events = state.history.get(m.id) ?? [];
      const last = events.at(-1)?.date;
      if (last && i.date < last) {
        throw new AppError('VALIDATION', 'Ngày sớm hơn', [
          { path: ['date'], message: 'Ngày sớm hơn lần thay đổi trước' },
        ]);
      }
      if (!NEXT_STATUSES[m.status].includes(i.status)) {
        const from = STATUS_LABELS[m.status];
        throw new AppError('CONFLICT', `Không thể chuyển trạng thái từ "${from}" sang "${STATUS_LABELS[i.status]}".`);
      }
      const event = i.status as StatusEvent['event'];
      events.push({
        id: `e-${events.length}-${m.id}`,
        event,
        fromStatus: m.status,
        toStatus: i.status,
        date: i.date,
        reason: i.reason,
        ref: i.ref ?? null,
      });
      state.history.set(m.id, events);
      m.status = i.status;
      m.updatedAt = new Date().toISOString();
      return { ...m };
    },
    'members.delete': (i) => {
      memberById(i.id);
      state.members = state.members.filter((m) => m.id !== i.id);
      return { ok: true };
    },
    'units.list': () =>
      state.units.map((u) => ({ ...u, memberCount: state.members.filter((m) => m.unitId === u.id).length })),
    'units.save': (i) => {
      const existing = i.id ? state.units.find((x) => x.id === i.id) : undefined;
      if (i.id && !existing) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.');
      if (existing) return Object.assign(existing, { name: i.name, parentId: i.parentId ?? null });
      const u = { id: `u-new-${++unitSeq}`, name: i.name, parentId: i.parentId ?? null, memberCount: 0 };
      state.units.push(u);
      return u;
    },
    'units.delete': (i) => {
      if (state.members.some((m) => m.unitId === i.id) || state.units.some((u) => u.parentId === i.id)) {
        throw new AppError(
          'CONFLICT',
          'Tổ công đoàn còn đoàn viên hoặc tổ con; hãy chuyển họ sang tổ khác trước khi xoá.',
        );
      }
      state.units = state.units.filter((u) => u.id !== i.id);
      return { ok: true };
    },
    'members.importData': (i) => {
      needOpen();
      const id = nextJobId();
      const plan = state.importPlan({
        fileName: i.fileName,
        dryRun: i.dryRun ?? false,
        mapping: i.mapping,
        skipFlagged: i.skipFlagged ?? false,
      });
      // A job's result is `unknown` in jobs.wait's output: the report is held to its own schema here.
      const report = plan instanceof AppError ? null : importReport.safeParse(plan);
      if (report && !report.success)
        contractViolations.push(`import report outside the contract: ${report.error.message}`);
      const job = { id, kind: 'members.import', state: 'running' as const, done: 0, total: 2 };
      state.jobs.set(id, plan instanceof AppError ? { ...job, error: plan.toJSON() } : { ...job, result: plan });
      return { jobId: id };
    },
    'members.importProblems': (i) => ({
      fileName: i.fileName.replace(/\.[^.]*$/, '-can-sua.xlsx'),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: btoa('PK fake rows to fix'),
      count: 1,
    }),
    'members.export': (i) => {
      const mime =
        i.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return {
        fileName: `danh-sach-doan-vien-2026-02-05.${i.format}`,
        mime,
        base64: btoa('fake file'),
        count: state.members.length,
      };
    },
  };
}

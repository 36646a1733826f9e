/**
 * The meetings part of the in-memory core for component tests: meetings.* handlers over a FakeCore's members, with
 * the figures (convened, present, quorum, motions' %) computed the simple way the core documents. Typed and checked
 * against the contract like every fake answer (fakeContract.ts).
 */
import { AppError } from '../../src/shared/errors';
import type { Meeting, MeetingCreate, PersonRef } from '../../src/shared/meetings-contract';
import type { FakeHandlers } from './fakeContract';
import type { FakeCore } from './fakeCore';
import { baseFields, para, type FakeDocs } from './fakeDocs';

type Figures = {
  convened: number;
  present: number;
  presentText: string;
  quorum: { fraction: string | null; required: number; met: boolean };
  convenedMembers: { memberId: string | null; name: string }[];
};

export interface FakeMeetings {
  meetings: Map<string, Meeting>;
  files: Map<string, { fileName: string; mime: string; base64: string }>;
  /** Drafts the secretary "edited": meetings.minutes/resolution answer CONFLICT for them unless overwrite. */
  edited: Set<string>;
  add(fields: Partial<MeetingCreate> & { title: string }): Meeting;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function installFakeMeetings(core: FakeCore, docs: FakeDocs): FakeMeetings {
  const { state, handlers } = core;
  const meetings = new Map<string, Meeting>();
  const files = new Map<string, { fileName: string; mime: string; base64: string }>();
  const edited = new Set<string>();
  let seq = 0;
  let fileSeq = 0;

  const person = (ref: PersonRef | null | undefined) => {
    if (!ref) return null;
    if ('name' in ref) return { memberId: null, name: ref.name };
    const m = state.members.find((x) => ('memberId' in ref ? x.id === ref.memberId : x.idNumber === ref.idNumber));
    if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên trong danh sách.');
    return { memberId: m.id, name: m.fullName };
  };
  const get = (id: string) => {
    const m = meetings.get(id);
    if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp.');
    return m;
  };

  const apply = (m: Meeting, i: Partial<MeetingCreate>): Meeting => {
    const next: Meeting = { ...m, updatedAt: new Date().toISOString() };
    if (i.kind) next.kind = i.kind;
    if (i.title) next.title = i.title;
    if (i.startsAt) next.startsAt = i.startsAt;
    if (i.endsAt !== undefined) next.endsAt = i.endsAt ?? null;
    if (i.place !== undefined) next.place = i.place ?? null;
    if (i.onlineUrl !== undefined) next.onlineUrl = i.onlineUrl ?? null;
    if (i.chair !== undefined) next.chair = person(i.chair);
    if (i.secretary !== undefined) next.secretary = person(i.secretary);
    if (i.status) next.status = i.status;
    if (i.invitees)
      next.invitees = i.invitees.map((r) => {
        if ('bch' in r) return { type: 'bch', memberId: null, unitId: null, name: 'Ban Chấp hành', organisation: null };
        if ('unitId' in r) {
          const u = state.units.find((x) => x.id === r.unitId);
          if (!u) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.');
          return { type: 'unit', memberId: null, unitId: u.id, name: u.name, organisation: null };
        }
        if ('name' in r && 'organisation' in r)
          return { type: 'guest', memberId: null, unitId: null, name: r.name, organisation: r.organisation ?? null };
        const p = person(r as PersonRef)!;
        return { type: 'member', memberId: p.memberId, unitId: null, name: p.name, organisation: null };
      });
    if (i.agenda)
      next.agenda = i.agenda.map((a) => ({
        title: a.title,
        presenter: a.presenter ?? null,
        time: a.time ?? null,
        opinions: a.opinions ?? [],
        conclusion: a.conclusion ?? null,
        attachments: (a.attachments ?? []).map((x) =>
          'documentId' in x
            ? { type: 'document' as const, id: x.documentId, name: docs.docs.get(x.documentId)?.record.summary ?? '?' }
            : { type: 'file' as const, id: x.fileId, name: files.get(x.fileId)?.fileName ?? '?' },
        ),
      }));
    if (i.attendance)
      next.attendance = i.attendance.map((a) => ({
        member: person(a.member)!,
        state: a.state,
        reason: 'reason' in a ? (a.reason ?? null) : null,
        proxy: 'proxy' in a ? person(a.proxy) : null,
      }));
    const present = figures(next).present;
    if (i.motions)
      next.motions = i.motions.map((x) => ({
        ...x,
        abstain: x.abstain ?? 0,
        rule: x.rule ?? 'majority',
        percentFor: present ? round2((x.for / present) * 100) : 0,
        percentAgainst: present ? round2((x.against / present) * 100) : 0,
        percentAbstain: present ? round2(((x.abstain ?? 0) / present) * 100) : 0,
        passed: (x.rule ?? 'majority') === 'majority' ? x.for * 2 > present : x.for * 3 >= present * 2,
      }));
    return next;
  };

  const figures = (m: Meeting): Figures => {
    const ids = new Set<string>();
    for (const i of m.invitees) {
      if (i.type === 'member' && i.memberId) ids.add(i.memberId);
      if (i.type === 'unit') for (const x of state.members) if (x.unitId === i.unitId) ids.add(x.id);
      if (i.type === 'bch') for (const x of state.members) if (x.position) ids.add(x.id);
    }
    const convenedMembers = state.members
      .filter((x) => ids.has(x.id))
      .map((x) => ({ memberId: x.id, name: x.fullName }));
    const convened = convenedMembers.length;
    const present = m.attendance.filter((a) => a.state === 'present' || a.state === 'proxy').length;
    const rule = state.settings.meetingQuorum[m.kind];
    const required =
      rule === 'none' ? 0 : rule === 'half' ? Math.floor(convened / 2) + 1 : Math.ceil((convened * 2) / 3);
    const fraction = rule === 'none' ? null : rule === 'half' ? '1/2' : '2/3';
    return {
      convened,
      present,
      presentText: `Có mặt ${present}/${convened}`,
      quorum: { fraction, required, met: present >= required },
      convenedMembers,
    };
  };

  const add: FakeMeetings['add'] = (fields) => {
    const id = `mt-${++seq}`;
    const blank: Meeting = {
      id,
      kind: 'bch',
      title: fields.title,
      startsAt: '2026-03-05T08:00',
      endsAt: null,
      place: null,
      onlineUrl: null,
      chair: null,
      secretary: null,
      status: 'planned',
      minutesDocumentId: null,
      resolutionDocumentId: null,
      invitees: [],
      agenda: [],
      attendance: [],
      motions: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const m = apply(blank, fields);
    meetings.set(id, m);
    return m;
  };

  const paper = (kind: 'minutes' | 'resolution', id: string, overwrite?: boolean) => {
    const m = get(id);
    const existing = kind === 'minutes' ? m.minutesDocumentId : m.resolutionDocumentId;
    if (existing && edited.has(existing) && !overwrite)
      throw new AppError('CONFLICT', 'Dự thảo đã được sửa sau khi lập; lập lại sẽ xoá các chỗ đã sửa.');
    if (kind === 'resolution' && !m.motions.some((x) => x.passed))
      throw new AppError('VALIDATION', 'Chưa có biểu quyết nào được thông qua.');
    const type = kind === 'minutes' ? 'BB' : 'NQ';
    const doc = docs.add({
      fields: baseFields({ type, summary: m.title }),
      body: { type: 'doc', content: [para(m.title)] },
    });
    edited.delete(existing ?? '');
    meetings.set(id, { ...m, [kind === 'minutes' ? 'minutesDocumentId' : 'resolutionDocumentId']: doc.id });
    return { documentId: doc.id };
  };

  const mine: FakeHandlers = {
    'meetings.create': (i) => ({ id: add(i).id }),
    'meetings.update': (i) => {
      meetings.set(i.id, apply(get(i.id), i));
      return { id: i.id };
    },
    'meetings.get': (i) => ({ meeting: get(i.id), figures: figures(get(i.id)) }),
    'meetings.list': (i) => ({
      items: [...meetings.values()]
        .filter((m) => !i.status || m.status === i.status)
        .map(({ id, kind, title, startsAt, endsAt, place, status }) => ({
          id,
          kind,
          title,
          startsAt,
          endsAt,
          place,
          status,
        })),
    }),
    'meetings.delete': (i) => {
      get(i.id);
      meetings.delete(i.id);
      return { ok: true as const };
    },
    'meetings.setAttendance': (i) => {
      meetings.set(i.id, apply(get(i.id), { attendance: i.attendance }));
      return { id: i.id };
    },
    'meetings.minutes': (i) => paper('minutes', i.id, i.overwrite),
    'meetings.resolution': (i) => paper('resolution', i.id, i.overwrite),
    'meetings.invitations': (i) => {
      const m = get(i.id);
      const ics = figures(m).convenedMembers.map((p, n) => ({
        fileName: `giay-moi-${n + 1}.ics`,
        mime: 'text/calendar',
        base64: Buffer.from(`BEGIN:VCALENDAR\nSUMMARY:${m.title}\nATTENDEE:${p.name}\nEND:VCALENDAR`).toString(
          'base64',
        ),
      }));
      return { files: [{ fileName: `giay-moi.${i.format}`, mime: 'application/pdf', base64: 'JVBERi0=' }, ...ics] };
    },
    'meetings.addFile': (i) => {
      get(i.id);
      const fileId = `f-${++fileSeq}`;
      files.set(fileId, { fileName: i.fileName, mime: i.mime, base64: i.base64 });
      return { fileId };
    },
    'meetings.getFile': (i) => {
      const f = files.get(i.fileId);
      if (!f) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp.');
      return f;
    },
    'meetings.pack': (i) => {
      get(i.id);
      const id = `job-pack-${++seq}`;
      const result = {
        pdf: { fileName: 'tap-tai-lieu.pdf', mime: 'application/pdf', base64: 'JVBERi0=' },
        zip: { fileName: 'tap-tai-lieu.zip', mime: 'application/zip', base64: 'UEsDBA==' },
        pages: 12,
        parts: [{ title: 'Bìa', firstPage: 1, pages: 1 }],
      };
      state.jobs.set(id, { id, kind: 'meetings.pack', state: 'running', done: 0, total: 2, result });
      return { jobId: id };
    },
  };
  Object.assign(handlers, mine);
  return { meetings, files, edited, add };
}

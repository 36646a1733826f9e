/**
 * Between the record the core answers (meetings.get: people as {memberId, name}) and what it takes back
 * (meetings.update: references). Each tab saves only its own fields, built from the record it was given, so the
 * parts another tab owns (an agenda item's opinions, say) go back exactly as they came.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { AttachmentRef, InviteeRef, Meeting, PersonRef } from '../../shared/meetings-contract';

export type MeetingRecord = Meeting;
export type AgendaRecord = Meeting['agenda'][number];
export type AttendanceRecord = Meeting['attendance'][number];

/** A person in a picker: `m:<memberId>` for a member, `n:<name>` for someone outside the register. */
export type PersonKey = string;

export function personKey(p: { memberId: string | null; name: string } | null | undefined): PersonKey | undefined {
  if (!p) return undefined;
  return p.memberId ? `m:${p.memberId}` : `n:${p.name}`;
}

export function personRefOf(key: PersonKey | null | undefined): PersonRef | null {
  if (!key) return null;
  return key.startsWith('m:') ? { memberId: key.slice(2) } : { name: key.slice(2) };
}

export function personRefFrom(p: { memberId: string | null; name: string }): PersonRef {
  return p.memberId ? { memberId: p.memberId } : { name: p.name };
}

export function inviteeRefOf(i: Meeting['invitees'][number]): InviteeRef {
  switch (i.type) {
    case 'member':
      return i.memberId ? { memberId: i.memberId } : { name: i.name };
    case 'unit':
      return i.unitId ? { unitId: i.unitId } : { unit: i.name };
    case 'bch':
      return { bch: true };
    case 'guest':
      return { name: i.name, organisation: i.organisation };
  }
}

/** `d:<documentId>` or `f:<fileId>`: an attachment as a select value. */
export const attachmentKey = (a: { type: 'document' | 'file'; id: string }) =>
  `${a.type === 'document' ? 'd' : 'f'}:${a.id}`;

export function attachmentRefOf(key: string): AttachmentRef {
  return key.startsWith('d:') ? { documentId: key.slice(2) } : { fileId: key.slice(2) };
}

/** An agenda item as meetings.update takes it, from the record's item with some fields replaced. */
export function agendaInput(item: AgendaRecord) {
  return {
    title: item.title,
    presenter: item.presenter,
    time: item.time,
    opinions: item.opinions,
    conclusion: item.conclusion,
    attachments: item.attachments.map((a) => attachmentRefOf(attachmentKey(a))),
  };
}

export function attendanceInput(a: AttendanceRecord) {
  const member = personRefFrom(a.member);
  switch (a.state) {
    case 'present':
      return { member, state: 'present' as const };
    case 'absent':
    case 'excused':
      return { member, state: a.state, reason: a.reason };
    case 'proxy':
      return a.proxy
        ? { member, state: 'proxy' as const, proxy: personRefFrom(a.proxy) }
        : { member, state: 'absent' as const, reason: null };
  }
}

/** "2026-03-05T08:30" ⇄ a date and a time picker's values. */
export function splitLocal(s: string | null | undefined): { date?: Dayjs; time?: Dayjs } {
  if (!s) return {};
  const d = dayjs(s);
  return d.isValid() ? { date: d, time: d } : {};
}

export function joinLocal(date: Dayjs | null | undefined, time: Dayjs | null | undefined): string | null {
  if (!date) return null;
  const t = time ?? date.hour(0).minute(0);
  return `${date.format('YYYY-MM-DD')}T${t.format('HH:mm')}`;
}

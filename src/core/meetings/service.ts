/**
 * Meeting writes, all through records.ts (an outbox row and a change-feed note for each). A list given in an
 * update (invitees, agenda, attendance, motions) replaces the old one: its rows are tombstoned and the new rows
 * inserted, so a sync peer sees exactly what was removed.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { AttendanceEntry, MeetingCreate, MeetingUpdate } from '../../shared/meetings-contract';
import { insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import { tombstoneMeetingElections } from '../elections/store';
import type { Session } from '../session';
import { cleanText } from '../text';
import { writeAttachments } from './files';
import { RefResolver } from './refs';

type Trx = Knex.Transaction;
type Lists = Pick<MeetingCreate, 'invitees' | 'agenda' | 'attendance' | 'motions'>;

/** One-line texts are cleaned (NFC, collapsed spaces); long ones keep their line breaks. */
const line = (s: string | null | undefined) => (s ? cleanText(s) : null);
const prose = (s: string | null | undefined) => (s ? s.normalize('NFC').trim() : null);

export const CHILD_TABLES = [
  'meeting_invitees',
  'meeting_agenda_items',
  'meeting_attendance',
  'meeting_motions',
  'meeting_files',
];

function checkTimes(startsAt: string, endsAt: string | null | undefined): void {
  if (endsAt && endsAt < startsAt)
    throw new AppError('VALIDATION', 'Giờ kết thúc phải sau giờ bắt đầu.', { startsAt, endsAt });
}

/** The meeting's own columns from the fields given (chair and secretary resolved). */
async function meetingColumns(refs: RefResolver, f: Partial<MeetingCreate>): Promise<Record<string, unknown>> {
  const cols: Record<string, unknown> = {};
  if (f.kind !== undefined) cols.kind = f.kind;
  if (f.title !== undefined) cols.title = cleanText(f.title);
  if (f.startsAt !== undefined) cols.starts_at = f.startsAt;
  if (f.endsAt !== undefined) cols.ends_at = f.endsAt;
  if (f.place !== undefined) cols.place = line(f.place);
  if (f.onlineUrl !== undefined) cols.online_url = f.onlineUrl;
  if (f.status !== undefined) cols.status = f.status;
  for (const role of ['chair', 'secretary'] as const) {
    if (f[role] === undefined) continue;
    const p = f[role] ? await refs.person(f[role]) : null;
    cols[`${role}_member_id`] = p?.memberId ?? null;
    cols[`${role}_name`] = p && !p.memberId ? p.name : null;
  }
  return cols;
}

async function tombstoneChildren(trx: Trx, rec: RecordContext, meetingId: string, table: string): Promise<void> {
  const ids = (await trx(table).where({ meeting_id: meetingId }).whereNull('deleted_at').pluck('id')) as string[];
  if (table === 'meeting_agenda_items' && ids.length > 0) {
    const opinions = (await trx('meeting_opinions')
      .whereIn('agenda_item_id', ids)
      .whereNull('deleted_at')
      .pluck('id')) as string[];
    for (const id of opinions) await softDeleteRecord(trx, rec, 'meeting_opinions', id);
    const attached = (await trx('meeting_agenda_attachments')
      .whereIn('agenda_item_id', ids)
      .whereNull('deleted_at')
      .pluck('id')) as string[];
    for (const id of attached) await softDeleteRecord(trx, rec, 'meeting_agenda_attachments', id);
  }
  for (const id of ids) await softDeleteRecord(trx, rec, table, id);
}

async function writeAttendance(trx: Trx, rec: RecordContext, refs: RefResolver, id: string, list: AttendanceEntry[]) {
  const seen = new Set<string>();
  for (const entry of list) {
    const who = await refs.person(entry.member);
    const key = who.memberId ?? `name:${who.name}`;
    if (seen.has(key))
      throw new AppError('VALIDATION', `${who.name} được điểm danh hai lần.`, { member: who.memberId ?? who.name });
    seen.add(key);
    const proxy = entry.state === 'proxy' ? await refs.person(entry.proxy) : null;
    if (proxy && !proxy.memberId)
      throw new AppError('VALIDATION', `Người nhận ủy quyền của ${who.name} phải là đoàn viên.`, { proxy: proxy.name });
    await insertRecord(trx, rec, 'meeting_attendance', {
      meeting_id: id,
      member_id: who.memberId,
      name: who.name,
      state: entry.state,
      reason: entry.state === 'absent' || entry.state === 'excused' ? prose(entry.reason) : null,
      proxy_member_id: proxy?.memberId ?? null,
      proxy_name: proxy?.name ?? null,
    });
  }
}

/** Writes the lists given (each replacing the old one on an update). */
async function writeLists(trx: Trx, rec: RecordContext, refs: RefResolver, id: string, lists: Partial<Lists>) {
  if (lists.invitees) {
    await tombstoneChildren(trx, rec, id, 'meeting_invitees');
    for (const [position, ref] of lists.invitees.entries()) {
      const r = await refs.invitee(ref);
      await insertRecord(trx, rec, 'meeting_invitees', {
        meeting_id: id,
        position,
        type: r.type,
        member_id: r.memberId,
        unit_id: r.unitId,
        name: r.name,
        organisation: r.organisation,
      });
    }
  }
  if (lists.agenda) {
    await tombstoneChildren(trx, rec, id, 'meeting_agenda_items');
    for (const [position, item] of lists.agenda.entries()) {
      const row = await insertRecord(trx, rec, 'meeting_agenda_items', {
        meeting_id: id,
        position,
        title: cleanText(item.title),
        presenter: line(item.presenter),
        time: item.time ?? null,
        conclusion: prose(item.conclusion),
      });
      for (const [n, o] of item.opinions.entries())
        await insertRecord(trx, rec, 'meeting_opinions', {
          agenda_item_id: row.id,
          position: n,
          speaker: cleanText(o.speaker),
          text: prose(o.text),
        });
      await writeAttachments(trx, rec, id, row.id as string, item.attachments);
    }
  }
  if (lists.attendance) {
    await tombstoneChildren(trx, rec, id, 'meeting_attendance');
    await writeAttendance(trx, rec, refs, id, lists.attendance);
  }
  if (lists.motions) {
    await tombstoneChildren(trx, rec, id, 'meeting_motions');
    for (const [position, m] of lists.motions.entries())
      await insertRecord(trx, rec, 'meeting_motions', {
        meeting_id: id,
        position,
        text: prose(m.text),
        votes_for: m.for,
        votes_against: m.against,
        votes_abstain: m.abstain,
        rule: m.rule,
      });
  }
}

async function existing(db: Knex | Trx, id: string): Promise<{ starts_at: string; ends_at: string | null }> {
  const row = (await db('meetings').where({ id }).whereNull('deleted_at').first('starts_at', 'ends_at')) as
    { starts_at: string; ends_at: string | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp.', { id });
  return row;
}

export async function createMeeting(s: Session, input: MeetingCreate): Promise<string> {
  checkTimes(input.startsAt, input.endsAt);
  const { invitees, agenda, attendance, motions, ...fields } = input;
  return s.db.transaction(async (trx) => {
    const refs = new RefResolver(trx);
    const row = await insertRecord(trx, s.record, 'meetings', await meetingColumns(refs, fields));
    const id = row.id as string;
    await writeLists(trx, s.record, refs, id, { invitees, agenda, attendance, motions });
    return id;
  });
}

export async function updateMeeting(s: Session, input: MeetingUpdate): Promise<void> {
  const { id, invitees, agenda, attendance, motions, ...fields } = input;
  await s.db.transaction(async (trx) => {
    const current = await existing(trx, id);
    checkTimes(fields.startsAt ?? current.starts_at, fields.endsAt === undefined ? current.ends_at : fields.endsAt);
    const refs = new RefResolver(trx);
    await updateRecord(trx, s.record, 'meetings', id, await meetingColumns(refs, fields));
    await writeLists(trx, s.record, refs, id, { invitees, agenda, attendance, motions });
  });
}

export async function setAttendance(s: Session, id: string, attendance: AttendanceEntry[]): Promise<void> {
  await s.db.transaction(async (trx) => {
    await existing(trx, id);
    await writeLists(trx, s.record, new RefResolver(trx), id, { attendance });
  });
}

/** Tombstones the meeting and every row that belongs to it. */
export async function deleteMeeting(s: Session, id: string): Promise<void> {
  await s.db.transaction(async (trx) => {
    await existing(trx, id);
    for (const table of CHILD_TABLES) await tombstoneChildren(trx, s.record, id, table);
    await tombstoneMeetingElections(trx, s.record, id);
    await softDeleteRecord(trx, s.record, 'meetings', id);
  });
}

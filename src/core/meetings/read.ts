/** Reading meetings: one meeting with its lists and figures, and the list by status and date. */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { Meeting, MeetingKind, MeetingStatus, Person } from '../../shared/meetings-contract';
import { foldVi } from '../../shared/text/fold';
import { withDescendants } from '../../shared/unit-tree';
import { listUnits } from '../members/units';
import { readAttachments } from './files';
import { getSettings } from '../settings/settings';
import { motionPassed, percentOf, presentText, QUORUM_OF_RULE, quorumMet, quorumRequired } from './figures';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

const live = (db: Db, table: string) => db(table).whereNull(`${table}.deleted_at`);

/**
 * The status as it reads: a meeting whose Biên bản is issued in the register is 'minutesSigned', whatever the row
 * says, so the two can never disagree; a row saying 'minutesSigned' without issued minutes reads 'held'. A planned
 * meeting whose start has passed stays planned: whether it was held is for the secretary to say.
 */
const STATUS_SQL =
  "CASE WHEN md.status = 'issued' THEN 'minutesSigned' " +
  "WHEN meetings.status = 'minutesSigned' THEN 'held' ELSE meetings.status END";

/** Live meetings joined to their minutes document (when it is still in the register), with the status as it reads. */
const meetingsWithStatus = (db: Db) =>
  live(db, 'meetings')
    .leftJoin('documents as md', function () {
      this.on('md.id', 'meetings.minutes_document_id').andOnNull('md.deleted_at');
    })
    .select('meetings.*', db.raw(`${STATUS_SQL} as read_status`));

/** Member names by id (deleted members keep their place under their last name). */
async function memberNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  const out = new Map<string, string>();
  for (let i = 0; i < list.length; i += 500) {
    const rows = (await db('members')
      .whereIn('id', list.slice(i, i + 500))
      .select('id', 'full_name')) as Row[];
    for (const r of rows) out.set(String(r.id), String(r.full_name));
  }
  return out;
}

const personOf = (names: Map<string, string>, memberId: unknown, name: unknown): Person | null =>
  memberId
    ? { memberId: String(memberId), name: names.get(String(memberId)) ?? '' }
    : name
      ? { memberId: null, name: String(name) }
      : null;

/** A BCH position: its body says BCH or Ban Chấp hành (as the register records positions). */
const isBch = (body: unknown, title: unknown) =>
  /^(bch|ban chap hanh)\b/.test(foldVi(String(body ?? ''))) ||
  /ban chap hanh|\bbch\b/.test(foldVi(String(title ?? '')));

/** The BCH on a day: members (not deleted, not ceased) holding a BCH position that day. */
async function bchMembers(db: Db, day: string): Promise<string[]> {
  const rows = (await db('member_positions as p')
    .join('members as m', 'm.id', 'p.member_id')
    .whereNull('p.deleted_at')
    .whereNull('m.deleted_at')
    .where('m.status', 'active')
    .where((q) => q.whereNull('p.from_date').orWhere('p.from_date', '<=', day))
    .where((q) => q.whereNull('p.to_date').orWhere('p.to_date', '>=', day))
    .select('p.member_id', 'p.body', 'p.title')) as Row[];
  return rows.filter((r) => isBch(r.body, r.title)).map((r) => String(r.member_id));
}

/**
 * Invitees expanded to members, each once: listed members, active members of the groups (and sub-groups), BCH.
 * Also the bulletins audience (bulletins/audience.ts) for its groups, BCH and hand-picked members.
 */
export async function convenedIds(db: Db, invitees: Row[], day: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const unitIds = new Set<string>();
  const units = invitees.some((i) => i.type === 'unit') ? await listUnits(db) : [];
  for (const i of invitees) {
    if (i.type === 'member' && i.member_id) ids.add(String(i.member_id));
    if (i.type === 'unit' && i.unit_id) for (const u of withDescendants(units, String(i.unit_id))) unitIds.add(u);
    if (i.type === 'bch') for (const id of await bchMembers(db, day)) ids.add(id);
  }
  if (unitIds.size > 0) {
    const inUnits = await inChunks([...unitIds], (part) =>
      live(db, 'members').whereIn('unit_id', part).where('status', 'active').pluck('id'),
    );
    for (const id of inUnits) ids.add(id);
  }
  // A listed member deleted from the register since is no longer convened; the rest in register order.
  const kept = await inChunks([...ids], (part) => live(db, 'members').whereIn('id', part).select('id', 'sort_key'));
  return new Set(
    (kept as unknown as { id: string; sort_key: string }[])
      .sort((a, b) => (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0))
      .map((r) => r.id),
  );
}

/** A query per 500 values: a workers' conference may convene thousands, past SQLite's bound-parameter limit. */
async function inChunks<T>(values: string[], query: (part: string[]) => PromiseLike<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 500) out.push(...(await query(values.slice(i, i + 500))));
  return out;
}

/** How an invitee line reads: the member's or group's name, "Ban Chấp hành", or the guest's name. */
function inviteeName(i: Row, members: Map<string, string>, units: Map<string, string>): string {
  if (i.type === 'member') return members.get(String(i.member_id)) ?? '';
  if (i.type === 'unit') return units.get(String(i.unit_id)) ?? '';
  if (i.type === 'bch') return 'Ban Chấp hành';
  return String(i.name ?? '');
}

export async function getMeeting(db: Db, id: string) {
  const m = (await meetingsWithStatus(db).where('meetings.id', id).first()) as Row | undefined;
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp.', { id });
  const byPos = (table: string) => live(db, table).where({ meeting_id: id }).orderBy('position') as Promise<Row[]>;
  const invitees = await byPos('meeting_invitees');
  const items = await byPos('meeting_agenda_items');
  const motions = await byPos('meeting_motions');
  const attendance = (await live(db, 'meeting_attendance').where({ meeting_id: id }).orderBy('created_at')) as Row[];
  const opinions = items.length
    ? ((await live(db, 'meeting_opinions')
        .whereIn(
          'agenda_item_id',
          items.map((i) => i.id as string),
        )
        .orderBy('position')) as Row[])
    : [];
  const attachments = await readAttachments(
    db,
    items.map((i) => String(i.id)),
  );
  const day = String(m.starts_at).slice(0, 10);
  const convened = await convenedIds(db, invitees, day);
  const names = await memberNames(db, [
    ...convened,
    ...[m.chair_member_id, m.secretary_member_id, ...invitees.map((i) => i.member_id)].filter(Boolean).map(String),
    ...attendance
      .flatMap((a) => [a.member_id, a.proxy_member_id])
      .filter(Boolean)
      .map(String),
  ]);
  const unitRows = (await db('units')
    .whereIn('id', invitees.map((i) => i.unit_id).filter(Boolean) as string[])
    .select('id', 'name')) as Row[];
  const unitNames = new Map(unitRows.map((u) => [String(u.id), String(u.name)]));
  const present = attendance.filter(
    (a) => (a.state === 'present' || a.state === 'proxy') && a.member_id && convened.has(String(a.member_id)),
  ).length;
  const kind = m.kind as MeetingKind;
  const fraction = QUORUM_OF_RULE[(await getSettings(db)).meetingQuorum[kind]];
  const meeting: Meeting = {
    id,
    kind,
    title: String(m.title),
    startsAt: String(m.starts_at),
    endsAt: str(m.ends_at),
    place: str(m.place),
    onlineUrl: str(m.online_url),
    chair: personOf(names, m.chair_member_id, m.chair_name),
    secretary: personOf(names, m.secretary_member_id, m.secretary_name),
    status: m.read_status as MeetingStatus,
    minutesDocumentId: str(m.minutes_document_id),
    resolutionDocumentId: str(m.resolution_document_id),
    invitees: invitees.map((i) => ({
      type: i.type as 'member' | 'unit' | 'bch' | 'guest',
      memberId: str(i.member_id),
      unitId: str(i.unit_id),
      name: inviteeName(i, names, unitNames),
      organisation: str(i.organisation),
    })),
    agenda: items.map((i) => ({
      title: String(i.title),
      presenter: str(i.presenter),
      time: str(i.time),
      opinions: opinions
        .filter((o) => o.agenda_item_id === i.id)
        .map((o) => ({ speaker: String(o.speaker), text: String(o.text) })),
      conclusion: str(i.conclusion),
      attachments: attachments.get(String(i.id)) ?? [],
    })),
    attendance: attendance.map((a) => ({
      member: personOf(names, a.member_id, a.name)!,
      state: a.state as 'present' | 'absent' | 'excused' | 'proxy',
      reason: str(a.reason),
      proxy: personOf(names, a.proxy_member_id, a.proxy_name),
    })),
    motions: motions.map((x) => {
      const [f, ag, ab] = [Number(x.votes_for), Number(x.votes_against), Number(x.votes_abstain)];
      const rule = x.rule === 'twoThirds' ? 'twoThirds' : 'majority';
      return {
        text: String(x.text),
        for: f,
        against: ag,
        abstain: ab,
        rule,
        percentFor: percentOf(f, present),
        percentAgainst: percentOf(ag, present),
        percentAbstain: percentOf(ab, present),
        passed: motionPassed(f, present, rule),
      };
    }),
    createdAt: String(m.created_at),
    updatedAt: String(m.updated_at),
  };
  const figures = {
    convened: convened.size,
    present,
    presentText: presentText(present, convened.size),
    quorum: {
      fraction: fraction ? `${fraction.num}/${fraction.den}` : null,
      required: quorumRequired(convened.size, fraction),
      met: quorumMet(present, convened.size, fraction),
    },
    convenedMembers: [...convened].map((mid) => ({ memberId: mid, name: names.get(mid) ?? '' })),
  };
  return { meeting, figures };
}

/** Planned meetings soonest first; held and signed ones latest first; everything by date otherwise. */
export async function listMeetings(db: Db, f: { status?: MeetingStatus; from?: string; to?: string; limit: number }) {
  let q = meetingsWithStatus(db);
  if (f.status) q = q.whereRaw(`${STATUS_SQL} = ?`, [f.status]);
  if (f.from) q = q.where('meetings.starts_at', '>=', f.from);
  if (f.to) q = q.where('meetings.starts_at', '<=', f.to);
  const rows = (await q.orderBy('meetings.starts_at', f.status === 'planned' ? 'asc' : 'desc').limit(f.limit)) as Row[];
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      kind: r.kind as MeetingKind,
      title: String(r.title),
      startsAt: String(r.starts_at),
      endsAt: str(r.ends_at),
      place: str(r.place),
      status: r.read_status as MeetingStatus,
    })),
  };
}

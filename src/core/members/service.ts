/**
 * The member register: add, update, change status, delete, read, list. The search index follows the session's
 * change feed (memberIndexListener): no writer refreshes it by hand, so no write path can leave it stale.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type {
  Member,
  MemberFields,
  MemberFilters,
  MemberPosition,
  MemberStatus,
  StatusEvent,
} from '../../shared/members-contract';
import { nameSortKey, splitName } from '../../shared/text/names';
import { audit } from '../audit/audit';
import { BatchInserter, insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { getSettings } from '../settings/settings';
import { cleanTextFields } from '../text';
import { canTransition, eventFor, STATUS_LABELS } from './lifecycle';
import { COLUMN_FIELDS, fieldsToColumns, positionFromRow, rowToMember, todayIso, type MemberRow } from './rows';
import { memberIndex } from './index-feed';
import { findUnitByName, listUnits, unitIdByName, withDescendants } from './units';

/**
 * Reads members by id, in the order given (deleted ones are skipped). One statement per 500 ids, with the unit
 * name and the positions (as JSON) joined in: the register shows a page of these on every keystroke, and each
 * extra round trip to SQLite's thread adds to the wait.
 */
export async function readMembers(db: Knex | Knex.Transaction, ids: string[]): Promise<Member[]> {
  const rows: (MemberRow & { unit_name: string | null; positions_json: string })[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await db('members as m')
        .leftJoin('units as u', 'u.id', 'm.unit_id')
        .whereIn('m.id', ids.slice(i, i + 500))
        .whereNull('m.deleted_at')
        .select('m.*', 'u.name as unit_name', db.raw(POSITIONS_JSON))),
    );
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const today = todayIso();
  return ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const r = byId.get(id)!;
      return rowToMember(
        r,
        r.unit_name,
        (JSON.parse(r.positions_json) as Record<string, unknown>[]).map(positionFromRow),
        today,
      );
    });
}

const POSITIONS_JSON = `(SELECT json_group_array(json_object('title', p.title, 'body', p.body, 'term', p.term, 'from_date', p.from_date,
  'to_date', p.to_date) ORDER BY p.from_date) FROM member_positions p WHERE p.member_id = m.id AND p.deleted_at IS NULL) AS positions_json`;

export async function listMembers(
  s: Session,
  f: MemberFilters & { offset?: number; limit?: number },
): Promise<{ total: number; ids: string[] }> {
  const idx = await memberIndex(s);
  let unitIds: Set<string> | null = null;
  if (f.unitId || f.unit) {
    const units = await listUnits(s.db);
    const root = f.unitId ?? findUnitByName(units, f.unit!)?.id;
    unitIds = root ? withDescendants(units, root) : new Set();
  }
  const all = idx.query(f, unitIds);
  const offset = f.offset ?? 0;
  const limit = f.limit === 0 || f.limit === undefined ? all.length : f.limit;
  return { total: all.length, ids: all.slice(offset, offset + limit) };
}

/**
 * Row columns for member fields: name parts derived unless the caller set them, the sort key, and the
 * email-consent default (`consentDefault`: the opt-in setting, read once by the caller).
 */
export function memberColumns(
  fields: Partial<MemberFields>,
  consentDefault: boolean,
  existing?: Member,
): Record<string, unknown> {
  const f = cleanTextFields(fields) as Partial<MemberFields>;
  if (f.fullName !== undefined) {
    const parts = splitName(f.fullName);
    f.familyName = fields.familyName ?? parts.familyName;
    f.middleName = fields.middleName ?? parts.middleName;
    f.givenName = fields.givenName ?? parts.givenName;
  }
  // Bulletins are the union's own internal communication: consent by default, unless a setting asks opt-in.
  if (f.email && f.emailConsent === undefined && !existing?.email) f.emailConsent = consentDefault;
  const cols = fieldsToColumns(f);
  if (
    f.fullName !== undefined ||
    f.familyName !== undefined ||
    f.givenName !== undefined ||
    f.middleName !== undefined
  ) {
    const part = (k: 'familyName' | 'middleName' | 'givenName') => (k in f ? f[k] : existing?.[k]) ?? '';
    cols.sort_key = nameSortKey({
      familyName: part('familyName'),
      middleName: part('middleName'),
      givenName: part('givenName'),
    });
  }
  return cols;
}

/** Whether a newly recorded email means consent: yes, unless the opt-in setting asks members to say so. */
export async function emailConsentDefault(db: Knex | Knex.Transaction): Promise<boolean> {
  return !(await getSettings(db as Knex)).emailOptInRequired;
}

/** The setting matters only when an email is given: skip reading it otherwise. */
const consentFor = async (db: Knex | Knex.Transaction, fields: Partial<MemberFields>, given?: boolean) =>
  given ?? (fields.email ? emailConsentDefault(db) : true);

const positionValues = (memberId: string, p: MemberPosition) => ({
  member_id: memberId,
  title: p.title,
  body: p.body ?? null,
  term: p.term ?? null,
  from_date: p.from ?? null,
  to_date: p.to ?? null,
});

async function writePositions(
  trx: Knex.Transaction,
  ctx: RecordContext,
  memberId: string,
  positions: MemberPosition[],
) {
  const old = (await trx('member_positions').where({ member_id: memberId }).whereNull('deleted_at').select('id')) as {
    id: string;
  }[];
  for (const p of old) await softDeleteRecord(trx, ctx, 'member_positions', p.id);
  for (const p of positions) await insertRecord(trx, ctx, 'member_positions', positionValues(memberId, p));
}

export interface AddOptions {
  status?: 'active' | 'honorary';
  event?: 'admitted' | 'transferred_in';
  eventDate?: string;
  eventRef?: string;
  unitCache?: Map<string, string>;
  consentDefault?: boolean;
}

/** The member's first status event: admitted (or transferred in) on the given date, else the union joining date. */
function firstEvent(memberId: string, status: string, fields: MemberFields, opts: AddOptions) {
  return {
    member_id: memberId,
    event: opts.event ?? 'admitted',
    from_status: null,
    to_status: status,
    date: opts.eventDate ?? fields.joinedOn ?? todayIso(),
    reason: null,
    ref: opts.eventRef ?? null,
  };
}

/** Inserts inside the caller's transaction; returns the new id. */
export async function insertMember(
  trx: Knex.Transaction,
  ctx: RecordContext,
  fields: MemberFields,
  opts: AddOptions = {},
): Promise<string> {
  const cols = memberColumns(fields, await consentFor(trx, fields, opts.consentDefault));
  const status = opts.status ?? 'active';
  const unitId = await unitIdByName(trx, ctx, fields.unit, opts.unitCache);
  const id = (await insertRecord(trx, ctx, 'members', { ...cols, unit_id: unitId, status })).id as string;
  for (const p of fields.positions ?? []) await insertRecord(trx, ctx, 'member_positions', positionValues(id, p));
  await insertRecord(trx, ctx, 'member_status_events', firstEvent(id, status, fields, opts));
  return id;
}

/**
 * The same rows as insertMember, queued for a bulk write (imports). Synchronous on purpose: ten thousand rows
 * each awaiting three already-known values cost more than preparing them.
 */
export function queueMember(
  batch: BatchInserter,
  fields: MemberFields,
  unitId: string | null,
  consentDefault: boolean,
): string {
  const id = batch.add('members', { ...memberColumns(fields, consentDefault), unit_id: unitId, status: 'active' })
    .id as string;
  for (const p of fields.positions ?? []) batch.add('member_positions', positionValues(id, p));
  batch.add('member_status_events', firstEvent(id, 'active', fields, {}));
  return id;
}

/** Updates inside the caller's transaction; returns the names of the fields that changed. */
export async function patchMember(
  trx: Knex.Transaction,
  ctx: RecordContext,
  existing: Member,
  fields: Partial<MemberFields>,
  opts: { unitCache?: Map<string, string>; consentDefault?: boolean } = {},
): Promise<string[]> {
  const cols = memberColumns(fields, await consentFor(trx, fields, opts.consentDefault), existing);
  if (fields.unit !== undefined) cols.unit_id = await unitIdByName(trx, ctx, fields.unit, opts.unitCache);
  const changed = await updateRecord(trx, ctx, 'members', existing.id, cols);
  if (fields.positions) {
    const same =
      JSON.stringify(fields.positions.map((p) => positionFromRow({ ...p, from_date: p.from, to_date: p.to }))) ===
      JSON.stringify(existing.positions);
    if (!same) (await writePositions(trx, ctx, existing.id, fields.positions), changed.push('positions'));
  }
  return changed;
}

export async function getMember(db: Knex | Knex.Transaction, id: string): Promise<Member> {
  const [m] = await readMembers(db, [id]);
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { id });
  return m;
}

export async function memberHistory(db: Knex, id: string): Promise<StatusEvent[]> {
  const rows = (await db('member_status_events')
    .where({ member_id: id })
    .whereNull('deleted_at')
    .orderBy('date')
    .orderBy('id')) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as string,
    event: r.event as StatusEvent['event'],
    fromStatus: (r.from_status as MemberStatus) ?? null,
    toStatus: r.to_status as MemberStatus,
    date: r.date as string,
    reason: (r.reason as string) ?? null,
    ref: (r.ref as string) ?? null,
  }));
}

export async function addMember(s: Session, fields: MemberFields, opts: AddOptions): Promise<Member> {
  const id = await s.db.transaction(async (trx) => {
    const id = await insertMember(trx, s.record, fields, opts);
    await audit(trx, s.record, 'members.add', { type: 'members', id });
    return id;
  });
  return getMember(s.db, id);
}

export async function updateMember(s: Session, id: string, fields: Partial<MemberFields>): Promise<Member> {
  await s.db.transaction(async (trx) => {
    const existing = await getMember(trx, id);
    const changed = await patchMember(trx, s.record, existing, fields);
    if (changed.length) await audit(trx, s.record, 'members.update', { type: 'members', id }, { fields: changed });
  });
  return getMember(s.db, id);
}

export async function setMemberStatus(
  s: Session,
  input: { id: string; status: MemberStatus; date: string; reason: string; ref?: string },
): Promise<Member> {
  await s.db.transaction(async (trx) => {
    const m = await getMember(trx, input.id);
    const last = (await trx('member_status_events')
      .where({ member_id: m.id })
      .whereNull('deleted_at')
      .max({ d: 'date' })
      .first()) as { d: string | null };
    if (last?.d && input.date < last.d)
      throw new AppError(
        'VALIDATION',
        `Ngày chuyển trạng thái không được trước lần thay đổi gần nhất (${last.d.split('-').reverse().join('/')}).`,
        [{ path: ['date'], message: 'Ngày sớm hơn lần thay đổi trước' }],
      );
    if (!canTransition(m.status, input.status))
      throw new AppError(
        'CONFLICT',
        `Không thể chuyển trạng thái từ "${STATUS_LABELS[m.status]}" sang "${STATUS_LABELS[input.status]}".`,
        { from: m.status, to: input.status },
      );
    await updateRecord(trx, s.record, 'members', m.id, { status: input.status });
    await insertRecord(trx, s.record, 'member_status_events', {
      member_id: m.id,
      event: eventFor(m.status, input.status),
      from_status: m.status,
      to_status: input.status,
      date: input.date,
      reason: input.reason,
      ref: input.ref ?? null,
    });
    await audit(
      trx,
      s.record,
      'members.setStatus',
      { type: 'members', id: m.id },
      { from: m.status, to: input.status },
    );
  });
  return getMember(s.db, input.id);
}

export async function deleteMember(s: Session, id: string): Promise<void> {
  await s.db.transaction(async (trx) => {
    await getMember(trx, id);
    await softDeleteRecord(trx, s.record, 'members', id);
    await audit(trx, s.record, 'members.delete', { type: 'members', id });
  });
}

export { COLUMN_FIELDS };
export { memberIndex, memberIndexListener } from './index-feed';

/**
 * Welfare programmes (health checks, gifts, trips): capacity, who may register (active members only; flagged
 * heavy/hazardous work when the programme says so, a blank flag counting as not hazardous; members of one union
 * group and its sub-groups when it names one) and the members registered, listed by given name for the organiser.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { compareNames } from '../../shared/text/names';
import { withDescendants } from '../../shared/unit-tree';
import type { Programme, welfareContract } from '../../shared/welfare-contract';
import { audit } from '../audit/audit';
import { insertRecord, softDeleteRecord } from '../db/records';
import type { Session } from '../session';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;
type AddInput = z.output<(typeof welfareContract.commands)['welfare.addProgramme']['input']>;

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

async function unitsOf(db: Db): Promise<{ id: string; name: string; parentId: string | null }[]> {
  const rows = (await db('units').whereNull('deleted_at').select('id', 'name', 'parent_id')) as Row[];
  return rows.map((r) => ({ id: String(r.id), name: String(r.name), parentId: str(r.parent_id) }));
}

/** Places taken: registrations of members still in the register (a deleted member frees the place). */
async function registeredCounts(db: Db, ids?: string[]): Promise<Map<string, number>> {
  let q = db('welfare_registrations as r')
    .join('members as m', 'm.id', 'r.member_id')
    .whereNull('r.deleted_at')
    .whereNull('m.deleted_at');
  if (ids) q = q.whereIn('r.programme_id', ids);
  const rows = (await q.groupBy('r.programme_id').select('r.programme_id').count({ n: '*' })) as Row[];
  return new Map(rows.map((r) => [String(r.programme_id), Number(r.n)]));
}

function programmeOut(r: Row, units: Map<string, string>, registered: number): Programme {
  const unitId = str(r.unit_id);
  return {
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as Programme['kind'],
    date: str(r.date),
    capacity: Number(r.capacity),
    hazardousOnly: Boolean(r.hazardous_only),
    unitId,
    unitName: unitId ? (units.get(unitId) ?? null) : null,
    note: str(r.note),
    registered,
    createdAt: String(r.created_at),
  };
}

async function programmeRow(db: Db, id: string): Promise<Row> {
  const row = (await db('welfare_programmes').whereNull('deleted_at').where({ id }).first()) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy chương trình.', { id });
  return row;
}

export async function getProgramme(db: Db, id: string): Promise<Programme> {
  const row = await programmeRow(db, id);
  const units = new Map((await unitsOf(db)).map((u) => [u.id, u.name]));
  return programmeOut(row, units, (await registeredCounts(db, [id])).get(id) ?? 0);
}

export async function listProgrammes(db: Db): Promise<Programme[]> {
  const rows = (await db('welfare_programmes')
    .whereNull('deleted_at')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')) as Row[];
  const units = new Map((await unitsOf(db)).map((u) => [u.id, u.name]));
  const counts = await registeredCounts(db);
  return rows.map((r) => programmeOut(r, units, counts.get(String(r.id)) ?? 0));
}

export async function addProgramme(s: Session, input: AddInput): Promise<Programme> {
  const id = await s.db.transaction(async (trx) => {
    if (input.unitId && !(await unitsOf(trx)).some((u) => u.id === input.unitId))
      throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.', { unitId: input.unitId });
    const row = await insertRecord(trx, s.record, 'welfare_programmes', {
      name: input.name.normalize('NFC'),
      kind: input.kind,
      date: input.date ?? null,
      capacity: input.capacity,
      hazardous_only: input.hazardousOnly === true,
      unit_id: input.unitId ?? null,
      note: input.note?.normalize('NFC') || null,
    });
    await audit(trx, s.record, 'welfare.addProgramme', { type: 'welfare_programmes', id: String(row.id) });
    return String(row.id);
  });
  return getProgramme(s.db, id);
}

/** Why a member may not register (Vietnamese), or null when eligible. */
async function ineligibility(trx: Db, programme: Row, member: Row): Promise<string | null> {
  if (member.status !== 'active') return 'Chỉ đoàn viên đang sinh hoạt mới được đăng ký chương trình.';
  if (Boolean(programme.hazardous_only) && member.hazardous_work !== 1 && member.hazardous_work !== true)
    return 'Chương trình chỉ dành cho đoàn viên làm công việc nặng nhọc, độc hại.';
  const unitId = str(programme.unit_id);
  if (unitId) {
    const scope = withDescendants(await unitsOf(trx), unitId);
    const memberUnit = str(member.unit_id);
    if (!memberUnit || !scope.has(memberUnit))
      return 'Chương trình chỉ dành cho đoàn viên của tổ công đoàn đã chọn (và các tổ trực thuộc).';
  }
  return null;
}

async function memberRow(db: Db, memberId: string): Promise<Row> {
  const m = (await db('members').whereNull('deleted_at').where({ id: memberId }).first()) as Row | undefined;
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId });
  return m;
}

async function registrationOf(db: Db, programmeId: string, memberId: string): Promise<Row | undefined> {
  return (await db('welfare_registrations')
    .whereNull('deleted_at')
    .where({ programme_id: programmeId, member_id: memberId })
    .first()) as Row | undefined;
}

export async function register(s: Session, programmeId: string, memberId: string) {
  return s.db.transaction(async (trx) => {
    const p = await programmeRow(trx, programmeId);
    const m = await memberRow(trx, memberId);
    const name = String(m.full_name);
    if (await registrationOf(trx, programmeId, memberId))
      throw new AppError('CONFLICT', `Đoàn viên ${name} đã đăng ký chương trình này.`, { memberId });
    const why = await ineligibility(trx, p, m);
    if (why) throw new AppError('VALIDATION', `${name}: ${why}`, [{ path: ['memberId'], message: why }]);
    const capacity = Number(p.capacity);
    const registered = (await registeredCounts(trx, [programmeId])).get(programmeId) ?? 0;
    if (registered >= capacity)
      throw new AppError(
        'CONFLICT',
        `Chương trình "${String(p.name)}" đã đủ ${capacity} suất: không thể đăng ký thêm ${name}.`,
        { capacity, registered },
      );
    await insertRecord(trx, s.record, 'welfare_registrations', { programme_id: programmeId, member_id: memberId });
    await audit(trx, s.record, 'welfare.register', { type: 'welfare_programmes', id: programmeId }, { memberId });
    return { registered: registered + 1, capacity };
  });
}

export async function unregister(s: Session, programmeId: string, memberId: string) {
  return s.db.transaction(async (trx) => {
    const p = await programmeRow(trx, programmeId);
    const reg = await registrationOf(trx, programmeId, memberId);
    if (!reg) throw new AppError('NOT_FOUND', 'Đoàn viên chưa đăng ký chương trình này.', { programmeId, memberId });
    await softDeleteRecord(trx, s.record, 'welfare_registrations', String(reg.id));
    await audit(trx, s.record, 'welfare.unregister', { type: 'welfare_programmes', id: programmeId }, { memberId });
    const registered = (await registeredCounts(trx, [programmeId])).get(programmeId) ?? 0;
    return { registered, capacity: Number(p.capacity) };
  });
}

export interface RegisteredMember {
  memberId: string;
  idNumber: string | null;
  fullName: string;
  unitName: string | null;
}

/** The registered members, by given name, then family name, then middle name (Intl.Collator('vi')). */
export async function programmeMembers(db: Db, programmeId: string): Promise<RegisteredMember[]> {
  const rows = (await db('welfare_registrations as r')
    .join('members as m', 'm.id', 'r.member_id')
    .leftJoin('units as u', 'u.id', 'm.unit_id')
    .whereNull('r.deleted_at')
    .whereNull('m.deleted_at')
    .where('r.programme_id', programmeId)
    .select(
      'm.id',
      'm.id_number',
      'm.full_name',
      'm.family_name',
      'm.middle_name',
      'm.given_name',
      'u.name as unit_name',
    )) as Row[];
  const parts = (r: Row) => ({
    familyName: String(r.family_name ?? ''),
    middleName: String(r.middle_name ?? ''),
    givenName: String(r.given_name ?? ''),
    fullName: String(r.full_name),
  });
  return rows
    .sort((a, b) => compareNames(parts(a), parts(b)))
    .map((r) => ({
      memberId: String(r.id),
      idNumber: str(r.id_number),
      fullName: String(r.full_name).normalize('NFC'),
      unitName: str(r.unit_name),
    }));
}

/**
 * An audience → who receives the bulletin and who is skipped, and why. Members come from the register (all active
 * members, groups with their sub-groups, the BCH today, holders of given positions, tagged ones, hand-picked ones),
 * each once; external addresses follow. An address is mailed once even when two entries lead to it.
 */
import type { Knex } from 'knex';
import type { Audience } from '../../shared/bulletins-contract';
import { AppError } from '../../shared/errors';
import { foldVi } from '../../shared/text/fold';
import { isoDay } from '../../shared/text/format';
import type { SnapshotRecipient, SnapshotSkipped } from '../campaigns/snapshot';
import { convenedIds } from '../meetings/read';
import { activeMembersTagged } from '../members/tags';
import { getSettings } from '../settings/settings';
import { normEmail, suppressionMap, tokensOf } from './suppressions';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export interface ResolvedAudience {
  recipients: SnapshotRecipient[];
  skipped: SnapshotSkipped[];
}

async function inChunks<T>(values: string[], query: (part: string[]) => PromiseLike<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 500) out.push(...(await query(values.slice(i, i + 500))));
  return out;
}

/** Members (active, not deleted) holding one of the positions on `day`: "Chủ tịch" matches its title, with or
 * without its body ("Ủy viên BCH"), letters and accents folded. */
async function positionHolders(db: Db, positions: string[], day: string): Promise<string[]> {
  const wanted = new Set(positions.map(foldVi));
  const rows = (await db('member_positions as p')
    .join('members as m', 'm.id', 'p.member_id')
    .whereNull('p.deleted_at')
    .whereNull('m.deleted_at')
    .where('m.status', 'active')
    .where((q) => q.whereNull('p.from_date').orWhere('p.from_date', '<=', day))
    .where((q) => q.whereNull('p.to_date').orWhere('p.to_date', '>=', day))
    .select('p.member_id', 'p.title', 'p.body')) as Row[];
  return rows
    .filter((r) => {
      const title = foldVi(String(r.title ?? ''));
      return wanted.has(title) || wanted.has(foldVi(`${String(r.title ?? '')} ${String(r.body ?? '')}`));
    })
    .map((r) => String(r.member_id));
}

/** A group or member id that names nothing: refused by name rather than counted as nobody. */
async function refuseUnknown(db: Db, a: Audience): Promise<void> {
  for (const [table, ids, message] of [
    ['units', a.unitIds ?? [], 'Không tìm thấy tổ công đoàn'],
    ['members', a.memberIds ?? [], 'Không tìm thấy đoàn viên'],
  ] as const) {
    const wanted = [...new Set(ids)];
    const found = new Set(
      await inChunks(wanted, (part) => db(table).whereNull('deleted_at').whereIn('id', part).pluck('id')),
    );
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length)
      throw new AppError('NOT_FOUND', `${message} (mã ${missing.slice(0, 5).join(', ')}).`, { [table]: missing });
  }
}

async function memberIdsOf(db: Db, a: Audience, day: string): Promise<Set<string>> {
  await refuseUnknown(db, a);
  const ids = new Set<string>();
  if (a.all)
    for (const id of (await db('members').whereNull('deleted_at').where('status', 'active').pluck('id')) as string[])
      ids.add(id);
  const invitees: Row[] = [
    ...(a.unitIds ?? []).map((unit_id) => ({ type: 'unit', unit_id })),
    ...(a.bch ? [{ type: 'bch' }] : []),
    ...(a.memberIds ?? []).map((member_id) => ({ type: 'member', member_id })),
  ];
  if (invitees.length) for (const id of await convenedIds(db, invitees, day)) ids.add(id);
  if (a.positions?.length) for (const id of await positionHolders(db, a.positions, day)) ids.add(id);
  if (a.tags?.length) for (const id of await activeMembersTagged(db, a.tags)) ids.add(id);
  return ids;
}

/** Recipients (register order, then external addresses) and those skipped, each with the reason. */
export async function resolveAudience(db: Db, audience: Audience): Promise<ResolvedAudience> {
  const day = isoDay(new Date());
  const ids = [...(await memberIdsOf(db, audience, day))];
  const rows = (
    await inChunks(ids, (part) =>
      db('members as m')
        .leftJoin('units as u', 'u.id', 'm.unit_id')
        .whereIn('m.id', part)
        .whereNull('m.deleted_at')
        .select('m.id', 'm.full_name', 'm.email', 'm.email_consent', 'm.sort_key', 'u.name as unit_name'),
    )
  ).sort((x: Row, y: Row) =>
    String(x.sort_key) < String(y.sort_key) ? -1 : String(x.sort_key) > String(y.sort_key) ? 1 : 0,
  ) as Row[];
  const optInRequired = (await getSettings(db as Knex)).emailOptInRequired;
  const suppressed = await suppressionMap(db);
  const tokens = await tokensOf(
    db,
    rows.map((r) => String(r.id)),
  );
  const recipients: SnapshotRecipient[] = [];
  const skipped: SnapshotSkipped[] = [];
  const mailed = new Set<string>();
  for (const r of rows) {
    const memberId = String(r.id);
    const name = String(r.full_name);
    const email = r.email ? normEmail(String(r.email)) : '';
    const consent = r.email_consent === null || r.email_consent === undefined ? null : Boolean(r.email_consent);
    const reason = !email
      ? 'noEmail'
      : (suppressed.get(email) ?? (consent === false || (consent === null && optInRequired) ? 'noConsent' : null));
    if (reason) {
      skipped.push({ memberId, email: email || null, name, reason });
      continue;
    }
    if (mailed.has(email)) continue;
    mailed.add(email);
    const unit = r.unit_name === null || r.unit_name === undefined ? null : String(r.unit_name);
    recipients.push({ memberId, email, name, unit, unsubscribeToken: tokens.get(memberId) ?? null });
  }
  for (const raw of audience.external ?? []) {
    const email = normEmail(raw);
    if (mailed.has(email)) continue;
    const state = suppressed.get(email);
    if (state) {
      if (!skipped.some((x) => x.email === email)) skipped.push({ memberId: null, email, name: email, reason: state });
      continue;
    }
    mailed.add(email);
    recipients.push({ memberId: null, email, name: email, unit: null, unsubscribeToken: null });
  }
  return { recipients, skipped };
}

/** "bỏ qua" counts by reason, as audiences.count answers them. */
export function countAudience(a: ResolvedAudience) {
  const skipped = { noEmail: 0, noConsent: 0, unsubscribed: 0, bounced: 0 };
  for (const s of a.skipped) skipped[s.reason]++;
  return { recipients: a.recipients.length, skipped };
}

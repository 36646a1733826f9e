/**
 * Addresses that stopped bulletins (unsubscribed) or bounced for good (a hard bounce written by the sending side),
 * one synced row per address, and each member's unsubscribe token. A suppression takes effect at once: the
 * sending engine checks each batch it claims (`suppressedAmong`), so a queued campaign's later sends skip the address;
 * a hard bounce (5.1.x) it meets is suppressed here as 'bounced'.
 */
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;
export type SuppressionState = 'unsubscribed' | 'bounced';

export const normEmail = (email: string) => email.normalize('NFC').trim().toLowerCase();

/** Marks an address unsubscribed or bounced (a later call replaces the state and reason). */
export async function suppress(
  trx: Knex.Transaction,
  record: RecordContext,
  email: string,
  state: SuppressionState,
  reason: string | null = null,
): Promise<void> {
  const key = normEmail(email);
  const values = { state, reason: reason?.normalize('NFC').trim() || null, at: new Date().toISOString() };
  const row = (await trx('email_suppressions').where({ email: key }).first('id')) as Row | undefined;
  if (row) await updateRecord(trx, record, 'email_suppressions', String(row.id), { ...values, deleted_at: null });
  else await insertRecord(trx, record, 'email_suppressions', { email: key, ...values });
}

/** The address's state, or null when mail may go to it. */
export async function isSuppressed(db: Db, email: string): Promise<SuppressionState | null> {
  const row = (await db('email_suppressions')
    .where({ email: normEmail(email) })
    .whereNull('deleted_at')
    .first('state')) as Row | undefined;
  return row ? (row.state as SuppressionState) : null;
}

/** The suppressed ones among some addresses (normalised), in one query: the sending engine's check per batch. */
export async function suppressedAmong(db: Db, emails: string[]): Promise<Map<string, SuppressionState>> {
  const keys = [...new Set(emails.map(normEmail))];
  const rows = (await db('email_suppressions')
    .whereIn('email', keys)
    .whereNull('deleted_at')
    .select('email', 'state')) as Row[];
  return new Map(rows.map((r) => [String(r.email), r.state as SuppressionState]));
}

/** Every suppressed address with its state (for resolving an audience in one query). */
export async function suppressionMap(db: Db): Promise<Map<string, SuppressionState>> {
  const rows = (await db('email_suppressions').whereNull('deleted_at').select('email', 'state')) as Row[];
  return new Map(rows.map((r) => [String(r.email), r.state as SuppressionState]));
}

export async function unsubscribe(s: Session, email: string, reason?: string) {
  const key = normEmail(email);
  return s.db.transaction(async (trx) => {
    await suppress(trx, s.record, key, 'unsubscribed', reason ?? null);
    const memberIds = (await trx('members')
      .whereNull('deleted_at')
      .whereRaw('lower(trim(email)) = ?', [key])
      .orderBy('sort_key')
      .pluck('id')) as string[];
    return { email: key, memberIds };
  });
}

export async function resubscribe(s: Session, email: string) {
  const key = normEmail(email);
  await s.db.transaction(async (trx) => {
    const row = (await trx('email_suppressions').where({ email: key }).whereNull('deleted_at').first('id')) as
      Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', `Địa chỉ ${key} không nằm trong danh sách ngừng nhận.`, { email: key });
    await softDeleteRecord(trx, s.record, 'email_suppressions', String(row.id));
  });
  return { email: key };
}

export async function listSuppressed(db: Db) {
  const rows = (await db('email_suppressions')
    .whereNull('deleted_at')
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'email', order: 'asc' },
    ])
    .select('email', 'state', 'reason', 'at')) as Row[];
  return {
    items: rows.map((r) => ({
      email: String(r.email),
      state: r.state as SuppressionState,
      reason: r.reason === null || r.reason === undefined ? null : String(r.reason),
      at: String(r.at),
    })),
  };
}

/** Stored tokens by member id (members without one are absent). */
export async function tokensOf(db: Db, memberIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < memberIds.length; i += 500) {
    const rows = (await db('member_unsubscribe_tokens')
      .whereNull('deleted_at')
      .whereIn('member_id', memberIds.slice(i, i + 500))
      .select('member_id', 'token')) as Row[];
    for (const r of rows) out.set(String(r.member_id), String(r.token));
  }
  return out;
}

/**
 * Each member's token, made on first need (random, 128 bits, URL-safe) and kept for good, so the links in every
 * bulletin a member has received keep working.
 */
export async function ensureTokens(
  trx: Knex.Transaction,
  record: RecordContext,
  memberIds: string[],
): Promise<Map<string, string>> {
  const have = await tokensOf(trx, memberIds);
  for (const id of memberIds) {
    if (have.has(id)) continue;
    const token = randomBytes(16).toString('base64url');
    await insertRecord(trx, record, 'member_unsubscribe_tokens', { member_id: id, token });
    have.set(id, token);
  }
  return have;
}

/** The member a token belongs to (a reply or the https form naming it), or null. */
export async function memberOfToken(db: Db, token: string): Promise<string | null> {
  const row = (await db('member_unsubscribe_tokens').where({ token }).whereNull('deleted_at').first('member_id')) as
    Row | undefined;
  return row ? String(row.member_id) : null;
}

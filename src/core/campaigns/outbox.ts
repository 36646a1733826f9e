/**
 * The outbox's state changes, each committed before the step it guards: a row is 'sending' (committed) before its
 * SMTP transaction starts, and learns its outcome after. A row found 'sending' when a campaign starts was being
 * handed to the server when the app died: it becomes 'uncertain' and is not sent again unless the user asks.
 */
import type { Knex } from 'knex';
import { noteChange } from '../db/records';
import { connectionOf, runPrepared } from '../db/statements';
import type { Session } from '../session';
import { normEmail, type SuppressionState, suppressedAmong } from '../bulletins/suppressions';
import { RECIPIENTS } from './store';

export interface OutboxRow {
  id: string;
  email: string;
  name: string;
  unit: string | null;
  token: string | null;
  attachments: string | null;
  tries: number;
}

export type Outcome =
  | { id: string; state: 'sent'; response: string; at: number }
  | { id: string; state: 'failedTemp'; response: string; at: number; tries: number }
  /** `email` when the answer says the mailbox does not exist (a hard bounce): the address is suppressed. */
  | { id: string; state: 'failedPerm'; response: string; bouncedEmail?: string }
  /** The account failed (auth/TLS): the row goes back to the queue, the try not counted. */
  | { id: string; state: 'queued'; response: string };

export const UNCERTAIN_NOTE = 'Ứng dụng dừng giữa lúc gửi thư này: có thể đã gửi, có thể chưa.';

export async function markUncertain(s: Session, campaignId: string): Promise<number> {
  const n = await s
    .db(RECIPIENTS)
    .where({ campaign_id: campaignId, state: 'sending' })
    .update({ state: 'uncertain', last_response: UNCERTAIN_NOTE, updated_at: new Date().toISOString() });
  if (n > 0) noteChange(s.db, s.record, RECIPIENTS, 'all');
  return n;
}

function outcomeValues(
  o: Exclude<Outcome, { state: 'queued' }>,
  retryDelays: number[],
): { state: string; last_response: string; sent_at?: string; next_at: number | null } {
  switch (o.state) {
    case 'sent':
      return { state: 'sent', last_response: o.response, sent_at: new Date(o.at).toISOString(), next_at: null };
    case 'failedTemp': {
      // The tries are used up: the row is given up, not left waiting for a retry that will never come.
      const delay = retryDelays[o.tries - 1];
      if (!delay) return { state: 'gaveUp', last_response: o.response, next_at: null };
      return { state: 'failedTemp', last_response: o.response, next_at: o.at + delay * 1000 };
    }
    case 'failedPerm':
      return { state: 'failedPerm', last_response: o.response, next_at: null };
  }
}

const OUTCOME_SQL = `UPDATE ${RECIPIENTS} SET state = ?, last_response = ?, sent_at = ?, next_at = ?, updated_at = ? WHERE id = ?`;
const REQUEUE_SQL = `UPDATE ${RECIPIENTS} SET state = 'queued', last_response = ?, tries = tries - 1, updated_at = ? WHERE id = ?`;

/** Writes the outcomes of messages handed over since the last step (prepared statements: one per message). */
export async function writeOutcomes(trx: Knex.Transaction, outcomes: Outcome[], retryDelays: number[]): Promise<void> {
  if (outcomes.length === 0) return;
  const now = new Date().toISOString();
  const conn = await connectionOf(trx);
  for (const o of outcomes) {
    if (o.state === 'queued') {
      await runPrepared(conn, REQUEUE_SQL, [o.response, now, o.id]);
      continue;
    }
    const v = outcomeValues(o, retryDelays);
    await runPrepared(conn, OUTCOME_SQL, [v.state, v.last_response, v.sent_at ?? null, v.next_at ?? null, now, o.id]);
  }
}

/** The server's answer says the mailbox does not exist (5.1.x): mail to it will never arrive. */
export const isHardBounce = (response: string): boolean =>
  /\b5\.1\.\d\b|user unknown|no such (user|mailbox)|mailbox (unavailable|not found)|does not exist/i.test(response);

const SKIPPED_NOW: Record<SuppressionState, string> = {
  unsubscribed: 'Đã hủy đăng ký nhận bản tin sau khi đợt gửi được tạo.',
  bounced: 'Địa chỉ bị máy chủ trả về vĩnh viễn (hộp thư không tồn tại).',
};

/**
 * Takes up to `limit` rows due now (queued, or failedTemp whose wait is over) and marks them 'sending'. An address
 * unsubscribed or bounced since the campaign was made is skipped here, so an unsubscribe takes effect at once.
 */
export async function claimRows(
  trx: Knex.Transaction,
  campaignId: string,
  limit: number,
  now: number,
): Promise<OutboxRow[]> {
  if (limit <= 0) return [];
  const rows = (await trx(RECIPIENTS)
    .where({ campaign_id: campaignId })
    .where((w) =>
      w.where({ state: 'queued' }).orWhere((f) => f.where({ state: 'failedTemp' }).where('next_at', '<=', now)),
    )
    .orderBy('position')
    .limit(limit)
    .select('id', 'email', 'name', 'unit', 'token', 'attachments', 'tries')) as OutboxRow[];
  if (rows.length === 0) return rows;
  // A meeting invitation is not a bulletin: only a hard bounce stops it, not an unsubscribe from bulletins.
  const kind = ((await trx('campaigns').where({ id: campaignId }).first('kind')) as { kind: string }).kind;
  const suppressed = new Map(
    [
      ...(await suppressedAmong(
        trx,
        rows.map((r) => r.email),
      )),
    ].filter(([, state]) => kind !== 'invitation' || state === 'bounced'),
  );
  const at = new Date().toISOString();
  for (const r of rows) {
    const state = suppressed.get(normEmail(r.email));
    if (state)
      await trx(RECIPIENTS)
        .where({ id: r.id })
        .update({ state: 'skipped', last_response: SKIPPED_NOW[state], updated_at: at });
  }
  const claimed = rows.filter((r) => !suppressed.has(normEmail(r.email)));
  if (claimed.length === 0) return claimRows(trx, campaignId, limit, now); // the skipped ones are out of the way
  await trx(RECIPIENTS)
    .whereIn(
      'id',
      claimed.map((r) => r.id),
    )
    .update({ state: 'sending', tries: trx.raw('tries + 1'), updated_at: at });
  return claimed.map((r) => ({ ...r, tries: r.tries + 1 }));
}

/** When the next failed message may be tried again; null: nothing waits for a retry. */
export async function nextRetryAt(db: Knex, campaignId: string): Promise<number | null> {
  const row = (await db(RECIPIENTS)
    .where({ campaign_id: campaignId, state: 'failedTemp' })
    .whereNotNull('next_at')
    .min({ at: 'next_at' })
    .first()) as { at: number | null } | undefined;
  return row?.at == null ? null : Number(row.at);
}

export async function hasDueWork(db: Knex, campaignId: string, now: number): Promise<boolean> {
  const row = await db(RECIPIENTS)
    .where({ campaign_id: campaignId })
    .where((w) =>
      w.where({ state: 'queued' }).orWhere((f) => f.where({ state: 'failedTemp' }).where('next_at', '<=', now)),
    )
    .first('id');
  return row !== undefined;
}

/**
 * Campaigns and their outbox in the encrypted database (migration 013): created from a frozen snapshot, read back
 * with their counts. Local tables, written with plain statements inside transactions and announced on the change
 * feed (noteChange), since no outbox row is owed for them.
 */
import type { Knex } from 'knex';
import type { Campaign } from '../../shared/campaigns-contract';
import { AppError } from '../../shared/errors';
import { uuidv7 } from '../db/ids';
import { noteChange } from '../db/records';
import type { Session } from '../session';
import type { CampaignSnapshot, SnapshotSkipped } from './snapshot';

export const CAMPAIGNS = 'campaigns';
export const RECIPIENTS = 'campaign_recipients';

export interface CampaignRow {
  id: string;
  kind: 'bulletin' | 'invitation';
  source_id: string;
  subject: string;
  html: string;
  text: string;
  attachments: string;
  state: Campaign['state'];
  pause_reason: Campaign['pauseReason'];
  pause_message: string | null;
  resume_at: string | null;
  created_at: string;
  finished_at: string | null;
}

const INSERT_CHUNK = 60;

/**
 * A row's state as reported: a temporary failure left with no next try (written before 'gaveUp' existed) is given up.
 */
export const REPORTED_STATE = "CASE WHEN state = 'failedTemp' AND next_at IS NULL THEN 'gaveUp' ELSE state END";

export async function createCampaign(
  s: Session,
  snapshot: CampaignSnapshot,
  /** The caller's write transaction (the snapshot was resolved in it); none: one of its own. */
  outer?: Knex.Transaction,
): Promise<{ id: string; recipients: number; skipped: Record<SnapshotSkipped['reason'], number> }> {
  const id = uuidv7();
  const now = new Date().toISOString();
  const base = { created_at: now, updated_at: now, deleted_at: null };
  const rows = [
    ...snapshot.recipients.map((r) => ({
      member_id: r.memberId,
      email: r.email,
      name: r.name,
      unit: r.unit,
      token: r.unsubscribeToken,
      attachments: r.attachments?.length ? JSON.stringify(r.attachments) : null,
      state: 'queued',
      last_response: null,
    })),
    ...snapshot.skipped.map((k) => ({
      member_id: k.memberId,
      email: k.email,
      name: k.name,
      unit: null,
      token: null,
      attachments: null,
      state: 'skipped',
      last_response: k.reason,
    })),
  ].map((r, position) => ({ ...base, id: uuidv7(), campaign_id: id, position, tries: 0, ...r }));
  const inTrx = (work: (trx: Knex.Transaction) => Promise<void>) => (outer ? work(outer) : s.db.transaction(work));
  await inTrx(async (trx) => {
    await trx(CAMPAIGNS).insert({
      ...base,
      id,
      kind: snapshot.kind,
      source_id: snapshot.sourceId,
      subject: snapshot.subject,
      html: snapshot.html,
      text: snapshot.text,
      // Inline images ride in the same column: their cid tells them apart (campaigns/message.ts).
      attachments: JSON.stringify([...snapshot.attachments, ...(snapshot.inlineImages ?? [])]),
      state: 'ready',
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx(RECIPIENTS).insert(rows.slice(i, i + INSERT_CHUNK));
    noteChange(trx, s.record, CAMPAIGNS, id);
    noteChange(trx, s.record, RECIPIENTS, 'all');
  });
  const skipped = { noEmail: 0, noConsent: 0, unsubscribed: 0, bounced: 0 };
  for (const k of snapshot.skipped) skipped[k.reason] += 1;
  return { id, recipients: snapshot.recipients.length, skipped };
}

export async function campaignRow(db: Knex, id: string): Promise<CampaignRow> {
  const row = (await db(CAMPAIGNS).where({ id }).whereNull('deleted_at').first()) as CampaignRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt gửi này.', { id });
  return row;
}

export async function setCampaign(
  db: Knex | Knex.Transaction,
  s: Session,
  id: string,
  values: Partial<Omit<CampaignRow, 'id'>>,
): Promise<void> {
  await db(CAMPAIGNS)
    .where({ id })
    .update({ ...values, updated_at: new Date().toISOString() });
  noteChange(db, s.record, CAMPAIGNS, id);
}

export async function campaignCounts(db: Knex, id: string): Promise<Campaign['counts']> {
  const rows = (await db(RECIPIENTS)
    .where({ campaign_id: id })
    .select(db.raw(`${REPORTED_STATE} AS state`))
    .count({ n: '*' })
    .groupBy(db.raw(REPORTED_STATE))) as { state: string; n: number }[];
  const counts = {
    queued: 0,
    sent: 0,
    failedTemp: 0,
    gaveUp: 0,
    failedPerm: 0,
    skipped: 0,
    uncertain: 0,
    remaining: 0,
  };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.state in counts) counts[r.state as keyof typeof counts] += n;
    if (r.state === 'queued' || r.state === 'failedTemp' || r.state === 'sending') counts.remaining += n;
  }
  return counts;
}

/** Messages per second over the last minute of sending. */
async function recentRate(db: Knex, id: string): Promise<number> {
  const since = new Date(Date.now() - 60_000).toISOString();
  const row = (await db(RECIPIENTS)
    .where({ campaign_id: id, state: 'sent' })
    .where('sent_at', '>=', since)
    .count({ n: '*' })
    .min({ first: 'sent_at' })
    .first()) as { n: number; first: string | null };
  if (!row.first || Number(row.n) < 2) return 0;
  const seconds = Math.max(1, (Date.now() - Date.parse(row.first)) / 1000);
  return Math.round((Number(row.n) / seconds) * 10) / 10;
}

export async function readCampaign(db: Knex, id: string): Promise<Campaign> {
  const row = await campaignRow(db, id);
  return {
    id: row.id,
    kind: row.kind,
    sourceId: row.source_id,
    subject: row.subject,
    state: row.state,
    pauseReason: row.pause_reason,
    pauseMessage: row.pause_message,
    resumeAt: row.resume_at,
    counts: await campaignCounts(db, id),
    rate: row.state === 'sending' ? await recentRate(db, id) : 0,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export async function listCampaigns(db: Knex): Promise<Campaign[]> {
  const ids = (await db(CAMPAIGNS).whereNull('deleted_at').orderBy('created_at', 'desc').pluck('id')) as string[];
  return Promise.all(ids.map((id) => readCampaign(db, id)));
}

/** Sent messages in the rolling 24 hours (every campaign; test messages are not in the outbox). */
export async function sentInLastDay(db: Knex, now: number): Promise<{ count: number; oldest: string | null }> {
  const since = new Date(now - 86_400_000).toISOString();
  const row = (await db(RECIPIENTS)
    .where({ state: 'sent' })
    .where('sent_at', '>', since)
    .count({ n: '*' })
    .min({ oldest: 'sent_at' })
    .first()) as { n: number; oldest: string | null };
  return { count: Number(row.n), oldest: row.oldest };
}

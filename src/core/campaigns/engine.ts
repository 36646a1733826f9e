/**
 * The sending loop of one campaign. Rows are claimed a few at a time ('sending', committed), handed to the pooled
 * transport at the configured rate, and their outcomes written with the next claim. It stops when nothing is left
 * (finished), at the rolling daily quota (paused 'quota', resumeAt), on an account fault (auth/TLS), after too
 * many transient failures in a row (breaker), when the user paused or cancelled, or when the vault closes.
 */
import type { Campaign } from '../../shared/campaigns-contract';
import type { SmtpConfig } from '../../shared/mail-contract';
import type { FileData } from '../../shared/file-data';
import { VN_TIME_ZONE } from '../../shared/text/format';
import type { Knex } from 'knex';
import { suppress } from '../bulletins/suppressions';
import { mailAccount } from '../mail/config';
import { classifySmtpError, createMailTransport } from '../mail/transport';
import type { Session } from '../session';
import { buildMessage } from './message';
import { prebuiltParts } from './parts';
import {
  claimRows,
  hasDueWork,
  isHardBounce,
  markUncertain,
  nextRetryAt,
  writeOutcomes,
  type Outcome,
  type OutboxRow,
} from './outbox';
import { campaignCounts, campaignRow, readCampaign, sentInLastDay, setCampaign } from './store';

export interface SendOptions {
  ratePerSecond?: number;
  maxConnections?: number;
  /** Transient failures in a row that pause the campaign ('breaker'). */
  breakerThreshold?: number;
  timeoutSeconds?: number;
}

export interface SendDeps {
  session(): Session;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  emit?(campaign: Campaign): void;
  progress?(done: number, total: number): void;
  now?(): number;
}

export interface SendSummary {
  sent: number;
  failedTemp: number;
  gaveUp: number;
  failedPerm: number;
  remaining: number;
  uncertain: number;
  state: Campaign['state'];
  pauseReason: Campaign['pauseReason'];
}

type Stop = { reason: 'auth' | 'tls' | 'breaker'; message: string } | null;

const VN_CLOCK = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VN_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const EMIT_EVERY_MS = 500;
const BREAKER_MESSAGE = 'Nhiều thư liên tiếp gửi không được (máy chủ không trả lời hoặc từ chối tạm thời).';

/** A mailbox that does not exist is suppressed ('bounced'): no later campaign tries it again. */
async function suppressBounces(trx: Knex.Transaction, s: Session, outcomes: Outcome[]): Promise<void> {
  for (const o of outcomes)
    if (o.state === 'failedPerm' && o.bouncedEmail)
      await suppress(trx, s.record, o.bouncedEmail, 'bounced', o.response);
}

export async function summary(s: Session, id: string): Promise<SendSummary> {
  const c = await readCampaign(s.db, id);
  const { sent, failedTemp, gaveUp, failedPerm, remaining, uncertain } = c.counts;
  return { sent, failedTemp, gaveUp, failedPerm, remaining, uncertain, state: c.state, pauseReason: c.pauseReason };
}

export async function sendCampaign(id: string, opts: SendOptions, deps: SendDeps): Promise<SendSummary> {
  const now = deps.now ?? Date.now;
  const start = await deps.exclusive(async () => {
    const s = deps.session();
    const row = await campaignRow(s.db, id);
    if (row.state === 'finished' || row.state === 'cancelled') return null;
    if (row.state === 'paused' && row.pause_reason === 'quota' && row.resume_at && Date.parse(row.resume_at) > now()) {
      return null;
    }
    await markUncertain(s, id);
    await setCampaign(s.db, s, id, { state: 'sending', pause_reason: null, pause_message: null, resume_at: null });
    return { row, account: await mailAccount(s.db) };
  });
  if (!start) return summary(deps.session(), id);
  const { config, password } = start.account;
  const content = {
    subject: start.row.subject,
    html: start.row.html,
    text: start.row.text,
    attachments: JSON.parse(start.row.attachments) as FileData[],
  };
  const shared = await prebuiltParts(content.attachments);
  const rate = opts.ratePerSecond ?? config.ratePerSecond;
  const connections = opts.maxConnections ?? config.maxConnections;
  const window = Math.max(1, Math.min(connections * 8, Math.ceil(rate)));
  const transport = createMailTransport(config, password, {
    maxConnections: connections,
    timeoutSeconds: opts.timeoutSeconds,
  });
  const inflight = new Set<Promise<void>>();
  let outcomes: Outcome[] = [];
  let stop = null as Stop; // set from the sends' callbacks
  let transientInARow = 0;
  let nextStart = now();
  let lastEmit = 0;
  /** Sent in the rolling day before this job's own messages; and this job's (written or not). */
  let sentBefore: number | null = null;
  let sentHere = 0;
  /** Sent outcomes not in the database yet (they arrived during this write turn). */
  const unwrittenSent = () => outcomes.filter((o) => o.state === 'sent').length;

  const report = async (force: boolean) => {
    if (!force && now() - lastEmit < EMIT_EVERY_MS) return;
    lastEmit = now();
    const s = deps.session();
    const c = await readCampaign(s.db, id);
    deps.emit?.(c);
    const { sent, failedPerm, gaveUp, uncertain, remaining } = c.counts;
    const total = sent + failedPerm + gaveUp + uncertain + remaining;
    deps.progress?.(total - c.counts.remaining, Math.max(1, total));
  };

  const sendOne = async (r: OutboxRow, cfg: SmtpConfig) => {
    const message = buildMessage(
      cfg,
      id,
      content,
      { ...r, attachments: r.attachments ? (JSON.parse(r.attachments) as FileData[]) : null },
      shared,
    );
    try {
      const info = await transport.sendMail(message);
      transientInARow = 0;
      sentHere += 1;
      outcomes.push({ id: r.id, state: 'sent', response: String(info.response ?? '250'), at: now() });
    } catch (err) {
      const c = classifySmtpError(err, password);
      if (c.kind === 'auth' || c.kind === 'tls') {
        stop ??= { reason: c.kind, message: c.response };
        outcomes.push({ id: r.id, state: 'queued', response: c.response });
      } else if (c.kind === 'perm') {
        const bouncedEmail = isHardBounce(c.response) ? r.email : undefined;
        outcomes.push({ id: r.id, state: 'failedPerm', response: c.response, bouncedEmail });
      } else {
        transientInARow += 1;
        if (transientInARow >= (opts.breakerThreshold ?? 10)) stop ??= { reason: 'breaker', message: BREAKER_MESSAGE };
        outcomes.push({ id: r.id, state: 'failedTemp', response: c.response, at: now(), tries: r.tries });
      }
    }
  };

  /** One write turn: the outcomes so far, the campaign's state (the user may have paused), the next rows. */
  const step = async (limit: number) =>
    deps.exclusive(async () => {
      const s = deps.session();
      const done = outcomes;
      outcomes = [];
      return s.db.transaction(async (trx) => {
        await writeOutcomes(trx, done, config.retryDelays);
        await suppressBounces(trx, s, done);
        const state = ((await trx('campaigns').where({ id }).first('state')) as { state: string }).state;
        if (state !== 'sending' || stop) return { state, rows: [] as OutboxRow[], quotaLeft: 0 };
        // Counted once, then kept up here; counted again near the limit (another campaign may be sending too).
        const countBefore = async () => (await sentInLastDay(trx, now())).count - (sentHere - unwrittenSent());
        sentBefore ??= await countBefore();
        let quotaLeft = config.dailyQuota - sentBefore - sentHere - inflight.size;
        if (quotaLeft < window * 2) {
          sentBefore = await countBefore();
          quotaLeft = config.dailyQuota - sentBefore - sentHere - inflight.size;
        }
        return { state, rows: await claimRows(trx, id, Math.min(limit, quotaLeft), now()), quotaLeft };
      });
    });

  let end: { state: Campaign['state']; reason?: Campaign['pauseReason']; message?: string; resumeAt?: string } | null =
    null;
  try {
    await report(true); // the state changed to 'sending'
    for (;;) {
      const { state, rows, quotaLeft } = await step(window - inflight.size);
      if (state !== 'sending') break; // paused or cancelled by the user: their state stays
      for (const r of rows) {
        if (stop) {
          outcomes.push({ id: r.id, state: 'queued', response: stop.message });
          continue;
        }
        if (nextStart - now() > 1) await sleep(nextStart - now()); // a timer of 0 still costs a millisecond
        nextStart = Math.max(now(), nextStart) + 1000 / rate;
        const p = sendOne(r, config).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      await report(false);
      if (inflight.size > 0) {
        // Refill by halves: a write turn for every few messages, not for each.
        await Promise.race(inflight);
        while (rows.length > 0 && inflight.size > window / 2) await Promise.race(inflight);
        continue;
      }
      if (rows.length > 0) continue;
      if (stop) {
        await step(0);
        end = { state: 'paused', reason: stop.reason, message: stop.message };
        break;
      }
      const s = deps.session();
      if (quotaLeft <= 0 && (await hasDueWork(s.db, id, now()))) {
        const { oldest } = await sentInLastDay(s.db, now());
        const resumeAt = new Date((oldest ? Date.parse(oldest) : now()) + 86_400_000).toISOString();
        const when = VN_CLOCK.format(new Date(resumeAt)); // "13:52 07/12/2026", as the secretary reads a time
        const message = `Đã gửi đủ hạn mức ${config.dailyQuota} thư trong 24 giờ; sẽ gửi tiếp lúc ${when}.`;
        end = { state: 'paused', reason: 'quota', message, resumeAt };
        break;
      }
      const retryAt = await nextRetryAt(s.db, id);
      if (retryAt === null) {
        end = { state: 'finished' };
        break;
      }
      await sleep(Math.min(retryAt - now(), 5000));
    }
  } finally {
    await Promise.allSettled([...inflight]);
    transport.close();
  }
  await deps.exclusive(async () => {
    const s = deps.session();
    await s.db.transaction(async (trx) => {
      await writeOutcomes(trx, outcomes, config.retryDelays);
      await suppressBounces(trx, s, outcomes);
    });
    outcomes = [];
    if (!end) return;
    const counts = await campaignCounts(s.db, id);
    if (end.state === 'finished' && counts.remaining > 0) return;
    await setCampaign(s.db, s, id, {
      state: end.state,
      pause_reason: end.reason ?? null,
      pause_message: end.message ?? null,
      resume_at: end.resumeAt ?? null,
      finished_at: end.state === 'finished' ? new Date(now()).toISOString() : null,
    });
  });
  await report(true);
  return summary(deps.session(), id);
}

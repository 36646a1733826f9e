/**
 * One sender per campaign, across processes: the app and the CLI (two cores on one data folder) may both be asked to
 * send the same campaign. The lease is the send job's own row in `jobs` (no column of its own): among the send jobs
 * of a campaign still marked running, the one inserted first (SQLite's rowid: inserts are serialised) that a live
 * runner owns is the sender. A later job yields to it; a `campaigns.send` arriving meanwhile joins it (its job id).
 * A row left running by a dead process is taken over with the jobs' own compare-and-set on the owner, so that an
 * unlock resuming it and a new send cannot both go ahead.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { claimJob, type JobRow, markInterrupted, ownedByLiveOther } from '../jobs/store';
import type { Session } from '../session';

export const SEND_JOB_KIND = 'campaigns.send';

/** Campaigns being sent by this process, with their job: a second `send` joins the running job. */
export const runningSends = new Map<string, string>();

export const SENDING_ELSEWHERE =
  'Đợt gửi này đang được gửi bởi một phiên UnionDesk khác trên máy này (ứng dụng hoặc dòng lệnh). ' +
  'Không gửi lần thứ hai: hãy đợi phiên kia gửi xong, hoặc tạm dừng ở đó rồi gửi tiếp ở đây.';
export const TAKEN_OVER = 'Tiến trình gửi đợt này đã dừng đột ngột; một lần gửi mới đã tiếp tục thay nó.';

type SendRow = JobRow & { seq: number };

/** The send jobs of a campaign that their rows say are running, in the order they were inserted. */
async function sendRows(db: Knex, campaignId: string): Promise<SendRow[]> {
  const rows = (await db('jobs')
    .where({ kind: SEND_JOB_KIND })
    .whereIn('state', ['queued', 'running'])
    .whereNull('deleted_at')
    .select('*', db.raw('rowid AS seq'))
    .orderBy('seq')) as SendRow[];
  return rows.filter((r) => r.input !== null && (JSON.parse(r.input) as { id?: string }).id === campaignId);
}

/** Whether the job of this row is being run now: by this process (its own map), or by another live process. */
function isLive(row: JobRow, campaignId: string): boolean {
  const pid = Number(row.owner?.split('|')[1]);
  if (pid === process.pid) return runningSends.get(campaignId) === row.id;
  return ownedByLiveOther(row.owner, '');
}

/** The job that is sending this campaign now, if any (for `campaigns.send` to join). */
export async function liveSender(db: Knex, campaignId: string): Promise<string | null> {
  const running = runningSends.get(campaignId);
  if (running) return running;
  for (const row of await sendRows(db, campaignId)) if (isLive(row, campaignId)) return row.id;
  return null;
}

/**
 * Before a send job touches the outbox: the job `jobId` goes ahead only if no earlier send job of the campaign is
 * live. Earlier rows of dead processes are claimed (owner compare-and-set) and closed as interrupted; a row another
 * runner claimed first is live. Throws CONFLICT (with the sender's job id) when this job must not send.
 */
export async function takeSendLease(s: Session, campaignId: string, jobId: string): Promise<void> {
  const rows = await sendRows(s.db, campaignId);
  const me = rows.find((r) => r.id === jobId)?.owner; // this job's runner, as its row names it
  for (const row of rows) {
    if (row.id === jobId || !me) return; // every earlier one is gone: this job is the sender
    if (!isLive(row, campaignId) && (await claimJob(s.db, s.record, row, me))) {
      await markInterrupted(s.db, s.record, row.id, TAKEN_OVER);
      continue;
    }
    throw new AppError('CONFLICT', SENDING_ELSEWHERE, { jobId: row.id });
  }
}

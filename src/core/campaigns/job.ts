/**
 * `campaigns.send` as a persistent, resumable job: after the app died mid-campaign, the next unlock runs it again;
 * the engine first turns the rows left 'sending' into 'uncertain' (sent at most once unless the user asks).
 */
import type { Campaign } from '../../shared/campaigns-contract';
import type { JobKind } from '../jobs/kinds';
import type { Jobs } from '../jobs/jobs';
import { AppError } from '../../shared/errors';
import { sendCampaign, type SendOptions, type SendSummary } from './engine';
import { runningSends, SEND_JOB_KIND, SENDING_ELSEWHERE, takeSendLease } from './lease';

export { runningSends, SEND_JOB_KIND } from './lease';

export interface SendInput extends SendOptions {
  id: string;
}

/** What the job needs from the core beyond its JobContext (set by the module's onUnlock). */
export const campaignHooks: { emit: ((c: Campaign) => void) | null; jobs: Jobs | null } = { emit: null, jobs: null };

const quotaTimers = new Map<string, NodeJS.Timeout>();

/** A campaign paused at the quota starts again by itself at resumeAt while the app stays open. */
function scheduleQuotaResume(id: string, resumeAt: string | null): void {
  if (!resumeAt || !campaignHooks.jobs) return;
  clearTimeout(quotaTimers.get(id));
  const jobs = campaignHooks.jobs;
  const timer = setTimeout(
    () => {
      quotaTimers.delete(id);
      if (!runningSends.has(id)) void jobs.run(SEND_JOB_KIND, { id }).catch(() => undefined);
    },
    Math.max(1000, Date.parse(resumeAt) - Date.now()),
  );
  timer.unref();
  quotaTimers.set(id, timer);
}

export const campaignSendJob: JobKind<SendInput, SendSummary & { resumeAt: string | null }> = {
  kind: SEND_JOB_KIND,
  resumable: true,
  async run(input, job) {
    const running = runningSends.get(input.id);
    if (running) throw new AppError('CONFLICT', SENDING_ELSEWHERE, { jobId: running }); // e.g. the quota's timer
    runningSends.set(input.id, job.jobId); // before any await: a send arriving meanwhile joins this job
    try {
      // Another process (the app, the CLI) may be sending it: then this job yields, before touching the outbox.
      await job.exclusive(() => takeSendLease(job.session, input.id, job.jobId));
      const { id, ...opts } = input;
      const out = await sendCampaign(id, opts, {
        session: () => job.session,
        exclusive: job.exclusive,
        progress: job.progress,
        emit: (c) => campaignHooks.emit?.(c),
      });
      const row = (await job.session.db('campaigns').where({ id }).first('resume_at')) as { resume_at: string | null };
      if (out.pauseReason === 'quota') scheduleQuotaResume(id, row.resume_at);
      return { ...out, resumeAt: row.resume_at };
    } finally {
      runningSends.delete(input.id);
    }
  },
};

/** Runs a long core job: follows `job.progress` events for it and waits for the end with `jobs.wait`. */
import { useCallback, useState } from 'react';
import type { JobInfo } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { CallError } from '../api/call';

export function jobPercent(job: JobInfo): number {
  if (job.state === 'done') return 100;
  if (job.total > 0) return Math.min(99, Math.round((job.done / job.total) * 100));
  return 0;
}

export function useJob() {
  const { api, call } = useApi();
  const [job, setJob] = useState<JobInfo | null>(null);

  const run = useCallback(
    async (start: () => Promise<{ jobId: string }>): Promise<JobInfo> => {
      setJob({ id: '', kind: '', state: 'queued', done: 0, total: 0 });
      let id: string | null = null;
      const early: JobInfo[] = [];
      const unsubscribe = api.onEvent('job.progress', (p) => {
        if (id === null) early.push(p);
        else if (p.id === id) setJob(p);
      });
      try {
        const { jobId } = await start();
        id = jobId;
        const seen = early.filter((p) => p.id === jobId).pop();
        if (seen) setJob(seen);
        const final = await call('jobs.wait', { jobId });
        setJob(final);
        if (final.state === 'failed') throw new CallError(final.error ?? { code: 'INTERNAL', message: '' });
        return final;
      } catch (err) {
        setJob((j) => (j ? { ...j, state: 'failed' } : j));
        throw err;
      } finally {
        unsubscribe();
      }
    },
    [api, call],
  );

  return { job, run, clear: useCallback(() => setJob(null), []) };
}

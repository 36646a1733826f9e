/**
 * Long work (backups now; imports, rendering and sending later) runs as a job: the command returns a job id at
 * once and the job reports progress as `job.progress` events. Kept in memory for now: backup and restore are
 * not resumable; resumable kinds (imports, campaigns) will persist to the `jobs` table.
 */
import type { JobInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { uuidv7 } from '../db/ids';

export type Progress = (done: number, total: number) => void;

export class Jobs {
  private readonly jobs = new Map<string, JobInfo>();
  private readonly waiters = new Map<string, Array<(j: JobInfo) => void>>();

  constructor(
    private readonly emit: (job: JobInfo) => void,
    private readonly onError: (err: unknown) => JobInfo['error'],
  ) {}

  start(kind: string, work: (progress: Progress) => Promise<unknown>): string {
    const id = uuidv7();
    const job: JobInfo = { id, kind, state: 'running', done: 0, total: 1 };
    this.jobs.set(id, job);
    const update = (patch: Partial<JobInfo>) => {
      Object.assign(job, patch);
      this.emit({ ...job });
    };
    update({});
    void (async () => {
      try {
        const result = await work((done, total) => update({ done, total }));
        update({ state: 'done', done: job.total, result });
      } catch (err) {
        update({ state: 'failed', error: this.onError(err) });
      }
      for (const w of this.waiters.get(id) ?? []) w({ ...job });
      this.waiters.delete(id);
    })();
    return id;
  }

  get(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc này.', { jobId: id });
    return { ...job };
  }

  wait(id: string): Promise<JobInfo> {
    const job = this.get(id);
    if (job.state === 'done' || job.state === 'failed') return Promise.resolve(job);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }
}

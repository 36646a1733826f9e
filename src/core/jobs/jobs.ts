/**
 * Long work runs as a job: the command returns a job id at once and the job reports progress as `job.progress`
 * events. Two sorts:
 * - persistent kinds (`register` + `run`): a `jobs` row from the start, with the input, checkpoints and the
 *   outcome. After a process died mid-job, the next unlock resumes resumable kinds from their last checkpoint and
 *   marks the others interrupted (store.ts).
 * - memory-only work (`start`): backups and restores. A restore swaps the database file itself, so its job row
 *   could not live in the database it replaces; a backup is one VACUUM INTO, safe to redo by hand. Neither resumes.
 *
 * What a job returns (an import report quotes cell values) is held in memory only while the vault is unlocked:
 * `lock()` drops it, and `jobs.get`/`jobs.wait` refuse while locked. An older job is read back from its row.
 */
import type { JobInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { uuidv7 } from '../db/ids';
import type { Session } from '../session';
import type { JobContext, JobKind } from './kinds';
import {
  claimJob,
  finishJob,
  insertJob,
  markInterrupted,
  orphanJobs,
  newOwner,
  ownedByLiveOther,
  ownerBusy,
  readJob,
  RESTORED_REASON,
  saveCheckpoint,
} from './store';

export type Progress = (done: number, total: number) => void;
export type { JobContext, JobKind } from './kinds';

const FINAL = new Set<JobInfo['state']>(['done', 'failed', 'interrupted']);
/** How often `jobs.wait` looks at the row of a job that runs in another process. */
const POLL_MS = 500;
const SESSION_CHANGED =
  'Công việc đã dừng vì kho dữ liệu được khoá hoặc khôi phục từ bản sao lưu trong khi nó chờ. Hãy làm lại nếu cần.';

export interface JobsDeps {
  /** The core's write queue: a job's writes take their turn with every other write. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** The unlocked session (throws LOCKED otherwise). */
  session(): Session;
}

export class Jobs {
  private readonly jobs = new Map<string, JobInfo>();
  private readonly waiters = new Map<string, Array<(j: JobInfo) => void>>();
  private readonly kinds = new Map<string, JobKind>();
  /** Persistent jobs running in this process: an unlock must not take them for orphans. */
  private readonly live = new Set<string>();
  /** Outcomes still being written to their rows (`settle` waits for them before the database closes). */
  private readonly writing = new Set<Promise<void>>();
  /** Outcomes of jobs that ended while no database was open: written at the next unlock, before any resume. */
  private readonly unwritten = new Map<string, JobInfo>();
  /** This runner, as the owner written on its jobs' rows. */
  private readonly owner = newOwner();

  constructor(
    private readonly emit: (job: JobInfo) => void,
    private readonly onError: (err: unknown) => JobInfo['error'],
    private readonly deps?: JobsDeps,
  ) {}

  register(kind: JobKind): void {
    if (this.kinds.has(kind.kind)) throw new Error(`Job kind registered twice: ${kind.kind}`);
    this.kinds.set(kind.kind, kind as JobKind);
  }

  /** Memory-only work (see above). */
  start(kind: string, work: (progress: Progress) => Promise<unknown>): string {
    const id = uuidv7();
    this.track(id, kind, (progress) => work(progress));
    return id;
  }

  /** A persistent job of a registered kind: its row is written before the id is returned. */
  async run(kindName: string, input: unknown): Promise<string> {
    const kind = this.kinds.get(kindName);
    if (!kind || !this.deps) throw new Error(`Unknown job kind: ${kindName}`);
    const s = this.deps.session();
    const id = await insertJob(s.db, s.record, kind.kind, input, this.owner);
    this.launch(kind, id, input, null);
    return id;
  }

  /**
   * After an unlock: jobs left running by a process that died resume (resumable kinds) or are interrupted. Rows that
   * a live process runs (this one, or another on the same data folder) are left alone. After a restore, rows that
   * were unfinished when the backup was made are interrupted, never re-run: their work may already be in the data.
   */
  async resume(s: Session, opts: { restored?: boolean } = {}): Promise<void> {
    for (const [id, info] of this.unwritten) {
      this.unwritten.delete(id);
      await finishJob(s.db, s.record, id, info).catch((err) => void this.onError(err));
    }
    for (const row of await orphanJobs(s.db)) {
      if (this.live.has(row.id) || ownedByLiveOther(row.owner, this.owner)) continue;
      if (!(await claimJob(s.db, s.record, row, this.owner))) continue; // another runner took it first
      const kind = this.kinds.get(row.kind);
      if (opts.restored) await markInterrupted(s.db, s.record, row.id, RESTORED_REASON);
      else if (kind?.resumable && row.input !== null) {
        this.launch(
          kind,
          row.id,
          JSON.parse(row.input),
          row.checkpoint === null ? null : JSON.parse(row.checkpoint),
          row,
        );
      } else await markInterrupted(s.db, s.record, row.id);
    }
  }

  /** Before the database closes: lets the outcomes being written land in their rows. */
  async settle(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  /** True while a job of this process runs (the idle lock waits for it). */
  busy(): boolean {
    for (const job of this.jobs.values()) if (job.state === 'running') return true;
    return false;
  }

  /** On lock: results leave memory (running jobs keep their entry until they end). */
  lock(): void {
    for (const [id, job] of this.jobs) if (FINAL.has(job.state)) this.jobs.delete(id);
  }

  async get(id: string): Promise<JobInfo> {
    const s = this.deps?.session(); // LOCKED while locked: results are readable only while unlocked
    const job = this.jobs.get(id) ?? (s ? await readJob(s.db, id) : null);
    if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc này.', { jobId: id });
    return { ...job };
  }

  async wait(id: string): Promise<JobInfo> {
    const job = await this.get(id);
    if (FINAL.has(job.state)) return job;
    if (!this.jobs.has(id)) return this.poll(id); // its row says running, but it runs elsewhere (or nowhere yet)
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  /** Waits on a job this process does not run: its row tells (another process, or an unlock interrupting it). */
  private async poll(id: string): Promise<JobInfo> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const job = await this.get(id); // LOCKED once the vault locks: the wait ends with that error
      if (FINAL.has(job.state) || this.jobs.has(id)) return this.jobs.has(id) ? this.wait(id) : job;
    }
  }

  private launch(
    kind: JobKind,
    id: string,
    input: unknown,
    checkpoint: unknown,
    from?: { done: number; total: number },
  ) {
    const deps = this.deps!;
    this.live.add(id);
    ownerBusy(this.owner, 1);
    let last = checkpoint;
    // The job belongs to the database it started on: after a lock or a restore it stops rather than writing its
    // remaining steps into another database.
    const started = deps.session();
    const session = () => {
      const now = deps.session();
      if (now !== started) throw new AppError('INTERRUPTED', SESSION_CHANGED);
      return now;
    };
    this.track(
      id,
      kind.kind,
      (progress, job) => {
        const ctx: JobContext = {
          jobId: id,
          get lastCheckpoint() {
            return last;
          },
          get session() {
            return session();
          },
          exclusive: deps.exclusive,
          progress,
          async checkpoint(value, trx) {
            const s = session();
            await saveCheckpoint(trx ?? s.db, s.record, id, value, job.done, job.total);
            last = value;
          },
        };
        return kind.run(input, ctx);
      },
      (info) => {
        this.live.delete(id);
        ownerBusy(this.owner, -1);
        let s: Session;
        try {
          s = deps.session(); // the database open now: after a restore, the restored row learns the outcome
        } catch {
          this.unwritten.set(id, info); // locked meanwhile: written at the next unlock, so it is not resumed
          return;
        }
        const written = finishJob(s.db, s.record, id, info)
          .catch((err) => void this.onError(err)) // the row stays 'running': the next unlock resumes or interrupts it
          .finally(() => this.writing.delete(written));
        this.writing.add(written);
      },
      from,
    );
  }

  private track(
    id: string,
    kind: string,
    work: (progress: Progress, job: JobInfo) => Promise<unknown>,
    persist?: (info: JobInfo) => void,
    from?: { done: number; total: number },
  ): void {
    const job: JobInfo = { id, kind, state: 'running', done: from?.done ?? 0, total: from?.total || 1 };
    this.jobs.set(id, job);
    const update = (patch: Partial<JobInfo>) => {
      Object.assign(job, patch);
      this.emit({ ...job });
    };
    update({});
    void (async () => {
      try {
        const result = await work((done, total) => update({ done, total }), job);
        update({ state: 'done', done: job.total, result });
      } catch (err) {
        update({ state: 'failed', error: this.onError(err) });
      }
      // Waiters are told at once, while the outcome is written to the row: memory is the truth while unlocked,
      // and the row's write would otherwise queue behind whatever the commit set off (the index rebuild).
      try {
        persist?.({ ...job });
      } catch (err) {
        this.onError(err);
      }
      for (const w of this.waiters.get(id) ?? []) w({ ...job });
      this.waiters.delete(id);
    })();
  }
}

/** What a persistent job kind is, and what it gets while it runs (see jobs.ts). */
import type { Knex } from 'knex';
import type { Session } from '../session';

export interface JobContext {
  readonly jobId: string;
  /** The value last given to `checkpoint` (this run or the one a dead process left); null at the first run. */
  readonly lastCheckpoint: unknown;
  /** The unlocked session at the moment of reading (throws LOCKED if the vault was locked meanwhile). */
  readonly session: Session;
  /** The core's write queue. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  progress(done: number, total: number): void;
  /**
   * Persists how far the job got. Given the job's own transaction, the checkpoint commits (or rolls back) with the
   * work it describes: a resumed job then never redoes, nor skips, what was committed.
   */
  checkpoint(value: unknown, trx?: Knex.Transaction): Promise<void>;
}

export interface JobKind<I = unknown, R = unknown> {
  kind: string;
  /** Resumable: after a restart, run again with the same input and `lastCheckpoint`; else marked interrupted. */
  resumable: boolean;
  run(input: I, job: JobContext): Promise<R>;
}

/** What one sync run needs from the core: a job, a timer and a write command each give these in their own way. */
import type { Knex } from 'knex';
import type { Rejection } from '../../shared/sync-protocol';
import type { Logger } from '../log';
import type { Session } from '../session';
import type { SyncHttp } from './http';

export interface SyncDeps {
  /** The unlocked session (throws when the vault was locked or restored meanwhile). */
  session(): Session;
  /** The core's write queue; identity when the caller already holds it (a `write` command). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Aborted when the vault locks. */
  signal?: AbortSignal;
  log?: Logger;
  /** Per request (tests shorten it). */
  timeoutMs?: number;
  progress?(done: number, total: number): void;
}

/** One run's counts (decision 7). */
export interface Counts {
  pushed: number;
  pulled: number;
  conflicts: number;
}

export interface RunContext {
  deps: SyncDeps;
  http: SyncHttp;
  /** The server's id for this PC: its own changes coming back are skipped. */
  deviceId: string;
  counts: Counts;
  /** Mutations the server refused for a reason other than a number clash (reported at the end of the run). */
  refused: Rejection[];
  /** Deletes the pull queued (re-keyed rows): pushed before the run ends. */
  tombstones: number;
  /** The first sync of a registration: rows made here for things the CĐCS already has take the server's ids. */
  firstSync?: boolean;
}

/** A write transaction, in its turn in the write queue. */
export function write<T>(deps: SyncDeps, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return deps.exclusive(() => deps.session().db.transaction(work));
}

/**
 * The `jobs` rows: one per persistent job, in the encrypted database (a local table: never synced). Inputs are
 * kept only while they are small enough to store; a job whose input was not kept cannot resume.
 */
import type { Knex } from 'knex';
import type { JobInfo } from '../../shared/contract';
import { insertRecord, type RecordContext, updateRecord } from '../db/records';

/** The bytes of an imported file are part of an import's input: up to this much is kept (base64 JSON). */
export const MAX_STORED_INPUT = 32 * 1024 * 1024;

export const INTERRUPTED_REASON = 'Công việc bị gián đoạn do ứng dụng đóng đột ngột.';

export interface JobRow {
  id: string;
  kind: string;
  state: JobInfo['state'];
  done: number;
  total: number;
  input: string | null;
  checkpoint: string | null;
  result: string | null;
  error: string | null;
}

type Db = Knex | Knex.Transaction;
const now = () => new Date().toISOString();
const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export async function insertJob(db: Db, ctx: RecordContext, kind: string, input: unknown): Promise<string> {
  const text = json(input);
  const row = await insertRecord(db, ctx, 'jobs', {
    kind,
    state: 'running',
    done: 0,
    total: 0,
    input: text !== null && text.length <= MAX_STORED_INPUT ? text : null,
    started_at: now(),
  });
  return row.id as string;
}

export async function saveCheckpoint(
  db: Db,
  ctx: RecordContext,
  id: string,
  value: unknown,
  done: number,
  total: number,
) {
  await updateRecord(db, ctx, 'jobs', id, { checkpoint: json(value), done, total });
}

export async function finishJob(db: Db, ctx: RecordContext, id: string, info: JobInfo): Promise<void> {
  await updateRecord(db, ctx, 'jobs', id, {
    state: info.state,
    done: info.done,
    total: info.total,
    result: json(info.result),
    error: json(info.error),
    finished_at: now(),
    input: null, // done with: the file's bytes need not stay in the database
  });
}

/** Jobs this database says are running: after a crash, nobody is running them. */
export async function orphanJobs(db: Knex): Promise<JobRow[]> {
  return (await db('jobs').whereIn('state', ['queued', 'running']).whereNull('deleted_at').orderBy('id')) as JobRow[];
}

export async function markInterrupted(db: Knex, ctx: RecordContext, id: string): Promise<void> {
  await updateRecord(db, ctx, 'jobs', id, {
    state: 'interrupted',
    error: JSON.stringify({ code: 'INTERRUPTED', message: INTERRUPTED_REASON }),
    finished_at: now(),
    input: null,
  });
}

export async function readJob(db: Knex, id: string): Promise<JobInfo | null> {
  const r = (await db('jobs').where({ id }).whereNull('deleted_at').first()) as JobRow | undefined;
  if (!r) return null;
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    done: r.done,
    total: r.total,
    ...(r.result !== null ? { result: JSON.parse(r.result) as unknown } : {}),
    ...(r.error !== null ? { error: JSON.parse(r.error) as JobInfo['error'] } : {}),
  };
}

/**
 * The `jobs` rows: one per persistent job, in the encrypted database (a local table: never synced). Inputs are
 * kept only while they are small enough to store; a job whose input was not kept cannot resume.
 */
import os from 'node:os';
import type { Knex } from 'knex';
import type { JobInfo } from '../../shared/contract';
import { uuidv7 } from '../db/ids';
import { insertRecord, noteChange, type RecordContext, updateRecord } from '../db/records';

/** The bytes of an imported file are part of an import's input: up to this much is kept (base64 JSON). */
export const MAX_STORED_INPUT = 32 * 1024 * 1024;

export const INTERRUPTED_REASON = 'Công việc bị gián đoạn do ứng dụng đóng đột ngột.';
export const RESTORED_REASON =
  'Công việc chưa xong lúc tạo bản sao lưu vừa khôi phục nên không được chạy lại. Hãy làm lại nếu vẫn cần.';

/** A job runner's name as a row's owner: `host|pid|instance` (one per core: a process may hold several). */
export const newOwner = (): string => `${os.hostname()}|${process.pid}|${uuidv7()}`;

/** Runners of this process that are running jobs now, with how many. */
const liveHere = new Map<string, number>();
export function ownerBusy(owner: string, delta: 1 | -1): void {
  const n = (liveHere.get(owner) ?? 0) + delta;
  if (n > 0) liveHere.set(owner, n);
  else liveHere.delete(owner);
}

/** Whether a runner other than `me` that is still alive owns the row (its job is live there). */
export function ownedByLiveOther(owner: string | null, me: string): boolean {
  if (!owner || owner === me) return false;
  const [host, pidText] = owner.split('|');
  const pid = Number(pidText);
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return liveHere.has(owner); // another core of this process
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, but is someone else's
  }
}

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
  owner: string | null;
}

type Db = Knex | Knex.Transaction;
const now = () => new Date().toISOString();
const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export async function insertJob(
  db: Db,
  ctx: RecordContext,
  kind: string,
  input: unknown,
  owner: string | null = null,
): Promise<string> {
  const text = json(input);
  const row = await insertRecord(db, ctx, 'jobs', {
    kind,
    state: 'running',
    done: 0,
    total: 0,
    input: text !== null && text.length <= MAX_STORED_INPUT ? text : null,
    started_at: now(),
    owner,
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

/**
 * Takes an orphan row for this process, only if its owner is still the one that was read: of two processes
 * unlocking at once, one claims it and the other leaves it alone.
 */
export async function claimJob(db: Knex, ctx: RecordContext, row: JobRow, me: string): Promise<boolean> {
  const q = db('jobs').where({ id: row.id }).whereIn('state', ['queued', 'running']);
  const n = await (row.owner === null ? q.whereNull('owner') : q.where({ owner: row.owner })).update({
    owner: me,
    updated_at: now(),
  });
  if (n === 1) noteChange(db, ctx, 'jobs', row.id);
  return n === 1;
}

export async function markInterrupted(
  db: Knex,
  ctx: RecordContext,
  id: string,
  reason = INTERRUPTED_REASON,
): Promise<void> {
  await updateRecord(db, ctx, 'jobs', id, {
    state: 'interrupted',
    error: JSON.stringify({ code: 'INTERRUPTED', message: reason }),
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

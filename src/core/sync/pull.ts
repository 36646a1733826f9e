/**
 * Pull (decision 5): the CĐCS's change log after this PC's cursor, page by page; each page is applied in ONE write
 * transaction together with its new cursor, so a pull cut off anywhere resumes at the first page not applied, never
 * twice. A cursor older than the server keeps (410) reads a snapshot instead, then goes on pulling from the
 * snapshot's cursor; this PC's unsent changes stay in the outbox and are pushed as they are.
 */
import type { Knex } from 'knex';
import { SYNC_LIMITS, type Change, type ConflictCopy, type PullResponse } from '../../shared/sync-protocol';
import { Applier, type IncomingRow } from './apply';
import { addConflict, entityLabel } from './conflicts';
import type { RunContext } from './deps';
import { CursorCompacted } from './http';
import { readState, writeState } from './state';

export const SNAPSHOT_PAGE = 2000;

export async function pull(run: RunContext, limit: number = SYNC_LIMITS.defaultPullLimit): Promise<void> {
  // The next page is asked for while this one is written: the server reads it while this PC's database writes.
  let ahead = null as Ahead | null;
  for (;;) {
    const { cursor, renumber, maxHlc } = await readState(run.deps.session().db);
    let page;
    try {
      page = await (ahead?.cursor === cursor ? ahead.page : run.http.pull(cursor, limit));
    } catch (err) {
      if (!(err instanceof CursorCompacted)) throw err;
      ahead = null;
      await applySnapshot(run, await fetchSnapshot(run));
      continue;
    }
    ahead = page.hasMore && page.nextCursor !== cursor ? askAhead(run, page.nextCursor, limit) : null;
    // After a restore, this device's own changes made after the backup exist only on the server: take them too.
    const theirs = renumber ? page.changes : page.changes.filter((c) => c.deviceId !== run.deviceId);
    await withForeignKeysOff(run, async (trx) => {
      const ctx = run.deps.session().record;
      const done = await new Applier(trx, ctx, run.firstSync).apply(theirs.map(incoming));
      run.counts.pulled += done.applied;
      run.counts.conflicts += done.conflicts;
      run.tombstones += done.tombstones;
      run.counts.conflicts += await keepCopies(trx, run, page.conflicts);
      const caughtUp = !page.hasMore;
      await writeState(trx, ctx, {
        cursor: page.nextCursor,
        ...(renumber && caughtUp ? { renumber: false } : {}),
        ...(done.latest > (maxHlc ?? '') ? { maxHlc: done.latest } : {}),
      });
    });
    run.deps.progress?.(page.nextCursor, page.nextCursor + (page.hasMore ? limit : 0));
    if (!page.hasMore || page.nextCursor === cursor) return;
  }
}

interface Ahead {
  cursor: number;
  page: Promise<PullResponse>;
}

/**
 * A page requested before the previous one is written. Used only if the cursor it was asked for is the one written
 * (a failed write leaves it unread, the run ends, and the next run asks again); its failure is seen when it is used.
 */
function askAhead(run: RunContext, cursor: number, limit: number): Ahead {
  const page = run.http.pull(cursor, limit);
  page.catch(() => undefined);
  return { cursor, page };
}

const incoming = (c: Change): IncomingRow => ({ entity: c.entity, id: c.id, fields: c.fields, hlcs: c.hlc });

/** The losing versions of long texts, for the user to compare and restore. */
async function keepCopies(trx: Knex.Transaction, run: RunContext, copies: readonly ConflictCopy[]): Promise<number> {
  const ctx = run.deps.session().record;
  for (const c of copies) {
    await addConflict(trx, ctx, {
      kind: 'copy',
      entity: c.entity,
      entityId: c.id,
      column: c.column,
      title: `${entityLabel(c.entity)} được sửa đồng thời trên hai máy: giữ bản mới hơn, bản còn lại lưu ở đây`,
      detail: `Bản sửa lúc ${c.at}${c.deviceId === run.deviceId ? ' trên máy này' : ' trên máy khác'}`,
      value: typeof c.value === 'string' ? c.value : c.value === null ? null : JSON.stringify(c.value),
    });
  }
  return copies.length;
}

export interface Snapshot {
  rows: IncomingRow[];
  cursor: number;
}

/** Every page of the server's snapshot (one CĐCS: a few thousand members, their documents and dues). */
export async function fetchSnapshot(run: RunContext): Promise<Snapshot> {
  const rows: IncomingRow[] = [];
  let after: string | null = null;
  let cursor: number | null = null;
  do {
    const page = await run.http.snapshot(after, SNAPSHOT_PAGE);
    cursor ??= page.cursor; // consistent with the first page; later pages may be newer, which the pull replays
    rows.push(...page.rows);
    after = page.next;
    run.deps.progress?.(rows.length, rows.length + (after ? SNAPSHOT_PAGE : 0));
  } while (after !== null);
  return { rows, cursor: cursor ?? 0 };
}

/**
 * Applies a whole snapshot in one transaction with its cursor (parents may come after their children: snapshot
 * pages are in entity order). `before` runs first in the same transaction (a download clears this PC's rows).
 */
export async function applySnapshot(
  run: RunContext,
  snap: Snapshot,
  before?: (trx: Knex.Transaction) => Promise<void>,
): Promise<void> {
  await withForeignKeysOff(run, async (trx) => {
    const ctx = run.deps.session().record;
    await before?.(trx);
    const { maxHlc } = await readState(trx);
    const done = await new Applier(trx, ctx, run.firstSync).apply(snap.rows);
    run.counts.pulled += done.applied;
    run.counts.conflicts += done.conflicts;
    run.tombstones += done.tombstones;
    await writeState(trx, ctx, {
      cursor: snap.cursor,
      ...(done.latest > (maxHlc ?? '') ? { maxHlc: done.latest } : {}),
    });
  });
}

/**
 * The server is the CĐCS's record: its rows are taken as they come, whatever order their parents arrive in, so
 * foreign keys are not enforced while a page is written (PRAGMA foreign_keys is per connection and takes effect only
 * outside a transaction: inside the write queue no other write runs meanwhile). A reference left dangling (a parent
 * refused by the server) is logged (checkReferences), never a reason to stop syncing.
 */
async function withForeignKeysOff(run: RunContext, work: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  await run.deps.exclusive(async () => {
    const db = run.deps.session().db;
    await db.raw('PRAGMA foreign_keys = OFF');
    try {
      await db.transaction(work);
    } finally {
      await db.raw('PRAGMA foreign_keys = ON');
    }
  });
}

/** After a pull: references the server's rows left dangling are logged (counts only). */
export async function checkReferences(run: RunContext): Promise<void> {
  const dangling = (await run.deps.session().db.raw('PRAGMA foreign_key_check')) as unknown[];
  if (dangling.length > 0) run.deps.log?.warn('sync.danglingReferences', { count: dangling.length });
}

/**
 * The first sync of a newly registered PC (decision 6). Nothing on either side is ever deleted by it on the other:
 * - this vault empty (no members, no documents) and the server holding the CĐCS's data → download;
 * - the server holding nothing of the CĐCS → upload;
 * - both holding data → the user chooses (SYNC_CHOICE names the three choices; the registration is kept):
 *   upload = this PC's rows win (each live row queued again with a fresh HLC, pushed, then the rest pulled);
 *   download = a backup first, then this PC's synced rows and outbox are replaced by the server's snapshot;
 *   merge = this PC's outbox pushed as it is (its own HLCs), then pulled: per column, the later write wins.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { SYNCED_ENTITIES } from '../../shared/sync-entities';
import type { FirstSyncChoice } from '../../shared/sync-contract';
import { noteChange, type RecordContext, type Row } from '../db/records';
import { LOCAL_SETTING_KEYS } from '../db/sync-tables';
import { columnsOf } from './cells';
import type { RunContext } from './deps';
import { applySnapshot, fetchSnapshot, pull } from './pull';
import { push } from './push';
import { queueWholeRows } from './requeue';

type Db = Knex | Knex.Transaction;

export const CHOICE_MESSAGE =
  'Máy này đã có dữ liệu và máy chủ cũng đã có dữ liệu của công đoàn cơ sở. Hãy chọn một cách đồng bộ lần đầu: ' +
  'gửi dữ liệu máy này lên (--upload), lấy dữ liệu từ máy chủ về (--download, dữ liệu trên máy này được sao lưu ' +
  'trước), hoặc gộp hai bên (--merge).';

/** "Empty" as the issue counts it: no members and no documents (a fresh vault has its profile and defaults). */
export async function isVaultEmpty(db: Db): Promise<boolean> {
  for (const table of ['members', 'documents']) {
    const r = (await db(table).whereNull('deleted_at').count({ n: '*' }).first()) as { n: number };
    if (Number(r.n) > 0) return false;
  }
  return true;
}

export interface FirstSyncHooks {
  /** A backup of this vault before a download replaces its rows. */
  backup(): Promise<void>;
  schemaVersion: number;
}

export interface ServerSide {
  /** Members or documents of the CĐCS on the server. */
  serverHasData: boolean;
  /** The CĐCS's log head: 0 when the server holds nothing of it at all. */
  cursor: number;
}

/** What the first sync does (decision 6, with an empty server read as one that holds no row of the CĐCS). */
export function firstChoice(server: ServerSide, vaultEmpty: boolean, given?: FirstSyncChoice): FirstSyncChoice {
  if (server.cursor === 0) return 'upload';
  if (vaultEmpty) return 'download';
  if (!server.serverHasData) return given ?? 'merge'; // the CĐCS's profile and settings only: nothing to lose
  if (!given) throw new AppError('SYNC_CHOICE', CHOICE_MESSAGE, { choices: ['upload', 'download', 'merge'] });
  return given;
}

export async function firstSync(
  run: RunContext,
  server: ServerSide,
  choice: FirstSyncChoice | undefined,
  hooks: FirstSyncHooks,
): Promise<FirstSyncChoice> {
  const chosen = firstChoice(server, await isVaultEmpty(run.deps.session().db), choice);
  run.firstSync = true;
  if (chosen === 'download') {
    await hooks.backup();
    const snap = await fetchSnapshot(run);
    await applySnapshot(run, snap, (trx) => clearSyncedRows(trx, run.deps.session().record));
  } else {
    // What the CĐCS already has comes first: this PC's rows for the same things (its profile, a setting) take the
    // server's ids before anything is pushed, so the server never holds two of them.
    if (server.cursor > 0) await pull(run);
    if (chosen === 'upload')
      await run.deps.exclusive(() =>
        run.deps.session().db.transaction((trx) => queueEverything(trx, run.deps.session().record)),
      );
    await push(run, hooks.schemaVersion);
  }
  run.firstSync = false;
  await pull(run);
  return chosen;
}

async function syncedTables(db: Db): Promise<string[]> {
  const out: string[] = [];
  for (const t of SYNCED_ENTITIES) if (await columnsOf(db, t)) out.push(t);
  return out;
}

/** Download: this PC's synced rows and its outbox go (a backup was made); the snapshot takes their place. */
export async function clearSyncedRows(trx: Knex.Transaction, ctx: RecordContext): Promise<void> {
  for (const t of await syncedTables(trx)) {
    if (t === 'settings')
      await trx(t)
        .whereNotIn('key', [...LOCAL_SETTING_KEYS])
        .delete();
    else await trx(t).delete();
    noteChange(trx, ctx, t, 'all');
  }
  await trx('outbox').delete();
}

/**
 * Upload: every live synced row is queued again as a whole-row write with a fresh HLC, so this PC's values win on
 * the server. Its older unsent writes to those rows are superseded (the new entry carries the same current values);
 * unsent deletes stay, and so do writes already numbered for the server (an upload cut off after numbering): the
 * server expects those numbers without a gap, and their older HLCs lose to the new entry's anyway.
 */
export async function queueEverything(trx: Knex.Transaction, ctx: RecordContext): Promise<number> {
  let queued = 0;
  const now = new Date().toISOString();
  for (const t of await syncedTables(trx)) {
    const rows = (await trx(t).whereNull('deleted_at')) as Row[];
    const live = rows.filter((r) => !ctx.isLocal?.(t, r));
    await trx('outbox')
      .where({ entity: t })
      .whereNull('sent_at')
      .whereNull('mutation_id')
      .whereNot('op', 'delete')
      .whereIn('entity_id', trx(t).whereNull('deleted_at').select('id'))
      .delete();
    queued += await queueWholeRows(
      trx,
      ctx,
      t,
      live.map((r) => String(r.id)),
      now,
    );
  }
  return queued;
}

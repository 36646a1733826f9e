/**
 * Keeps the register's search index (search-index.ts) in step with the database: built from it on first use (or
 * right after an unlock), then patched by the change feed's listener after each COMMIT, whatever wrote the rows.
 */
import type { Knex } from 'knex';
import type { MemberPosition } from '../../shared/members-contract';
import type { ChangeSet } from '../db/changes';
import { asReader } from '../db/read-scope';
import type { Session } from '../session';
import { currentPositionText, positionFromRow, todayIso, type MemberRow } from './rows';
import { type IndexEntry, makeEntry, MemberIndex } from './search-index';

// The index promise is stored at once, so a write that lands while the index is still being built waits for it
// and is then applied on top (never lost between the build's read and its completion).
const indexes = new WeakMap<Session, Promise<MemberIndex>>();

/** Positions by member; `ids: null` reads them all at once (index build). */
async function positionsOf(db: Knex | Knex.Transaction, ids: string[] | null): Promise<Map<string, MemberPosition[]>> {
  const out = new Map<string, MemberPosition[]>();
  const add = (rows: Record<string, unknown>[]) => {
    for (const r of rows)
      out.set(r.member_id as string, [...(out.get(r.member_id as string) ?? []), positionFromRow(r)]);
  };
  const q = () => db('member_positions').whereNull('deleted_at').orderBy('from_date');
  if (ids === null) add((await q()) as Record<string, unknown>[]);
  else
    for (let i = 0; i < ids.length; i += 500)
      add((await q().whereIn('member_id', ids.slice(i, i + 500))) as Record<string, unknown>[]);
  return out;
}

export function memberIndex(s: Session): Promise<MemberIndex> {
  let p = indexes.get(s);
  if (!p) {
    // On the read-only connection: a build never takes the writer away from an import that starts meanwhile.
    p = asReader(() => buildIndex(s));
    indexes.set(s, p);
    p.catch(() => indexes.delete(s)); // a failed build (e.g. locked meanwhile) is retried on next use
  }
  return p;
}

/** The members' columns an index entry is made of (a row has some forty: reading them all cost a sync pull dearly). */
const INDEXED_COLUMNS = [
  'id',
  'sort_key',
  'full_name',
  'status',
  'unit_id',
  'gender',
  'date_of_birth',
  'id_number',
  'phone',
  'card_number',
  'member_code',
  'email',
  'tags',
] as const;

async function buildIndex(s: Session): Promise<MemberIndex> {
  // Set off by a commit, the build lets the writer finish first: its reads would otherwise take the one
  // connection ahead of the writer's last statements (an import's checkpoint settings), making it wait.
  await new Promise((resolve) => setImmediate(resolve));
  const idx = new MemberIndex();
  const rows = (await s
    .db('members')
    .whereNull('deleted_at')
    .select(...INDEXED_COLUMNS)) as Parameters<typeof makeEntry>[0][];
  const positions = await positionsOf(s.db, null);
  const today = todayIso();
  idx.load(rows.map((r) => makeEntry({ ...r, position: currentPositionText(positions.get(r.id) ?? [], today) })));
  return idx;
}

/** Past this many changed members, rebuilding from the database beats patching entries one by one. */
const REBUILD_ABOVE = 2000;

/**
 * The change feed's listener for the register's index: members and their positions (the index holds the current
 * position). Runs synchronously after COMMIT and chains the index update onto the index promise, so a search
 * made right after a write waits for it and sees the row.
 */
export function memberIndexListener(s: Session, change: ChangeSet): void {
  const members = change.tables.get('members');
  const positions = change.tables.get('member_positions');
  if (!members && !positions) return;
  if (members === 'all' || positions === 'all' || (members?.size ?? 0) + (positions?.size ?? 0) > REBUILD_ABOVE) {
    indexes.delete(s);
    void memberIndex(s).catch(() => undefined); // (re)built now: an unlock, a restore, a big import
    return;
  }
  const pending = indexes.get(s);
  if (!pending) return; // built on first use, from the database
  const next = pending.then(async (idx) => {
    await asReader(() => patchIndex(s, idx, [...(members ?? [])], [...(positions ?? [])]));
    return idx;
  });
  indexes.set(s, next);
  next.catch(() => indexes.get(s) === next && indexes.delete(s)); // the next use rebuilds from the database
}

async function patchIndex(s: Session, idx: MemberIndex, memberIds: string[], positionIds: string[]): Promise<void> {
  const ids = new Set(memberIds);
  for (let i = 0; i < positionIds.length; i += 500) {
    const rows = await s
      .db('member_positions')
      .whereIn('id', positionIds.slice(i, i + 500))
      .pluck('member_id');
    for (const id of rows as string[]) ids.add(id);
  }
  const list = [...ids];
  const positions = await positionsOf(s.db, list);
  const today = todayIso();
  const fresh: IndexEntry[] = [];
  for (let i = 0; i < list.length; i += 500) {
    type Row = MemberRow & Parameters<typeof makeEntry>[0];
    const rows = (await s
      .db('members')
      .whereIn('id', list.slice(i, i + 500))
      .select(...INDEXED_COLUMNS, 'deleted_at')) as Row[];
    for (const row of rows) {
      if (row.deleted_at) idx.remove(row.id);
      else fresh.push(makeEntry({ ...row, position: currentPositionText(positions.get(row.id) ?? [], today) }));
    }
  }
  idx.upsertMany(fresh);
}

/**
 * The change feed: which rows of which tables changed, announced once their transaction has COMMITTED, and never
 * for one that rolled back. Derived data (the member search index…) listens to it instead of every writer
 * remembering to refresh it, so a row written by any path (a handler, an import, a restore, later a sync pull)
 * cannot leave search stale.
 *
 * Writers note their changes on the knex transaction they write through (records.ts does it for every record
 * write). The feed watches the transaction's own settlement (`executionPromise`), so it needs no wrapper around
 * `db.transaction` and no domain can forget to call one. A nested transaction (savepoint) hands its changes to its
 * parent when released; the parent announces them. Writes made outside a transaction are announced right after
 * their statement.
 *
 * `executionPromise` alone cannot tell COMMIT from ROLLBACK: knex 3 defaults to `doNotRejectOnRollback`, so an
 * explicit `trx.rollback()` without an error RESOLVES it, exactly like a commit. The feed therefore also wraps the
 * transaction's `rollback` (knex's automatic rollback after a thrown error calls the same property) and drops the
 * change set of a transaction that went through it.
 */
import type { Knex } from 'knex';

/** table → the ids of its changed rows, or 'all' (a restore, an unlock, a bulk rewrite). */
export interface ChangeSet {
  tables: Map<string, Set<string> | 'all'>;
}
export type ChangeListener = (change: ChangeSet) => void;

type Tx = Knex.Transaction & { executionPromise?: Promise<unknown>; parentTransaction?: Knex.Transaction };
type Rollback = Knex.Transaction['rollback'];

export function addChange(set: ChangeSet, table: string, id: string | 'all'): void {
  const ids = set.tables.get(table);
  if (ids === 'all') return;
  if (id === 'all') set.tables.set(table, 'all');
  else if (ids) ids.add(id);
  else set.tables.set(table, new Set([id]));
}

function merge(into: ChangeSet, from: ChangeSet): void {
  for (const [table, ids] of from.tables) {
    if (ids === 'all') addChange(into, table, 'all');
    else for (const id of ids) addChange(into, table, id);
  }
}

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly pending = new WeakMap<Knex.Transaction, ChangeSet>();

  /** A listener that throws is reported here (the core logs it) and never breaks the write that was announced. */
  onListenerError: (err: unknown) => void = () => undefined;

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records that a row (or a whole table) changed through `db`: a transaction, or the plain knex. */
  note(db: Knex | Knex.Transaction, table: string, id: string | 'all'): void {
    if (!(db as Tx).isTransaction) {
      const set: ChangeSet = { tables: new Map() };
      addChange(set, table, id);
      this.emit(set);
      return;
    }
    addChange(this.collecting(db as Tx), table, id);
  }

  /** Announces a change at once (listeners run synchronously; their async work is theirs to chain). */
  emit(change: ChangeSet): void {
    if (change.tables.size === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }

  /** Every table changed: after an unlock or a restore, derived data must be rebuilt from the database. */
  emitAll(tables: Iterable<string>): void {
    this.emit({ tables: new Map([...tables].map((t) => [t, 'all' as const])) });
  }

  private collecting(trx: Tx): ChangeSet {
    let set = this.pending.get(trx);
    if (set) return set;
    set = { tables: new Map() };
    this.pending.set(trx, set);
    const collected = set;
    const settled = trx.executionPromise;
    if (!settled) throw new Error('ChangeFeed: a knex transaction without executionPromise (knex changed?)');
    let rolledBack = false;
    const rollback: Rollback = trx.rollback.bind(trx);
    // Flagged before ROLLBACK is sent, so the flag is set by the time `executionPromise` settles.
    trx.rollback = ((error?: unknown) => {
      rolledBack = true;
      return rollback(error);
    }) as Rollback;
    settled.then(
      () => {
        this.pending.delete(trx);
        if (rolledBack) return; // resolved by an explicit rollback (doNotRejectOnRollback): nothing happened
        // Released savepoint: its changes become the parent's, announced (or dropped) with the parent.
        const parent = trx.parentTransaction as Tx | undefined;
        if (parent && !parent.isCompleted()) merge(this.collecting(parent), collected);
        else this.emit(collected);
      },
      () => this.pending.delete(trx), // rolled back: nothing happened
    );
    return set;
  }
}

/**
 * UNIQUE_NUMBERS within a CĐCS (documents' type/year/number, receipt numbers, voucher numbers): `sync_numbers` holds
 * each live row's complete key (and its group, for a number rows share: a receipt's months), and the batch keeps an
 * overlay of the keys it moved so a later mutation in the same batch sees them before they are written.
 */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import { UNIQUE_NUMBERS } from '../../shared/sync-entities';
import { chunks, deletedAtOf, type RowState } from './rows';

/** A row's hold on one number: the number (its columns' values as JSON), and the group it shares it with. */
export interface NumberKey {
  value: string;
  group: string | null;
}

const empty = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/** The row's key for each unique-number rule, or null when the row is deleted or a key column is empty. */
export function numberKeys(entity: string, data: Record<string, CellValue>): (NumberKey | null)[] {
  const rules = UNIQUE_NUMBERS[entity] ?? [];
  const live = deletedAtOf(data) === null;
  return rules.map((rule) => {
    const values = rule.columns.map((c) => data[c] ?? null);
    if (!live || values.some(empty)) return null;
    const group = rule.sharedBy ? data[rule.sharedBy] : null;
    return { value: JSON.stringify(values), group: empty(group) ? null : String(group) };
  });
}

/** Two holders of one number clash unless both name the same group: a row without one shares with nobody. */
const shares = (a: string | null, b: string | null) => a !== null && a === b;

const sameKey = (a: NumberKey | null, b: NumberKey | null) => a?.value === b?.value && a?.group === b?.group;

export class NumberIndex {
  /** entity|index|value → the rows this batch moved onto it (their group) or off it (null). */
  private overlay = new Map<string, Map<string, { group: string | null } | null>>();
  constructor(
    private readonly trx: Knex.Transaction,
    private readonly orgId: string,
  ) {}

  /** The id of another row that holds one of `keys` and does not share it, if any. */
  async clash(entity: string, rowId: string, keys: (NumberKey | null)[]): Promise<string | null> {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null) continue;
      // Rows moved in this batch count as they are now, whatever `sync_numbers` still says of them.
      const moved =
        this.overlay.get(`${entity}|${i}|${key.value}`) ?? new Map<string, { group: string | null } | null>();
      for (const [id, holder] of moved) if (id !== rowId && holder && !shares(holder.group, key.group)) return id;
      // The stored holders that do not share it: found through the (org, entity, index, value) index, which narrows
      // to the few rows holding this number. Up to moved.size of them may be rows the overlay already judged.
      const q = this.trx('sync_numbers')
        .where({ org_id: this.orgId, entity, key_index: i, key_value: key.value })
        .whereNot('row_id', rowId);
      const group = key.group;
      if (group !== null) void q.where((w) => void w.whereNull('group_value').orWhereNot('group_value', group));
      const stored = (await q.limit(moved.size + 1).select('row_id')) as { row_id: string }[];
      const other = stored.find((r) => !moved.has(r.row_id));
      if (other) return other.row_id;
    }
    return null;
  }

  move(entity: string, rowId: string, before: (NumberKey | null)[], after: (NumberKey | null)[]) {
    for (let i = 0; i < after.length; i++) {
      if (sameKey(before[i], after[i])) continue;
      if (before[i]) this.hold(`${entity}|${i}|${before[i]!.value}`, rowId, null);
      if (after[i]) this.hold(`${entity}|${i}|${after[i]!.value}`, rowId, { group: after[i]!.group });
    }
  }

  private hold(k: string, rowId: string, holder: { group: string | null } | null) {
    let rows = this.overlay.get(k);
    if (!rows) this.overlay.set(k, (rows = new Map()));
    rows.set(rowId, holder);
  }

  /** Rewrites the keys of the batch's changed rows of numbered entities. */
  async flush(states: readonly RowState[]) {
    const numbered = states.filter((s) => UNIQUE_NUMBERS[s.entity]);
    for (const part of chunks(numbered)) {
      for (const entity of new Set(part.map((s) => s.entity))) {
        const ids = part.filter((s) => s.entity === entity).map((s) => s.id);
        await this.trx('sync_numbers').where({ org_id: this.orgId, entity }).whereIn('row_id', ids).delete();
      }
      const inserts = part.flatMap((s) =>
        numberKeys(s.entity, s.data).flatMap((key, i) =>
          key === null
            ? []
            : [
                {
                  org_id: this.orgId,
                  entity: s.entity,
                  key_index: i,
                  row_id: s.id,
                  key_value: key.value,
                  group_value: key.group,
                },
              ],
        ),
      );
      if (inserts.length) await this.trx('sync_numbers').insert(inserts);
    }
  }
}

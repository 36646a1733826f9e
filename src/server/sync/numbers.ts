/**
 * UNIQUE_NUMBERS within a CĐCS (documents' type/year/number, receipt numbers, voucher numbers): `sync_numbers` holds
 * each live row's complete key, and the batch keeps an overlay of the keys it moved so a later mutation in the same
 * batch sees them before they are written.
 */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import { UNIQUE_NUMBERS } from '../../shared/sync-entities';
import { chunks, deletedAtOf, type RowState } from './rows';

/** The row's key for each unique-number rule, or null when the row is deleted or a key column is empty. */
export function numberKeys(entity: string, data: Record<string, CellValue>): (string | null)[] {
  const rules = UNIQUE_NUMBERS[entity] ?? [];
  const live = deletedAtOf(data) === null;
  return rules.map((cols) => {
    const values = cols.map((c) => data[c] ?? null);
    return live && values.every((v) => v !== null && v !== '') ? JSON.stringify(values) : null;
  });
}

export class NumberIndex {
  /** entity|index|key → the row holding it now (null: vacated in this batch). */
  private overlay = new Map<string, string | null>();
  constructor(
    private readonly trx: Knex.Transaction,
    private readonly orgId: string,
  ) {}

  /** The id of another row that holds one of `keys`, if any. */
  async clash(entity: string, rowId: string, keys: (string | null)[]): Promise<string | null> {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null) continue;
      const k = `${entity}|${i}|${key}`;
      let owner: string | null | undefined = this.overlay.get(k);
      if (owner === undefined) {
        const row = (await this.trx('sync_numbers')
          .where({ org_id: this.orgId, entity, key_index: i, key_value: key })
          .whereNot('row_id', rowId)
          .first('row_id')) as { row_id: string } | undefined;
        owner = row?.row_id ?? null;
      }
      if (owner !== null && owner !== rowId) return owner;
    }
    return null;
  }

  move(entity: string, rowId: string, before: (string | null)[], after: (string | null)[]) {
    for (let i = 0; i < after.length; i++) {
      if (before[i] === after[i]) continue;
      if (before[i] !== null) this.overlay.set(`${entity}|${i}|${before[i]}`, null);
      if (after[i] !== null) this.overlay.set(`${entity}|${i}|${after[i]}`, rowId);
    }
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
          key === null ? [] : [{ org_id: this.orgId, entity: s.entity, key_index: i, row_id: s.id, key_value: key }],
        ),
      );
      if (inserts.length) await this.trx('sync_numbers').insert(inserts);
    }
  }
}

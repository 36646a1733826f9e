/**
 * Migrations 3 and 4 on a database that already holds data (numbers.sqlite.test.ts, numbers.pg.test.ts):
 * - 3: each held receipt number takes its row's batch_id as its group, so the months of that receipt refused before
 *   the fix are accepted when they come again, and another payment with the number still clashes. Other numbers get
 *   no group.
 * - 4: each logged change keeps one HLC (its columns' latest; '' when it won no column) instead of one per column.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/db/migrate';
import { SERVER_MIGRATIONS } from '../../src/server/db/migrations';
import { NumberIndex, numberKeys } from '../../src/server/sync/numbers';
import type { CellValue } from '../../src/shared/sync-protocol';

const ORG = 'org-receipts';

async function holding(knex: Knex, entity: string, id: string, data: Record<string, CellValue>, key: unknown[]) {
  await knex('sync_rows').insert({
    org_id: ORG,
    entity,
    row_id: id,
    data: JSON.stringify(data),
    hlcs: '{}',
    deleted_at: null,
    updated_seq: 1,
  });
  await knex('sync_numbers').insert({ org_id: ORG, entity, key_index: 0, row_id: id, key_value: JSON.stringify(key) });
}

export function defineNumbersSuite(label: string, open: () => Promise<{ knex: Knex; dialect: 'pg' | 'sqlite' }>) {
  describe(`shared numbers on ${label}`, () => {
    let knex: Knex;
    beforeAll(async () => {
      const db = await open();
      knex = db.knex;
      // A server from before migration 3, with data.
      await migrate(knex, db.dialect, SERVER_MIGRATIONS.slice(0, 2));
      await knex('orgs').insert({ id: ORG, kind: 'cdcs', name: 'CĐCS', parent_id: null, created_at: '2026-01-01' });
      await holding(knex, 'dues_payments', 'p-1', { receipt_number: 'DP-2026-00001', batch_id: 'batch-x' }, [
        'DP-2026-00001',
      ]);
      await holding(knex, 'dues_payments', 'p-2', { receipt_number: 'DP-2026-00002', batch_id: '' }, ['DP-2026-00002']);
      await holding(knex, 'documents', 'd-1', { type: 'QĐ', year: 2026, number: 5 }, ['QĐ', 2026, 5]);
      const logged = (seq: number, hlcs: Record<string, string>) => ({
        org_id: ORG,
        seq,
        entity: 'members',
        row_id: `m-${seq}`,
        fields: JSON.stringify(Object.fromEntries(Object.keys(hlcs).map((k) => [k, 'x']))),
        hlcs: JSON.stringify(hlcs),
        device_id: 'dev-1',
        at: '2026-01-01T00:00:00.000Z',
      });
      await knex('sync_changes').insert([
        logged(1, { full_name: 'H1', phone: 'H1' }),
        logged(2, { phone: 'H1', email: 'H2' }),
        logged(3, {}),
      ]);
      await migrate(knex, db.dialect);
    }, 120_000);
    afterAll(async () => {
      await knex?.destroy();
    });

    it('gives each held receipt its batch as group, and nothing else a group', async () => {
      const rows = (await knex('sync_numbers').orderBy('row_id').select('row_id', 'group_value')) as {
        row_id: string;
        group_value: string | null;
      }[];
      expect(rows).toEqual([
        { row_id: 'd-1', group_value: null },
        { row_id: 'p-1', group_value: 'batch-x' },
        { row_id: 'p-2', group_value: null },
      ]);
    });

    it('keeps one HLC per logged change', async () => {
      const rows = await knex('sync_changes').orderBy('seq').select('seq', 'hlc');
      expect(rows.map((r: { seq: unknown; hlc: string }) => [Number(r.seq), r.hlc])).toEqual([
        [1, 'H1'],
        [2, 'H2'],
        [3, ''],
      ]);
      expect(Object.keys((await knex('sync_changes').first()) as object)).not.toContain('hlcs');
    });

    it('the receipt’s other months are accepted, another payment with its number clashes', async () => {
      const clash = (id: string, data: Record<string, CellValue>) =>
        knex.transaction((trx) =>
          new NumberIndex(trx, ORG).clash('dues_payments', id, numberKeys('dues_payments', data)),
        );
      const receipt = (n: string, batch: string | null) => ({ receipt_number: n, batch_id: batch });
      expect(await clash('p-3', receipt('DP-2026-00001', 'batch-x'))).toBeNull();
      expect(await clash('p-4', receipt('DP-2026-00001', 'batch-y'))).toBe('p-1');
      expect(await clash('p-5', receipt('DP-2026-00001', null))).toBe('p-1');
      // A held receipt without a batch shares its number with nobody, not even another row without one.
      expect(await clash('p-6', receipt('DP-2026-00002', null))).toBe('p-2');
      expect(await clash('p-7', receipt('DP-2026-00002', 'batch-z'))).toBe('p-2');
    });
  });
}

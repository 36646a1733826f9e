import type { Knex } from 'knex';
import { encodeFrozen, type FrozenLine } from '../../dues/frozen';

/**
 * A closed month's lines move from one `dues_lines` row per member into one value on the month's row
 * (`dues_months.lines`, see dues/frozen.ts): closing a 50,000-member month wrote 100,000 rows (lines and their sync
 * outbox rows). Months closed before this version are converted here, then `dues_lines` is dropped. Not additive
 * for a synced table, and safe: no release has synced yet (the upper-level sync comes later), and the outbox rows
 * of the dropped lines are dropped with them.
 */
export const nonAdditive =
  'dues_lines (one row per member and closed month) replaced by dues_months.lines; no release has synced yet';

export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.alterTable('dues_months', (t) => {
    t.binary('lines').nullable();
  });
  const months = (await trx('dues_lines').whereNull('deleted_at').distinct().pluck('month')) as string[];
  for (const month of months) {
    const rows = (await trx('dues_lines').where({ month }).whereNull('deleted_at')) as Record<string, unknown>[];
    const lines: FrozenLine[] = rows.map((r) => ({
      memberId: String(r.member_id),
      unitId: (r.unit_id as string) ?? null,
      basis: r.basis === null ? null : Number(r.basis),
      due: Number(r.due),
      extra: Number(r.extra),
      exempt: Boolean(r.exempt),
      capped: Boolean(r.capped),
    }));
    const ruleId = (rows.find((r) => r.rule_id)?.rule_id as string) ?? null;
    await trx('dues_months')
      .where({ month })
      .update({ lines: encodeFrozen(lines, ruleId) });
  }
  await trx('outbox').where({ entity: 'dues_lines' }).delete();
  await trx.schema.dropTable('dues_lines');
}

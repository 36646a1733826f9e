import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Dues (đoàn phí): rules and base salaries with effective dates, each member's salary history and exempt periods,
 * the months (open or closed), the dues lines of a month and the payments. All synced: two PCs of one CĐCS keep one
 * ledger. Rates and caps are integers (thousandths of a percent, per mille) so a due is exact integer arithmetic.
 * The shipped rules and base salary are inserted by the dues module on unlock with fixed ids (so two PCs that both
 * start from the defaults converge on the same rows), not by this migration.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('dues_rules', (t) => {
    syncColumns(t);
    t.string('from_date').notNullable().index(); // YYYY-MM-DD
    t.integer('rate_milli').notNullable(); // percent × 1000: 0.5% → 500
    t.string('basis').notNullable(); // socialInsurance | netActual
    t.integer('cap_permille').notNullable(); // capBaseMultiple × 1000: 0.1 → 100
    t.integer('fixed_amount').nullable(); // null: rate × base salary, rounded
    t.integer('higher_rate_milli').nullable();
    t.text('higher_rate_ref').nullable();
    t.integer('rounding').notNullable().defaultTo(1); // 1 | 100 | 1000 đồng, half up
  });
  await trx.schema.createTable('dues_base_salaries', (t) => {
    syncColumns(t);
    t.string('from_date').notNullable().index();
    t.integer('amount').notNullable();
  });
  await trx.schema.createTable('member_salaries', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members').index();
    t.string('from_month').notNullable(); // YYYY-MM
    t.integer('amount').notNullable();
    t.string('source').notNullable(); // field | hand | import
  });
  await trx.schema.createTable('dues_exemptions', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members').index();
    t.string('from_month').notNullable();
    t.string('to_month').notNullable();
    t.string('reason').notNullable();
    t.text('note').nullable();
  });
  await trx.schema.createTable('dues_months', (t) => {
    syncColumns(t);
    t.string('month').notNullable().unique(); // YYYY-MM
    t.string('closed_at').nullable();
    t.integer('total_due').nullable(); // frozen at close
    t.integer('total_extra').nullable();
  });
  await trx.schema.createTable('dues_lines', (t) => {
    syncColumns(t);
    t.string('month').notNullable();
    t.string('member_id', 36).notNullable().references('id').inTable('members');
    t.string('unit_id', 36).nullable();
    t.integer('basis').nullable();
    t.integer('due').notNullable();
    t.integer('extra').notNullable().defaultTo(0);
    t.boolean('exempt').notNullable().defaultTo(false);
    t.boolean('capped').notNullable().defaultTo(false);
    t.string('rule_id', 36).nullable();
    t.unique(['month', 'member_id']);
  });
  await trx.schema.createTable('dues_payments', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members');
    t.string('month').notNullable(); // the month this amount pays, after allocation
    t.integer('amount').notNullable(); // negative only for an adjustment
    t.string('paid_on').notNullable(); // YYYY-MM-DD
    t.string('method').notNullable(); // cash | payroll | transfer
    t.string('unit_id', 36).nullable(); // the member's group on the payment day (funds post per group)
    t.string('batch_id', 36).nullable(); // one pay action split over months shares it
    t.string('receipt_number').nullable();
    t.text('collector').nullable();
    t.boolean('adjustment').notNullable().defaultTo(false);
    t.string('cancelled_at').nullable();
    t.text('cancel_reason').nullable();
    t.text('note').nullable();
    t.index(['member_id', 'month']);
    t.index(['month']);
    t.index(['paid_on']);
  });
  // What each member paid for a month (the ledger, arrears) read from the index alone, live payments only.
  await trx.raw(
    'CREATE INDEX dues_payments_live_month ON dues_payments (month, member_id, amount) ' +
      'WHERE deleted_at IS NULL AND cancelled_at IS NULL',
  );
}

import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Union funds and welfare: categories (mapped to the lines of B14/B07), the yearly openings and closes of the cash
 * and bank books, vouchers and the files kept with them, the estimate's planned figures, support paid to members,
 * programmes and their registrations; the voucher each dues payment is posted on; and the number of workers on the
 * organisation profile (Mẫu 1-HĐCĐ). All synced.
 * The shipped categories are inserted by the funds module on unlock with fixed ids, not here.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('fund_categories', (t) => {
    syncColumns(t);
    t.string('code').notNullable().unique();
    t.text('name').notNullable();
    t.string('kind').notNullable(); // revenue | spending
    t.string('line').notNullable(); // the B14/B07 line
    t.boolean('built_in').notNullable().defaultTo(false);
    t.boolean('reserved').notNullable().defaultTo(false);
    t.integer('position').notNullable().defaultTo(0);
  });
  await trx.schema.createTable('fund_years', (t) => {
    syncColumns(t);
    t.integer('year').notNullable().unique();
    t.integer('cash_opening').nullable(); // set by hand only for the year the books start; else carried over
    t.integer('bank_opening').nullable();
    t.string('closed_at').nullable();
    t.integer('cash_closing').nullable(); // frozen at close
    t.integer('bank_closing').nullable();
  });
  await trx.schema.createTable('fund_vouchers', (t) => {
    syncColumns(t);
    t.integer('year').notNullable();
    t.string('type').notNullable(); // receipt | payment | transfer
    t.string('account').notNullable(); // cash | bank (a transfer: the account it leaves)
    t.string('series').notNullable(); // PT | PC | BC | BN
    t.integer('number').notNullable();
    t.string('pair_series').nullable(); // a transfer's entering side
    t.integer('pair_number').nullable();
    t.string('date').notNullable(); // YYYY-MM-DD
    t.integer('amount').notNullable();
    t.string('category').nullable(); // null for transfers
    t.text('description').notNullable();
    t.string('member_id', 36).nullable().references('id').inTable('members');
    t.text('party').nullable();
    t.string('document_id', 36).nullable();
    t.string('source').notNullable().defaultTo('manual'); // manual | dues | welfare | remit
    t.string('source_ref').nullable(); // dues: batch:unit:account; remit: from..to
    t.string('cancelled_at').nullable();
    t.text('cancel_reason').nullable();
    t.unique(['year', 'series', 'number']);
    t.index(['account', 'date']);
    t.index(['source', 'source_ref']);
  });
  // Papers kept with a voucher (an invoice, a signed list): bytes in the encrypted vault, like meeting_files.
  await trx.schema.createTable('fund_voucher_files', (t) => {
    syncColumns(t);
    t.string('voucher_id', 36).notNullable().references('id').inTable('fund_vouchers').index();
    t.text('file_name').notNullable();
    t.string('mime').notNullable();
    t.integer('size').notNullable();
    t.binary('bytes').notNullable();
  });
  await trx.schema.createTable('fund_plans', (t) => {
    syncColumns(t);
    t.integer('year').notNullable();
    t.string('line').notNullable();
    t.integer('amount').notNullable();
    t.unique(['year', 'line']);
  });
  await trx.schema.createTable('welfare_support', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members').index();
    t.string('kind').notNullable();
    t.string('date').notNullable();
    t.integer('amount').notNullable();
    t.text('decision').nullable();
    t.string('document_id', 36).nullable();
    t.text('note').nullable();
    t.string('voucher_id', 36).notNullable().references('id').inTable('fund_vouchers');
  });
  await trx.schema.createTable('welfare_programmes', (t) => {
    syncColumns(t);
    t.text('name').notNullable();
    t.string('kind').notNullable(); // health-check | gift | trip | other
    t.string('date').nullable();
    t.integer('capacity').notNullable();
    t.boolean('hazardous_only').notNullable().defaultTo(false);
    t.string('unit_id', 36).nullable();
    t.text('note').nullable();
  });
  await trx.schema.createTable('welfare_registrations', (t) => {
    syncColumns(t);
    t.string('programme_id', 36).notNullable().references('id').inTable('welfare_programmes');
    t.string('member_id', 36).notNullable().references('id').inTable('members');
    t.index(['programme_id']);
  });
  // Each dues payment names the receipt voucher it was posted on (one per union group and account per pay action),
  // so a cancellation or correction re-posts exactly the voucher it touched.
  await trx.schema.alterTable('dues_payments', (t) => {
    t.string('voucher_id', 36).nullable().index();
  });
  await trx.schema.alterTable('org_profile', (t) => {
    t.integer('worker_count').nullable();
  });
}

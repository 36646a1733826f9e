import type { Knex } from 'knex';

/**
 * The dashboard's derived tables (src/server/dashboard/projections.ts keeps them current inside each push): the
 * upper level's figures are aggregates over these narrow rows, never a parse of every synced row's JSON. Flags are
 * integers 0/1 and amounts bigints, so one schema reads the same on PostgreSQL and SQLite.
 */
export async function up(knex: Knex): Promise<void> {
  // One row per member of a CĐCS: what the counts need, nothing personal beyond gender.
  await knex.schema.createTable('dash_members', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('member_id', 64).notNullable();
    t.string('status', 32).nullable();
    t.string('gender', 16).nullable();
    t.string('joined_on', 10).nullable();
    t.integer('deleted').notNullable().defaultTo(0);
    t.primary(['org_id', 'member_id']);
  });
  // Status events (the core counts "left this year" from them: a leaving event dated this year).
  await knex.schema.createTable('dash_status_events', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('event_id', 64).notNullable();
    t.string('member_id', 64).notNullable();
    t.string('to_status', 32).nullable();
    t.string('date', 10).nullable();
    t.integer('deleted').notNullable().defaultTo(0);
    t.primary(['org_id', 'event_id']);
  });
  // Payments as the ledger sums them: `live` = not deleted and not cancelled.
  await knex.schema.createTable('dash_payments', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('payment_id', 64).notNullable();
    t.string('member_id', 64).notNullable();
    t.string('month', 7).notNullable();
    t.bigInteger('amount').notNullable();
    t.integer('live').notNullable();
    t.primary(['org_id', 'payment_id']);
    t.index(['org_id', 'member_id', 'month']);
  });
  // Which dues_months row froze which month: a reopened or deleted row clears its month's lines.
  await knex.schema.createTable('dash_dues_months', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('row_id', 64).notNullable();
    t.string('month', 7).notNullable();
    t.integer('closed').notNullable();
    /** sha256 of the frozen lines last projected: a push that leaves them unchanged does not re-read them. */
    t.string('lines_hash', 64).nullable();
    t.primary(['org_id', 'row_id']);
  });
  // A member's month: the frozen line (closed months only: an open month's dues are computed on the PC from rules
  // the server does not run) and what was paid for it.
  await knex.schema.createTable('dash_member_months', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('month', 7).notNullable();
    t.string('member_id', 64).notNullable();
    t.integer('has_line').notNullable().defaultTo(0);
    t.bigInteger('due').notNullable().defaultTo(0);
    t.integer('exempt').notNullable().defaultTo(0);
    t.bigInteger('paid').notNullable().defaultTo(0);
    t.primary(['org_id', 'month', 'member_id']);
    t.index(['org_id', 'member_id', 'month']);
  });
  // Per CĐCS and month: the ledger's totals (owed only for a closed month; collected for any month paid).
  await knex.schema.createTable('dash_months', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('month', 7).notNullable();
    t.integer('closed').notNullable().defaultTo(0);
    t.bigInteger('owed').notNullable().defaultTo(0);
    t.bigInteger('collected').notNullable().defaultTo(0);
    t.integer('line_members').notNullable().defaultTo(0);
    t.integer('owing_members').notNullable().defaultTo(0);
    t.primary(['org_id', 'month']);
  });
  // Server settings of the dashboard (the drop in collection rate that counts as an anomaly…).
  await knex.schema.createTable('dash_settings', (t) => {
    t.string('key', 64).primary();
    t.text('value').notNullable();
  });
}

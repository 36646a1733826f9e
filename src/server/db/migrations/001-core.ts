import type { Knex } from 'knex';

/**
 * The server's own tables, on PostgreSQL and SQLite alike (knex schema only, no dialect SQL). Timestamps are ISO
 * 8601 UTC strings, as on the PCs. Each CĐCS has its own change log with its own sequence (`orgs.head_seq`,
 * advanced inside the push transaction), so one CĐCS's pull never scans another's rows.
 */
export async function up(knex: Knex): Promise<void> {
  // The upper-level union (kind 'upper', one per server) and its CĐCS (kind 'cdcs').
  await knex.schema.createTable('orgs', (t) => {
    t.string('id', 36).primary();
    t.string('kind', 8).notNullable();
    t.text('name').notNullable();
    t.string('parent_id', 36).nullable();
    t.string('created_at').notNullable();
    /** Last sequence number of the CĐCS's change log. */
    t.bigInteger('head_seq').notNullable().defaultTo(0);
    /** Changes at or below this were compacted away: a pull from an older cursor gets a 410 and a snapshot. */
    t.bigInteger('horizon_seq').notNullable().defaultTo(0);
  });
  // One-time registration codes: only the hash is kept; single use, 24 h.
  await knex.schema.createTable('registration_codes', (t) => {
    t.string('code_hash', 64).primary();
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('created_at').notNullable();
    t.string('expires_at').notNullable();
    t.string('used_at').nullable();
    t.string('device_id', 36).nullable();
  });
  await knex.schema.createTable('devices', (t) => {
    t.string('id', 36).primary();
    t.string('org_id', 36).notNullable().references('id').inTable('orgs').index();
    t.text('name').notNullable().defaultTo('');
    t.string('token_hash', 64).notNullable().unique();
    t.string('registered_at').notNullable();
    t.string('last_sync_at').nullable();
    t.string('revoked_at').nullable();
    /** The highest mutation id seen from this device (push is idempotent up to it). */
    t.bigInteger('last_mutation_id').notNullable().defaultTo(0);
  });
  // The current merged state of every synced row: column values and each column's winning HLC, as JSON text.
  await knex.schema.createTable('sync_rows', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('entity', 64).notNullable();
    t.string('row_id', 64).notNullable();
    t.text('data').notNullable();
    t.text('hlcs').notNullable();
    t.string('deleted_at').nullable();
    t.bigInteger('updated_seq').notNullable();
    /** Long-text columns only: JSON {column: [seq, deviceId]} of the write that stands (tells a concurrent edit). */
    t.text('writers').nullable();
    t.primary(['org_id', 'entity', 'row_id']);
    // Ids are UUIDv7 and never shared between CĐCS: a push names a row id that another CĐCS holds → FOREIGN_ROW.
    t.index(['row_id']);
  });
  // The numbers that must be unique within a CĐCS (UNIQUE_NUMBERS), one row per live row whose key is complete:
  // the push checks a clash with one indexed lookup instead of parsing every row's JSON.
  await knex.schema.createTable('sync_numbers', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.string('entity', 64).notNullable();
    t.integer('key_index').notNullable();
    t.string('row_id', 64).notNullable();
    t.text('key_value').notNullable();
    t.primary(['org_id', 'entity', 'key_index', 'row_id']);
    t.index(['org_id', 'entity', 'key_index', 'key_value']);
  });
  // The change log pulled by the PCs: the columns each accepted mutation won.
  await knex.schema.createTable('sync_changes', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.bigInteger('seq').notNullable();
    t.string('entity', 64).notNullable();
    t.string('row_id', 64).notNullable();
    t.text('fields').notNullable();
    t.text('hlcs').notNullable();
    t.string('device_id', 36).notNullable();
    t.string('at').notNullable();
    t.primary(['org_id', 'seq']);
  });
  // Long texts written concurrently on two PCs: the losing version, delivered with the pull at its sequence.
  await knex.schema.createTable('sync_conflict_copies', (t) => {
    t.string('org_id', 36).notNullable().references('id').inTable('orgs');
    t.bigInteger('seq').notNullable();
    t.string('entity', 64).notNullable();
    t.string('row_id', 64).notNullable();
    t.string('column', 64).notNullable();
    t.text('value').nullable();
    t.string('hlc').notNullable();
    t.string('device_id', 36).notNullable();
    t.string('at').notNullable();
    t.primary(['org_id', 'seq', 'column']);
  });
  // The upper level's staff who read the dashboard (read-only): scrypt password hashes, sessions by token hash.
  await knex.schema.createTable('staff', (t) => {
    t.string('id', 36).primary();
    t.string('login', 100).notNullable().unique();
    t.text('password_hash').notNullable();
    t.text('name').notNullable().defaultTo('');
    t.string('created_at').notNullable();
  });
  await knex.schema.createTable('staff_sessions', (t) => {
    t.string('token_hash', 64).primary();
    t.string('staff_id', 36).notNullable().references('id').inTable('staff');
    t.string('expires_at').notNullable();
  });
}

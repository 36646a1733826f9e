import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Recorded elections (Bầu cử page, the congress's papers). The candidates and the Ban kiểm phiếu are short lists
 * always read and written whole with their election, so they live as JSON in its row; ballots are many (hundreds)
 * and entered one at a time, possibly on two computers, so each is its own synced row, removed by a tombstone.
 * `position` orders ballots as entered; the (election_id, position) index keeps reading 1,000 of them quick.
 * The tờ trình công nhận is one per congress: its draft's link sits on the meeting, beside the minutes' link.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('elections', (t) => {
    syncColumns(t);
    t.string('meeting_id', 36).nullable().references('id').inTable('meetings').index();
    t.string('body').notNullable();
    t.text('electing').notNullable();
    t.integer('seats').notNullable();
    t.text('candidates').notNullable(); // JSON [{name, memberId}] in ballot order
    t.string('denominator').notNullable();
    t.integer('issued').notNullable();
    t.integer('collected').notNullable();
    t.string('count_by').notNullable(); // ballots | totals
    t.text('totals').nullable(); // JSON {name: votes}
    t.integer('invalid').nullable();
    t.integer('convened').nullable();
    t.integer('present').nullable();
    t.string('date').nullable();
    t.text('place').nullable();
    t.text('counters').notNullable(); // JSON [name], the first is Trưởng ban
  });
  await trx.schema.createTable('election_ballots', (t) => {
    syncColumns(t);
    t.string('election_id', 36).notNullable().references('id').inTable('elections');
    t.integer('position').notNullable();
    t.text('struck').notNullable(); // JSON [name]: the names struck out
    t.index(['election_id', 'position']);
  });
  await trx.schema.alterTable('meetings', (t) => {
    t.string('recognition_document_id', 36).nullable().references('id').inTable('documents');
    // The draft version's updated_at when the record last wrote it (as minutes_generated_at).
    t.string('recognition_generated_at').nullable();
  });
}

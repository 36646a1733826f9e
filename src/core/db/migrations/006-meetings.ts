import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Meetings: the meeting, who was invited, its agenda with the opinions voiced, attendance and motions. Every child
 * row is its own synced row (a secretary and a chair may edit the same meeting on two computers); `position`
 * keeps the order the secretary gave.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('meetings', (t) => {
    syncColumns(t);
    t.string('kind').notNullable();
    t.text('title').notNullable();
    // Local time in Asia/Ho_Chi_Minh, YYYY-MM-DDTHH:mm: sorts as text.
    t.string('starts_at').notNullable().index();
    t.string('ends_at').nullable();
    t.text('place').nullable();
    t.text('online_url').nullable();
    t.string('chair_member_id', 36).nullable().references('id').inTable('members');
    t.text('chair_name').nullable();
    t.string('secretary_member_id', 36).nullable().references('id').inTable('members');
    t.text('secretary_name').nullable();
    t.string('status').notNullable().defaultTo('planned').index();
  });
  await trx.schema.createTable('meeting_invitees', (t) => {
    syncColumns(t);
    t.string('meeting_id', 36).notNullable().references('id').inTable('meetings').index();
    t.integer('position').notNullable();
    t.string('type').notNullable(); // member | unit | bch | guest
    t.string('member_id', 36).nullable().references('id').inTable('members');
    t.string('unit_id', 36).nullable().references('id').inTable('units');
    t.text('name').nullable();
    t.text('organisation').nullable();
  });
  await trx.schema.createTable('meeting_agenda_items', (t) => {
    syncColumns(t);
    t.string('meeting_id', 36).notNullable().references('id').inTable('meetings').index();
    t.integer('position').notNullable();
    t.text('title').notNullable();
    t.text('presenter').nullable();
    t.string('time').nullable();
    t.text('conclusion').nullable();
  });
  await trx.schema.createTable('meeting_opinions', (t) => {
    syncColumns(t);
    t.string('agenda_item_id', 36).notNullable().references('id').inTable('meeting_agenda_items').index();
    t.integer('position').notNullable();
    t.text('speaker').notNullable();
    t.text('text').notNullable();
  });
  await trx.schema.createTable('meeting_attendance', (t) => {
    syncColumns(t);
    t.string('meeting_id', 36).notNullable().references('id').inTable('meetings').index();
    t.string('member_id', 36).nullable().references('id').inTable('members');
    t.text('name').notNullable();
    t.string('state').notNullable(); // present | absent | excused | proxy
    t.text('reason').nullable();
    t.string('proxy_member_id', 36).nullable().references('id').inTable('members');
    t.text('proxy_name').nullable();
  });
  await trx.schema.createTable('meeting_motions', (t) => {
    syncColumns(t);
    t.string('meeting_id', 36).notNullable().references('id').inTable('meetings').index();
    t.integer('position').notNullable();
    t.text('text').notNullable();
    t.integer('votes_for').notNullable();
    t.integer('votes_against').notNullable();
    t.integer('votes_abstain').notNullable();
    t.string('rule').notNullable().defaultTo('majority');
  });
}

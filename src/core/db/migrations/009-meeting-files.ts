import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Files a meeting keeps (an agenda item's papers), what each agenda item attaches (a register document or one of
 * those files, in order), and the rendered parts of a meeting pack while its job runs.
 *
 * Attachments are rows rather than a JSON column on the agenda item: each is its own synced row, so a sync peer
 * merges two secretaries' edits per attachment, and a file or document that is deleted can be found by id.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('meeting_files', (t) => {
    syncColumns(t);
    t.string('meeting_id', 36).notNullable().references('id').inTable('meetings').index();
    t.text('file_name').notNullable();
    t.string('mime').notNullable();
    t.integer('size').notNullable();
    t.binary('bytes').notNullable();
  });
  await trx.schema.createTable('meeting_agenda_attachments', (t) => {
    syncColumns(t);
    t.string('agenda_item_id', 36).notNullable().references('id').inTable('meeting_agenda_items').index();
    t.integer('position').notNullable();
    // Exactly one of the two.
    t.string('document_id', 36).nullable().references('id').inTable('documents');
    t.string('file_id', 36).nullable().references('id').inTable('meeting_files');
  });
  // Local (never synced): a pack job's finished parts, so a pack resumed after a restart keeps what it rendered.
  await trx.schema.createTable('meeting_pack_parts', (t) => {
    syncColumns(t);
    t.string('job_id', 36).notNullable().index();
    t.integer('position').notNullable();
    t.text('title').notNullable();
    t.binary('pdf').nullable();
    t.integer('pages').notNullable();
    // The part as files of the .zip: [{ name, base64 }] (its .docx, or an attached file as it was given).
    t.text('zip_files').notNullable();
  });
}

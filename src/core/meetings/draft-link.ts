/**
 * A document of the register made from a meeting's record and linked to it (the Biên bản, the Nghị quyết, the tờ
 * trình công nhận of a congress's elections): made as
 * a draft the first time, refreshed in place while it is a draft, locked once issued. The record is the source, but
 * what someone typed into the draft is never overwritten silently: a draft changed since the record last wrote it is
 * refused unless `overwrite` says to start again.
 */
import { AppError } from '../../shared/errors';
import type { DocumentModel } from '../../shared/document-model';
import { updateRecord } from '../db/records';
import { createDraft, saveDocument } from '../documents/register';
import type { Session } from '../session';

/** The meeting's columns for one linked paper: `<link>_document_id` and `<link>_generated_at`. */
export type MeetingPaper = 'minutes' | 'resolution' | 'recognition';

export interface DraftMessages {
  /** The paper is issued: changes go through a supplement or a new version, not the record. */
  issued: string;
  /** The draft was edited since the record last wrote it. */
  edited: string;
}

type DocRow = { status: string; updated_at: string } | undefined;

export async function refreshLinkedDraft(
  s: Session,
  meetingId: string,
  paper: MeetingPaper,
  model: DocumentModel,
  opts: { overwrite: boolean; messages: DraftMessages },
): Promise<{ documentId: string }> {
  const [idCol, atCol] = [`${paper}_document_id`, `${paper}_generated_at`];
  const row = (await s.db('meetings').where({ id: meetingId }).first(idCol, atCol)) as
    Record<string, string | null> | undefined;
  const linked = row?.[idCol] ?? null;
  // A draft's fields and body live in its current version row, updated in place: its updated_at moves on every save.
  const docOf = async (docId: string) =>
    (await s
      .db('documents as d')
      .join('document_versions as v', function () {
        this.on('v.document_id', 'd.id').andOn('v.version', 'd.current_version');
      })
      .whereNull('d.deleted_at')
      .where('d.id', docId)
      .first('d.status as status', 'v.updated_at as updated_at')) as DocRow;
  const doc = linked ? await docOf(linked) : undefined;
  let documentId: string;
  if (linked && doc) {
    if (doc.status !== 'draft') throw new AppError('CONFLICT', opts.messages.issued, { documentId: linked });
    if (!opts.overwrite && doc.updated_at !== row?.[atCol])
      throw new AppError('CONFLICT', opts.messages.edited, { documentId: linked, edited: true });
    // Appendices made from the record (the tờ trình's lists) are refreshed with it; a model without keeps them.
    await saveDocument(s, linked, model.fields, model.body, model.appendices);
    documentId = linked;
  } else {
    // No draft yet, or the old draft was deleted from the register: a new one, linked to the meeting.
    documentId = (await createDraft(s, model, null)).id;
  }
  const generatedAt = (await docOf(documentId))?.updated_at ?? null;
  await s.db.transaction((trx) =>
    updateRecord(trx, s.record, 'meetings', meetingId, { [idCol]: documentId, [atCol]: generatedAt }),
  );
  return { documentId };
}

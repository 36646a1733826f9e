/**
 * `meetings.minutes`: the meeting's Biên bản as a draft in the register of outgoing documents (type BB), made from
 * the record through the document engine. Again while the draft is not issued, it refreshes the draft from the
 * record (the secretary's record is the source); once issued the text is locked and a change is a supplement.
 */
import { AppError } from '../../shared/errors';
import type { DocumentModel } from '../../shared/document-model';
import { updateRecord } from '../db/records';
import { createDraft, saveDocument } from '../documents/register';
import { buildDocument, toAppError } from '../documents/templates';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { minutesSource } from './minutes-text';
import { getMeeting } from './read';

/** The minutes' document model from the meeting as it is recorded now. */
export async function minutesModel(s: Session, id: string): Promise<DocumentModel> {
  const { meeting, figures } = await getMeeting(s.db, id);
  // Both sign the minutes: without their names there is nothing to sign under.
  if (!meeting.chair?.name || !meeting.secretary?.name)
    throw new AppError('VALIDATION', 'Cần ghi người chủ trì và thư ký của cuộc họp trước khi lập biên bản.', [
      { path: [meeting.chair?.name ? 'secretary' : 'chair'], message: 'Bắt buộc' },
    ]);
  const { markdown, data } = minutesSource(meeting, figures);
  const { profile, upperLevels } = await getOrg(s.db);
  try {
    return buildDocument(markdown, { org: profile, upperLevels, data, today: new Date() });
  } catch (err) {
    throw toAppError(err);
  }
}

type LinkRow = { minutes_document_id: string | null; minutes_generated_at: string | null } | undefined;
type DocRow = { status: string; updated_at: string } | undefined;

/**
 * Makes the draft, or refreshes it from the record. The secretary's own edits to the prose are never overwritten
 * silently: a draft changed since the record last wrote it is refused unless `overwrite` says to start again.
 */
export async function generateMinutes(s: Session, id: string, overwrite = false): Promise<{ documentId: string }> {
  const model = await minutesModel(s, id);
  const row = (await s.db('meetings').where({ id }).first('minutes_document_id', 'minutes_generated_at')) as LinkRow;
  const linked = row?.minutes_document_id ?? null;
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
    if (doc.status !== 'draft')
      throw new AppError('CONFLICT', 'Biên bản đã ban hành; hãy sửa bằng bản bổ sung', { documentId: linked });
    if (!overwrite && doc.updated_at !== row?.minutes_generated_at)
      throw new AppError(
        'CONFLICT',
        'Bản nháp biên bản đã được sửa sau lần lập gần nhất. Lập lại từ hồ sơ cuộc họp sẽ xoá các sửa đổi đó; ' +
          'hãy chọn ghi đè nếu vẫn muốn lập lại.',
        { documentId: linked, edited: true },
      );
    await saveDocument(s, linked, model.fields, model.body);
    documentId = linked;
  } else {
    // No draft yet, or the old draft was deleted from the register: a new one, linked to the meeting.
    documentId = (await createDraft(s, model, null)).id;
  }
  const generatedAt = (await docOf(documentId))?.updated_at ?? null;
  await s.db.transaction((trx) =>
    updateRecord(trx, s.record, 'meetings', id, { minutes_document_id: documentId, minutes_generated_at: generatedAt }),
  );
  return { documentId };
}

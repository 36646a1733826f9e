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

export async function generateMinutes(s: Session, id: string): Promise<{ documentId: string }> {
  const model = await minutesModel(s, id);
  const row = (await s.db('meetings').where({ id }).first('minutes_document_id')) as
    { minutes_document_id: string | null } | undefined;
  const linked = row?.minutes_document_id ?? null;
  const doc = linked ? await s.db('documents').whereNull('deleted_at').where({ id: linked }).first('status') : null;
  if (linked && doc) {
    if (doc.status !== 'draft')
      throw new AppError('CONFLICT', 'Biên bản đã ban hành; hãy sửa bằng bản bổ sung', { documentId: linked });
    await saveDocument(s, linked, model.fields, model.body);
    return { documentId: linked };
  }
  // No draft yet, or the old draft was deleted from the register: a new one, linked to the meeting.
  const created = await createDraft(s, model, null);
  await s.db.transaction((trx) => updateRecord(trx, s.record, 'meetings', id, { minutes_document_id: created.id }));
  return { documentId: created.id };
}

/**
 * `meetings.minutes`: the meeting's Biên bản as a draft in the register of outgoing documents (type BB), made from
 * the record through the document engine. Again while the draft is not issued, it refreshes the draft from the
 * record (the secretary's record is the source); once issued the text is locked and a change is a supplement.
 */
import { AppError } from '../../shared/errors';
import type { DocumentModel } from '../../shared/document-model';
import { buildDocument, toAppError } from '../documents/templates';
import { electionResultsMarkdown } from '../elections/results';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { refreshLinkedDraft } from './draft-link';
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
  // A congress's minutes record what it elected, from its recorded elections.
  const elected = meeting.kind === 'congress' ? await electionResultsMarkdown(s.db, id) : [];
  const { markdown, data } = minutesSource(meeting, figures, elected);
  const { profile, upperLevels } = await getOrg(s.db);
  try {
    return buildDocument(markdown, { org: profile, upperLevels, data, today: new Date(), markdownValues: true });
  } catch (err) {
    throw toAppError(err);
  }
}

/**
 * Makes the draft, or refreshes it from the record. The secretary's own edits to the prose are never overwritten
 * silently: a draft changed since the record last wrote it is refused unless `overwrite` says to start again.
 */
export async function generateMinutes(s: Session, id: string, overwrite = false): Promise<{ documentId: string }> {
  const model = await minutesModel(s, id);
  return refreshLinkedDraft(s, id, 'minutes', model, {
    overwrite,
    messages: {
      issued: 'Biên bản đã ban hành; hãy sửa bằng bản bổ sung',
      edited:
        'Bản nháp biên bản đã được sửa sau lần lập gần nhất. Lập lại từ hồ sơ cuộc họp sẽ xoá các sửa đổi đó; ' +
        'hãy chọn ghi đè nếu vẫn muốn lập lại.',
    },
  });
}

/**
 * `meetings.resolution`: the Nghị quyết (type NQ) of the motions that passed, as a draft in the register of outgoing
 * documents, made from the record through the document engine exactly as the Biên bản is (minutes.ts): refreshed
 * in place while a draft, an edited draft only with `overwrite`, locked once issued.
 */
import { AppError } from '../../shared/errors';
import { type DocumentModel, formatDocNumber, type Signer } from '../../shared/document-model';
import type { OrgProfile } from '../../shared/contract';
import type { Meeting } from '../../shared/meetings-contract';
import { getDocument } from '../documents/register';
import { buildDocument, toAppError } from '../documents/templates';
import { electionResultsMarkdown } from '../elections/results';
import { getOrg } from '../org/org';
import { getSettings } from '../settings/settings';
import type { Session } from '../session';
import { refreshLinkedDraft } from './draft-link';
import { getMeeting } from './read';
import { resolutionSource } from './resolution-text';

/** The union's chair signs for the BCH; a congress's resolution is signed for its presidium by the one who chaired. */
export function signerOf(meeting: Meeting, profile: OrgProfile | null): Signer {
  const chair = meeting.chair?.name ?? '';
  const name = meeting.kind === 'congress' ? chair || profile?.chairName : profile?.chairName || chair;
  if (!name)
    throw new AppError(
      'VALIDATION',
      'Cần ghi tên Chủ tịch công đoàn (hồ sơ công đoàn) hoặc người chủ trì cuộc họp trước khi lập nghị quyết.',
      [{ path: ['chair'], message: 'Bắt buộc' }],
    );
  return meeting.kind === 'congress'
    ? { authority: 'TM. ĐOÀN CHỦ TỊCH', position: 'CHỦ TRÌ', name }
    : { authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name };
}

/** "05/BB-CĐCS" when the meeting's Biên bản is issued (the resolution cites it); null otherwise. */
async function issuedMinutesNumber(s: Session, meeting: Meeting): Promise<string | null> {
  if (!meeting.minutesDocumentId || meeting.status !== 'minutesSigned') return null;
  const { model } = await getDocument(s.db, meeting.minutesDocumentId);
  return formatDocNumber(model.fields);
}

/**
 * The resolution's document model from the meeting as it is recorded now (the pack's draft resolution uses it too).
 * After the articles of the passed motions, a congress's nghị quyết đại hội has one article per elected body (the
 * results of its recorded elections); VALIDATION when there is nothing to resolve.
 */
export async function resolutionModel(s: Session, meetingId: string): Promise<DocumentModel> {
  const { meeting, figures } = await getMeeting(s.db, meetingId);
  const extraSections = meeting.kind === 'congress' ? await electionResultsMarkdown(s.db, meetingId) : [];
  if (!meeting.motions.some((x) => x.passed) && extraSections.length === 0)
    throw new AppError(
      'VALIDATION',
      'Cuộc họp chưa có nội dung nào được biểu quyết thông qua, nên chưa lập được nghị quyết.',
      [{ path: ['motions'], message: 'Chưa có nội dung được thông qua' }],
    );
  const { profile, upperLevels } = await getOrg(s.db);
  const { markdown, data } = resolutionSource({
    meeting,
    figures,
    signer: signerOf(meeting, profile),
    minutesNumber: await issuedMinutesNumber(s, meeting),
    extraSections,
  });
  try {
    // The settings' wording (the Điều lệ guidance, the employer), as the documents templates use it.
    const texts = (await getSettings(s.db)).documentTexts;
    return buildDocument(markdown, { org: profile, upperLevels, texts, data, today: new Date(), markdownValues: true });
  } catch (err) {
    throw toAppError(err);
  }
}

/** Makes the draft NQ linked to the meeting, or refreshes it from the record (the same rules as the minutes). */
export async function generateResolution(
  s: Session,
  meetingId: string,
  overwrite = false,
): Promise<{ documentId: string }> {
  const model = await resolutionModel(s, meetingId);
  return refreshLinkedDraft(s, meetingId, 'resolution', model, {
    overwrite,
    messages: {
      issued: 'Nghị quyết đã ban hành; hãy sửa bằng văn bản bổ sung',
      edited:
        'Bản nháp nghị quyết đã được sửa sau lần lập gần nhất. Lập lại từ hồ sơ cuộc họp sẽ xoá các sửa đổi đó; ' +
        'hãy chọn ghi đè nếu vẫn muốn lập lại.',
    },
  });
}

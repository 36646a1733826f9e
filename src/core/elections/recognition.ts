/**
 * `elections.recognition`: the tờ trình asking the upper level to recognise (công nhận) those the congress
 * elected, as a draft TTr in the register, made from the meeting's recorded elections. Same rules as the meeting's
 * minutes (meetings/minutes.ts): made again while a draft, it is refreshed from the record, unless someone edited
 * it since (then `overwrite` must say so); once issued it is locked and a change is a supplement.
 */
import type { Knex } from 'knex';
import type { DocumentModel } from '../../shared/document-model';
import { AppError } from '../../shared/errors';
import { buildDocument, toAppError, upperLevelOn } from '../documents/templates';
import { refreshLinkedDraft } from '../meetings/draft-link';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { setColumnWidths } from './columns';
import { APPENDIX_HEADER, APPENDIX_WIDTHS, type MemberFacts, recognitionSource } from './recognition-text';
import { electedBodies, type ElectedBody, RECOGNISED } from './results';

type Db = Knex | Knex.Transaction;
type MeetingRow = { title: string; starts_at: string };

async function meetingRow(db: Db, id: string): Promise<MeetingRow> {
  const row = (await db('meetings').where({ id }).whereNull('deleted_at').first('title', 'starts_at')) as
    MeetingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp (đại hội).', { meetingId: id });
  return row;
}

/** Date of birth, positions held on `day` and union group of each elected member of the register. */
async function memberFacts(db: Db, bodies: ElectedBody[], day: string): Promise<Map<string, MemberFacts>> {
  const ids = [
    ...new Set(bodies.flatMap((b) => b.election.candidates.flatMap((c) => (c.memberId ? [c.memberId] : [])))),
  ];
  const out = new Map<string, MemberFacts>();
  if (ids.length === 0) return out;
  const members = (await db('members as m')
    .leftJoin('units as u', 'u.id', 'm.unit_id')
    .whereIn('m.id', ids)
    .select('m.id', 'm.date_of_birth', 'u.name as unit')) as {
    id: string;
    date_of_birth: string | null;
    unit: string | null;
  }[];
  const positions = (await db('member_positions')
    .whereIn('member_id', ids)
    .whereNull('deleted_at')
    .where((q) => q.whereNull('from_date').orWhere('from_date', '<=', day))
    .where((q) => q.whereNull('to_date').orWhere('to_date', '>=', day))
    .orderBy('from_date')
    .select('member_id', 'title', 'body')) as { member_id: string; title: string; body: string | null }[];
  for (const m of members) {
    const held = positions.filter((p) => p.member_id === m.id).map((p) => [p.title, p.body].filter(Boolean).join(' '));
    out.set(m.id, { dateOfBirth: m.date_of_birth, role: [...held, m.unit ?? ''].filter(Boolean).join(', ') });
  }
  return out;
}

/** The tờ trình's model from the meeting's elections as counted now. */
export async function recognitionModel(s: Session, meetingId: string): Promise<DocumentModel> {
  const meeting = await meetingRow(s.db, meetingId);
  const bodies = await electedBodies(s.db, meetingId, RECOGNISED);
  if (bodies.length === 0)
    throw new AppError(
      'VALIDATION',
      'Đại hội chưa có ai trúng cử Ban Chấp hành, Chủ tịch, Phó Chủ tịch, Ban Thường vụ hay Ủy ban Kiểm tra: ' +
        'hãy nhập đủ phiếu bầu (hoặc số phiếu của từng người) trước khi lập tờ trình.',
      { meetingId },
    );
  const day = meeting.starts_at.slice(0, 10);
  const { profile, upperLevels } = await getOrg(s.db);
  const elected = bodies.find((b) => b.election.body === 'chair')?.elected[0]?.name;
  const chair = elected ?? (profile?.chairName || '……………………');
  const { markdown, data } = recognitionSource({
    congress: meeting.title,
    day,
    orgName: profile?.name ?? '',
    upperLevel: upperLevelOn(upperLevels, day) ?? profile?.upperLevelName ?? 'Công đoàn cấp trên trực tiếp cơ sở',
    chair,
    bodies,
    members: await memberFacts(s.db, bodies, day),
  });
  let model: DocumentModel;
  try {
    model = buildDocument(markdown, { org: profile, upperLevels, data, today: new Date(), markdownValues: true });
  } catch (err) {
    throw toAppError(err);
  }
  for (const a of model.appendices ?? []) setColumnWidths(a.body.content, APPENDIX_HEADER, APPENDIX_WIDTHS);
  return model;
}

export async function generateRecognition(
  s: Session,
  meetingId: string,
  overwrite = false,
): Promise<{ documentId: string }> {
  const model = await recognitionModel(s, meetingId);
  return refreshLinkedDraft(s, meetingId, 'recognition', model, {
    overwrite,
    messages: {
      issued: 'Tờ trình đã ban hành; hãy sửa bằng văn bản bổ sung.',
      edited:
        'Bản nháp tờ trình đã được sửa sau lần lập gần nhất. Lập lại từ kết quả bầu cử sẽ xoá các sửa đổi đó; ' +
        'hãy chọn ghi đè nếu vẫn muốn lập lại.',
    },
  });
}

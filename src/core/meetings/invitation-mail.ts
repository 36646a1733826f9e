/**
 * A meeting's invitations as an email campaign (issue 10's pipeline): each convened member with an email gets one
 * message with the Giấy mời (PDF, the same for all) and their own .ics. An invitation to a meeting is not a
 * bulletin: an unsubscribe from bulletins does not stop it (a hard bounce does, in the outbox); members without an
 * email and guests (who have none here) are counted as skipped.
 */
import type { Knex } from 'knex';
import type { Meeting } from '../../shared/meetings-contract';
import { longDateVi } from '../../shared/text/format';
import { MARKERS, type CampaignSnapshot } from '../campaigns/snapshot';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { giayMoi, icsFile, organizerOf, placeText, timeVi } from './invitations';
import { invitedPeople } from './invitations-people';
import { getMeeting } from './read';

const html = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function lines(m: Meeting, union: string): string[] {
  return [
    `${union} trân trọng kính mời đồng chí tới dự: ${m.title}.`,
    `Thời gian: ${timeVi(m.startsAt)}, ${longDateVi(m.startsAt.slice(0, 10))}.`,
    `Địa điểm: ${placeText(m)}.`,
    'Giấy mời và tệp lịch (.ics, mở để thêm vào lịch của đồng chí) được gửi kèm thư này.',
  ];
}

/** Reads only: build it before the campaign's write transaction (SQLite has one writer). */
export async function meetingInvitationSnapshot(
  s: Session,
  meetingId: string,
  db: Knex = s.db,
): Promise<CampaignSnapshot> {
  const { meeting, figures } = await getMeeting(db, meetingId);
  const people = await invitedPeople(db, meeting, figures.convenedMembers);
  const { profile } = await getOrg(db);
  const union = profile?.name?.trim() || 'Công đoàn cơ sở';
  const organizer = organizerOf(profile);
  const body = lines(meeting, union);
  const greeting = `Kính gửi đồng chí ${MARKERS.name},`;
  const snapshot: CampaignSnapshot = {
    kind: 'invitation',
    sourceId: meetingId,
    subject: `Giấy mời: ${meeting.title}`,
    html:
      '<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5">' +
      `<p>${greeting}</p>${body.map((l) => `<p>${html(l)}</p>`).join('')}<p>${html(union)}</p></body></html>`,
    text: [greeting, '', ...body, '', union].join('\n'),
    attachments: [await giayMoi(s, meeting, people, 'pdf')],
    recipients: [],
    skipped: [],
  };
  people.forEach((p, n) => {
    const memberId = p.key.startsWith('guest-') ? null : p.key;
    if (!p.email) {
      snapshot.skipped.push({ memberId, email: null, name: p.name, reason: 'noEmail' });
      return;
    }
    snapshot.recipients.push({
      memberId,
      email: p.email,
      name: p.name,
      unit: p.organisation || null,
      unsubscribeToken: null,
      attachments: [icsFile(meeting, p, n, organizer)],
    });
  });
  return snapshot;
}

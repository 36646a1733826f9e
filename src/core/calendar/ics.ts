/**
 * The .ics file of one meeting invitation (issue 9): one VCALENDAR with the Asia/Ho_Chi_Minh VTIMEZONE and one
 * VEVENT, Vietnamese text in UTF-8, folded and escaped per RFC 5545. Pure: the caller gives the UID and DTSTAMP, so
 * the same invitation always gives the same bytes (a re-issued pack does not differ from the first one).
 *
 * METHOD (RFC 5546, iTIP):
 * - REQUEST when both the organizer's and the invitee's email are known: a real meeting request, the invitee's
 *   client offers Accept/Decline and replies to the organizer (iTIP requires ORGANIZER and ATTENDEE for it).
 * - CANCEL instead of REQUEST for a cancelled meeting, so clients remove it from the invitee's calendar (a REQUEST
 *   with STATUS:CANCELLED is shown as a live meeting by several clients). Send it with a higher SEQUENCE.
 * - PUBLISH otherwise: a plain "add this to your calendar" file, which is what a saved file handed over on paper or
 *   Zalo is. PUBLISH carries no ATTENDEE and no RSVP (there is no address to reply to), so an attendee given
 *   without an organizer email is left out of the file; ORGANIZER is still written when known.
 */
import { AppError } from '../../shared/errors';
import { CRLF, contentLine, escapeText, type Params } from './content-line';
import { icsLocalDateTime, icsUtcDateTime, VN_TZID } from './ics-time';

export const ICS_PRODID = '-//UnionDesk//Van phong Cong doan so//VI';

export interface IcsPerson {
  /** Shown by calendar clients (CN); may hold commas, e.g. "Nguyễn Văn An, Chủ tịch". */
  name?: string;
  email: string;
}

export interface IcsInvitationInput {
  /** Stable per meeting + invitee, so a re-sent or updated invitation replaces the old one: see `invitationUid`. */
  uid: string;
  /** When the file is made (UTC instant): given by the caller so the output is deterministic. */
  stamp: Date | string;
  /** Local times in Asia/Ho_Chi_Minh, `YYYY-MM-DDTHH:mm`. */
  start: string;
  end: string;
  summary: string;
  location?: string;
  description?: string;
  /** Online meeting link (Zoom/Teams): http(s) only. */
  url?: string;
  organizer?: IcsPerson;
  attendee?: IcsPerson;
  /** Bumped by the caller on every change to a sent invitation (RFC 5545 §3.8.7.4); 0 for the first. */
  sequence?: number;
  status?: 'CONFIRMED' | 'CANCELLED';
  /** A DISPLAY reminder one hour before the start. Off unless asked: a reminder is the invitee's choice. */
  alarm?: boolean;
}

/** A UID for one invitee of one meeting: the same pair always gives the same UID (RFC 7986 §5.3 style). */
export function invitationUid(meetingId: string | number, inviteeKey: string | number): string {
  const part = (v: string | number) => encodeURIComponent(String(v).normalize('NFC'));
  return `meeting-${part(meetingId)}-invitee-${part(inviteeKey)}@uniondesk`;
}

function fail(message: string, field: string, value?: unknown): never {
  throw new AppError('VALIDATION', message, { field, value });
}

// Deliberately loose: the mail system is the judge of an address; this only keeps out what would break the line
// (spaces, line breaks) or the mailto: URI.
const EMAIL = /^[^\s@<>"():;,\\]+@[^\s@<>"():;,\\]+$/;

function mailto(person: IcsPerson, role: string): string {
  const email = person.email.trim();
  if (!EMAIL.test(email)) fail(`Email ${role} không hợp lệ: "${person.email}".`, `${role}.email`, person.email);
  return `mailto:${email}`;
}

function personParams(person: IcsPerson): [string, string][] {
  const name = person.name?.trim();
  return name ? [['CN', name]] : [];
}

function checkUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) {
    fail(`Đường dẫn họp trực tuyến không hợp lệ: "${url}". Cần một địa chỉ http:// hoặc https://.`, 'url', url);
  }
  // `href` is percent-encoded ASCII: no space, no line break, nothing a URI value would have to escape.
  return parsed.href;
}

function checkInput(e: IcsInvitationInput): { start: string; end: string } {
  if (!e.uid?.trim()) fail('Thiếu mã định danh (UID) của lời mời.', 'uid');
  if (!e.summary?.trim()) fail('Thiếu tiêu đề cuộc họp.', 'summary');
  const seq = e.sequence ?? 0;
  if (!Number.isSafeInteger(seq) || seq < 0) {
    fail(`Số lần sửa (SEQUENCE) phải là số nguyên không âm, nhận được: ${String(e.sequence)}.`, 'sequence', seq);
  }
  const start = icsLocalDateTime(e.start, 'Thời gian bắt đầu');
  const end = icsLocalDateTime(e.end, 'Thời gian kết thúc');
  // Both are YYYYMMDDTHHMMSS in the same zone (no DST in Việt Nam since 1975), so text order is time order.
  if (end <= start) {
    fail(`Thời gian kết thúc (${e.end}) phải sau thời gian bắt đầu (${e.start}).`, 'end', {
      start: e.start,
      end: e.end,
    });
  }
  return { start, end };
}

// Việt Nam has kept UTC+7 without daylight saving since 1975, so one STANDARD observance from 1970 covers every
// meeting; clients that know the IANA zone use their own rules, the others use this one.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VN_TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The .ics text of one invitation: CRLF line ends, folded at 75 UTF-8 octets; write it as UTF-8 without a BOM. */
export function icsInvitation(e: IcsInvitationInput): string {
  const { start, end } = checkInput(e);
  const stamp = icsUtcDateTime(e.stamp);
  const cancelled = e.status === 'CANCELLED';
  const organizer = e.organizer && { uri: mailto(e.organizer, 'người mời'), params: personParams(e.organizer) };
  const attendee = e.attendee && { uri: mailto(e.attendee, 'người được mời'), params: personParams(e.attendee) };
  const scheduling = Boolean(organizer && attendee);
  const method = scheduling ? (cancelled ? 'CANCEL' : 'REQUEST') : 'PUBLISH';
  const tz: Params = [['TZID', VN_TZID]];

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(ICS_PRODID)),
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(e.uid.trim())),
    `DTSTAMP:${stamp}`,
    contentLine('DTSTART', start, tz),
    contentLine('DTEND', end, tz),
    contentLine('SUMMARY', escapeText(e.summary.trim())),
  ];
  if (e.location?.trim()) lines.push(contentLine('LOCATION', escapeText(e.location.trim())));
  if (e.description?.trim()) lines.push(contentLine('DESCRIPTION', escapeText(e.description.trim())));
  if (e.url?.trim()) lines.push(contentLine('URL', checkUrl(e.url)));
  if (organizer) lines.push(contentLine('ORGANIZER', organizer.uri, organizer.params));
  if (attendee && scheduling) {
    const params: Params = [...attendee.params, ['ROLE', 'REQ-PARTICIPANT'], ['RSVP', cancelled ? 'FALSE' : 'TRUE']];
    lines.push(contentLine('ATTENDEE', attendee.uri, params));
  }
  lines.push(`SEQUENCE:${e.sequence ?? 0}`, `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  if (e.alarm && !cancelled) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      contentLine('DESCRIPTION', escapeText(`Nhắc lịch: ${e.summary.trim()}`)),
      'TRIGGER;RELATED=START:-PT1H',
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

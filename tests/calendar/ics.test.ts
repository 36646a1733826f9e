/**
 * One invitation's .ics file: the exact bytes of a plain one, then a round trip of hostile Vietnamese text through an
 * independent reader (tests/calendar/parse-ics.ts), the wire rules (75 octets, whole UTF-8 per line, CRLF),
 * and the METHOD choice (validation errors: ics-validation.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { icsInvitation, invitationUid, type IcsInvitationInput } from '../../src/core/calendar/ics';
import { parseIcs, propsOf, unescapeText, unfold } from './parse-ics';

const base: IcsInvitationInput = {
  uid: 'meeting-12-invitee-34@uniondesk',
  stamp: '2026-12-07T03:30:00Z',
  start: '2026-12-10T08:00',
  end: '2026-12-10T11:30',
  summary: 'Họp BCH tháng 12',
};

const LONG = {
  summary: 'Hội nghị người lao động năm 2027, Công ty TNHH Dệt may Thành Công; kỳ họp thường lệ',
  location: 'Hội trường tầng 3, nhà B; số 12 đường Nguyễn Văn Linh, phường Tân Phong, Quận 7, TP. Hồ Chí Minh',
  description: [
    'Kính mời đồng chí dự hội nghị, nội dung:',
    '1. Báo cáo kết quả thực hiện thỏa ước lao động tập thể; đề xuất sửa đổi, bổ sung.',
    '2. Thảo luận về tiền lương, thưởng Tết\\phụ cấp ca đêm — ý kiến của các tổ: "may 1", "cắt 2".',
    '',
    'Đường dẫn: C:\\Tài liệu\\Hội nghị\\2027; ghi chú: mang theo thẻ đoàn viên, CCCD.',
  ].join('\r\n'),
};

const wire = new TextDecoder('utf-8', { fatal: true });
const physicalLines = (ics: string) => ics.slice(0, -2).split('\r\n');

describe('icsInvitation', () => {
  it('writes the exact file of a plain published invitation', () => {
    expect(icsInvitation(base)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//UnionDesk//Van phong Cong doan so//VI',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Ho_Chi_Minh',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0700',
        'TZOFFSETTO:+0700',
        'TZNAME:ICT',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:meeting-12-invitee-34@uniondesk',
        'DTSTAMP:20261207T033000Z',
        'DTSTART;TZID=Asia/Ho_Chi_Minh:20261210T080000',
        'DTEND;TZID=Asia/Ho_Chi_Minh:20261210T113000',
        'SUMMARY:Họp BCH tháng 12',
        'SEQUENCE:0',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  const full: IcsInvitationInput = {
    ...base,
    ...LONG,
    url: 'https://zoom.us/j/123456789?pwd=abc,def',
    organizer: { name: 'Nguyễn Văn An, Chủ tịch CĐCS', email: 'congdoan@thanhcong.vn' },
    attendee: { name: 'Trần Thị "Bé" Hường; Tổ may 1', email: 'huong.tt@thanhcong.vn' },
    sequence: 2,
    alarm: true,
  };
  const ics = icsInvitation(full);

  it('round-trips long Vietnamese text with commas, semicolons, backslashes and line breaks', () => {
    const ev = propsOf(ics, 'VEVENT');
    expect(unescapeText(ev.get('SUMMARY')!.value)).toBe(LONG.summary);
    expect(unescapeText(ev.get('LOCATION')!.value)).toBe(LONG.location);
    // Line breaks come back as LF: \n is the one newline TEXT knows.
    expect(unescapeText(ev.get('DESCRIPTION')!.value)).toBe(LONG.description.replace(/\r\n/g, '\n'));
    expect(ev.get('URL')!.value).toBe('https://zoom.us/j/123456789?pwd=abc,def');
    expect(ev.get('ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: { CN: 'Nguyễn Văn An, Chủ tịch CĐCS' },
      value: 'mailto:congdoan@thanhcong.vn',
    });
    expect(ev.get('ATTENDEE')).toEqual({
      name: 'ATTENDEE',
      params: { CN: "Trần Thị 'Bé' Hường; Tổ may 1", ROLE: 'REQ-PARTICIPANT', RSVP: 'TRUE' },
      value: 'mailto:huong.tt@thanhcong.vn',
    });
    expect(ev.get('SEQUENCE')!.value).toBe('2');
    expect(unfold(ics)).toContain('ORGANIZER;CN="Nguyễn Văn An, Chủ tịch CĐCS":mailto:congdoan@thanhcong.vn');
  });

  it('folds long lines: none over 75 octets, each decodes as UTF-8 on its own, CRLF everywhere', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long text really was folded
    for (const line of lines) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      expect(wire.decode(bytes)).toBe(line);
      expect(line.normalize('NFC')).toBe(line);
    }
  });

  it('gives the VTIMEZONE and local DTSTART/DTEND in Asia/Ho_Chi_Minh', () => {
    const tz = propsOf(ics, 'VTIMEZONE');
    expect(tz.get('TZID')!.value).toBe('Asia/Ho_Chi_Minh');
    const std = propsOf(ics, 'STANDARD');
    expect([...std.values()].map((p) => `${p.name}:${p.value}`)).toEqual([
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0700',
      'TZOFFSETTO:+0700',
      'TZNAME:ICT',
    ]);
    const ev = propsOf(ics, 'VEVENT');
    expect(ev.get('DTSTART')).toMatchObject({ params: { TZID: 'Asia/Ho_Chi_Minh' }, value: '20261210T080000' });
    expect(ev.get('DTEND')).toMatchObject({ params: { TZID: 'Asia/Ho_Chi_Minh' }, value: '20261210T113000' });
    expect(ev.get('DTSTAMP')!.value).toBe('20261207T033000Z');
  });

  it('adds a DISPLAY reminder one hour before when asked', () => {
    const alarm = propsOf(ics, 'VALARM');
    expect(alarm.get('ACTION')!.value).toBe('DISPLAY');
    expect(alarm.get('TRIGGER')).toMatchObject({ params: { RELATED: 'START' }, value: '-PT1H' });
    expect(unescapeText(alarm.get('DESCRIPTION')!.value)).toBe(`Nhắc lịch: ${LONG.summary}`);
    expect(icsInvitation(base)).not.toContain('VALARM');
  });

  it('is deterministic: the same input gives the same bytes; a Date stamp equals its ISO string', () => {
    expect(icsInvitation(full)).toBe(ics);
    expect(icsInvitation({ ...full, stamp: new Date('2026-12-07T10:30:00.456+07:00') })).toBe(ics);
  });

  it('chooses METHOD: REQUEST with organizer and attendee, CANCEL when cancelled, PUBLISH otherwise', () => {
    const method = (e: IcsInvitationInput) => parseIcs(icsInvitation(e)).find((p) => p.name === 'METHOD')!.value;
    expect(method(full)).toBe('REQUEST');
    const cancelled = icsInvitation({ ...full, status: 'CANCELLED', sequence: 3 });
    expect(method({ ...full, status: 'CANCELLED' })).toBe('CANCEL');
    expect(propsOf(cancelled, 'VEVENT').get('STATUS')!.value).toBe('CANCELLED');
    expect(propsOf(cancelled, 'VEVENT').get('ATTENDEE')!.params.RSVP).toBe('FALSE');
    expect(cancelled).not.toContain('VALARM');
    // Without an organizer address nobody can answer: a plain PUBLISH, no ATTENDEE.
    const noOrganizer = icsInvitation({ ...full, organizer: undefined });
    expect(method({ ...full, organizer: undefined })).toBe('PUBLISH');
    expect(noOrganizer).not.toContain('ATTENDEE');
    expect(method({ ...full, attendee: undefined })).toBe('PUBLISH');
    expect(propsOf(icsInvitation({ ...full, attendee: undefined }), 'VEVENT').has('ORGANIZER')).toBe(true);
  });

  it('writes NFC even from decomposed input', () => {
    const out = icsInvitation({ ...base, summary: 'Đại hội Công đoàn cơ sở'.normalize('NFD') });
    expect(propsOf(out, 'VEVENT').get('SUMMARY')!.value).toBe('Đại hội Công đoàn cơ sở'.normalize('NFC'));
  });

  it('gives a stable UID per meeting and invitee', () => {
    expect(invitationUid(12, 34)).toBe('meeting-12-invitee-34@uniondesk');
    expect(invitationUid('m 1', 'guest:Lê Văn Tám')).toBe(invitationUid('m 1', 'guest:Lê Văn Tám'.normalize('NFD')));
    expect(invitationUid('m 1', 'guest:Lê Văn Tám')).toMatch(/^[\x21-\x7e]+$/);
  });
});

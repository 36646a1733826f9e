/** The Vietnamese validation errors of icsInvitation: each bad input is refused with a sentence naming the field. */
import { describe, expect, it } from 'vitest';
import { icsInvitation, type IcsInvitationInput } from '../../src/core/calendar/ics';
import { AppError } from '../../src/shared/errors';

const base: IcsInvitationInput = {
  uid: 'meeting-12-invitee-34@uniondesk',
  stamp: '2026-12-07T03:30:00Z',
  start: '2026-12-10T08:00',
  end: '2026-12-10T11:30',
  summary: 'Họp BCH tháng 12',
};

describe('icsInvitation validation', () => {
  const rejects = (patch: Partial<IcsInvitationInput>, message: RegExp) => {
    let error: unknown;
    try {
      icsInvitation({ ...base, ...patch });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(message);
  };

  it('rejects a malformed or impossible local date-time', () => {
    rejects({ start: '10/12/2026 08:00' }, /Thời gian bắt đầu không hợp lệ.*YYYY-MM-DDTHH:mm/);
    rejects({ start: '2026-12-10 08:00' }, /Thời gian bắt đầu không hợp lệ/);
    rejects({ start: '2026-02-30T08:00' }, /Thời gian bắt đầu không hợp lệ/);
    rejects({ end: '2026-12-10T24:00' }, /Thời gian kết thúc không hợp lệ/);
    rejects({ end: '2026-12-10T11:60' }, /Thời gian kết thúc không hợp lệ/);
    rejects({ start: '2026-12-10T08:00Z' }, /Thời gian bắt đầu không hợp lệ/);
    expect(icsInvitation({ ...base, start: '2026-12-10T08:00:00' })).toContain(':20261210T080000\r\n');
  });

  it('rejects an end that is not after the start', () => {
    rejects({ end: '2026-12-10T08:00' }, /Thời gian kết thúc \(2026-12-10T08:00\) phải sau thời gian bắt đầu/);
    rejects({ end: '2026-12-09T17:00' }, /phải sau thời gian bắt đầu/);
  });

  it('rejects a DTSTAMP without a zone, bad emails, a non-http link, an empty title or UID', () => {
    rejects({ stamp: '2026-12-07T03:30:00' }, /DTSTAMP.*không hợp lệ/);
    rejects({ stamp: new Date(NaN) }, /DTSTAMP.*không hợp lệ/);
    rejects({ organizer: { email: 'congdoan' } }, /Email người mời không hợp lệ/);
    rejects({ attendee: { email: 'a b@c.vn' } }, /Email người được mời không hợp lệ/);
    rejects({ url: 'javascript:alert(1)' }, /Đường dẫn họp trực tuyến không hợp lệ/);
    rejects({ url: 'zoom' }, /Đường dẫn họp trực tuyến không hợp lệ/);
    rejects({ summary: '  ' }, /Thiếu tiêu đề cuộc họp/);
    rejects({ uid: '' }, /Thiếu mã định danh/);
    rejects({ sequence: -1 }, /SEQUENCE/);
  });
});

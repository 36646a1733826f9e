/**
 * A meeting's invitations through the email pipeline: each convened member with an email gets one message with the
 * Giấy mời PDF and their own .ics (their name as ATTENDEE when the union has an email); members without an email
 * and guests are skipped and counted; an unsubscribe from bulletins does not stop an invitation.
 */
import { simpleParser } from 'mailparser';
import { afterAll, expect, it } from 'vitest';
import { bulletinCore, call } from '../bulletins/helpers';
import { configure, sendAndWait, startSmtp, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

it('sends each convened member the Giấy mời and their own .ics, once', async () => {
  const server = await startSmtp();
  servers.push(server);
  const reg = await bulletinCore();
  const core = reg.core;
  try {
    await configure(core, server.port);
    await call(core, 'org.update', {
      email: 'congdoan@congty.vn',
      place: 'Hà Nội',
      chairName: 'Nguyễn Văn An',
      upperLevelName: 'Công đoàn KCN Thăng Long',
      upperLevelType: 'industrial-zone',
    });
    const invited = ['Nguyễn Văn An', 'Lê Văn Cường', 'Hoàng Văn Em'];
    const { id: meetingId } = await call(core, 'meetings.create', {
      kind: 'bch',
      title: 'Họp Ban Chấp hành tháng 12/2026',
      startsAt: '2026-12-15T08:00',
      place: 'Phòng họp tầng 2',
      invitees: [...invited.map((n) => ({ memberId: reg.ids[n] })), { name: 'Ông Khách', organisation: 'Công ty' }],
    });
    await call(core, 'audiences.unsubscribe', { email: 'em@example.vn' }); // from bulletins only
    const made = await call(core, 'campaigns.create', { meetingId });
    expect(made.recipients).toBe(2); // An and Em; Cường has no email, the guest none here
    expect(made.skipped.noEmail).toBe(2);
    const out = await sendAndWait(core, made.id);
    expect(out).toMatchObject({ state: 'finished', sent: 2, remaining: 0 });
    for (const [email, name] of [
      ['an@example.vn', 'Nguyễn Văn An'],
      ['em@example.vn', 'Hoàng Văn Em'],
    ]) {
      const arrived = server.received.get(email)!;
      expect(arrived).toHaveLength(1);
      const m = await simpleParser(arrived[0]);
      expect(m.subject).toBe('Giấy mời: Họp Ban Chấp hành tháng 12/2026');
      expect(m.text).toContain(`Kính gửi đồng chí ${name},`);
      expect(m.text).toContain('08 giờ 00 phút');
      const pdf = m.attachments.find((a) => a.contentType === 'application/pdf')!;
      expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
      const ics = m.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
      expect(ics).toHaveLength(1);
      const text = ics[0].content.toString('utf8').replace(/\r\n /g, '');
      expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261215T080000');
      expect(text).toMatch(new RegExp(`ATTENDEE;[^\\r\\n]*CN=${name}[^\\r\\n]*:mailto:${email}`));
    }
  } finally {
    await core.close();
  }
}, 60_000);

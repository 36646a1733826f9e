/**
 * `campaigns.create` from a real bulletin (the content side's buildBulletinSnapshot) and an audience, sent to a real
 * SMTP server: the subject decodes to the bulletin's Vietnamese title, the unsubscribe token is the member's, the
 * PDF arrives intact; "Gửi thử" of the bulletin arrives with [THỬ].
 */
import { simpleParser } from 'mailparser';
import { afterAll, expect, it } from 'vitest';
import { bulletinCore, call, callErr, SAMPLE_MD } from '../bulletins/helpers';
import { configure, sendAndWait, startSmtp, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

it('creates a campaign from a bulletin and an audience, and sends the bulletin as composed', async () => {
  const server = await startSmtp();
  servers.push(server);
  const reg = await bulletinCore();
  const core = reg.core;
  try {
    await configure(core, server.port);
    const { id: bulletinId } = await call(core, 'bulletins.create', { markdown: SAMPLE_MD });
    const made = await call(core, 'campaigns.create', { bulletinId, audience: { all: true } });
    expect(made.recipients).toBeGreaterThan(0);
    expect(made.skipped.noEmail + made.skipped.noConsent).toBeGreaterThan(0);
    const noSource = await callErr(core, 'campaigns.create', { meetingId: 'x' });
    expect(noSource.code).toBe('NOT_FOUND');

    const out = await sendAndWait(core, made.id);
    expect(out).toMatchObject({ state: 'finished', sent: made.recipients, remaining: 0 });
    const raw = server.received.get('an@example.vn')![0];
    const m = await simpleParser(raw);
    expect(m.subject).toContain('Chăm lo Tết Nguyên đán 2027 cho đoàn viên');
    expect(m.html).toContain('Nguyễn Văn An');
    expect(m.text).toBeTruthy();
    const head = raw.toString('latin1').split('\r\n\r\n')[0];
    expect(head.match(/^List-Unsubscribe:/gim)).toHaveLength(1);
    expect(head).toMatch(/List-Unsubscribe:\s+<mailto:congdoan@congty\.vn\?subject=unsubscribe%20\S+>/);
    const pdf = m.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    const archived = await call(core, 'campaigns.archive', { id: made.id, format: 'pdf' });
    expect(Buffer.from(archived.base64, 'base64').equals(pdf.content)).toBe(true);

    const test = await call(core, 'mail.test', { to: ['bientap@nhan.vn'], bulletinId });
    expect(test.accepted).toEqual(['bientap@nhan.vn']);
    const tm = await simpleParser(server.received.get('bientap@nhan.vn')![0]);
    expect(tm.subject).toMatch(/^\[THỬ\] .*Chăm lo Tết/);
    expect(tm.attachments).toHaveLength(1);
    expect((await call(core, 'campaigns.list')).items).toHaveLength(1);
  } finally {
    await core.close();
  }
}, 60_000);

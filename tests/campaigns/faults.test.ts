/**
 * A campaign against a real SMTP server that refuses some recipients for a while (451), some for good (550),
 * drops a connection mid-DATA, is down when sending starts, or refuses the login. Every message that arrived is
 * parsed: the Vietnamese subject and attachment name decode, one List-Unsubscribe header, text and HTML parts.
 */
import { simpleParser } from 'mailparser';
import { afterAll, expect, it } from 'vitest';
import type { Campaign } from '../../src/shared/campaigns-contract';
import { call } from '../helpers/core';
import {
  addresses,
  FROM,
  mailCore,
  PDF,
  SECRET,
  sendAndWait,
  snapshotOf,
  startSmtp,
  SUBJECT,
  type TestServer,
} from './helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

/** The header lines (unfolded) that carry this name. */
const headerLines = (raw: Buffer, name: string) =>
  raw
    .toString('latin1')
    .split(/\r?\n\r?\n/)[0]
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
const headerCount = (raw: Buffer, name: string) => headerLines(raw, name).length;

it('retries 451, never retries 550, survives a drop mid-DATA, and every message is right', async () => {
  const to = addresses(20);
  const server = await startSmtp({
    tempOnce: new Set([to[2], to[7]]),
    perm: new Set([to[3], to[11]]),
    dropOnce: new Set([to[5]]),
  });
  servers.push(server);
  const { core } = await mailCore(server.port, { unsubscribeUrl: 'https://congdoan.vn/huy' });
  const events: Campaign[] = [];
  core.onEvent('campaign.progress', (c) => events.push(c as Campaign));
  try {
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to, 3) });
    expect(made).toMatchObject({ recipients: 20, skipped: { noEmail: 3 } });
    const out = await sendAndWait(core, made.id);
    expect(out).toMatchObject({
      sent: 18,
      failedPerm: 2,
      failedTemp: 0,
      remaining: 0,
      uncertain: 0,
      state: 'finished',
    });
    for (const [i, a] of to.entries()) expect(server.received.get(a)?.length ?? 0, a).toBe(i === 3 || i === 11 ? 0 : 1);

    const rows = await call(core, 'campaigns.recipients', { id: made.id, limit: 100 });
    const byMail = new Map(rows.items.map((r: { email: string }) => [r.email, r]));
    expect(byMail.get(to[2])).toMatchObject({ state: 'sent', tries: 2 });
    expect(byMail.get(to[5])).toMatchObject({ state: 'sent', tries: 2 });
    expect(byMail.get(to[3])).toMatchObject({
      state: 'failedPerm',
      tries: 1,
      lastResponse: expect.stringMatching(/^550/),
    });
    expect(rows.items.filter((r: { state: string }) => r.state === 'skipped')).toHaveLength(3);

    const first = await simpleParser(server.received.get(to[0])![0]);
    expect(first.subject).toBe(SUBJECT);
    expect(first.messageId).toMatch(new RegExp(`^<${made.id}\\.[0-9a-f-]{36}@congty\\.vn>$`));
    expect(first.html).toContain('Nguyễn &lt;Văn&gt; An');
    expect(first.text).toContain('Nguyễn <Văn> An');
    for (const a of to.filter((_, i) => i !== 3 && i !== 11)) {
      const raw = server.received.get(a)![0];
      const m = await simpleParser(raw);
      expect(m.subject).toBe(SUBJECT);
      expect(headerCount(raw, 'List-Unsubscribe')).toBe(1);
      expect(headerCount(raw, 'List-Unsubscribe-Post')).toBe(1);
      const unsub = headerLines(raw, 'List-Unsubscribe')[0];
      expect(unsub).toContain('https://congdoan.vn/huy?token=tok');
      expect(unsub).toContain(`mailto:${FROM}`);
      expect(m.text).toMatch(/Kính gửi Đoàn viên|Kính gửi Nguyễn/);
      expect(m.html).toBeTruthy();
      expect(m.to && 'value' in m.to ? m.to.value.map((v) => v.address) : []).toEqual([a]); // one recipient, no BCC
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0].filename).toBe(PDF.fileName);
      expect(m.attachments[0].content.equals(Buffer.from(PDF.base64, 'base64'))).toBe(true);
    }
    expect(events.at(-1)).toMatchObject({ id: made.id, state: 'finished' });
    expect(JSON.stringify(events)).not.toContain(SECRET);

    const report = await call(core, 'campaigns.report', { id: made.id });
    expect(report.fileName).toMatch(/\.xlsx$/);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(report.base64, 'base64') as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toContain('Trạng thái');
    expect(sheet.rowCount).toBe(24);
    const archived = await call(core, 'campaigns.archive', { id: made.id, format: 'pdf' });
    expect(archived.base64).toBe(PDF.base64);
  } finally {
    await core.close();
  }
}, 60_000);

it('pauses on the breaker when the server is down, and resumes when it is back', async () => {
  const probe = await startSmtp();
  const port = probe.port;
  await probe.close();
  const { core } = await mailCore(port, { retryDelays: [1, 1, 1, 1] });
  try {
    const to = addresses(15);
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to) });
    const down = await sendAndWait(core, made.id);
    expect(down).toMatchObject({ state: 'paused', pauseReason: 'breaker', sent: 0 });
    expect((await call(core, 'campaigns.get', { id: made.id })).pauseMessage).toMatch(/liên tiếp/);
    const server = await startSmtp({}, port);
    servers.push(server);
    const back = await sendAndWait(core, made.id);
    expect(back).toMatchObject({ state: 'finished', sent: 15, remaining: 0 });
    for (const a of to) expect(server.received.get(a)).toHaveLength(1);
  } finally {
    await core.close();
  }
}, 60_000);

it('pauses on a refused login with a Vietnamese message and sends nothing', async () => {
  const server = await startSmtp({ badAuth: true });
  servers.push(server);
  const { core } = await mailCore(server.port);
  try {
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(addresses(6)) });
    const out = await sendAndWait(core, made.id);
    expect(out).toMatchObject({ state: 'paused', pauseReason: 'auth', sent: 0, remaining: 6 });
    const c = await call(core, 'campaigns.get', { id: made.id });
    expect(c.pauseMessage).toMatch(/Đăng nhập máy chủ thư không được/);
    expect(JSON.stringify(c)).not.toContain(SECRET);
    const rows = await call(core, 'campaigns.recipients', { id: made.id });
    expect(rows.items.every((r: { state: string; tries: number }) => r.state === 'queued' && r.tries === 0)).toBe(true);
  } finally {
    await core.close();
  }
}, 60_000);

it('pauses at the rolling daily quota with the time it resumes', async () => {
  const server = await startSmtp();
  servers.push(server);
  const { core } = await mailCore(server.port, { dailyQuota: 5 });
  try {
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(addresses(8)) });
    const out = await sendAndWait(core, made.id);
    expect(out).toMatchObject({ state: 'paused', pauseReason: 'quota', sent: 5, remaining: 3 });
    const c = await call(core, 'campaigns.get', { id: made.id });
    expect(Date.parse(c.resumeAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    // Started again before resumeAt: still paused, nothing more sent.
    expect(await sendAndWait(core, made.id)).toMatchObject({ state: 'paused', sent: 5 });
    expect([...server.received.values()].flat()).toHaveLength(5);
  } finally {
    await core.close();
  }
}, 60_000);

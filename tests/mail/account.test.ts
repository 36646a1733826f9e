/**
 * The SMTP account: presets fill the server, the password goes in and never comes out (not in an answer, an event,
 * an error or the log), "Kiểm tra kết nối" says in Vietnamese what is wrong, "Gửi thử" arrives with [THỬ].
 */
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, expect, it } from 'vitest';
import { call, callErr, initCore } from '../helpers/core';
import { configure, SECRET, startSmtp, type TestServer } from '../campaigns/helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

it('keeps the password to itself, verifies the account and sends a test message', async () => {
  const server = await startSmtp();
  servers.push(server);
  const { core, dataDir } = await initCore();
  const outputs: unknown[] = [];
  core.onEvent('job.progress', (p) => outputs.push(p));
  try {
    expect(await call(core, 'mail.getConfig')).toBeNull();
    const gmail = await call(core, 'mail.setConfig', { preset: 'gmail', from: 'cd@gmail.com', user: 'cd@gmail.com' });
    expect(gmail).toMatchObject({ host: 'smtp.gmail.com', port: 465, security: 'tls', hasPassword: false });
    expect(gmail).toMatchObject({ maxConnections: 2, messagesPerConnection: 100, ratePerSecond: 5, dailyQuota: 2000 });
    expect(gmail.retryDelays).toEqual([60, 300, 1800, 7200]);
    const ms = await call(core, 'mail.setConfig', { preset: 'microsoft365' });
    expect(ms).toMatchObject({ host: 'smtp.office365.com', port: 587, security: 'starttls', from: 'cd@gmail.com' });

    const set = await configure(core, server.port);
    outputs.push(set, await call(core, 'mail.getConfig'));
    expect(set.hasPassword).toBe(true);
    expect(JSON.stringify(set)).not.toContain(SECRET);
    expect(await call(core, 'mail.verify')).toEqual({ ok: true, message: expect.stringContaining('thành công') });

    const sent = await call(core, 'mail.test', { to: ['thu@nhan.vn'] });
    outputs.push(sent);
    expect(sent.accepted).toEqual(['thu@nhan.vn']);
    const parsed = await simpleParser(server.received.get('thu@nhan.vn')![0]);
    expect(parsed.subject).toMatch(/^\[THỬ\] /);
    // Not in any campaign, so in no report and no quota.
    expect((await call(core, 'campaigns.list')).items).toEqual([]);

    // A wrong password: a Vietnamese sentence, never the password (here the wrong one) in it.
    const wrong = 'sai-mật-khẩu-9912';
    await call(core, 'mail.setConfig', { password: wrong });
    const bad = await call(core, 'mail.verify');
    outputs.push(bad);
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/Đăng nhập máy chủ thư không được/);
    expect(bad.message).not.toContain(wrong);
    const refused = await callErr(core, 'mail.test', { to: ['thu@nhan.vn'] });
    outputs.push(refused);
    expect(refused.message).toMatch(/Đăng nhập/);
    expect(refused.message).not.toContain(wrong);
    await call(core, 'mail.setConfig', { password: SECRET });

    // A bad setting names the field, not the values.
    const invalid = await callErr(core, 'mail.setConfig', { port: 0, password: SECRET });
    outputs.push(invalid);
    expect(invalid.code).toBe('VALIDATION');

    const all = JSON.stringify(outputs);
    for (const secret of [SECRET, wrong]) expect(all).not.toContain(secret);
    await core.close();
    const logs = path.join(dataDir, 'logs');
    const logText = fs.existsSync(logs)
      ? fs
          .readdirSync(logs)
          .map((f) => fs.readFileSync(path.join(logs, f), 'utf8'))
          .join('\n')
      : '';
    for (const secret of [SECRET, wrong]) expect(logText).not.toContain(secret);
  } finally {
    await core.close().catch(() => undefined);
  }
}, 60_000);

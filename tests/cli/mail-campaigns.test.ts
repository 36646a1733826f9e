/**
 * `uniondesk mail config|test` and `campaigns send|status|report` in process, against a real SMTP server: the
 * password comes from UNIONDESK_SMTP_PASSWORD and appears in no output; a send prints its counts and resumes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, newCore } from '../helpers/core';
import { addresses, campaignProbe, SECRET, snapshotOf, startSmtp, type TestServer } from '../campaigns/helpers';
import { cleanup, initVault, json, PASS, run, type RunResult, tempDir } from './helpers';

let dataDir = '';
let server: TestServer;
const env = { UNIONDESK_PASSPHRASE: PASS, UNIONDESK_SMTP_PASSWORD: SECRET };
const cli = (...args: string[]) => run(['--json', '--data-dir', dataDir, ...args], env);

beforeAll(async () => {
  // dv3 refused for good; dv5 refused for a while on every try, so given up after the last one.
  server = await startSmtp({ perm: new Set(['dv3@nhan.vn']), tempAlways: new Set(['dv5@nhan.vn']) });
  dataDir = (await initVault()).dataDir;
});
afterAll(async () => {
  await server.close();
  cleanup();
});

it('configures the account, sends a test, sends a campaign, shows its status and writes its report', async () => {
  const outputs: string[] = [];
  const keep = (r: RunResult) => (outputs.push(r.stdout, r.stderr), r);
  const config = keep(
    await cli(
      'mail',
      'config',
      '--host',
      '127.0.0.1',
      '--port',
      String(server.port),
      '--security',
      'none',
      '--user',
      'congdoan',
      '--from',
      'congdoan@congty.vn',
      '--retry-delays',
      '1,1',
      '--daily-quota',
      '500',
      '--rate',
      '50',
    ),
  );
  expect(config.code, config.stderr).toBe(0);
  expect(json(config)).toMatchObject({ host: '127.0.0.1', hasPassword: true, retryDelays: [1, 1], dailyQuota: 500 });
  const bad = keep(await cli('mail', 'config', '--retry-delays', '1,x'));
  expect(bad.code).not.toBe(0);

  const test = keep(await cli('mail', 'test', '--to', 'thu@nhan.vn'));
  expect(test.code, test.stderr).toBe(0);
  expect(json(test).accepted).toEqual(['thu@nhan.vn']);

  // The campaign itself comes from the content side (bulletins); here a snapshot made by a test command.
  const core = await newCore({ dataDir, modules: [campaignProbe] });
  await call(core, 'vault.unlock', { passphrase: PASS });
  const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(addresses(12), 2) });
  await core.close();

  const sent = keep(await cli('campaigns', 'send', made.id, '--rate', '20', '--max-connections', '2'));
  expect(sent.code, sent.stderr).toBe(0);
  expect(json(sent)).toMatchObject({
    sent: 10,
    failedPerm: 1,
    failedTemp: 0,
    gaveUp: 1,
    remaining: 0,
    uncertain: 0,
    state: 'finished',
  });
  const again = keep(await cli('campaigns', 'send', made.id));
  expect(json(again)).toMatchObject({ sent: 10, gaveUp: 1, state: 'finished' });
  expect([...server.received.values()].flat()).toHaveLength(11); // 10 + the test message, nothing twice

  const status = keep(await cli('campaigns', 'status', made.id));
  expect(json(status)).toMatchObject({ sent: 10, failedPerm: 1, gaveUp: 1, state: 'finished' });
  const human = keep(await run(['--data-dir', dataDir, 'campaigns', 'status', made.id], env));
  expect(human.stdout).toMatch(/đã gửi 10|sent 10/);
  expect(human.stdout).toMatch(/đã thôi thử 1|given up 1/);

  const out = path.join(tempDir(), 'bao-cao.xlsx');
  const report = keep(await cli('campaigns', 'report', made.id, '--out', out));
  expect(report.code, report.stderr).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');

  expect(outputs.join('\n')).not.toContain(SECRET);
}, 120_000);

it('creates a campaign from a bulletin and a list file, and sends it', async () => {
  const dir = tempDir();
  const md = path.join(dir, 'ban-tin.md');
  writeFileSync(md, '---\ntitle: Bản tin tháng Mười Hai\nissue: 12\ndate: 2026-12-07\n---\n\nNội dung bản tin.\n');
  const list = path.join(dir, 'danh-sach.txt');
  writeFileSync(list, '# người nhận ngoài danh sách đoàn viên\nkhach1@nhan.vn\nkhach2@nhan.vn\n');
  const bulletin = await cli('bulletins', 'create', md);
  expect(bulletin.code, bulletin.stderr).toBe(0);
  const made = await cli('campaigns', 'create', '--bulletin', json(bulletin).id, '--audience', `file:${list}`);
  expect(made.code, made.stderr).toBe(0);
  expect(json(made)).toMatchObject({ recipients: 2, skipped: 0 });
  const sent = await cli('campaigns', 'send', json(made).id);
  expect(json(sent)).toMatchObject({ sent: 2, state: 'finished' });
  expect(server.received.get('khach1@nhan.vn')).toHaveLength(1);

  const noUnit = await cli('campaigns', 'create', '--bulletin', json(bulletin).id, '--audience', 'unit:Tổ không có');
  expect(noUnit.code).not.toBe(0);
  expect(noUnit.stderr + noUnit.stdout).toMatch(/Tổ không có/);
  const byTag = await cli('campaigns', 'create', '--bulletin', json(bulletin).id, '--audience', 'tag:Nữ công');
  expect(byTag.code, byTag.stderr).toBe(0);
  expect(json(byTag)).toMatchObject({ recipients: 0 }); // nobody carries the tag here
  expect((await cli('campaigns', 'create', '--bulletin', json(bulletin).id, '--audience', 'tag:')).code).toBe(2);
  const badAudience = await cli('campaigns', 'create', '--bulletin', json(bulletin).id, '--audience', 'mọi người');
  expect(badAudience.code).not.toBe(0);
  const both = await cli('campaigns', 'create', '--bulletin', json(bulletin).id, '--meeting', 'x');
  expect(both.code).not.toBe(0);
  expect(both.stderr + both.stdout).toMatch(/--meeting/);
  const noMeeting = await cli('campaigns', 'create', '--meeting', 'không-có');
  expect(noMeeting.code).not.toBe(0);
  expect(noMeeting.stderr + noMeeting.stdout).toMatch(/Không tìm thấy cuộc họp/);
}, 120_000);

/**
 * Real TLS faults: an SMTP server whose certificate nobody trusts (a test CA, tests/fixtures/tls), and a server that
 * does not offer STARTTLS when the account requires it. Both pause the campaign with reason 'tls' and a Vietnamese
 * message, send nothing and count no try; after the fix (the CA trusted by the sending process, STARTTLS offered)
 * sending again delivers every message once.
 */
import { simpleParser } from 'mailparser';
import path from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { call, newCore, PASS } from '../helpers/core';
import { sendChild } from './children';
import {
  addresses,
  mailCore,
  SECRET,
  sendAndWait,
  snapshotOf,
  startSmtp,
  SUBJECT,
  TLS_DIR,
  type TestServer,
} from './helpers';

const servers: TestServer[] = [];
const children: ReturnType<typeof sendChild>[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null) (c.proc.kill('SIGKILL'), await c.exited);
});
afterAll(async () => Promise.all(servers.map((s) => s.close())));

const TRUST_TEST_CA = { NODE_EXTRA_CA_CERTS: path.join(TLS_DIR, 'ca.pem') };

/** Paused for TLS, nothing lost: every row still queued with no try counted. */
async function expectPausedForTls(dataDir: string, id: string, message: RegExp) {
  const core = await newCore({ dataDir, modules: [] });
  try {
    await call(core, 'vault.unlock', { passphrase: PASS });
    const c = await call(core, 'campaigns.get', { id });
    expect(c).toMatchObject({ state: 'paused', pauseReason: 'tls', counts: { sent: 0, queued: 8, remaining: 8 } });
    expect(c.pauseMessage).toMatch(message);
    expect(c.pauseMessage).not.toContain(SECRET);
    const rows = (await call(core, 'campaigns.recipients', { id })).items as { state: string; tries: number }[];
    expect(rows.every((r) => r.state === 'queued' && r.tries === 0)).toBe(true);
  } finally {
    await core.close();
  }
}

/** The fix made: a process that trusts the test CA sends the campaign to the end. */
async function sendTrusting(dataDir: string, id: string, server: TestServer, to: string[]) {
  const child = sendChild(dataDir, id, 50, TRUST_TEST_CA);
  children.push(child);
  expect(await child.line(/^(done|failed) /)).toMatch(/^done {"sent":8,.*"state":"finished"/);
  for (const a of to) expect(server.received.get(a), a).toHaveLength(1);
  expect((await simpleParser(server.received.get(to[0])![0])).subject).toBe(SUBJECT);
}

it('pauses for a certificate nobody trusts, and sends everything once it is trusted', async () => {
  const server = await startSmtp({ tls: 'implicit' });
  servers.push(server);
  const to = addresses(8);
  const { core, dataDir } = await mailCore(server.port, { security: 'tls' });
  const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to) });
  try {
    expect(await sendAndWait(core, made.id)).toMatchObject({ state: 'paused', pauseReason: 'tls', sent: 0 });
    const check = await call(core, 'mail.verify', {});
    expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/chứng chỉ/i) });
  } finally {
    await core.close();
  }
  await expectPausedForTls(dataDir, made.id, /chứng chỉ bảo mật của máy chủ thư không được tin cậy/i);
  expect(server.count()).toBe(0);
  await sendTrusting(dataDir, made.id, server, to);
}, 120_000);

it('pauses when the account requires STARTTLS and the server does not offer it, and sends once it does', async () => {
  const plain = await startSmtp();
  const to = addresses(8);
  const { core, dataDir } = await mailCore(plain.port, { security: 'starttls' });
  const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to) });
  try {
    expect(await sendAndWait(core, made.id)).toMatchObject({ state: 'paused', pauseReason: 'tls', sent: 0 });
  } finally {
    await core.close();
  }
  await expectPausedForTls(dataDir, made.id, /không hỗ trợ STARTTLS/);
  expect(plain.count()).toBe(0);
  await plain.close();
  const fixed = await startSmtp({ tls: 'starttls' }, plain.port); // the same server, now offering STARTTLS
  servers.push(fixed);
  await sendTrusting(dataDir, made.id, fixed, to);
}, 120_000);

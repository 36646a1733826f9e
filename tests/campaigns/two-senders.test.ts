/**
 * Two processes never double-send: the app and the CLI are two cores on one data folder. While a child process
 * sends a campaign, `campaigns.send` from another core joins the child's job (and waits for it) instead of sending;
 * a send job started there anyway yields with a Vietnamese CONFLICT before touching the outbox; two processes
 * started at the same moment send it once between them. A real smtp-server counts every arrival per recipient.
 */
import { afterAll, afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { SEND_JOB_KIND } from '../../src/core/campaigns/job';
import { defineModule } from '../../src/core/module';
import { call, newCore, PASS } from '../helpers/core';
import { sendChild } from './children';
import { addresses, mailCore, snapshotOf, startSmtp, type TestServer } from './helpers';

const servers: TestServer[] = [];
const children: ReturnType<typeof sendChild>[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null) (c.proc.kill('SIGKILL'), await c.exited);
});
afterAll(async () => Promise.all(servers.map((s) => s.close())));

/** Test-only: a send job started without the command's check (as the quota timer or a resume would). */
const rawSend = defineModule({
  name: 'raw-send',
  contract: {
    commands: { 'probe.sendJob': { input: z.object({ id: z.string() }).strict(), output: z.any() } },
  },
  commands: {
    'probe.sendJob': {
      mode: 'write',
      handler: async ({ id }, ctx) => ({ jobId: await ctx.jobs.run(SEND_JOB_KIND, { id, ratePerSecond: 100 }) }),
    },
  },
});

const arrivals = (server: TestServer) => [...server.received.values()].reduce((n, l) => n + l.length, 0);
function expectOnceEach(server: TestServer, to: string[]) {
  const copies = to.map((a) => server.received.get(a)?.length ?? 0);
  expect(copies.filter((n) => n !== 1)).toEqual([]);
}

it('joins the job another process is running, and a second job there yields without sending', async () => {
  const to = addresses(150);
  const server = await startSmtp();
  servers.push(server);
  const { core: maker, dataDir } = await mailCore(server.port);
  const made = await call(maker, 'probe.createCampaign', { snapshot: snapshotOf(to) });
  await maker.close();

  const child = sendChild(dataDir, made.id, 40); // ~4 s of sending
  children.push(child);
  const childJob = (await child.line(/^job /)).slice(4).trim();
  for (let i = 0; i < 500 && arrivals(server) < 10; i++) await new Promise((r) => setTimeout(r, 20));
  expect(arrivals(server)).toBeGreaterThan(0);

  const app = await newCore({ dataDir, modules: [rawSend] });
  try {
    await call(app, 'vault.unlock', { passphrase: PASS });
    // Started anyway in this process: refused before it marks or sends anything.
    const { jobId: raw } = await call(app, 'probe.sendJob', { id: made.id });
    const refused = await call(app, 'jobs.wait', { jobId: raw });
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'CONFLICT' } });
    expect(refused.error.message).toMatch(/đang được gửi bởi một phiên UnionDesk khác/);
    // The command joins the child's job and waits for it with the row.
    const { jobId } = await call(app, 'campaigns.send', { id: made.id });
    expect(jobId).toBe(childJob);
    const joined = await call(app, 'jobs.wait', { jobId });
    expect(joined).toMatchObject({ state: 'done', result: { state: 'finished', sent: 150 } });
    const c = await call(app, 'campaigns.get', { id: made.id });
    expect(c.counts).toMatchObject({ sent: 150, uncertain: 0, remaining: 0 });
    expectOnceEach(server, to);
    expect(arrivals(server)).toBe(150);
  } finally {
    await app.close();
  }
}, 120_000);

it('two processes asked to send at the same moment send each recipient once between them', async () => {
  const to = addresses(300);
  const server = await startSmtp();
  servers.push(server);
  const { core: maker, dataDir } = await mailCore(server.port);
  const made = await call(maker, 'probe.createCampaign', { snapshot: snapshotOf(to) });
  await maker.close();

  const pair = [sendChild(dataDir, made.id, 200), sendChild(dataDir, made.id, 200)];
  children.push(...pair);
  const ends = await Promise.all(pair.map((c) => c.line(/^(done|failed) /, 90_000)));
  // The lines themselves in the message: a failure seen once under heavy load left no trace of why (both ended
  // failed, one of them not by the lease's CONFLICT — a busy database is the suspect).
  expect(
    ends.filter((l) => l.startsWith('done')),
    ends.join('\n'),
  ).toHaveLength(1);
  const loser = ends.find((l) => l.startsWith('failed'));
  expect(loser).toMatch(/CONFLICT/);
  expectOnceEach(server, to);
  expect(arrivals(server)).toBe(300);

  const app = await newCore({ dataDir, modules: [] });
  try {
    await call(app, 'vault.unlock', { passphrase: PASS });
    const c = await call(app, 'campaigns.get', { id: made.id });
    expect(c).toMatchObject({ state: 'finished', counts: { sent: 300, uncertain: 0, remaining: 0 } });
  } finally {
    await app.close();
  }
}, 120_000);

/**
 * The user's hand on a campaign: pause (the job stops after the messages in flight; sending again goes on, nobody
 * twice), cancel, and the uncertain rule: rows a dead process left 'sending' are not resent unless asked.
 */
import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { Campaign } from '../../src/shared/campaigns-contract';
import { defineModule } from '../../src/core/module';
import { call, callErr, initCore } from '../helpers/core';
import { addresses, campaignProbe, configure, sendAndWait, snapshotOf, startSmtp, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

/** Test-only: leaves rows 'sending' as a process killed mid-transaction would. */
const deadSender = defineModule({
  name: 'dead-sender',
  contract: {
    commands: {
      'probe.leaveSending': {
        input: z.object({ id: z.string(), emails: z.array(z.string()) }).strict(),
        output: z.any(),
      },
    },
  },
  commands: {
    'probe.leaveSending': {
      mode: 'write',
      handler: async ({ id, emails }, ctx) =>
        ctx
          .session()
          .db('campaign_recipients')
          .where({ campaign_id: id })
          .whereIn('email', emails)
          .update({ state: 'sending', tries: 1 }),
    },
  },
});

async function setup(ratePerSecond = 100) {
  const server = await startSmtp();
  servers.push(server);
  const { core } = await initCore({ modules: [campaignProbe, deadSender] });
  await configure(core, server.port, { ratePerSecond, maxConnections: 1 });
  return { server, core };
}

it('pauses at the user’s word after the messages in flight, and goes on without a second copy', async () => {
  const { server, core } = await setup(10);
  const events: Campaign[] = [];
  core.onEvent('campaign.progress', (c) => events.push(c as Campaign));
  try {
    const to = addresses(30);
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to) });
    const { jobId } = await call(core, 'campaigns.send', { id: made.id });
    // A second send while it runs joins the same job.
    expect((await call(core, 'campaigns.send', { id: made.id })).jobId).toBe(jobId);
    while (server.count() < 3) await new Promise((r) => setTimeout(r, 20));
    expect((await call(core, 'campaigns.pause', { id: made.id })).state).toBe('paused');
    const job = await call(core, 'jobs.wait', { jobId });
    expect(job.result).toMatchObject({ state: 'paused', pauseReason: 'user' });
    expect(job.result.sent).toBeLessThan(30);
    expect(events[0]).toMatchObject({ id: made.id, state: 'sending' });
    expect(events.at(-1)).toMatchObject({ id: made.id, state: 'paused', pauseReason: 'user' });

    const rest = await sendAndWait(core, made.id);
    expect(rest).toMatchObject({ state: 'finished', sent: 30, uncertain: 0 });
    for (const a of to) expect(server.received.get(a)).toHaveLength(1);
    await expect(callErr(core, 'campaigns.cancel', { id: made.id })).resolves.toMatchObject({ code: 'CONFLICT' });
  } finally {
    await core.close();
  }
}, 60_000);

it('cancels a campaign: nothing more is sent', async () => {
  const { server, core } = await setup();
  try {
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(addresses(5)) });
    expect((await call(core, 'campaigns.cancel', { id: made.id })).state).toBe('cancelled');
    expect((await callErr(core, 'campaigns.send', { id: made.id })).code).toBe('CONFLICT');
    expect(server.count()).toBe(0);
  } finally {
    await core.close();
  }
}, 60_000);

it('reports rows left mid-transaction as uncertain, and resends them only when asked', async () => {
  const { server, core } = await setup();
  try {
    const to = addresses(6);
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to) });
    await call(core, 'probe.leaveSending', { id: made.id, emails: [to[1], to[4]] });
    const first = await sendAndWait(core, made.id);
    expect(first).toMatchObject({ state: 'finished', sent: 4, uncertain: 2, remaining: 0 });
    const listed = await call(core, 'campaigns.recipients', { id: made.id, state: 'uncertain' });
    expect(listed.items.map((r: { email: string }) => r.email)).toEqual([to[1], to[4]]);
    expect(listed.items[0].lastResponse).toMatch(/có thể đã gửi/);
    expect(server.received.has(to[1])).toBe(false);

    expect((await call(core, 'campaigns.resendUncertain', { id: made.id })).counts).toMatchObject({
      uncertain: 0,
      queued: 2,
    });
    expect(await sendAndWait(core, made.id)).toMatchObject({ state: 'finished', sent: 6, uncertain: 0 });
    for (const a of to) expect(server.received.get(a)).toHaveLength(1);
    const list = await call(core, 'campaigns.list');
    expect(list.items).toHaveLength(1);
    const html = await call(core, 'campaigns.archive', { id: made.id, format: 'html' });
    expect(Buffer.from(html.base64, 'base64').toString()).toContain('%%TEN%%');
  } finally {
    await core.close();
  }
}, 60_000);

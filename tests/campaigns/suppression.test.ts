/**
 * Unsubscribes and hard bounces reach the outbox: an address unsubscribed after its campaign was made is skipped
 * when its turn comes (nothing arrives), and a mailbox the server says does not exist (550 5.1.1) is suppressed as
 * bounced, so the next campaign skips it from the start.
 */
import { afterAll, expect, it } from 'vitest';
import { call } from '../helpers/core';
import { addresses, mailCore, sendAndWait, snapshotOf, startSmtp, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

it('skips an address unsubscribed after the campaign was made, and suppresses a hard bounce', async () => {
  const emails = addresses(6);
  const [gone, unknown] = [emails[2], emails[4]];
  const server = await startSmtp({ perm: new Set([unknown]) });
  servers.push(server);
  const { core } = await mailCore(server.port);
  try {
    const { id } = await call<{ id: string }>(core, 'probe.createCampaign', { snapshot: snapshotOf(emails) });
    await call(core, 'audiences.unsubscribe', { email: gone.toUpperCase(), reason: 'Trả lời: xin thôi nhận' });
    const out = await sendAndWait(core, id);
    expect(out).toMatchObject({ state: 'finished', sent: 4, failedPerm: 1, remaining: 0 });
    expect(server.received.has(gone)).toBe(false);
    const skipped = await call(core, 'campaigns.recipients', { id, state: 'skipped' });
    expect(skipped.items.map((r: { email: string }) => r.email)).toEqual([gone]);
    expect(skipped.items[0].lastResponse).toContain('hủy đăng ký');

    const suppressed = (await call(core, 'audiences.suppressed', {})).items;
    expect(suppressed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: gone, state: 'unsubscribed' }),
        expect.objectContaining({ email: unknown, state: 'bounced' }),
      ]),
    );
    // The next campaign to the same addresses never tries the bounced mailbox again.
    const again = await call<{ id: string }>(core, 'probe.createCampaign', { snapshot: snapshotOf(emails) });
    const second = await sendAndWait(core, again.id);
    expect(second).toMatchObject({ state: 'finished', sent: 4, failedPerm: 0 });
    expect(server.received.get(unknown) ?? []).toHaveLength(0);
  } finally {
    await core.close();
  }
}, 60_000);

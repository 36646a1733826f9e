/**
 * A temporary failure that used all its tries is reported as given up: not "failed temporarily" (which means a
 * retry is coming), not remaining; the campaign finishes; the filter, the .xlsx report and the counts say so.
 */
import { afterAll, expect, it } from 'vitest';
import { call } from '../helpers/core';
import { addresses, mailCore, sendAndWait, snapshotOf, startSmtp, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

it('gives up a recipient the server keeps refusing for a while after the last try, and says so', async () => {
  const to = addresses(6);
  const busy = new Set([to[1], to[4]]);
  const server = await startSmtp({ tempAlways: busy, tempOnce: new Set([to[2]]) });
  servers.push(server);
  // Two waits of 1 s: three tries in all.
  const { core } = await mailCore(server.port, { retryDelays: [1, 1] });
  try {
    const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(to) });
    const out = await sendAndWait(core, made.id);
    expect(out).toMatchObject({ state: 'finished', sent: 4, failedTemp: 0, gaveUp: 2, remaining: 0 });
    const c = await call(core, 'campaigns.get', { id: made.id });
    expect(c.counts).toMatchObject({ sent: 4, failedTemp: 0, gaveUp: 2, remaining: 0, queued: 0 });

    const given = await call(core, 'campaigns.recipients', { id: made.id, state: 'gaveUp' });
    expect(given.total).toBe(2);
    expect(given.items.map((r: { email: string }) => r.email).sort()).toEqual([...busy].sort());
    for (const r of given.items) expect(r).toMatchObject({ state: 'gaveUp', tries: 3, lastResponse: /^451/ });
    expect((await call(core, 'campaigns.recipients', { id: made.id, state: 'failedTemp' })).total).toBe(0);
    const retried = (await call(core, 'campaigns.recipients', { id: made.id })).items.find(
      (r: { email: string }) => r.email === to[2],
    );
    expect(retried).toMatchObject({ state: 'sent', tries: 2 });
    for (const a of busy) expect(server.received.get(a)).toBeUndefined();

    const report = await call(core, 'campaigns.report', { id: made.id });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(report.base64, 'base64') as never);
    const states = book.worksheets[0].getColumn(4).values.slice(2);
    expect(states.filter((v) => v === 'Lỗi tạm thời, đã thôi thử')).toHaveLength(2);

    // Sending again does not try them again.
    expect(await sendAndWait(core, made.id)).toMatchObject({ state: 'finished', gaveUp: 2, sent: 4 });
    for (const a of busy) expect(server.received.get(a)).toBeUndefined();
  } finally {
    await core.close();
  }
}, 60_000);

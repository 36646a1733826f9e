/**
 * No double sends, no lost sends: a child process sends a 2,000-recipient campaign and is SIGKILLed at random
 * moments, several times; each new process resumes the job. After the last run, every deliverable recipient got
 * exactly one message, except those the outbox reports 'uncertain' (their SMTP transaction had begun when the
 * process died: zero or one copy, never two), and the database agrees with what the server received.
 */
import { afterAll, expect, it } from 'vitest';
import { call, newCore, PASS } from '../helpers/core';
import { sendChild } from './children';
import { addresses, mailCore, snapshotOf, startSmtp, type TestServer } from './helpers';

const TOTAL = 2000;
const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

it('resumes a campaign killed at random moments without a second copy to anyone', async () => {
  const perm = new Set(addresses(TOTAL).filter((_, i) => i % 250 === 7)); // 8 addresses the server refuses for good
  const server = await startSmtp({ perm });
  servers.push(server);
  const arrived = () => [...server.received.values()].reduce((n, list) => n + list.length, 0);
  const { core, dataDir } = await mailCore(server.port, { retryDelays: [1] });
  const made = await call(core, 'probe.createCampaign', { snapshot: snapshotOf(addresses(TOTAL)) });
  await core.close();

  // Kill points: random counts of arrived messages, spread over the run.
  const points = [0.1, 0.3, 0.5, 0.7, 0.85].map((f) => Math.floor(TOTAL * (f + Math.random() * 0.08)));
  const kills: number[] = [];
  for (const [i, point] of points.entries()) {
    const run = sendChild(dataDir, i === 0 ? made.id : null);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (arrived() >= point) {
          clearInterval(timer);
          run.proc.kill('SIGKILL');
          resolve();
        }
      }, 2);
      run.exited.then(() => {
        clearInterval(timer);
        if (arrived() < point) reject(new Error(`the child ended early: ${run.output()}`));
        resolve();
      });
    });
    await run.exited;
    kills.push(arrived());
  }

  // The last start: an ordinary core, whose unlock resumes the job the killed process left.
  const last = await newCore({ dataDir, modules: [] });
  try {
    await call(last, 'vault.unlock', { passphrase: PASS });
    let c = await call(last, 'campaigns.get', { id: made.id });
    for (let i = 0; i < 600 && c.state === 'sending'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      c = await call(last, 'campaigns.get', { id: made.id });
    }
    expect(c.state).toBe('finished');
    const rows = (await call(last, 'campaigns.recipients', { id: made.id, limit: 1000 })).items.concat(
      (await call(last, 'campaigns.recipients', { id: made.id, offset: 1000, limit: 1000 })).items,
    ) as { email: string; state: string }[];
    expect(rows).toHaveLength(TOTAL);
    const uncertain: string[] = [];
    for (const r of rows) {
      const copies = server.received.get(r.email)?.length ?? 0;
      if (r.state === 'uncertain') {
        uncertain.push(r.email);
        expect(copies, r.email).toBeLessThanOrEqual(1);
      } else if (perm.has(r.email)) {
        expect([r.state, copies]).toEqual(['failedPerm', 0]);
      } else expect([r.email, r.state, copies]).toEqual([r.email, 'sent', 1]);
    }
    expect(c.counts.uncertain).toBe(uncertain.length);
    expect(c.counts.sent + c.counts.failedPerm + c.counts.uncertain).toBe(TOTAL);
    console.log(`crash test: killed after ${kills.join(', ')} arrivals; ${uncertain.length} uncertain`);
  } finally {
    await last.close();
  }
}, 180_000);

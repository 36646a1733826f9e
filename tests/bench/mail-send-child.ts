// The sending run of the mail bench, alone in its process: it opens the core on a data folder the parent prepared
// (vault, account, a campaign), sends the campaign with no rate cap and prints its own memory figures as JSON. Run
// apart so that the parent's smtp-server, the bare nodemailer run and the prepared snapshot do not count.
import path from 'node:path';
import { z } from 'zod';

const [dataDir, campaignId, connections] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const mb = (x: number) => Math.round((x / 1024 / 1024) * 10) / 10;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** Set by the parent for the second run: a full GC every second shows what the run retains (and lowers RSS). */
const gcEverySecond = process.env.UD_BENCH_GC === '1';

gc();
const rssBare = process.memoryUsage().rss; // node and the TypeScript loader (tsx), nothing of ours
const { createCore } = await import('../../src/core');
const { SEND_JOB_KIND } = await import('../../src/core/campaigns/job');
const { defineModule } = await import('../../src/core/module');
const { FAST_KDF } = await import('../../src/core/vault/crypto');
gc();
const rssImported = process.memoryUsage().rss;

/** Bench-only: the send job with no rate cap (the contract caps a user at 100 messages a second). */
const benchSend = defineModule({
  name: 'bench-send',
  contract: {
    commands: { 'bench.send': { input: z.object({ id: z.string() }).strict(), output: z.any() } },
  },
  commands: {
    'bench.send': {
      mode: 'write',
      handler: async ({ id }, ctx) => ({
        jobId: await ctx.jobs.run(SEND_JOB_KIND, { id, ratePerSecond: 100_000, maxConnections: connections }),
      }),
    },
  },
});

const core = await createCore({ dataDir: path.resolve(dataDir), kdf: FAST_KDF, modules: [benchSend] });
const call = async (name: string, input: unknown = {}): Promise<any> => {
  const r = await core.invoke(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
};
await call('vault.unlock', { passphrase: process.env.UNIONDESK_PASSPHRASE });
gc();
const rssOpen = process.memoryUsage().rss;
const heapOpen = process.memoryUsage().heapUsed;

const rss: number[] = [];
/** Where RSS goes: V8's heap as reserved, and the memory outside it (Buffers, native). */
let heapTotalPeak = 0;
let externalPeak = 0;
const heapAfterGc: number[] = [];
let ticks = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  rss.push(m.rss);
  heapTotalPeak = Math.max(heapTotalPeak, m.heapTotal);
  externalPeak = Math.max(externalPeak, m.external);
  // Every second, what the heap still holds after a full collection: what the run retains, not its garbage.
  if (gcEverySecond && ++ticks % 20 === 0) (gc(), heapAfterGc.push(process.memoryUsage().heapUsed));
}, 50);
const started = process.hrtime.bigint();
const { jobId } = await call('bench.send', { id: campaignId });
const job = await call('jobs.wait', { jobId });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
clearInterval(sampler);
rss.push(process.memoryUsage().rss);
gc();
const third = Math.max(1, Math.floor(rss.length / 3));
process.stdout.write(
  JSON.stringify({
    ms,
    sent: job.result?.sent,
    state: job.result?.state,
    rssBareMb: mb(rssBare),
    rssAfterImportsMb: mb(rssImported),
    rssCoreOpenMb: mb(rssOpen),
    heapCoreOpenMb: mb(heapOpen),
    rssPeakMb: mb(Math.max(...rss)),
    rssFirstThirdPeakMb: mb(Math.max(...rss.slice(0, third))),
    rssLastThirdPeakMb: mb(Math.max(...rss.slice(-third))),
    heapTotalPeakMb: mb(heapTotalPeak),
    externalPeakMb: mb(externalPeak),
    heapAfterGcMb: heapAfterGc.map(mb),
    heapAfterRunGcMb: mb(process.memoryUsage().heapUsed),
  }) + '\n',
);
await core.close();
process.exit(0);

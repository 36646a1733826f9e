/**
 * Mail: 5,000 recipients to a local smtp-server through our queue (the outbox in the encrypted database, a row
 * committed as 'sending' before each SMTP transaction, outcomes written after) beside bare nodemailer pooled
 * sending of the same messages (built beforehand, all handed to the pool at once). Same connections, no rate cap
 * on either side. Peak RSS sampled over our run.
 */
import { z } from 'zod';
import { createCore } from '../../src/core';
import { SEND_JOB_KIND } from '../../src/core/campaigns/job';
import { buildMessage } from '../../src/core/campaigns/message';
import { createCampaign } from '../../src/core/campaigns/store';
import { mailAccount } from '../../src/core/mail/config';
import { createMailTransport } from '../../src/core/mail/transport';
import { defineModule } from '../../src/core/module';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { addresses, configure, snapshotOf, startSmtp } from '../campaigns/helpers';
import { round, timeIt, tmp, type Suite } from './util';

const RECIPIENTS = 5000;
const CONNECTIONS = 4;
const PDF_BYTES = 38 * 1024;

/** Bench-only: create a campaign from a snapshot, start its job with no rate cap, and the same messages bare. */
const benchMail = defineModule({
  name: 'bench-mail',
  contract: {
    commands: {
      'bench.campaign': { input: z.object({ n: z.number().int() }).strict(), output: z.object({ id: z.string() }) },
      'bench.send': { input: z.object({ id: z.string() }).strict(), output: z.object({ jobId: z.string() }) },
      'bench.bare': { input: z.object({ n: z.number().int() }).strict(), output: z.object({ ms: z.number() }) },
    },
  },
  commands: {
    'bench.campaign': {
      mode: 'write',
      handler: async ({ n }, ctx) => ({ id: (await createCampaign(ctx.session(), snapshot(n))).id }),
    },
    'bench.send': {
      mode: 'write',
      handler: async ({ id }, ctx) => ({
        jobId: await ctx.jobs.run(SEND_JOB_KIND, { id, ratePerSecond: 100_000, maxConnections: CONNECTIONS }),
      }),
    },
    'bench.bare': {
      mode: 'read',
      async handler({ n }, ctx) {
        const { config, password } = await mailAccount(ctx.session().db);
        const s = snapshot(n);
        const messages = s.recipients.map((r, i) =>
          buildMessage(config, 'bare', s, { ...r, id: String(i), token: r.unsubscribeToken }),
        );
        const transport = createMailTransport(config, password, { maxConnections: CONNECTIONS });
        const ms = await timeIt(() => Promise.all(messages.map((m) => transport.sendMail(m))));
        transport.close();
        return { ms };
      },
    },
  },
});

function snapshot(n: number) {
  const s = snapshotOf(addresses(n));
  s.attachments = [{ ...s.attachments[0], base64: Buffer.alloc(PDF_BYTES, 7).toString('base64') }];
  return s;
}

type Core = Awaited<ReturnType<typeof createCore>>;
async function call(core: Core, name: string, input: unknown = {}): Promise<any> {
  const r = await core.invoke(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export const mailBench: Suite = async () => {
  const rssBeforeCore = process.memoryUsage().rss;
  const server = await startSmtp({ countOnly: true });
  const core = await createCore({ dataDir: tmp(), kdf: FAST_KDF, modules: [benchMail] });
  try {
    await call(core, 'vault.create', { passphrase: 'bench passphrase 2026' });
    await configure(core, server.port, {
      maxConnections: CONNECTIONS,
      messagesPerConnection: 1000,
      dailyQuota: 100_000,
    });
    const { id } = await call(core, 'bench.campaign', { n: RECIPIENTS });
    global.gc?.();
    const rss: number[] = [process.memoryUsage().rss];
    const heaps: number[] = [];
    const sampler = setInterval(() => {
      rss.push(process.memoryUsage().rss);
      if (process.env.UD_BENCH_GC && rss.length % 10 === 0) (global.gc?.(), heaps.push(process.memoryUsage().heapUsed));
    }, 100);
    let result: any;
    const oursMs = await timeIt(async () => {
      const { jobId } = await call(core, 'bench.send', { id });
      result = (await call(core, 'jobs.wait', { jobId })).result;
    });
    clearInterval(sampler);
    rss.push(process.memoryUsage().rss);
    const heapAfterMb = process.memoryUsage().heapUsed;
    const afterOurs = server.count();
    const bare = await call(core, 'bench.bare', { n: RECIPIENTS });
    const mb = (x: number) => round(x / 1024 / 1024, 1);
    const perSecond = (ms: number) => round(RECIPIENTS / (ms / 1000), 0);
    const third = Math.floor(rss.length / 3);
    return {
      recipients: RECIPIENTS,
      connections: CONNECTIONS,
      attachmentKb: PDF_BYTES / 1024,
      sent: result.sent,
      arrived: afterOurs,
      oursPerSecond: perSecond(oursMs),
      barePerSecond: perSecond(bare.ms),
      ratio: round(bare.ms / oursMs, 2),
      rssBeforeCoreMb: mb(rssBeforeCore),
      rssStartMb: mb(rss[0]),
      heapUsedAfterMb: mb(heapAfterMb),
      ...(heaps.length ? { heapAfterGcMb: heaps.map(mb) } : {}),
      rssPeakMb: mb(Math.max(...rss)),
      rssFirstThirdPeakMb: mb(Math.max(...rss.slice(0, third || 1))),
      rssLastThirdPeakMb: mb(Math.max(...rss.slice(-third || -1))),
    };
  } finally {
    await core.close();
    await server.close();
  }
};

// `node --import tsx tests/bench/mail.bench.ts`: this suite alone.
if (process.argv[1]?.endsWith('mail.bench.ts')) process.stdout.write(JSON.stringify(await mailBench(), null, 2) + '\n');

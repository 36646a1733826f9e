/**
 * Mail: 5,000 recipients to a local smtp-server through our queue (the outbox in the encrypted database, a row
 * committed as 'sending' before each SMTP transaction, outcomes written after) beside bare nodemailer pooled
 * sending of the same messages (built beforehand, all handed to the pool at once). Same connections, no rate cap
 * on either side; each side in a child process of its own, the smtp-server in this one.
 *
 * Memory is the sending run's own: a child process (mail-send-child.ts) that only opens the core on the prepared
 * data folder and sends: bundled on plain node as the app runs it, untouched (its peak RSS) and with a full GC every
 * second (the heap the run retains), and under tsx as the CLI runs it. The figures separate what node (and the
 * loader) take, what importing the core takes, and what opening it and sending add.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { createCore } from '../../src/core';
import { createCampaign } from '../../src/core/campaigns/store';
import { mailAccount } from '../../src/core/mail/config';
import { defineModule } from '../../src/core/module';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { CORE_V8_FLAGS } from '../../src/main/core-flags';
import { addresses, configure, snapshotOf, startSmtp } from '../campaigns/helpers';
import { round, tmp, type Suite } from './util';

const RECIPIENTS = 5000;
const CONNECTIONS = 4;
const PDF_BYTES = 38 * 1024;
const PASSPHRASE = 'bench passphrase 2026';

/** Bench-only: create a campaign from a snapshot, and send the same messages bare. */
const benchMail = defineModule({
  name: 'bench-mail',
  contract: {
    commands: {
      'bench.campaign': { input: z.object({ n: z.number().int() }).strict(), output: z.object({ id: z.string() }) },
      'bench.account': { input: z.object({}).strict(), output: z.any() },
    },
  },
  commands: {
    'bench.campaign': {
      mode: 'write',
      handler: async ({ n }, ctx) => ({ id: (await createCampaign(ctx.session(), snapshot(n))).id }),
    },
    'bench.account': {
      mode: 'read',
      handler: async (_input, ctx) => mailAccount(ctx.session().db),
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

const CHILD = path.join(import.meta.dirname, 'mail-send-child.ts');
const BARE_CHILD = path.join(import.meta.dirname, 'mail-bare-child.ts');

/**
 * The child bundled as electron-vite bundles the app's core (our code in chunks, packages left to node_modules),
 * so that it runs on plain node like the app's core process; under tsx it runs as the CLI does.
 */
async function bundleChild(): Promise<string> {
  const { build } = await import('esbuild');
  const outdir = path.join(import.meta.dirname, '../../.tmp/bench/mail-send');
  await build({
    entryPoints: [CHILD],
    bundle: true,
    // Dynamic imports become chunks of their own, as in the app's build: a package only a lazy module uses (exceljs,
    // docx, pdfmake…) is not loaded by a sending run.
    splitting: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    outdir,
    logLevel: 'warning',
  });
  return path.join(outdir, 'mail-send-child.js');
}

/** One sending run in its own process; its JSON figures. */
async function sendInChild(dataDir: string, id: string, run: { bundle?: string; gcEverySecond?: boolean }) {
  // Bundled: the app's core process, with its V8 flags; under tsx: the CLI, which node runs with none.
  const script = run.bundle ? [...CORE_V8_FLAGS, run.bundle] : ['--import', 'tsx', CHILD];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', ...script, dataDir, id, String(CONNECTIONS)],
    {
      env: { ...process.env, UNIONDESK_PASSPHRASE: PASSPHRASE, ...(run.gcEverySecond ? { UD_BENCH_GC: '1' } : {}) },
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, any>;
}

/** The same messages sent by bare nodemailer, in a process of their own too. */
async function bareInChild(account: unknown): Promise<{ ms: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', BARE_CHILD, String(RECIPIENTS), String(CONNECTIONS), String(PDF_BYTES)],
    { env: { ...process.env, UD_BENCH_ACCOUNT: JSON.stringify(account) }, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { ms: number };
}

const memory = (r: Record<string, any>) => ({
  rssNodeMb: r.rssBareMb,
  rssAfterImportsMb: r.rssAfterImportsMb,
  rssCoreOpenMb: r.rssCoreOpenMb,
  rssPeakMb: r.rssPeakMb,
  rssFirstThirdPeakMb: r.rssFirstThirdPeakMb,
  rssLastThirdPeakMb: r.rssLastThirdPeakMb,
  heapTotalPeakMb: r.heapTotalPeakMb,
  externalPeakMb: r.externalPeakMb,
});

export const mailBench: Suite = async () => {
  const server = await startSmtp({ countOnly: true });
  const dataDir = tmp();
  let core = await createCore({ dataDir, kdf: FAST_KDF, modules: [benchMail] });
  try {
    await call(core, 'vault.create', { passphrase: PASSPHRASE });
    await configure(core, server.port, {
      maxConnections: CONNECTIONS,
      messagesPerConnection: 1000,
      dailyQuota: 100_000,
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await call(core, 'bench.campaign', { n: RECIPIENTS })).id);
    await core.close();

    const bundle = await bundleChild();
    const ours = await sendInChild(dataDir, ids[0], { bundle });
    const afterOurs = server.count();
    const retained = await sendInChild(dataDir, ids[1], { bundle, gcEverySecond: true });
    const underTsx = await sendInChild(dataDir, ids[2], {});

    core = await createCore({ dataDir, kdf: FAST_KDF, modules: [benchMail] });
    await call(core, 'vault.unlock', { passphrase: PASSPHRASE });
    const bare = await bareInChild(await call(core, 'bench.account'));
    const perSecond = (ms: number) => round(RECIPIENTS / (ms / 1000), 0);
    return {
      recipients: RECIPIENTS,
      connections: CONNECTIONS,
      attachmentKb: PDF_BYTES / 1024,
      sent: ours.sent,
      arrived: afterOurs,
      oursPerSecond: perSecond(ours.ms),
      barePerSecond: perSecond(bare.ms),
      ratio: round(bare.ms / ours.ms, 2),
      /** The app's way: our code bundled, plain node. */
      sendingProcess: memory(ours),
      /** The CLI's way: TypeScript through tsx (the loader alone takes ~35 MB more than node). */
      sendingProcessUnderTsx: memory(underTsx),
      withGcEverySecond: {
        heapCoreOpenMb: retained.heapCoreOpenMb,
        heapAfterGcMb: retained.heapAfterGcMb,
        heapAfterRunMb: retained.heapAfterRunGcMb,
        rssPeakMb: retained.rssPeakMb,
      },
    };
  } finally {
    await core.close();
    await server.close();
  }
};

// `node --import tsx tests/bench/mail.bench.ts`: this suite alone.
if (process.argv[1]?.endsWith('mail.bench.ts')) process.stdout.write(JSON.stringify(await mailBench(), null, 2) + '\n');

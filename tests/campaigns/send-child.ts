// Sends a campaign through the real jobs runner on a vault's database until the crash test SIGKILLs it. With a
// campaign id it starts the send job; without, it resumes the job a killed process left (as an unlock would).
import path from 'node:path';
import { campaignSendJob } from '../../src/core/campaigns/job';
import { Jobs } from '../../src/core/jobs/jobs';
import { LOCAL_TABLES, MIGRATIONS } from '../../src/core/modules';
import { Session } from '../../src/core/session';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { Vault } from '../../src/core/vault/vault';

// An optional third argument: messages per second (the two-senders test wants a slow sender to join).
const [dataDir, campaignId, rate] = [process.argv[2], process.argv[3], Number(process.argv[4] ?? 2000)];
const vault = new Vault(path.join(dataDir, 'vault.json'), FAST_KDF);
const key = await vault.unlockWithPassphrase(process.env.UNIONDESK_PASSPHRASE!);
const { session } = await Session.open(
  path.join(dataDir, 'uniondesk.db'),
  key,
  vault.read().deviceId,
  undefined,
  MIGRATIONS,
  LOCAL_TABLES,
);
let queue: Promise<unknown> = Promise.resolve();
const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
};
const say = (line: string) => process.stdout.write(`${line}\n`);
const jobs = new Jobs(
  (job) => {
    if (job.state !== 'running') say(`${job.state} ${JSON.stringify(job.result ?? job.error)}`);
  },
  (err) => {
    say(`error ${String(err)}`);
    const e = err as { code?: string; message?: string };
    return { code: e.code ?? 'INTERNAL', message: e.message ?? String(err) };
  },
  { exclusive, session: () => session },
);
jobs.register(campaignSendJob);
if (campaignId) {
  // Faster than the contract allows a user: the test has 2,000 messages to get through several times.
  say(`job ${await jobs.run(campaignSendJob.kind, { id: campaignId, ratePerSecond: rate, maxConnections: 4 })}`);
} else {
  await jobs.resume(session);
  say('resumed');
}

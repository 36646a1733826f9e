// Runs a meeting pack through the real jobs runner on a vault's database, then stops dead after its second part's
// checkpoint (and says so on stdout): the pack-resume test kills this process there with SIGKILL, as a power cut
// would, and resumes the job in a new core.
import path from 'node:path';
import { Jobs } from '../../src/core/jobs/jobs';
import type { JobContext } from '../../src/core/jobs/kinds';
import { meetingPackJob } from '../../src/core/meetings/pack/job';
import { LOCAL_TABLES, MIGRATIONS } from '../../src/core/modules';
import { Session } from '../../src/core/session';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { Vault } from '../../src/core/vault/vault';

const [dataDir, meetingId] = [process.argv[2], process.argv[3]];
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
  () => undefined,
  (err) => (say(`error ${String(err)}`), undefined),
  { exclusive, session: () => session },
);
const STOP_AFTER = 2;
jobs.register({
  ...meetingPackJob,
  run(input: unknown, job: JobContext) {
    // The job checkpoints inside its write turn (job.exclusive): once that turn is over the part is committed.
    const stopping = Object.create(job) as JobContext;
    Object.defineProperty(stopping, 'exclusive', {
      value: async <T>(work: () => Promise<T>): Promise<T> => {
        const out = await job.exclusive(work);
        const done = (job.lastCheckpoint as { parts: number } | null)?.parts ?? 0;
        if (done >= STOP_AFTER) {
          say(`checkpoint ${done}`);
          await new Promise(() => undefined); // never ends: the test kills the process here
        }
        return out;
      },
    });
    return meetingPackJob.run(input as { id: string }, stopping);
  },
});
say(`job ${await jobs.run('meetings.pack', { id: meetingId })}`);

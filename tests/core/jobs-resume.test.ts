import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERRUPTED_REASON } from '../../src/core/jobs/store';
import { call, callErr, initCore, newCore, PASS } from '../helpers/core';
import { countingKind, holdKind, jobKindsModule } from './fixtures/job-kinds';

const STEPS = 30;
const MEMBERS = 1500;

/** Runs the child until the import reports progress, then SIGKILLs it; returns the job ids it printed. */
async function killMidJob(dataDir: string): Promise<Record<string, string>> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'fixtures/jobs-child.ts'), dataDir, String(STEPS), String(MEMBERS)],
    {
      env: { ...process.env, UNIONDESK_PASSPHRASE: PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (/^progress members\.import /m.test(out)) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`the child exited early: ${out}\n${err}`)));
  });
  await new Promise((r) => child.once('exit', r));
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => /^(hold|import|count) /.test(l))
      .map((l) => l.split(' ')),
  );
}

describe('persistent jobs', () => {
  it('after SIGKILL mid-job, the next unlock resumes resumable jobs from their checkpoint, interrupts the rest', async () => {
    const init = await initCore();
    await init.core.close();
    const ids = await killMidJob(init.dataDir);
    expect(Object.keys(ids).sort()).toEqual(['count', 'hold', 'import']);

    const core = await newCore({ dataDir: init.dataDir, modules: [jobKindsModule([countingKind(), holdKind])] });
    try {
      await call(core, 'vault.unlock', { passphrase: PASS });
      const count = await call(core, 'jobs.wait', { jobId: ids.count });
      expect(count.state, JSON.stringify(count.error)).toBe('done');
      expect(count.result.resumedFrom).toBeGreaterThanOrEqual(1); // not from the start
      // Every step exactly once: a checkpoint commits with its step's row.
      const steps = (await call(core, 'units.list')).filter((u: { name: string }) => u.name.startsWith('Bước '));
      expect(steps.map((u: { name: string }) => u.name).sort()).toEqual(
        Array.from({ length: STEPS }, (_, i) => `Bước ${i + 1}`).sort(),
      );

      const imported = await call(core, 'jobs.wait', { jobId: ids.import });
      expect(imported.state, JSON.stringify(imported.error)).toBe('done');
      expect(imported.result.imported + imported.result.updated + imported.result.unchanged).toBe(MEMBERS);
      expect((await call(core, 'members.list', { limit: 1 })).total).toBe(MEMBERS);

      const hold = await call(core, 'jobs.get', { jobId: ids.hold });
      expect(hold).toMatchObject({ state: 'interrupted', error: { code: 'INTERRUPTED', message: INTERRUPTED_REASON } });

      // Results are readable only while unlocked.
      await call(core, 'vault.lock');
      expect((await callErr(core, 'jobs.get', { jobId: ids.import })).code).toBe('LOCKED');
      expect((await callErr(core, 'jobs.wait', { jobId: ids.count })).code).toBe('LOCKED');
      await call(core, 'vault.unlock', { passphrase: PASS });
      expect((await call(core, 'jobs.get', { jobId: ids.count })).state).toBe('done'); // read back from its row
    } finally {
      await core.close();
    }
  }, 120_000);
});

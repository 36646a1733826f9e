/**
 * A pack job survives the app dying mid-way: a child process renders two parts and is SIGKILLed; the next unlock
 * resumes the job from its checkpoint (the parts already rendered are kept, not rendered again) and it finishes
 * with the same pack as one made in a single run.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { JobInfo } from '../../src/shared/contract';
import { newCore, PASS } from '../helpers/core';
import { call, registerCore } from './helpers';
import { packMeeting, packPartsProbe, runPack } from './pack-helpers';

/** Runs the child until its pack has checkpointed two parts, then SIGKILLs it; returns the job id it printed. */
async function killMidPack(dataDir: string, meetingId: string): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'pack-child.ts'), dataDir, meetingId],
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
      if (/^checkpoint \d+/m.test(out)) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`the child exited early: ${out}\n${err}`)));
  });
  await new Promise((r) => child.once('exit', r));
  return /^job (\S+)/m.exec(out)![1];
}

it('resumes a pack killed mid-way at the next unlock, keeping its parts, with the same pages', async () => {
  const r = await registerCore([packPartsProbe]);
  const m = await packMeeting(r);
  const whole = await runPack(r.core, m.id);
  const dataDir = r.core.dataDir;
  await r.core.close();

  const jobId = await killMidPack(dataDir, m.id);

  const core = await newCore({ dataDir, modules: [packPartsProbe] });
  try {
    const seen: number[] = [];
    core.onEvent('job.progress', (p) => {
      const job = p as JobInfo;
      if (job.id === jobId && job.state === 'running') seen.push(job.done);
    });
    await call(core, 'vault.unlock', { passphrase: PASS });
    const job = await call(core, 'jobs.wait', { jobId });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    // It went on from its checkpoint: no progress below the two parts the killed run had committed.
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(2);
    expect(job.result.pages).toBe(whole.pages);
    expect(job.result.parts).toEqual(whole.parts);
    // The job's scratch parts are gone once it ended.
    expect(await call(core, 'probe.packPartsLeft', {})).toBe(0);
  } finally {
    await core.close();
  }
}, 180_000);

// Persistent jobs never run twice and never write into a database they did not start on: a second process on the
// same data folder, a restore of a backup holding an unfinished job, a restore in the middle of a job, a wait on a
// job interrupted at unlock, and reads during a restore (they wait; they do not answer "locked").
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import type { JobInfo } from '../../src/shared/contract';
import type { CoreContext } from '../../src/core/context';
import { insertJob, RESTORED_REASON } from '../../src/core/jobs/store';
import { defineModule } from '../../src/core/module';
import { call, initCore, newCore, PASS } from '../helpers/core';
import { countingKind } from './fixtures/job-kinds';

const open: Core[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.close().catch(() => undefined);
});

/** A core whose CoreContext the test can reach (a module that only keeps it), plus extra job kinds. */
async function probedCore(jobKinds: Parameters<typeof defineModule>[0]['jobKinds'] = []) {
  const box: { ctx?: CoreContext } = {};
  const probe = defineModule({
    name: 'probe',
    contract: { commands: {} },
    commands: {},
    jobKinds,
    onUnlock: (ctx) => void (box.ctx = ctx),
  });
  const init = await initCore({ modules: [probe] });
  open.push(init.core);
  return { ...init, ctx: () => box.ctx! };
}

/** Members without any key the import matches on: importing them twice would make duplicates. */
function csvWithoutKeys(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `${i + 1},Nguyễn Văn Thử ${i + 1},Tổ ${(i % 3) + 1}`);
  return Buffer.from(['STT,Họ và tên,Tổ công đoàn', ...rows].join('\n')).toString('base64');
}

/** Holds the core's write queue until `release()`: whatever is queued behind it waits, its row says running. */
function holdWrites(ctx: CoreContext) {
  let release!: () => void;
  void ctx.exclusive(() => new Promise<void>((resolve) => (release = resolve)));
  return () => release();
}

const total = async (core: Core) => (await call(core, 'members.list', { limit: 1 })).total as number;

describe('persistent jobs are safe', () => {
  it('a second core on the same folder neither resumes nor repeats a job the first one is running', async () => {
    const a = await probedCore();
    const release = holdWrites(a.ctx());
    const { jobId } = await call(a.core, 'members.importData', { fileName: 'ds.csv', base64: csvWithoutKeys(30) });

    const b = await newCore({ dataDir: a.dataDir });
    open.push(b);
    await call(b, 'vault.unlock', { passphrase: PASS }); // would resume A's "orphan" without an owner check
    const waitingInB = call(b, 'jobs.wait', { jobId }); // B reads A's row until A finishes it
    release();
    expect((await call(a.core, 'jobs.wait', { jobId })).state).toBe('done');
    expect((await waitingInB).state).toBe('done');
    expect(await total(a.core)).toBe(30);
    // Read afresh (B's search index hears only B's own commits: writes of another process show at its next unlock).
    await call(b, 'vault.lock');
    await call(b, 'vault.unlock', { passphrase: PASS });
    expect(await total(b)).toBe(30);
  });

  it('restoring a backup that holds an unfinished job interrupts it instead of running it again', async () => {
    const a = await probedCore();
    const release = holdWrites(a.ctx());
    const backup = await call(a.core, 'backup.create'); // queued: runs right after the hold
    const imp = await call(a.core, 'members.importData', { fileName: 'ds.csv', base64: csvWithoutKeys(20) });
    release();
    const made = (await call(a.core, 'jobs.wait', { jobId: backup.jobId })).result as { name: string };
    expect((await call(a.core, 'jobs.wait', { jobId: imp.jobId })).state).toBe('done');
    expect(await total(a.core)).toBe(20);

    const r = await call(a.core, 'backup.restore', { file: made.name });
    expect((await call(a.core, 'jobs.wait', { jobId: r.jobId })).state).toBe('done');
    expect(await total(a.core)).toBe(0); // the backup was made before the import ran
    // This process saw the import finish (its memory says done); the restored database's row says interrupted.
    const s = a.ctx().session();
    const row = await s.db('jobs').where({ id: imp.jobId }).first();
    expect(row.state).toBe('interrupted');
    expect(JSON.parse(row.error).message).toBe(RESTORED_REASON);
  });

  it('a job in progress when a restore swaps the database stops, and writes nothing into the restored one', async () => {
    const a = await probedCore([countingKind(() => undefined, 30)]);
    const backup = await call(a.core, 'backup.create');
    const made = (await call(a.core, 'jobs.wait', { jobId: backup.jobId })).result as { name: string };
    const steps: string[] = [];
    const jobId = await a.ctx().jobs.run('test.count', { steps: 40 });
    a.core.onEvent('job.progress', (p) => {
      const j = p as JobInfo;
      if (j.id === jobId && j.done >= 2) steps.push(String(j.done));
    });
    while (steps.length === 0) await new Promise((r) => setTimeout(r, 20));

    const r = await call(a.core, 'backup.restore', { file: made.name });
    expect((await call(a.core, 'jobs.wait', { jobId: r.jobId })).state).toBe('done');
    const job = await call(a.core, 'jobs.wait', { jobId });
    expect(job.state).toBe('failed');
    expect(job.error.code).toBe('INTERRUPTED');
    const units = (await call(a.core, 'units.list')) as { name: string }[];
    expect(units.filter((u) => u.name.startsWith('Bước '))).toEqual([]);
  });

  it('jobs.wait on a job that the unlock marks interrupted returns, it does not hang', async () => {
    const a = await probedCore();
    const s = a.ctx().session();
    const id = await insertJob(s.db, s.record, 'export.gone', { a: 1 }); // a kind nobody runs any more
    // As if a process that died had started it: its owner is a process id that does not exist.
    await s
      .db('jobs')
      .where({ id })
      .update({ owner: `${os.hostname()}|999999999|dead` });
    await call(a.core, 'vault.lock');
    const unlocking = call(a.core, 'vault.unlock', { passphrase: PASS });
    const waited = (async () => {
      for (;;) {
        const res = await a.core.invoke('jobs.wait', { jobId: id });
        if (res.ok) return res.value as { state: string };
        await new Promise((r) => setTimeout(r, 5)); // LOCKED until the unlock is through
      }
    })();
    await unlocking;
    expect((await waited).state).toBe('interrupted');
  });

  it('reads during a restore wait for it instead of answering "locked"', async () => {
    const a = await probedCore();
    await call(a.core, 'members.add', { fullName: 'Trần Thị Bình' });
    const backup = await call(a.core, 'backup.create');
    const made = (await call(a.core, 'jobs.wait', { jobId: backup.jobId })).result as { name: string };
    const r = await call(a.core, 'backup.restore', { file: made.name });
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        await new Promise((res) => setTimeout(res, i * 5));
        return a.core.invoke('members.list', { limit: 5 });
      }),
    );
    expect((await call(a.core, 'jobs.wait', { jobId: r.jobId })).state).toBe('done');
    const refused = answers.filter((x) => !x.ok).map((x) => (x.ok ? '' : x.error.code));
    expect(refused).toEqual([]);
    expect((await call(a.core, 'app.status')).state).toBe('unlocked');
  });
});

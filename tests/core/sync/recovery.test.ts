/**
 * A PC that fell behind or went back in time (real server process): a cursor older than the server's compaction
 * horizon reads a snapshot and goes on; a vault restored from a backup numbers its new changes after the server's
 * last (no gap, no duplicate) and takes back its own changes made after the backup.
 */
import { describe, expect, it } from 'vitest';
import { serverJson } from '../../helpers/server-process';
import { addMember, call, callErr, member, serverForFile, status, syncNow, type Pc } from './pcs';

const world = serverForFile('CĐCS Phục Hồi');
const pc = () => world.pc(true);

async function job(p: Pc, name: string, input: unknown) {
  const { jobId } = await call(p.core, name, input);
  const done = await call(p.core, 'jobs.wait', { jobId });
  expect(done.state, JSON.stringify(done.error)).toBe('done');
  return done.result;
}

describe('recovery', () => {
  it('a cursor older than the compaction horizon reads the snapshot, then pulls on from its cursor', async () => {
    const a = await pc();
    const b = await pc();
    const first = (await addMember(a, 'Ngô Văn Phúc')).id;
    await syncNow(a);
    await syncNow(b);
    const later = (await addMember(a, 'Mai Thị Quỳnh')).id;
    await call(a.core, 'members.update', { id: first, address: 'Bắc Giang' });
    await syncNow(a);
    // Everything in the log so far is compacted: B's cursor is now older than the horizon.
    const compacted = await serverJson([
      'compact',
      '--data-dir',
      world.srv.dataDir,
      '--org',
      world.orgId,
      '--before',
      '1000000',
    ]);
    expect(compacted).toBeTruthy();
    const local = (await addMember(b, 'Đinh Văn Sơn')).id; // B's own unsent change survives the snapshot
    const r = await syncNow(b);
    expect(r.pulled).toBeGreaterThanOrEqual(2);
    expect((await member(b, later)).fullName).toBe('Mai Thị Quỳnh');
    expect((await member(b, first)).address).toBe('Bắc Giang');
    expect((await member(b, local)).fullName).toBe('Đinh Văn Sơn');
    expect((await status(b)).pending).toBe(0);
    await syncNow(a);
    expect((await member(a, local)).fullName).toBe('Đinh Văn Sơn');
    expect(await syncNow(b)).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });
  }, 120_000);

  it("after a restore from a backup: new changes are numbered after the server's last, own later ones come back", async () => {
    const a = await pc();
    await syncNow(a);
    const backup = (await job(a, 'backup.create', {})) as { name: string };
    const afterBackup = (await addMember(a, 'Lý Thị Tâm')).id;
    const sent = (await status(a)).pending; // the member and its admission event
    expect(sent).toBeGreaterThanOrEqual(1);
    expect((await syncNow(a)).pushed).toBe(sent);
    await job(a, 'backup.restore', { file: backup.name });
    expect((await callErr(a.core, 'members.get', { id: afterBackup })).code).toBe('NOT_FOUND');
    const fresh = (await addMember(a, 'Hà Văn Uy')).id;
    const pending = (await status(a)).pending;
    const r = await syncNow(a); // no 409 gap: numbered after the server's last; no duplicate of the old ids
    expect(r.pushed).toBe(pending);
    expect((await member(a, afterBackup)).fullName).toBe('Lý Thị Tâm');
    const b = await pc();
    expect((await member(b, fresh)).fullName).toBe('Hà Văn Uy');
    expect((await member(b, afterBackup)).fullName).toBe('Lý Thị Tâm');
    expect(await syncNow(a)).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });
  }, 120_000);
});

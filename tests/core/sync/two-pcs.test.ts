/**
 * Two PCs of one CĐCS and the real server process on 127.0.0.1 (SQLite): the first syncs (upload, download, the
 * choice), convergence per column, tombstones, search over pulled members, idempotent reruns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncTuning } from '../../../src/core/sync';
import { PASS } from '../../helpers/core';
import { addMember, call, callErr, member, register, serverForFile, status, syncNow, type Pc } from './pcs';

const world = serverForFile();
let a: Pc;
let b: Pc;

beforeAll(async () => {
  a = await world.pc();
  b = await world.pc();
}, 120_000);

describe('two PCs of one CĐCS', () => {
  let an: string;
  let binh: string;

  it('the first PC (empty server) uploads; the second (empty vault) downloads, after a backup', async () => {
    await call(a.core, 'org.update', { name: 'Công đoàn cơ sở Công ty May Bắc Ninh' });
    const first = await register(a, world.srv.url, await world.code());
    expect(first.orgName).toBe('CĐCS Công ty Thử Nghiệm');
    expect(first.result.pulled).toBe(0);
    an = (await addMember(a, 'Nguyễn Văn An', { phone: '0901234567' })).id;
    binh = (await addMember(a, 'Trần Thị Bình')).id;
    const pushed = await syncNow(a);
    expect(pushed.pushed).toBeGreaterThanOrEqual(2);
    expect(pushed.pulled).toBe(0);
    expect((await status(a)).pending).toBe(0);

    const second = await register(b, world.srv.url, await world.code());
    expect(second.result.pulled).toBeGreaterThanOrEqual(2);
    expect((await member(b, an)).fullName).toBe('Nguyễn Văn An');
    expect(fs.readdirSync(path.join(b.dataDir, 'backups')).some((f) => f.includes('pre-restore'))).toBe(true);
    // Derived data follows: the member search finds a member pulled from the other PC.
    const found = await call(b.core, 'members.list', { query: 'binh' });
    expect(found.items.map((m: { id: string }) => m.id)).toEqual([binh]);
    // The org profile came with it (the singleton: one profile, the server's).
    expect((await call(b.core, 'org.get')).profile.name).toBe('Công đoàn cơ sở Công ty May Bắc Ninh');
  }, 120_000);

  it('offline edits converge: different columns both kept, the same column by the later HLC', async () => {
    await call(a.core, 'members.update', { id: an, email: 'an@congty.vn', address: 'Hà Nội' });
    await call(b.core, 'members.update', { id: an, hometown: 'Nam Định' });
    await new Promise((r) => setTimeout(r, 5)); // B's address is written later than A's
    await call(b.core, 'members.update', { id: an, address: 'Hải Phòng' });
    const rb = await syncNow(b);
    expect(rb.pushed).toBe(2);
    const ra = await syncNow(a);
    expect(ra.pushed).toBe(1);
    expect(ra.pulled).toBe(2);
    await syncNow(b);
    for (const pc of [a, b]) {
      const m = await member(pc, an);
      expect(m).toMatchObject({ email: 'an@congty.vn', hometown: 'Nam Định', address: 'Hải Phòng' });
    }
  }, 120_000);

  it("members added on both PCs at once reach the other (a push of new rows never hides the other PC's)", async () => {
    const fromA = (await addMember(a, 'Quách Văn Lộc')).id;
    const fromB = (await addMember(b, 'Tạ Thị Mai')).id;
    await syncNow(a);
    expect((await syncNow(b)).pulled).toBeGreaterThanOrEqual(1);
    expect((await syncNow(a)).pulled).toBeGreaterThanOrEqual(1);
    for (const pc of [a, b]) {
      expect((await member(pc, fromA)).fullName).toBe('Quách Văn Lộc');
      expect((await member(pc, fromB)).fullName).toBe('Tạ Thị Mai');
    }
  }, 120_000);

  it('automatic sync runs while unlocked and stops at the lock', async () => {
    syncTuning.minuteMs = 200;
    try {
      const added = (await addMember(a, 'Kiều Văn Nam')).id;
      const changed: { lastSyncAt: string | null; pending: number }[] = [];
      const off = a.core.onEvent('sync.changed', (s) => changed.push(s as (typeof changed)[number]));
      expect((await call(a.core, 'sync.settings', { autoMinutes: 1 })).autoMinutes).toBe(1);
      for (let i = 0; i < 100 && !changed.some((s) => s.pending === 0); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(changed.some((s) => s.pending === 0)).toBe(true);
      await syncNow(b);
      expect((await member(b, added)).fullName).toBe('Kiều Văn Nam');
      await call(a.core, 'vault.lock');
      const seen = changed.length;
      await new Promise((r) => setTimeout(r, 700));
      expect(changed.length).toBe(seen);
      off();
      await call(a.core, 'vault.unlock', { passphrase: PASS });
      expect((await call(a.core, 'sync.settings', { autoMinutes: 0 })).autoMinutes).toBe(0);
    } finally {
      syncTuning.minuteMs = 60_000;
    }
  }, 120_000);

  it('a delete on one PC is a tombstone on both', async () => {
    await call(a.core, 'members.delete', { id: binh });
    await syncNow(a);
    const rb = await syncNow(b);
    expect(rb.pulled).toBeGreaterThanOrEqual(1);
    expect((await callErr(b.core, 'members.get', { id: binh })).code).toBe('NOT_FOUND');
    const list = await call(b.core, 'members.list', {});
    expect(list.items.map((m: { id: string }) => m.id)).not.toContain(binh);
  }, 120_000);

  it('a second sync with nothing new pushes 0 and pulls 0', async () => {
    await syncNow(a);
    expect(await syncNow(a)).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });
    expect(await syncNow(b)).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });
    const st = await status(b);
    expect(st).toMatchObject({ registered: true, server: world.srv.url, pending: 0, lastError: null });
    expect(st.lastSyncAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(JSON.stringify(st)).not.toMatch(/token/i);
  }, 120_000);

  it('a vault with data meeting a server with data must choose; the registration is kept; merge keeps both', async () => {
    const c = await world.pc();
    const own = (await addMember(c, 'Lê Văn Cường')).id;
    const used = await world.code();
    const err = await callErr(c.core, 'sync.register', { server: world.srv.url, code: used });
    expect(err.code).toBe('SYNC_CHOICE');
    expect(err.message).toMatch(/--upload.*--download.*--merge/s);
    const st = await status(c);
    expect(st).toMatchObject({ registered: true, lastSyncAt: null });
    expect(st.lastError.code).toBe('SYNC_CHOICE');
    // The code was spent: choosing again goes through with the same (used) code.
    const merged = await register(c, world.srv.url, used, 'merge');
    expect(merged.result.pushed).toBeGreaterThanOrEqual(1);
    expect((await member(c, an)).address).toBe('Hải Phòng');
    expect((await member(c, own)).fullName).toBe('Lê Văn Cường');
    await syncNow(a);
    expect((await member(a, own)).fullName).toBe('Lê Văn Cường');
  }, 120_000);
});

/**
 * First syncs that must not lose or double anything (real server process): an empty PC meeting a CĐCS that has
 * only its profile downloads (never overwrites it with its own defaults); a full PC merging keeps one profile on the
 * server; the clock of a PC starts after the latest HLC it pulled, in every session.
 */
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import { insertRecord } from '../../../src/core/db/records';
import { BUILTIN_MODULES } from '../../../src/core/modules';
import { SyncHttp, writeState } from '../../../src/core/sync';
import { makeCode } from '../../helpers/server-process';
import { addMember, call, member, register, serverForFile, syncNow, type Pc } from './pcs';
import { openVault } from './vault';

const world = serverForFile('CĐCS Lần Đầu');
const pc = () => world.pc();
let first: Pc;

/** The CĐCS's live rows of one entity on the server, read by a device of its own. */
async function serverRows(entity: string) {
  const reg = await new SyncHttp({ server: world.srv.url }).register(
    await makeCode(world.srv.dataDir, world.orgId),
    'kiểm tra',
  );
  const client = new SyncHttp({ server: world.srv.url, token: reg.token });
  const rows = [];
  for (let after: string | null = null, first = true; first || after !== null; first = false) {
    const page = await client.snapshot(after, 1000);
    rows.push(...page.rows.filter((r) => r.entity === entity && !r.fields.deleted_at));
    after = page.next;
  }
  return rows;
}

describe('first sync', () => {
  it('an empty PC meeting a CĐCS with only its profile downloads it, and never overwrites it', async () => {
    const a = (first = await pc());
    await call(a.core, 'org.update', { name: 'Công đoàn cơ sở Công ty Gốm Bát Tràng', chairName: 'Đào Văn Bát' });
    await register(a, world.srv.url, await world.code());
    const b = await pc(); // its own profile (the test vault's name) and defaults, no member, no document
    await register(b, world.srv.url, await world.code());
    expect((await call(b.core, 'org.get')).profile).toMatchObject({
      name: 'Công đoàn cơ sở Công ty Gốm Bát Tràng',
      chairName: 'Đào Văn Bát',
    });
    await syncNow(a);
    expect((await call(a.core, 'org.get')).profile.name).toBe('Công đoàn cơ sở Công ty Gốm Bát Tràng');
    expect(await serverRows('org_profile')).toHaveLength(1);
  }, 120_000);

  it('a full PC merging into a full CĐCS: both members kept, still one profile on the server', async () => {
    const a = first; // the PC of the test above, with its members
    const there = (await addMember(a, 'Trương Văn Nghĩa')).id;
    await syncNow(a);
    const c = await pc();
    const mine = (await addMember(c, 'Lưu Thị Oanh')).id;
    await register(c, world.srv.url, await world.code(), 'merge');
    expect((await member(c, there)).fullName).toBe('Trương Văn Nghĩa');
    await syncNow(a);
    expect((await member(a, mine)).fullName).toBe('Lưu Thị Oanh');
    // One profile, merged field by field (C's name was written later and wins; A's chair stays).
    const [pa, pcProfile] = [(await call(a.core, 'org.get')).profile, (await call(c.core, 'org.get')).profile];
    expect(pcProfile).toEqual(pa);
    expect(pa.chairName).toBe('Đào Văn Bát');
    expect(await serverRows('org_profile')).toHaveLength(1);
    expect(await syncNow(c)).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });
  }, 120_000);
});

describe('the clock across sessions', () => {
  it('starts after the latest HLC this PC pulled (a PC whose clock is behind still writes later)', async () => {
    const s = await openVault();
    try {
      const ahead = '2031-01-01T00:00:00.000Z-0000-otherpc';
      await writeState(s.db, s.record, { maxHlc: ahead });
      const ctx = { session: () => s, maybeSession: () => s } as unknown as CoreContext;
      await BUILTIN_MODULES.find((m) => m.name === 'sync')!.onUnlock!(ctx);
      await insertRecord(s.db, s.record, 'units', { name: 'Tổ 1', sort_order: 0 });
      const { hlc } = (await s.db('outbox').where({ entity: 'units' }).first()) as { hlc: string };
      expect(hlc > ahead).toBe(true);
    } finally {
      await s.close();
    }
  }, 60_000);
});

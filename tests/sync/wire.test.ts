/**
 * The server's half of "never lost, never doubled", spoken on the wire through the fault proxy (no client needed):
 * a push whose answer is lost after the commit, retried, is applied once; a batch of 1,000 mutations whose server is
 * SIGKILLed while it works is all there or not at all after the restart, and the retry lands it exactly once; rows of
 * another CĐCS are refused by name; rows every PC seeds with one fixed id belong to each CĐCS on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../cli/helpers';
import type { Mutation } from '../../src/shared/sync-protocol';
import { BACKENDS, stopBackends } from './harness/backends';
import { WireDevice } from './harness/wire';
import { makeWorld, type World } from './harness/world';

afterAll(async () => {
  await stopBackends();
  cleanup();
});

let clock = 0;
/** A valid HLC a little after the previous one, never ahead of the server's clock. */
const hlc = (node = 'proofwire') =>
  `${new Date(Date.now() - 60_000).toISOString()}-${(clock++ % 0xffff).toString(16).toUpperCase().padStart(4, '0')}-${node}`;

function members(from: number, n: number, first: number): Mutation[] {
  return Array.from({ length: n }, (_, i) => ({
    mutationId: first + i,
    entity: 'members',
    id: crypto.randomUUID(),
    fields: { full_name: `Đoàn viên thử ${from + i}`, status: 'active', deleted_at: null },
    hlc: hlc(),
  }));
}

/** The number of log entries per row id (a doubled write shows as 2). */
async function perRow(dev: WireDevice): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const c of (await dev.pullAll(0)).changes) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  return counts;
}

describe.each(BACKENDS)('$name: on the wire, through the proxy', (backend) => {
  let world: World;
  let dev: WireDevice;

  beforeAll(async () => {
    world = await makeWorld(await backend.databaseUrl());
    dev = await WireDevice.register(world.url, await world.server.code(world.orgId), 'Máy gửi tay');
  }, 180_000);
  afterAll(async () => world?.close());

  it('a push answer lost after the commit: the retry of the same batch is a no-op', async () => {
    const batch = members(0, 5, 1);
    world.proxy.fault('push', 'drop');
    await expect(dev.push(batch)).rejects.toThrow();
    expect(world.proxy.log.at(-1)).toMatchObject({ route: 'push', status: 200, fault: 'drop' });
    const again = await dev.pushOk(batch);
    expect(again).toMatchObject({ accepted: 0, lastMutationId: 5, rejected: [] });
    const counts = await perRow(dev);
    for (const m of batch) expect(counts.get(m.id)).toBe(1);
  });

  it('a pull answer cut halfway: pulling again from the same cursor gives the same page', async () => {
    world.proxy.fault('pull', 'cut');
    await expect(dev.pullAll(0)).rejects.toThrow();
    const page = await dev.pullAll(0);
    expect(page.changes).toHaveLength(5);
  });

  it('killed while it works on a batch of 1,000: after the restart all or nothing is there, and the retry lands it once', async () => {
    const batch = members(100, 1_000, 6);
    world.proxy.fault('push', 'kill');
    await expect(dev.push(batch)).rejects.toThrow();
    await world.crashAndRestart();
    const state = await dev.state();
    expect([5, 1_005]).toContain(state.lastMutationId); // one transaction: never a part of the batch
    const stored = (await dev.pullAll(0)).changes.length;
    expect(stored).toBe(state.lastMutationId);
    const retry = await dev.pushOk(batch);
    expect(retry.lastMutationId).toBe(1_005);
    expect(retry.accepted).toBe(state.lastMutationId === 5 ? 1_000 : 0);
    const counts = await perRow(dev);
    expect(counts.size).toBe(1_005);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('held until the server is dead: nothing arrives, and the same batch lands after the restart', async () => {
    const batch = members(2_000, 3, 1_006);
    world.proxy.fault('push', 'hold');
    const sending = dev.push(batch).then(
      (a) => a.status,
      () => 'failed',
    );
    const held = await world.proxy.nextHeld();
    await world.server.kill();
    held.release();
    expect(await sending).toBe('failed');
    await world.crashAndRestart();
    expect((await dev.state()).lastMutationId).toBe(1_005);
    expect((await dev.pushOk(batch)).accepted).toBe(3);
  });

  it('another CĐCS writing this CĐCS’s row ids, or a table that never syncs, is refused by name', async () => {
    const [mine] = (await dev.pullAll(0)).changes;
    const otherOrg = await world.server.addOrg('CĐCS Trường Tiểu học Kim Liên');
    const intruder = await WireDevice.register(world.url, await world.server.code(otherOrg), 'Máy CĐCS khác');
    const res = await intruder.pushOk([
      { mutationId: 1, entity: 'members', id: mine.id, fields: { notes: 'Ghi đè từ CĐCS khác' }, hlc: hlc('intruder') },
      { mutationId: 2, entity: 'audit_log', id: crypto.randomUUID(), fields: { action: 'x' }, hlc: hlc('intruder') },
      { mutationId: 3, entity: 'org_profile', id: world.orgId, fields: { name: 'Tên giả' }, hlc: hlc('intruder') },
    ]);
    expect(res.accepted).toBe(0);
    expect(res.lastMutationId).toBe(3);
    expect(res.rejected.map((x) => [x.mutationId, x.code])).toEqual([
      [1, 'FOREIGN_ROW'],
      [2, 'FORBIDDEN_ENTITY'],
      [3, 'FOREIGN_ROW'],
    ]);
    for (const x of res.rejected) expect(x.message).toMatch(/máy chủ|công đoàn/);
    expect((await dev.snapshot()).members?.[mine.id]?.notes ?? null).toBeNull();
    expect((await intruder.pullAll(0)).changes).toEqual([]);
  });

  it('a row every PC seeds with one fixed id (a shipped fund category) is each CĐCS’s own to edit', async () => {
    const rename = (name: string, node: string): Mutation => ({
      mutationId: 1,
      entity: 'fund_categories',
      id: 'fund-category-kpcd',
      fields: { name },
      hlc: hlc(node),
    });
    const orgA = await world.server.addOrg('CĐCS Công ty Cơ khí Đông Anh');
    const orgB = await world.server.addOrg('CĐCS Bệnh viện Đa khoa Hà Đông');
    const a = await WireDevice.register(world.url, await world.server.code(orgA));
    const b = await WireDevice.register(world.url, await world.server.code(orgB));
    expect((await a.pushOk([rename('Kinh phí công đoàn (2%)', 'cokhi')])).accepted).toBe(1);
    const res = await b.pushOk([rename('Kinh phí công đoàn do bệnh viện nộp', 'benhvien')]);
    expect(res.rejected).toEqual([]);
    expect(res.accepted).toBe(1);
    expect((await a.snapshot()).fund_categories?.['fund-category-kpcd']?.name).toBe('Kinh phí công đoàn (2%)');
    expect((await b.snapshot()).fund_categories?.['fund-category-kpcd']?.name).toBe(
      'Kinh phí công đoàn do bệnh viện nộp',
    );
  });
});

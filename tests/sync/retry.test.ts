/**
 * A lost answer never loses or doubles a write. The proxy lets the server commit a push (or answer a pull), then
 * throws the answer away or cuts it halfway; the PC's `sync now` fails like a network cut (exit 1, Vietnamese
 * message, outbox intact) and the next one completes: one change in the server's log per mutation, the other PC
 * pulls each change once, and both PCs and the server end identical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../cli/helpers';
import { BACKENDS, stopBackends } from './harness/backends';
import { someone, type Device } from './harness/devices';
import { expectConverged, makeWorld, type World } from './harness/world';

afterAll(async () => {
  await stopBackends();
  cleanup();
});

/** How many times each row appears in the server's whole change log (a duplicate shows as 2). */
async function logCounts(world: World): Promise<Map<string, number>> {
  const { changes } = await (await world.witness()).pullAll(0);
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(`${c.entity}/${c.id}`, (counts.get(`${c.entity}/${c.id}`) ?? 0) + 1);
  return counts;
}

function expectFailedLikeANetworkCut(r: { code: number | null; stdout: string; stderr: string }) {
  expect(r.code, r.stdout + r.stderr).toBe(1);
  // The message is for the secretary: Vietnamese, and it names no token.
  expect(r.stdout + r.stderr).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệơớờởỡợôốồổỗộưứừửữự]/i);
}

describe.each(BACKENDS)('$name: lost answers', (backend) => {
  let world: World;
  let a: Device;
  let b: Device;

  beforeAll(async () => {
    world = await makeWorld(await backend.databaseUrl());
    a = await world.device('Máy A');
    b = await world.device('Máy B');
    await a.sync();
    await b.sync();
  }, 180_000);
  afterAll(async () => world?.close());

  it('a push answer lost after the commit: the retry sends nothing twice and the counts are right', async () => {
    const ids = [await a.addMember(someone(1)), await a.addMember(someone(2)), await a.addMember(someone(3))];
    const waiting = (await a.outbox()).pending;
    expect(waiting).toBeGreaterThanOrEqual(3);

    world.proxy.fault('push', 'drop');
    expectFailedLikeANetworkCut(await a.syncNow());
    expect(world.proxy.pendingFaults()).toBe(0);
    expect(world.proxy.log.some((e) => e.route === 'push' && e.fault === 'drop' && e.status === 200)).toBe(true);
    // The server has them (it committed); the PC does not know yet, so nothing left its outbox.
    const log = await logCounts(world);
    for (const id of ids) expect(log.get(`members/${id}`)).toBe(1);
    expect((await a.outbox()).pending).toBe(waiting);
    expect((await a.status()).pending).toBe(waiting);

    const retry = await a.sync();
    expect(retry.pushed).toBe(0); // accepted in the run whose answer was lost, not again
    expect((await a.outbox()).pending).toBe(0);
    const after = await logCounts(world);
    for (const id of ids) expect(after.get(`members/${id}`)).toBe(1);

    const got = await b.sync();
    expect(got.pulled).toBe(waiting);
    expect([...(await b.liveMembers()).keys()]).toEqual(expect.arrayContaining(ids));
  });

  it('a push answer cut halfway: the same', async () => {
    const id = await a.addMember(someone(4, { phone: '0912345678' }));
    const waiting = (await a.outbox()).pending;
    world.proxy.fault('push', 'cut');
    expectFailedLikeANetworkCut(await a.syncNow());
    expect((await a.outbox()).pending).toBe(waiting);
    expect((await a.sync()).pushed).toBe(0);
    expect((await logCounts(world)).get(`members/${id}`)).toBe(1);
    expect((await b.sync()).pulled).toBe(waiting);
  });

  it('a pull answer lost, then one cut halfway: each change is applied once', async () => {
    const ids = [await b.addMember(someone(5)), await b.addMember(someone(6))];
    const sent = await b.sync();
    expect(sent.pushed).toBeGreaterThanOrEqual(2);

    world.proxy.fault('pull', 'drop');
    expectFailedLikeANetworkCut(await a.syncNow());
    world.proxy.fault('pull', 'cut');
    expectFailedLikeANetworkCut(await a.syncNow());
    expect(world.proxy.pendingFaults()).toBe(0);
    const got = await a.sync();
    expect(got.pulled).toBe(sent.pushed);
    expect([...(await a.liveMembers()).keys()]).toEqual(expect.arrayContaining(ids));
    expect((await a.sync()).pulled).toBe(0); // and nothing comes again
  });

  it('an update and a delete whose answers are lost still land once, on both PCs', async () => {
    const [id] = [...(await a.liveMembers()).keys()];
    await a.updateMember(id, { address: 'Số 1 Đường Láng, Hà Nội' });
    world.proxy.fault('push', 'drop');
    expectFailedLikeANetworkCut(await a.syncNow());
    await a.sync();
    const other = [...(await b.liveMembers()).keys()].find((x) => x !== id)!;
    await b.deleteMember(other);
    world.proxy.fault('push', 'drop');
    expectFailedLikeANetworkCut(await b.syncNow());
    await b.sync();
    await a.sync();
    expect((await b.liveMembers()).get(id)?.address).toBe('Số 1 Đường Láng, Hà Nội');
    expect((await a.liveMembers()).has(other)).toBe(false);
    // One entry for the insert, one for the update: the lost answer added none.
    expect((await logCounts(world)).get(`members/${id}`)).toBe(2);
    await expectConverged(world, [a, b]);
  });
});

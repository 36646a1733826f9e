/**
 * The server killed (SIGKILL) in the middle of a push and in the middle of a pull, then started again on the same
 * data: the next `sync now` completes, and nothing is lost or doubled. The PC sends thousands of changes (an import),
 * so the push spans several batches and the pull several pages; the kill lands on the second of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../cli/helpers';
import { BACKENDS, stopBackends } from './harness/backends';
import type { Device } from './harness/devices';
import { expectConverged, makeWorld, type World } from './harness/world';

afterAll(async () => {
  await stopBackends();
  cleanup();
});

const IMPORTED = 1_500;

describe.each(BACKENDS)('$name: the server killed mid-sync', (backend) => {
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

  it('killed while it takes the second push batch: after a restart the next sync completes, nothing twice', async () => {
    expect(await a.importMembers(IMPORTED, 'Nhập khẩu')).toBe(IMPORTED);
    const total = (await a.outbox()).pending;
    expect(total).toBeGreaterThan(1_000); // more than one batch
    const logBefore = (await (await world.witness()).pullAll(0)).changes;
    const base = logBefore.length;
    const membersBefore = logBefore.filter((c) => c.entity === 'members').length;

    world.proxy.fault('push', 'pass');
    world.proxy.fault('push', 'kill');
    const failed = await a.syncNow();
    expect(failed.code, failed.stdout + failed.stderr).toBe(1);
    expect(world.proxy.pendingFaults()).toBe(0);
    expect((await a.outbox()).total).toBeGreaterThanOrEqual(total); // nothing dropped from the outbox

    await world.crashAndRestart();
    // Whatever the server committed before it died (the first batch, maybe the second): each change once.
    const before = (await (await world.witness()).pullAll(0)).changes.filter((c) => c.entity === 'members');
    expect(new Set(before.map((c) => c.id)).size).toBe(before.length);
    expect(before.length).toBeGreaterThan(membersBefore); // the first batch went through
    const committed = (await (await world.witness()).pullAll(0)).changes.length - base;

    const done = await a.sync();
    expect((await a.outbox()).pending).toBe(0);
    const members = (await (await world.witness()).pullAll(0)).changes.filter((c) => c.entity === 'members');
    expect(members).toHaveLength(membersBefore + IMPORTED);
    expect(new Set(members.map((c) => c.id)).size).toBe(membersBefore + IMPORTED);
    // Exactly the mutations the server did not have yet were pushed by the second run (each one an insert, so each
    // accepted mutation is one entry in the log).
    expect(done.pushed).toBe(total - committed);
    expect((await (await world.witness()).pullAll(0)).changes.length - base).toBe(total);
  });

  it('killed between two pull pages: the next sync applies the rest, each change once', async () => {
    const before = (await b.liveMembers()).size;
    const rowsBefore = await b.syncedRows();
    world.proxy.fault('pull', 'pass');
    world.proxy.fault('pull', 'hold');
    const running = b.syncNow();
    const held = await Promise.race([world.proxy.nextHeld(), running.then(() => null)]);
    if (!held) throw new Error('the whole pull fit in one page: import more members so it spans two');
    await world.server.kill(); // while the second page is on its way
    held.release();
    const failed = await running;
    expect(failed.code, failed.stdout + failed.stderr).toBe(1);
    const firstPage = (await b.liveMembers()).size - before;
    expect(firstPage).toBeGreaterThan(0); // the first page was applied and kept, with its cursor
    expect(firstPage).toBeLessThan(IMPORTED);
    const appliedFirst = (await b.syncedRows()) - rowsBefore;

    await world.crashAndRestart();
    const done = await b.sync();
    expect((await b.liveMembers()).size - before).toBe(IMPORTED);
    // Each of A's inserts is one new row here: the second run applied exactly the ones the first had not.
    expect(done.pulled + appliedFirst).toBe((await b.syncedRows()) - rowsBefore);

    await expectConverged(world, [a, b]);
  });

  it('killed during a push of a single change, again and again: the change lands exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await a.addMember({ fullName: `Vũ Thị Hạnh ${round}`, gender: 'female' });
      world.proxy.fault('push', 'kill');
      expect((await a.syncNow()).code).toBe(1);
      await world.crashAndRestart();
      await a.sync();
      const log = (await (await world.witness()).pullAll(0)).changes.filter((c) => c.id === id);
      expect(log).toHaveLength(1);
    }
    await b.sync();
    await expectConverged(world, [a, b]);
  });
});

/**
 * PCs whose clocks are wrong. One runs two hours behind: its edits, made after it pulled the others', still order
 * after them (the hybrid clock takes the pulled HLCs into account), concurrent edits of different columns are both
 * kept, and every PC converges. One runs 15 minutes ahead: the server refuses its changes with a message naming the
 * clock, and its outbox keeps them (they are sent once the time is right, never silently lost).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../cli/helpers';
import { BACKENDS, stopBackends } from './harness/backends';
import { withClockOffset, MINUTE } from './harness/clock';
import { Device, someone } from './harness/devices';
import { expectConverged, makeWorld, type World } from './harness/world';

afterAll(async () => {
  await stopBackends();
  cleanup();
});

const BEHIND = -120 * MINUTE;
const AHEAD = 15 * MINUTE;

/** A PC whose every command runs with its clock `offset` off. */
function skewed(d: Device, offset: number) {
  return {
    sync: () => withClockOffset(offset, () => d.sync()),
    syncNow: () => withClockOffset(offset, () => d.syncNow()),
    updateMember: (id: string, f: Record<string, unknown>) => withClockOffset(offset, () => d.updateMember(id, f)),
    addMember: (f: { fullName: string }) => withClockOffset(offset, () => d.addMember(f)),
  };
}

describe.each(BACKENDS)('$name: clock skew', (backend) => {
  let world: World;
  let a: Device;
  let late: Device;

  beforeAll(async () => {
    world = await makeWorld(await backend.databaseUrl());
    a = await world.device('Máy đúng giờ');
    late = await withClockOffset(BEHIND, () => world.device('Máy chậm 2 giờ'));
    await a.sync();
    await skewed(late, BEHIND).sync();
  }, 180_000);
  afterAll(async () => world?.close());

  it('a PC two hours behind, editing at the same time as another: columns merge, one value per column everywhere', async () => {
    const b = skewed(late, BEHIND);
    const id = await a.addMember(someone(1));
    await a.sync();
    await b.sync();
    // Concurrent, different columns: both kept.
    await a.updateMember(id, { address: 'Khu công nghiệp Thăng Long, Hà Nội' });
    await b.updateMember(id, { phone: '0987654321' });
    // Concurrent, same column: one value on every PC (the later HLC: the PC whose clock is right).
    await b.updateMember(id, { hometown: 'Nam Định' });
    await a.updateMember(id, { hometown: 'Thái Bình' });
    await b.sync();
    await a.sync();
    await b.sync();
    const onA = (await a.liveMembers()).get(id)!;
    expect([onA.address, onA.phone, onA.hometown]).toEqual([
      'Khu công nghiệp Thăng Long, Hà Nội',
      '0987654321',
      'Thái Bình',
    ]);
    await expectConverged(world, [a, late]);
  });

  it('a PC two hours behind: its edit made after it pulled another PC’s still wins (the clock keeps what it saw)', async () => {
    const b = skewed(late, BEHIND);
    const id = await a.addMember(someone(2, { notes: 'Ghi chú của máy A' }));
    await a.sync();
    expect((await b.sync()).pulled).toBeGreaterThan(0);
    // Made after it saw A's note (causally later), in a later session, on a clock two hours behind.
    await b.updateMember(id, { notes: 'Máy chậm sửa sau khi đã nhận' });
    await b.sync();
    await a.sync();
    expect((await a.liveMembers()).get(id)?.notes).toBe('Máy chậm sửa sau khi đã nhận');
    await expectConverged(world, [a, late]);
  });

  it('a PC 15 minutes ahead is refused with a message naming its clock, and keeps its changes', async () => {
    const fast = await withClockOffset(AHEAD, () => world.device('Máy nhanh 15 phút'));
    const f = skewed(fast, AHEAD);
    const id = await f.addMember({ fullName: 'Trịnh Thị Tương Lai' });
    const before = await fast.outbox();

    const r = await f.syncNow();
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/đồng hồ|giờ/i);
    expect(r.stdout + r.stderr).toMatch(/phút/);
    // Nothing lost: the row and its outbox entries are still on the PC, and nothing reached the server.
    expect((await fast.liveMembers()).has(id)).toBe(true);
    expect((await fast.outbox()).total).toBe(before.total);
    const server = await (await world.witness()).snapshot();
    expect(server.members?.[id]).toBeUndefined();
    expect((await a.sync()).pulled).toBe(0);

    // Later (the server's clock 20 minutes on, as if the time had come): the same changes are sent, once.
    await world.restart(20 * MINUTE);
    const sent = await f.sync();
    expect(sent.pushed).toBeGreaterThan(0);
    expect((await fast.outbox()).pending).toBe(0);
    await a.sync();
    expect((await a.liveMembers()).has(id)).toBe(true);
    // (The late PC is left out: the test above proves it; this one is about the fast PC's changes.)
    await expectConverged(world, [a, fast]);
  });
});

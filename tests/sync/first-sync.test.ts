/**
 * The first sync, where Joplin's users lost everything (an empty target read as "delete everything"): an empty server
 * meeting a full vault uploads and deletes nothing on the PC; an empty vault meeting a full server downloads and
 * deletes nothing on the server; a full vault meeting a full server asks (exit 4 naming the three choices) and
 * changes nothing until the user chooses; merging keeps both sides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../cli/helpers';
import { BACKENDS, stopBackends } from './harness/backends';
import { Device, someone } from './harness/devices';
import { expectConverged, makeWorld, type World } from './harness/world';

afterAll(async () => {
  await stopBackends();
  cleanup();
});

describe.each(BACKENDS)('$name: first sync', (backend) => {
  let world: World;
  let full: Device;
  let fresh: Device;
  let fullMembers: Map<string, Record<string, unknown>>;
  let third: Device;

  beforeAll(async () => {
    world = await makeWorld(await backend.databaseUrl());
  }, 180_000);
  afterAll(async () => world?.close());

  it('an empty server meets a full vault: it uploads, and nothing on the PC is deleted', async () => {
    full = await Device.create('Máy đã có dữ liệu');
    expect(await full.importMembers(40, 'Có sẵn')).toBe(40);
    await full.ok(['units', 'add', 'Tổ Hành chính']);
    const id = await full.addMember(someone(7, { notes: 'Ghi chú có sẵn' }));
    await full.deleteMember(id); // a tombstone travels as a tombstone
    fullMembers = await full.liveMembers();
    const rowsBefore = await full.syncedRows();

    const r = await full.register(world.url, await world.server.code(world.orgId));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await full.liveMembers()).toEqual(fullMembers);
    expect(await full.syncedRows()).toBe(rowsBefore);
    expect((await full.outbox()).pending).toBe(0);
    const server = await (await world.witness()).snapshot();
    expect(Object.values(server.members ?? {}).filter((m) => m.deleted_at == null)).toHaveLength(40);
    expect(server.members?.[id]?.deleted_at).toBeTruthy();
  });

  it('an empty vault meets a full server: it downloads, and nothing on the server is deleted', async () => {
    fresh = await Device.create('Máy mới');
    const r = await fresh.register(world.url, await world.server.code(world.orgId));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect([...(await fresh.liveMembers()).keys()].sort()).toEqual([...fullMembers.keys()].sort());
    await full.sync();
    expect(await full.liveMembers()).toEqual(fullMembers);
    await expectConverged(world, [full, fresh]);
  });

  it('a full vault meets a full server: exit 4 naming the three choices, nothing changed on either side', async () => {
    third = await Device.create('Máy thứ ba');
    expect(await third.importMembers(5, 'Máy ba')).toBe(5);
    const mine = await third.liveMembers();
    const asks = await third.register(world.url, await world.server.code(world.orgId));
    expect(asks.code, asks.stdout + asks.stderr).toBe(4);
    const text = asks.stdout + asks.stderr;
    for (const choice of ['--upload', '--download', '--merge']) expect(text).toContain(choice);
    expect(await third.liveMembers()).toEqual(mine);
    const server = await (await world.witness()).snapshot();
    expect(Object.values(server.members ?? {}).filter((m) => m.deleted_at == null)).toHaveLength(40);
  });

  it('merging keeps both sides: the server gets the five, the PC the forty, the others the five; one profile', async () => {
    const merged = await third.register(world.url, await world.server.code(world.orgId), 'merge');
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    expect((await third.liveMembers()).size).toBe(45);
    await full.sync();
    await fresh.sync();
    expect((await full.liveMembers()).size).toBe(45);
    await expectConverged(world, [full, fresh, third]);
  });

  it('an empty vault meets a CĐCS that has its profile and settings but no member yet: it downloads, and overwrites nothing', async () => {
    const orgId = await world.server.addOrg('CĐCS Trường Mầm non Hoa Sen');
    const first = await Device.create('Máy đầu tiên', 'CĐCS Trường Mầm non Hoa Sen');
    expect((await first.register(world.url, await world.server.code(orgId))).code).toBe(0);
    await first.ok([
      'funds',
      'category',
      'set',
      '--code',
      'kpcd',
      '--name',
      'Kinh phí công đoàn (2%)',
      '--kind',
      'revenue',
      '--line',
      'I.2',
    ]);
    await first.sync();

    const second = await Device.create('Máy thứ hai', 'Tên khi cài máy thứ hai');
    const r = await second.register(world.url, await world.server.code(orgId));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    await first.sync();
    // The second PC had nothing of its own (no member, no document): it takes the CĐCS's data, it does not upload
    // its fresh defaults over the first PC's edits, nor a second profile of the CĐCS.
    const category = (d: Device) =>
      d.withDb(async (db) => (await db('fund_categories').where({ id: 'fund-category-kpcd' }).first()).name);
    expect(await category(second)).toBe('Kinh phí công đoàn (2%)');
    expect(await category(first)).toBe('Kinh phí công đoàn (2%)');
    const server = await (await world.witness(orgId)).snapshot();
    expect(Object.values(server.org_profile ?? {}).filter((p) => p.deleted_at == null)).toHaveLength(1);
    await expectConverged(world, [first, second], orgId);
  });
});

/**
 * What the server refuses, and that a refusal never costs data: a revoked PC (exit 3, its outbox intact), a PC that
 * writes another CĐCS's rows (refused with the server's reason, on the wire and through the CLI, never silently
 * dropped), and the rows every PC seeds with the same fixed id, which each CĐCS must be able to edit as its own.
 */
import { cpSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, tempDir } from '../cli/helpers';
import { BACKENDS, stopBackends } from './harness/backends';
import { Device, someone } from './harness/devices';
import { WireDevice } from './harness/wire';
import { makeWorld, type World } from './harness/world';

afterAll(async () => {
  await stopBackends();
  cleanup();
});

const HLC = () => `${new Date().toISOString()}-0000-proofwire`;

describe.each(BACKENDS)('$name: refusals', (backend) => {
  let world: World;
  let a: Device;
  let b: Device;
  let otherOrg: string;

  beforeAll(async () => {
    world = await makeWorld(await backend.databaseUrl());
    a = await world.device('Máy A');
    b = await world.device('Máy B');
    otherOrg = await world.server.addOrg('CĐCS Trường Tiểu học Kim Liên');
  }, 180_000);
  afterAll(async () => world?.close());

  it('a revoked PC: exit 3 with a Vietnamese message, its outbox intact; the other PC syncs on', async () => {
    const id = await a.addMember(someone(1));
    const before = await a.outbox();
    expect(before.pending).toBeGreaterThan(0);
    await world.server.revoke(await a.serverDeviceId());
    const r = await a.syncNow();
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/thu hồi|đăng ký|mã/i);
    expect(await a.outbox()).toEqual(before);
    expect((await a.liveMembers()).has(id)).toBe(true);
    expect((await a.status()).pending).toBe(before.pending);
    await b.sync();
    expect((await b.liveMembers()).has(id)).toBe(false);
    const list = await world.server.devices(world.orgId);
    expect(list.devices.find((d) => d.revoked)).toBeTruthy();
  });

  it('on the wire: another CĐCS writing this CĐCS’s row ids, or a table that never syncs, is refused by name', async () => {
    const id = await b.addMember(someone(2, { notes: 'Của CĐCS thứ nhất' }));
    await b.sync();
    const intruder = await WireDevice.register(world.url, await world.server.code(otherOrg), 'Máy CĐCS khác');
    const res = await intruder.pushOk([
      { mutationId: 1, entity: 'members', id, fields: { notes: 'Bị ghi đè từ CĐCS khác' }, hlc: HLC() },
      { mutationId: 2, entity: 'audit_log', id: crypto.randomUUID(), fields: { action: 'x' }, hlc: HLC() },
      { mutationId: 3, entity: 'org_profile', id: world.orgId, fields: { name: 'Tên giả' }, hlc: HLC() },
    ]);
    expect(res.accepted).toBe(0);
    expect(res.lastMutationId).toBe(3);
    expect(res.rejected.map((x) => [x.mutationId, x.code])).toEqual([
      [1, 'FOREIGN_ROW'],
      [2, 'FORBIDDEN_ENTITY'],
      [3, 'FOREIGN_ROW'],
    ]);
    for (const x of res.rejected) expect(x.message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệơớờởỡợôốồổỗộưứừửữự]/i);
    // The first CĐCS's row is untouched, and the other CĐCS's log holds nothing of it.
    const witness = await world.witness();
    expect((await witness.snapshot()).members?.[id]?.notes).toBe('Của CĐCS thứ nhất');
    expect((await intruder.pullAll(0)).changes).toEqual([]);
  });

  it('through the CLI: a copy of this CĐCS’s vault registered to another CĐCS is refused, and keeps its data', async () => {
    const copy = tempDir('ud-copied-');
    cpSync(b.dataDir, copy, { recursive: true });
    const c = Device.attach('Máy chép dữ liệu', copy);
    const members = await c.liveMembers();
    expect(members.size).toBeGreaterThan(0);
    // A fresh registration to the other CĐCS, uploading what the PC has (all of it the first CĐCS's rows).
    await c.cli(['sync', 'unregister']);
    const r = await c.register(world.url, await world.server.code(otherOrg), 'upload');
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/công đoàn cơ sở khác/);
    // Not dropped: every member is still on the PC, its outbox rows kept (refused, with the reason).
    expect(await c.liveMembers()).toEqual(members);
    expect((await c.outbox()).rejected).toBeGreaterThan(0);
    const theirs = await WireDevice.register(world.url, await world.server.code(otherOrg));
    expect(Object.keys((await theirs.snapshot()).members ?? {})).toEqual([]);
  });

  it('two CĐCS each rename the same shipped fund category: both accepted, each in its own CĐCS', async () => {
    const rename = (d: Device, name: string) =>
      d.ok(['funds', 'category', 'set', '--code', 'kpcd', '--name', name, '--kind', 'revenue', '--line', 'I.2']);
    await rename(b, 'Kinh phí công đoàn (2%)');
    expect((await b.sync()).pushed).toBeGreaterThan(0);

    const other = await Device.create('Máy CĐCS Kim Liên', 'CĐCS Trường Tiểu học Kim Liên');
    const reg = await other.register(world.url, await world.server.code(otherOrg), 'upload');
    expect(reg.code, reg.stdout + reg.stderr).toBe(0);
    await rename(other, 'Kinh phí công đoàn do trường nộp');
    const r = await other.syncNow();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect((await other.outbox()).rejected).toBe(0);
    expect(await other.conflicts()).toEqual([]);
    const snapshot = await (await WireDevice.register(world.url, await world.server.code(otherOrg))).snapshot();
    expect(snapshot.fund_categories?.['fund-category-kpcd']?.name).toBe('Kinh phí công đoàn do trường nộp');
    expect((await (await world.witness()).snapshot()).fund_categories?.['fund-category-kpcd']?.name).toBe(
      'Kinh phí công đoàn (2%)',
    );
  });
});

/**
 * The projections hook (src/server/sync/projections.ts) on a real SQLite data dir, in process: each push hands a
 * projection the merged rows of its entities inside the push's transaction, so a failing projection undoes the push.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addOrg } from '../../src/server/admin/orgs';
import { configFor, writeConfig } from '../../src/server/db/config';
import { openContext } from '../../src/server/db/open';
import type { DeviceRow } from '../../src/server/http/auth';
import { PROJECTIONS, type ProjectedRow } from '../../src/server/sync/projections';
import { push } from '../../src/server/sync/push';
import { tempServerDir } from '../helpers/server-process';
import { hlc } from './wire';

async function setup() {
  const dataDir = tempServerDir();
  writeConfig(dataDir, configFor(undefined, false));
  const ctx = await openContext(dataDir);
  const { id: orgId } = await addOrg(ctx, 'CĐCS dự phóng');
  const device: DeviceRow = {
    id: 'dev-1',
    org_id: orgId,
    name: '',
    token_hash: 'h'.repeat(64),
    registered_at: new Date().toISOString(),
    last_sync_at: null,
    revoked_at: null,
    last_mutation_id: 0,
  };
  await ctx.knex('devices').insert(device);
  return { ctx, device };
}

const body = (mutations: any[]) => ({
  protocolVersion: 1,
  schemaVersion: 18,
  deviceId: 'dev-1',
  baseCursor: 0,
  mutations,
});

describe('projections', () => {
  const added: number[] = [];
  afterEach(() => {
    for (const _ of added.splice(0)) PROJECTIONS.pop();
  });

  it('get the merged rows of their entities, in the push transaction', async () => {
    const { ctx, device } = await setup();
    const seen: { orgId: string; rows: ProjectedRow[]; logged: number }[] = [];
    PROJECTIONS.push({
      entities: ['members'],
      async apply(trx, orgId, rows) {
        // The change log is already written in this transaction.
        const logged = Number(((await trx('sync_changes').where({ org_id: orgId }).count({ n: '*' })) as any)[0].n);
        seen.push({ orgId, rows: [...rows], logged });
      },
    });
    added.push(1);
    await push(
      ctx,
      device,
      body([
        { mutationId: 1, entity: 'members', id: 'm1', fields: { full_name: 'A', status: 'active' }, hlc: hlc(1) },
        { mutationId: 2, entity: 'units', id: 'u1', fields: { name: 'Tổ 1' }, hlc: hlc(2) },
      ]),
    );
    await push(
      ctx,
      device,
      body([
        { mutationId: 3, entity: 'members', id: 'm1', fields: { status: 'left' }, hlc: hlc(3) },
        { mutationId: 4, entity: 'members', id: 'm1', fields: { full_name: 'older' }, hlc: hlc(0) },
      ]),
    );
    await push(
      ctx,
      device,
      body([{ mutationId: 5, entity: 'units', id: 'u1', fields: { name: 'Tổ 2' }, hlc: hlc(5) }]),
    );
    expect(seen).toEqual([
      {
        orgId: device.org_id,
        logged: 2,
        rows: [{ entity: 'members', id: 'm1', data: { full_name: 'A', status: 'active' }, deletedAt: null }],
      },
      {
        orgId: device.org_id,
        logged: 3,
        rows: [{ entity: 'members', id: 'm1', data: { full_name: 'A', status: 'left' }, deletedAt: null }],
      },
    ]);
    await ctx.close();
  });

  it('a projection that fails undoes the whole push', async () => {
    const { ctx, device } = await setup();
    PROJECTIONS.push({
      entities: ['members'],
      async apply() {
        throw new Error('projection broke');
      },
    });
    added.push(1);
    await expect(
      push(
        ctx,
        device,
        body([{ mutationId: 1, entity: 'members', id: 'm1', fields: { full_name: 'A' }, hlc: hlc(1) }]),
      ),
    ).rejects.toThrow('projection broke');
    expect(await ctx.knex('sync_rows').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await ctx.knex('sync_changes').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect((await ctx.knex('devices').first()).last_mutation_id).toBe(0);
    expect((await ctx.knex('orgs').where({ id: device.org_id }).first()).head_seq).toBe(0);
    await ctx.close();
  });
});

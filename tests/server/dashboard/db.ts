/**
 * A real server database for the dashboard's tests: a temporary SQLite file through the same driver the app uses
 * (plain, no key), with the server's migrations 001 + 002 applied. The push is simulated by calling the
 * projections inside a transaction with merged rows, as src/server/sync calls them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/core/db/connection';
import type { ServerContext } from '../../../src/server/context';
import { up as upCore } from '../../../src/server/db/migrations/001-core';
import { up as upDashboard } from '../../../src/server/db/migrations/002-dashboard';
import { DASHBOARD_PROJECTIONS } from '../../../src/server/dashboard/projections';
import type { ProjectedRow } from '../../../src/server/sync/projections';
import type { CellValue } from '../../../src/shared/sync-protocol';

export interface TestServerDb {
  ctx: ServerContext;
  dir: string;
  /** Moves the server's clock. */
  setNow(iso: string): void;
  close(): Promise<void>;
}

export async function openTestServerDb(nowIso = '2026-12-07T03:00:00.000Z'): Promise<TestServerDb> {
  const dir = mkdtempSync(join(tmpdir(), 'ud-dash-'));
  const knex = await openDatabase({ file: join(dir, 'server.sqlite'), key: null });
  await upCore(knex);
  await upDashboard(knex);
  let now = new Date(nowIso);
  const ctx: ServerContext = { knex, dialect: 'sqlite', now: () => now, log: () => {} };
  return {
    ctx,
    dir,
    setNow: (iso) => (now = new Date(iso)),
    close: async () => {
      await knex.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addOrg(ctx: ServerContext, id: string, name: string, kind: 'cdcs' | 'upper' = 'cdcs') {
  await ctx.knex('orgs').insert({ id, kind, name, parent_id: null, created_at: '2026-01-01T00:00:00.000Z' });
}

let deviceNo = 0;
export async function addDevice(ctx: ServerContext, orgId: string, lastSyncAt: string | null) {
  const id = `dev-${++deviceNo}`;
  await ctx.knex('devices').insert({
    id,
    org_id: orgId,
    name: id,
    token_hash: id.padEnd(64, '0'),
    registered_at: '2026-01-01T00:00:00.000Z',
    last_sync_at: lastSyncAt,
  });
  return id;
}

export function row(
  entity: string,
  id: string,
  data: Record<string, CellValue>,
  deletedAt: string | null = null,
): ProjectedRow {
  return { entity, id, data, deletedAt };
}

/** What the push does after merging: every projection with the rows of its entities, in one transaction. */
export async function project(ctx: ServerContext, orgId: string, rows: ProjectedRow[]): Promise<void> {
  await ctx.knex.transaction(async (trx) => {
    for (const p of DASHBOARD_PROJECTIONS) {
      const mine = rows.filter((r) => p.entities.includes(r.entity));
      if (mine.length) await p.apply(trx, orgId, mine);
    }
  });
}

export function member(id: string, fields: Partial<Record<string, CellValue>> = {}, deletedAt: string | null = null) {
  return row(
    'members',
    id,
    { full_name: `Đoàn viên ${id}`, status: 'active', gender: 'male', joined_on: '2020-01-01', ...fields } as Record<
      string,
      CellValue
    >,
    deletedAt,
  );
}

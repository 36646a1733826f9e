/**
 * A real server database for the dashboard's tests: a temporary SQLite file opened as the server opens it, with
 * the server's migration runner (001 core, 002 dashboard). The push is simulated by calling the
 * projections inside a transaction with merged rows, as src/server/sync calls them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerContext } from '../../../src/server/context';
import { migrate } from '../../../src/server/db/migrate';
import { openSqlite } from '../../../src/server/db/sqlite-client';
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
  const knex = openSqlite(join(dir, 'server.sqlite'));
  await migrate(knex, 'sqlite');
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
    token_hash: createHash('sha256').update(id).digest('hex'),
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

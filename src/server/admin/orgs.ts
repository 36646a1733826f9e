/** What the admin commands do: the upper-level org, its CĐCS, one-time codes, devices. */
import type { ServerContext } from '../context';
import { newRegistrationCode, normalizeCode, sha256Hex, uuidv7 } from '../ids';

export const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_UPPER_NAME = 'Công đoàn cấp trên';

export interface OrgRow {
  id: string;
  kind: 'upper' | 'cdcs';
  name: string;
  parent_id: string | null;
  created_at: string;
  head_seq: number;
  horizon_seq: number;
}

export async function upperOrg(ctx: ServerContext): Promise<OrgRow | undefined> {
  return (await ctx.knex('orgs').where({ kind: 'upper' }).first()) as OrgRow | undefined;
}

/** `init`: the upper-level union, once per server; a later `init --name` renames it. */
export async function ensureUpperOrg(ctx: ServerContext, name?: string): Promise<OrgRow> {
  const existing = await upperOrg(ctx);
  if (existing) {
    if (name && name !== existing.name) await ctx.knex('orgs').where({ id: existing.id }).update({ name });
    return (await upperOrg(ctx)) as OrgRow;
  }
  const row = {
    id: uuidv7(ctx.now().getTime()),
    kind: 'upper',
    name: name || DEFAULT_UPPER_NAME,
    parent_id: null,
    created_at: ctx.now().toISOString(),
    head_seq: 0,
    horizon_seq: 0,
  };
  await ctx.knex('orgs').insert(row);
  return row as OrgRow;
}

export async function addOrg(ctx: ServerContext, name: string): Promise<{ id: string }> {
  const upper = await ensureUpperOrg(ctx);
  const id = uuidv7(ctx.now().getTime());
  await ctx.knex('orgs').insert({
    id,
    kind: 'cdcs',
    name: name.normalize('NFC'),
    parent_id: upper.id,
    created_at: ctx.now().toISOString(),
    head_seq: 0,
    horizon_seq: 0,
  });
  return { id };
}

export async function findCdcs(ctx: ServerContext, orgId: string): Promise<OrgRow | undefined> {
  return (await ctx.knex('orgs').where({ id: orgId, kind: 'cdcs' }).first()) as OrgRow | undefined;
}

/** A one-time code for a CĐCS (null: no such CĐCS). Only the hash is stored; the code is shown once. */
export async function createCode(
  ctx: ServerContext,
  orgId: string,
): Promise<{ code: string; expiresAt: string } | null> {
  if (!(await findCdcs(ctx, orgId))) return null;
  const code = newRegistrationCode();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS).toISOString();
  await ctx.knex('registration_codes').insert({
    code_hash: sha256Hex(normalizeCode(code)),
    org_id: orgId,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { code, expiresAt };
}

export interface DeviceInfo {
  id: string;
  name: string;
  registeredAt: string;
  lastSyncAt: string | null;
  revoked: boolean;
}

export async function listDevices(ctx: ServerContext, orgId: string): Promise<DeviceInfo[] | null> {
  if (!(await findCdcs(ctx, orgId))) return null;
  const rows = (await ctx.knex('devices').where({ org_id: orgId }).orderBy('registered_at')) as {
    id: string;
    name: string;
    registered_at: string;
    last_sync_at: string | null;
    revoked_at: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    registeredAt: r.registered_at,
    lastSyncAt: r.last_sync_at,
    revoked: r.revoked_at !== null,
  }));
}

/** false: no such device. Revoking twice keeps the first time. */
export async function revokeDevice(ctx: ServerContext, deviceId: string): Promise<boolean> {
  const device = await ctx.knex('devices').where({ id: deviceId }).first();
  if (!device) return false;
  await ctx
    .knex('devices')
    .where({ id: deviceId })
    .whereNull('revoked_at')
    .update({ revoked_at: ctx.now().toISOString() });
  return true;
}

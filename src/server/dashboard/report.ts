/** `uniondesk-server report`: one entry per CĐCS (not the upper level), from the projections in two GROUP BYs. */
import type { ServerContext } from '../context';
import { num, type Row } from './db-util';

export interface OrgReportEntry {
  id: string;
  name: string;
  /** Members whose status is active (not deleted). */
  members: number;
  /** The latest sync of any of its devices, ISO 8601 UTC; null when none has synced. */
  lastSyncAt: string | null;
}

/** A stored instant as ISO 8601 UTC ("…Z"), whatever the writer's offset; null when unreadable. */
export function isoUtc(v: unknown): string | null {
  if (typeof v !== 'string' || !v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export async function orgReport(ctx: ServerContext): Promise<{ orgs: OrgReportEntry[] }> {
  const k = ctx.knex;
  const [orgs, members, syncs] = await Promise.all([
    k('orgs').where({ kind: 'cdcs' }).select('id', 'name') as Promise<Row[]>,
    k('dash_members')
      .where({ deleted: 0, status: 'active' })
      .groupBy('org_id')
      .select('org_id')
      .count({ n: '*' }) as Promise<Row[]>,
    k('devices').groupBy('org_id').select('org_id', k.raw('MAX(last_sync_at) AS last')) as Promise<Row[]>,
  ]);
  const count = new Map(members.map((r) => [String(r.org_id), num(r.n)]));
  const last = new Map(syncs.map((r) => [String(r.org_id), isoUtc(r.last)]));
  const collator = new Intl.Collator('vi');
  return {
    orgs: orgs
      .map((o) => ({
        id: String(o.id),
        name: String(o.name),
        members: count.get(String(o.id)) ?? 0,
        lastSyncAt: last.get(String(o.id)) ?? null,
      }))
      .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
  };
}

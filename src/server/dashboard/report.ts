/** `uniondesk-server report`: one entry per CĐCS. Placeholder until the dashboard lands. */
import type { ServerContext } from '../context';

export interface OrgReportEntry {
  id: string;
  name: string;
  /** Members whose status is active. */
  members: number;
  lastSyncAt: string | null;
}

export async function orgReport(ctx: ServerContext): Promise<{ orgs: OrgReportEntry[] }> {
  const orgs = (await ctx.knex('orgs').where({ kind: 'cdcs' }).orderBy('name')) as { id: string; name: string }[];
  return { orgs: orgs.map((o) => ({ id: o.id, name: o.name, members: 0, lastSyncAt: null })) };
}

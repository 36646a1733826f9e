/**
 * `GET /v1/sync/pull` and `GET /v1/sync/state` (design decision 2): the CĐCS's change log after a cursor, with the
 * conflict copies whose sequence is in the page; a cursor below the compaction horizon is a 410.
 */
import { z } from 'zod';
import { SYNC_LIMITS, type PullResponse, type stateResponse } from '../../shared/sync-protocol';
import type { ServerContext } from '../context';
import type { DeviceRow } from '../http/auth';
import { HttpError } from '../http/errors';
import { serverHasData } from './rows';

export const pullQuery = z.object({
  cursor: z.coerce.number().int().nonnegative(),
  limit: z.coerce.number().int().positive().max(SYNC_LIMITS.maxPullLimit).default(SYNC_LIMITS.defaultPullLimit),
});

async function orgOf(ctx: ServerContext, orgId: string) {
  return (await ctx.knex('orgs').where({ id: orgId }).first()) as {
    id: string;
    name: string;
    head_seq: number;
    horizon_seq: number;
  };
}

export function compactedError(horizon: number) {
  return new HttpError(
    410,
    'CURSOR_COMPACTED',
    'Máy chủ không còn giữ các thay đổi cũ mà máy này cần: máy sẽ tải lại toàn bộ dữ liệu.',
    { horizon },
  );
}

/**
 * The page as JSON text. A change's `fields` are stored as the JSON text the push wrote
 * (JSON.stringify of validated values), so they are spliced in as they are: parsing every change only to serialise
 * it again was most of the server's work for a page.
 */
export async function pullText(
  ctx: ServerContext,
  device: DeviceRow,
  query: z.infer<typeof pullQuery>,
): Promise<string> {
  const org = await orgOf(ctx, device.org_id);
  const horizon = Number(org.horizon_seq);
  if (query.cursor < horizon) throw compactedError(horizon);
  const rows = (await ctx
    .knex('sync_changes')
    .where({ org_id: device.org_id })
    .andWhere('seq', '>', query.cursor)
    .orderBy('seq')
    .limit(query.limit + 1)
    .select('seq', 'entity', 'row_id', 'fields', 'hlc', 'device_id')) as {
    seq: number;
    entity: string;
    row_id: string;
    fields: string;
    hlc: string;
    device_id: string;
  }[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const nextCursor = page.length ? Number(page[page.length - 1].seq) : query.cursor;
  const copies = page.length
    ? ((await ctx
        .knex('sync_conflict_copies')
        .where({ org_id: device.org_id })
        .andWhere('seq', '>', query.cursor)
        .andWhere('seq', '<=', nextCursor)
        .orderBy(['seq', 'column'])) as {
        seq: number;
        entity: string;
        row_id: string;
        column: string;
        value: string | null;
        hlc: string;
        device_id: string;
        at: string;
      }[])
    : [];
  if (!hasMore) await ctx.knex('devices').where({ id: device.id }).update({ last_sync_at: ctx.now().toISOString() });
  const changes = page.map(
    (r) =>
      `{"seq":${Number(r.seq)},"entity":${JSON.stringify(r.entity)},"id":${JSON.stringify(r.row_id)},` +
      `"fields":${r.fields},"hlc":${JSON.stringify(r.hlc)},"deviceId":${JSON.stringify(r.device_id)}}`,
  );
  const conflicts: PullResponse['conflicts'] = copies.map((c) => ({
    seq: Number(c.seq),
    entity: c.entity,
    id: c.row_id,
    column: c.column,
    value: c.value === null ? null : JSON.parse(c.value),
    hlc: c.hlc,
    deviceId: c.device_id,
    at: c.at,
  }));
  return `{"changes":[${changes.join(',')}],"conflicts":${JSON.stringify(conflicts)},"nextCursor":${nextCursor},"hasMore":${hasMore}}`;
}

export async function state(ctx: ServerContext, device: DeviceRow): Promise<z.infer<typeof stateResponse>> {
  const org = await orgOf(ctx, device.org_id);
  return {
    deviceId: device.id,
    org: { id: org.id, name: org.name },
    lastMutationId: Number(device.last_mutation_id),
    cursor: Number(org.head_seq),
    horizon: Number(org.horizon_seq),
    serverHasData: await serverHasData(ctx.knex, org.id),
    serverTime: ctx.now().toISOString(),
  };
}

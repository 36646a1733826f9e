/**
 * `GET /v1/sync/snapshot?after=&limit=`: every row of the CĐCS (tombstones too), paged in (entity, id) order. The
 * first page fixes `cursor` (the log head then); the page token carries it, so every page reports the same cursor
 * and the PC pulls from it afterwards (later changes replay over the snapshot by HLC, nothing is missed).
 */
import { z } from 'zod';
import { ERROR_CODES, SYNC_LIMITS, type CellValue, type SnapshotResponse } from '../../shared/sync-protocol';
import type { ServerContext } from '../context';
import type { DeviceRow } from '../http/auth';
import { HttpError } from '../http/errors';
import { unpackHlcs } from './hlcs';

export const snapshotQuery = z.object({
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().positive().max(SYNC_LIMITS.maxPullLimit).default(SYNC_LIMITS.defaultPullLimit),
});

const pageToken = z.object({ c: z.number().int().nonnegative(), e: z.string(), i: z.string() });

function decodeAfter(after: string) {
  try {
    return pageToken.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
  } catch {
    throw new HttpError(400, ERROR_CODES.invalid, 'Mã trang của bản chụp dữ liệu không hợp lệ.');
  }
}

export async function snapshot(
  ctx: ServerContext,
  device: DeviceRow,
  query: z.infer<typeof snapshotQuery>,
): Promise<SnapshotResponse> {
  const orgId = device.org_id;
  const from = query.after ? decodeAfter(query.after) : null;
  const cursor =
    from?.c ??
    Number(((await ctx.knex('orgs').where({ id: orgId }).first('head_seq')) as { head_seq: number }).head_seq);
  const q = ctx.knex('sync_rows').where({ org_id: orgId });
  if (from)
    q.andWhere((w) =>
      w.where('entity', '>', from.e).orWhere((x) => x.where('entity', '=', from.e).andWhere('row_id', '>', from.i)),
    );
  const rows = (await q.orderBy(['entity', 'row_id']).limit(query.limit + 1)) as {
    entity: string;
    row_id: string;
    data: string;
    hlcs: string;
  }[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => {
      const fields = JSON.parse(r.data) as Record<string, CellValue>;
      return { entity: r.entity, id: r.row_id, fields, hlcs: unpackHlcs(r.hlcs, fields) };
    }),
    next: hasMore
      ? Buffer.from(JSON.stringify({ c: cursor, e: last.entity, i: last.row_id })).toString('base64url')
      : null,
    cursor,
  };
}

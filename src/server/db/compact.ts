/**
 * Compaction (design decision 2): a CĐCS's change log at or below a sequence is deleted and the horizon raised, so a
 * PC whose cursor is older gets a 410 and reads a snapshot. sync_rows keep the full state, so nothing is lost.
 */
import type { ServerContext } from '../context';

export async function compact(
  ctx: ServerContext,
  orgId: string,
  beforeSeq: number,
): Promise<{ deleted: number; horizon: number } | null> {
  return ctx.knex.transaction(async (trx) => {
    const q = trx('orgs').where({ id: orgId });
    const org = (await (ctx.dialect === 'pg' ? q.forUpdate() : q).first()) as
      { head_seq: number; horizon_seq: number } | undefined;
    if (!org) return null;
    // Never past the head (a horizon above it would refuse every cursor), never below the current horizon.
    const horizon = Math.max(Number(org.horizon_seq), Math.min(beforeSeq, Number(org.head_seq)));
    const deleted = await trx('sync_changes').where({ org_id: orgId }).andWhere('seq', '<=', horizon).delete();
    await trx('sync_conflict_copies').where({ org_id: orgId }).andWhere('seq', '<=', horizon).delete();
    await trx('orgs').where({ id: orgId }).update({ horizon_seq: horizon });
    return { deleted, horizon };
  });
}

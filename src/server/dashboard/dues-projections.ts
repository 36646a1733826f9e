/**
 * Dues for the dashboard: each member's month (the frozen line of a closed month, what was paid for it) and each
 * CĐCS's month totals, recomputed only for the months a push touched. Open months have no lines on the server
 * (the PC computes them from its rules), so the collection rate exists for closed months, as "where dues data
 * exists" asks; what was collected shows for every month paid.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Projection, ProjectedRow } from '../sync/projections';
import { chunks, isoMonth, type Row, text, upsert } from './db-util';
import { decodeFrozenLines, FrozenLinesError } from './frozen-lines';

type Trx = Knex.Transaction;

/** Totals of the given months of a CĐCS, from its member months (one GROUP BY over those months only). */
export async function refreshMonths(trx: Trx, orgId: string, months: ReadonlySet<string>): Promise<void> {
  for (const part of chunks([...months])) {
    await trx('dash_member_months').where({ org_id: orgId, has_line: 0, paid: 0 }).whereIn('month', part).delete();
    const totals = (await trx('dash_member_months')
      .where({ org_id: orgId })
      .whereIn('month', part)
      .groupBy('month')
      .select(
        'month',
        trx.raw('SUM(due) AS owed'),
        trx.raw('SUM(paid) AS collected'),
        trx.raw('SUM(has_line) AS line_members'),
        trx.raw('SUM(CASE WHEN has_line = 1 AND exempt = 0 AND due > 0 AND paid < due THEN 1 ELSE 0 END) AS owing'),
      )) as Row[];
    const closed = new Set(
      (await trx('dash_dues_months')
        .where({ org_id: orgId, closed: 1 })
        .whereIn('month', part)
        .pluck('month')) as string[],
    );
    await trx('dash_months').where({ org_id: orgId }).whereIn('month', part).delete();
    const rows = totals.map((t) => ({
      org_id: orgId,
      month: String(t.month),
      closed: closed.has(String(t.month)) ? 1 : 0,
      owed: Number(t.owed ?? 0),
      collected: Number(t.collected ?? 0),
      line_members: Number(t.line_members ?? 0),
      owing_members: Number(t.owing ?? 0),
    }));
    // A closed month with no lines (no member owed anything) still counts as closed.
    for (const m of closed)
      if (!rows.some((r) => r.month === m))
        rows.push({ org_id: orgId, month: m, closed: 1, owed: 0, collected: 0, line_members: 0, owing_members: 0 });
    for (const c of chunks(rows)) await trx('dash_months').insert(c);
  }
}

function linesBuffer(v: ProjectedRow['data'][string]): Buffer | null {
  if (v && typeof v === 'object' && typeof v.b64 === 'string') return Buffer.from(v.b64, 'base64');
  return null;
}

async function clearLines(trx: Trx, orgId: string, month: string): Promise<void> {
  await trx('dash_member_months').where({ org_id: orgId, month }).update({ has_line: 0, due: 0, exempt: 0 });
}

/** dues_months: a closed month's lines become member months; a reopened or deleted one takes them away. */
export const duesMonthsProjection: Projection = {
  entities: ['dues_months'],
  async apply(trx: Trx, orgId: string, rows: readonly ProjectedRow[]) {
    const touched = new Set<string>();
    for (const r of rows) {
      if (r.entity !== 'dues_months') continue;
      const month = isoMonth(r.data.month);
      if (!month) continue;
      const buf = r.deletedAt || !text(r.data.closed_at) ? null : linesBuffer(r.data.lines);
      const hash = buf ? createHash('sha256').update(buf).digest('hex') : null;
      const before = (await trx('dash_dues_months').where({ org_id: orgId, row_id: r.id }).first()) as Row | undefined;
      if (before && before.month === month && (before.lines_hash ?? null) === hash) continue;
      let lines: ReturnType<typeof decodeFrozenLines> | null = null;
      if (buf) {
        try {
          lines = decodeFrozenLines(buf);
        } catch (e) {
          // A value the server cannot read stays in sync_rows for the PCs; the dashboard shows the month as open.
          if (!(e instanceof FrozenLinesError)) throw e;
        }
      }
      await upsert(
        trx,
        'dash_dues_months',
        ['org_id', 'row_id'],
        [{ org_id: orgId, row_id: r.id, month, closed: lines ? 1 : 0, lines_hash: lines ? hash : null }],
        ['month', 'closed', 'lines_hash'],
      );
      if (before && before.month !== month) {
        touched.add(String(before.month));
        await clearLinesUnlessFrozenElsewhere(trx, orgId, String(before.month));
      }
      touched.add(month);
      if (lines) {
        await clearLines(trx, orgId, month);
        const out = lines.map((l) => ({
          org_id: orgId,
          month,
          member_id: l.memberId,
          has_line: 1,
          due: l.due,
          exempt: l.exempt ? 1 : 0,
        }));
        await upsert(trx, 'dash_member_months', ['org_id', 'month', 'member_id'], out, ['has_line', 'due', 'exempt']);
      } else await clearLinesUnlessFrozenElsewhere(trx, orgId, month);
    }
    if (touched.size) await refreshMonths(trx, orgId, touched);
  },
};

/** Two PCs may each have pushed a row for one month: the other row's lines stay while it is still closed. */
async function clearLinesUnlessFrozenElsewhere(trx: Trx, orgId: string, month: string): Promise<void> {
  const other = await trx('dash_dues_months').where({ org_id: orgId, month, closed: 1 }).first('row_id');
  if (!other) await clearLines(trx, orgId, month);
}

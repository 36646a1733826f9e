/**
 * Tổng quan's figures, each one aggregate query (GROUP BY / COUNT in SQLite): a register of 50,000 members is never
 * loaded row by row to draw the home page.
 */
import type { Knex } from 'knex';
import { formatDocNumber } from '../../shared/document-model';
import type { MemberStatus } from '../../shared/members-contract';
import type { OverviewReport } from '../../shared/overview-contract';
import { LEAVING_STATUSES } from '../reports/hdcd';

const RECENT_DOCUMENTS = 6;

/** The local calendar day of this computer, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

async function memberFigures(db: Knex): Promise<OverviewReport['members']> {
  const [statusRows, women, unitRows] = await Promise.all([
    db('members').whereNull('deleted_at').groupBy('status').select('status').count({ n: '*' }) as Promise<Row[]>,
    db('members')
      .whereNull('deleted_at')
      .where({ status: 'active', gender: 'female' })
      .count({ n: '*' })
      .first() as Promise<Row | undefined>,
    db('members as m')
      .leftJoin('units as u', function joinLiveUnit() {
        this.on('u.id', '=', 'm.unit_id').andOnNull('u.deleted_at');
      })
      .whereNull('m.deleted_at')
      .where('m.status', 'active')
      .groupBy('u.id')
      .select('u.id as unitId', 'u.name as name')
      .count({ n: '*' }) as Promise<Row[]>,
  ]);
  const byStatus = statusRows.map((r) => ({ status: r.status as MemberStatus, count: num(r.n) }));
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    active: byStatus.find((s) => s.status === 'active')?.count ?? 0,
    activeWomen: num(women?.n),
    // A member of a deleted group is in no group: the join leaves both null.
    byUnit: unitRows
      .map((r) => ({
        unitId: (r.unitId as string | null) ?? null,
        name: (r.name as string | null) ?? null,
        count: num(r.n),
      }))
      .sort((a, b) => b.count - a.count),
  };
}

async function documentFigures(db: Knex): Promise<OverviewReport['documents']> {
  const [counts, recent] = await Promise.all([
    db('documents').whereNull('deleted_at').groupBy('status').select('status').count({ n: '*' }) as Promise<Row[]>,
    db('documents')
      .whereNull('deleted_at')
      .orderBy('updated_at', 'desc')
      .limit(RECENT_DOCUMENTS)
      .select('id', 'type', 'number', 'issuer_code', 'summary', 'status', 'date', 'updated_at') as Promise<Row[]>,
  ]);
  return {
    total: counts.reduce((sum, r) => sum + num(r.n), 0),
    drafts: num(counts.find((r) => r.status === 'draft')?.n),
    recent: recent.map((r) => ({
      id: String(r.id),
      type: r.type as OverviewReport['documents']['recent'][number]['type'],
      numberText:
        r.number === null || r.number === undefined
          ? null
          : formatDocNumber({
              number: Number(r.number),
              type: r.type as never,
              issuerCode: String(r.issuer_code),
            }),
      summary: String(r.summary ?? ''),
      status: r.status === 'issued' ? 'issued' : 'draft',
      date: String(r.date),
      updatedAt: String(r.updated_at),
    })),
  };
}

export async function overviewReport(db: Knex, asOf: string): Promise<OverviewReport> {
  const year = Number(asOf.slice(0, 4));
  const from = `${year}-01-01`;
  const month = asOf.slice(0, 7);
  const [members, documents, admitted, left, dues] = await Promise.all([
    memberFigures(db),
    documentFigures(db),
    db('members').whereNull('deleted_at').whereBetween('joined_on', [from, asOf]).count({ n: '*' }).first() as Promise<
      Row | undefined
    >,
    db('member_status_events as e')
      .join('members as m', 'm.id', 'e.member_id')
      .whereNull('e.deleted_at')
      .whereNull('m.deleted_at')
      .whereIn('e.to_status', LEAVING_STATUSES)
      .whereBetween('e.date', [from, asOf])
      .count({ n: '*' })
      .first() as Promise<Row | undefined>,
    db('dues_payments')
      .whereNull('deleted_at')
      .whereNull('cancelled_at')
      .where({ month, adjustment: false })
      .select(db.raw('COUNT(DISTINCT member_id) AS members'), db.raw('COALESCE(SUM(amount), 0) AS collected'))
      .first() as Promise<Row | undefined>,
  ]);
  return {
    asOf,
    members,
    year,
    admitted: num(admitted?.n),
    left: num(left?.n),
    documents,
    dues: { month, paidMembers: num(dues?.members), collected: num(dues?.collected) },
  };
}

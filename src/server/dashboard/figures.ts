/**
 * The dashboard's figures per CĐCS, each an aggregate over the projections (a GROUP BY per table, never a row
 * per member in JavaScript): the page, the .xlsx export and the tests read this one object.
 */
import type { ServerContext } from '../context';
import { num, type Row } from './db-util';
import { monthsEnding, rateOf, vnDay, vnMonth } from './format';
import { isoUtc } from './report';
import { getDropPoints } from './settings';

/** The statuses that take a member out of the union (as the PC's Tổng quan counts "left this year"). */
export const LEAVING_STATUSES = ['transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased'];
/** A CĐCS that has not synced for longer than this is shown as silent. */
export const SILENT_DAYS = 30;
/** A member is in long arrears after this many unpaid months in a row. */
export const UNPAID_MONTHS = 6;
/** Months shown in the collection-rate table. */
export const MONTHS_SHOWN = 12;

export interface MonthFigures {
  month: string;
  /** A closed month: its dues are known, so the rate is. */
  closed: boolean;
  owed: number;
  collected: number;
  /** Percent with one decimal; null when nothing is owed (or the month is still open). */
  rate: number | null;
  owingMembers: number;
}

export interface OrgFigures {
  id: string;
  name: string;
  /** Active members (not deleted). */
  members: number;
  women: number;
  /** Women among the active members, percent with one decimal; null when there are none. */
  womenPercent: number | null;
  admitted: number;
  left: number;
  lastSyncAt: string | null;
  /** Active members whose last UNPAID_MONTHS or more owed (closed) months are unpaid. */
  unpaidLong: number;
  /** One per shown month, oldest first (a month with no dues data has closed false and rate null). */
  months: MonthFigures[];
}

export type Anomaly =
  | { kind: 'silent'; orgId: string; name: string; lastSyncAt: string | null; days: number | null }
  | { kind: 'drop'; orgId: string; name: string; month: string; from: number; to: number; points: number }
  | { kind: 'unpaid'; orgId: string; name: string; members: number };

export interface DashboardFigures {
  /** When the figures were read (ISO), and the day and year they count in (Vietnam). */
  at: string;
  /** The upper-level union's name (the server's one 'upper' org), null before it is set up. */
  upperName: string | null;
  today: string;
  year: number;
  months: string[];
  dropPoints: number;
  orgs: OrgFigures[];
  anomalies: Anomaly[];
}

const byOrg = (rows: Row[]) => new Map(rows.map((r) => [String(r.org_id), r]));

/** Members per CĐCS: active, active women, admitted in the year (any status, as the PC counts them). */
async function memberCounts(ctx: ServerContext, from: string, to: string) {
  const k = ctx.knex;
  return byOrg(
    (await k('dash_members')
      .where({ deleted: 0 })
      .groupBy('org_id')
      .select(
        'org_id',
        k.raw("SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END) AS active"),
        k.raw("SUM(CASE WHEN status = 'active' AND gender = 'female' THEN 1 ELSE 0 END) AS women"),
        k.raw('SUM(CASE WHEN joined_on >= ? AND joined_on <= ? THEN 1 ELSE 0 END) AS admitted', [from, to]),
      )) as Row[],
  );
}

/** Leaving events dated in the year, of members still in the register. */
async function leftCounts(ctx: ServerContext, from: string, to: string) {
  return byOrg(
    (await ctx
      .knex('dash_status_events as e')
      .join('dash_members as m', function joinMember() {
        this.on('m.org_id', '=', 'e.org_id').andOn('m.member_id', '=', 'e.member_id');
      })
      .where({ 'e.deleted': 0, 'm.deleted': 0 })
      .whereIn('e.to_status', LEAVING_STATUSES)
      .whereBetween('e.date', [from, to])
      .groupBy('e.org_id')
      .select('e.org_id as org_id')
      .count({ n: '*' })) as Row[],
  );
}

/**
 * Active members whose owed closed months since their last fully paid one number UNPAID_MONTHS or more (the PC's
 * arrears rule: exempt months and months owing nothing are skipped, a partly paid month is unpaid).
 */
async function unpaidLongCounts(ctx: ServerContext) {
  const owed = 'mm.has_line = 1 AND mm.exempt = 0 AND mm.due > 0';
  const rows = (await ctx.knex.raw(
    `SELECT s.org_id AS org_id, COUNT(*) AS n FROM (
       SELECT mm.org_id, mm.member_id FROM dash_member_months mm
       JOIN dash_members m ON m.org_id = mm.org_id AND m.member_id = mm.member_id
         AND m.deleted = 0 AND m.status = 'active'
       LEFT JOIN (
         SELECT mm.org_id, mm.member_id, MAX(mm.month) AS last_paid FROM dash_member_months mm
         WHERE ${owed} AND mm.paid >= mm.due GROUP BY mm.org_id, mm.member_id
       ) lp ON lp.org_id = mm.org_id AND lp.member_id = mm.member_id
       WHERE ${owed} AND mm.paid < mm.due AND (lp.last_paid IS NULL OR mm.month > lp.last_paid)
       GROUP BY mm.org_id, mm.member_id
       HAVING COUNT(*) >= ?
     ) s GROUP BY s.org_id`,
    [UNPAID_MONTHS],
  )) as Row[] | { rows: Row[] };
  return byOrg(Array.isArray(rows) ? rows : rows.rows);
}

async function lastSyncs(ctx: ServerContext) {
  return byOrg(
    (await ctx.knex('devices').groupBy('org_id').select('org_id', ctx.knex.raw('MAX(last_sync_at) AS last'))) as Row[],
  );
}

async function monthFigures(ctx: ServerContext, months: string[]) {
  const rows = (await ctx
    .knex('dash_months')
    .whereBetween('month', [months[0]!, months[months.length - 1]!])
    .select('org_id', 'month', 'closed', 'owed', 'collected', 'owing_members')) as Row[];
  const out = new Map<string, Map<string, Row>>();
  for (const r of rows) {
    const org = String(r.org_id);
    if (!out.has(org)) out.set(org, new Map());
    out.get(org)!.set(String(r.month), r);
  }
  return out;
}

function anomaliesOf(orgs: OrgFigures[], now: Date, dropPoints: number): Anomaly[] {
  const out: Anomaly[] = [];
  const dayMs = 24 * 60 * 60 * 1000;
  for (const o of orgs) {
    const since = o.lastSyncAt ? Date.parse(o.lastSyncAt) : NaN;
    const days = Number.isNaN(since) ? null : Math.floor((now.getTime() - since) / dayMs);
    if (days === null || days > SILENT_DAYS)
      out.push({ kind: 'silent', orgId: o.id, name: o.name, lastSyncAt: o.lastSyncAt, days });
    for (let i = 1; i < o.months.length; i++) {
      const [a, b] = [o.months[i - 1]!, o.months[i]!];
      if (a.rate === null || b.rate === null) continue;
      const points = Math.round((a.rate - b.rate) * 10) / 10;
      if (points > dropPoints)
        out.push({ kind: 'drop', orgId: o.id, name: o.name, month: b.month, from: a.rate, to: b.rate, points });
    }
    if (o.unpaidLong > 0) out.push({ kind: 'unpaid', orgId: o.id, name: o.name, members: o.unpaidLong });
  }
  return out;
}

export async function dashboardFigures(ctx: ServerContext): Promise<DashboardFigures> {
  const now = ctx.now();
  const today = vnDay(now);
  const year = Number(today.slice(0, 4));
  const from = `${year}-01-01`;
  const months = monthsEnding(vnMonth(now), MONTHS_SHOWN);
  const [allOrgs, members, left, unpaid, syncs, monthRows, dropPoints] = await Promise.all([
    ctx.knex('orgs').select('id', 'name', 'kind') as Promise<Row[]>,
    memberCounts(ctx, from, today),
    leftCounts(ctx, from, today),
    unpaidLongCounts(ctx),
    lastSyncs(ctx),
    monthFigures(ctx, months),
    getDropPoints(ctx),
  ]);
  const collator = new Intl.Collator('vi');
  const upper = allOrgs.find((o) => o.kind === 'upper');
  const orgs = allOrgs
    .filter((o) => o.kind === 'cdcs')
    .map((o): OrgFigures => {
      const id = String(o.id);
      const m = members.get(id);
      const active = num(m?.active);
      const women = num(m?.women);
      const byMonth = monthRows.get(id);
      return {
        id,
        name: String(o.name),
        members: active,
        women,
        womenPercent: rateOf(women, active),
        admitted: num(m?.admitted),
        left: num(left.get(id)?.n),
        lastSyncAt: isoUtc(syncs.get(id)?.last),
        unpaidLong: num(unpaid.get(id)?.n),
        months: months.map((month) => {
          const r = byMonth?.get(month);
          const closed = num(r?.closed) === 1;
          const owed = num(r?.owed);
          const collected = num(r?.collected);
          return {
            month,
            closed,
            owed,
            collected,
            rate: closed ? rateOf(collected, owed) : null,
            owingMembers: num(r?.owing_members),
          };
        }),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return {
    at: now.toISOString(),
    upperName: upper ? String(upper.name) : null,
    today,
    year,
    months,
    dropPoints,
    orgs,
    anomalies: anomaliesOf(orgs, now, dropPoints),
  };
}

/**
 * Mẫu 1-HĐCĐ, the statistics report as of 31/5 and 30/11 (issue 15's definitions):
 * - the period runs from the day after the previous report date (the last 31/5 or 30/11 before asOf) to asOf,
 *   both included;
 * - members = active at the end of asOf (someone leaving on asOf is out), read from the dated status history;
 * - admitted = the date joined the union falls in the period;
 * - left = a move to transferred out, retired, withdrawn, expelled or ceased dated in the period;
 * - workers = the organisation profile's number of workers.
 * So, for members who join and leave only by admission and those moves, members = previous count + admitted − left.
 */
import type { Knex } from 'knex';
import type { HdcdReport } from '../../shared/welfare-contract';
import { foldVi } from '../../shared/text/fold';
import { getOrg } from '../org/org';
import { HDCD_FORM, type HdcdFigure } from './hdcd-form';

type Row = Record<string, unknown>;

/** The moves that take a member out of the union for the report's "left". */
export const LEAVING_STATUSES = ['transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased'];
/** Members younger than this on asOf are counted as youth (đoàn viên trẻ). */
const YOUTH_AGE = 35;

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The last report date (31/5 or 30/11) strictly before asOf. */
export function previousReportDate(asOf: string): string {
  const y = Number(asOf.slice(0, 4));
  const candidates = [`${y}-11-30`, `${y}-05-31`, `${y - 1}-11-30`];
  return candidates.find((d) => d < asOf) as string;
}

export const periodStart = (asOf: string): string => dayAfter(previousReportDate(asOf));

interface MemberFacts {
  id: string;
  gender: string | null;
  dob: string | null;
  party: boolean;
  ethnicity: string | null;
  hazardous: boolean;
  joinedOn: string | null;
}

/**
 * Each member's status at the end of `day`: the last status event dated on or before it (ties in entry order).
 * The first event of an admitted member takes the register's date joined, as the dues ledger does.
 */
function statusesAt(events: Row[], joined: Map<string, string | null>, day: string): Map<string, string> {
  const byMember = new Map<string, Row[]>();
  for (const e of events) {
    const id = String(e.member_id);
    const list = byMember.get(id);
    if (list) list.push(e);
    else byMember.set(id, [e]);
  }
  const out = new Map<string, string>();
  for (const [id, list] of byMember) {
    const dated = list
      .map((e, i) => ({
        to: String(e.to_status),
        date: i === 0 && e.event === 'admitted' && joined.get(id) ? (joined.get(id) as string) : String(e.date),
      }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // stable: ties keep entry order
    let status: string | null = null;
    for (const e of dated) if (e.date <= day) status = e.to;
    if (status) out.set(id, status);
  }
  return out;
}

export async function hdcdReport(db: Knex, asOf: string): Promise<HdcdReport> {
  const from = periodStart(asOf);
  const [memberRows, events, unitCount, positions, org] = await Promise.all([
    db('members')
      .whereNull('deleted_at')
      .select('id', 'gender', 'date_of_birth', 'party_member', 'ethnicity', 'hazardous_work', 'joined_on') as Promise<
      Row[]
    >,
    db('member_status_events as e')
      .join('members as m', 'm.id', 'e.member_id')
      .whereNull('e.deleted_at')
      .whereNull('m.deleted_at')
      .orderBy('e.member_id')
      .orderBy('e.date')
      .orderBy('e.id')
      .select('e.member_id', 'e.event', 'e.to_status', 'e.date') as Promise<Row[]>,
    db('units').whereNull('deleted_at').count({ n: '*' }).first() as Promise<{ n: number } | undefined>,
    db('member_positions').whereNull('deleted_at').select('member_id', 'from_date', 'to_date') as Promise<Row[]>,
    getOrg(db),
  ]);
  const members: MemberFacts[] = memberRows.map((r) => ({
    id: String(r.id),
    gender: (r.gender as string | null) ?? null,
    dob: (r.date_of_birth as string | null) || null,
    party: r.party_member === 1 || r.party_member === true,
    ethnicity: (r.ethnicity as string | null) || null,
    hazardous: r.hazardous_work === 1 || r.hazardous_work === true,
    joinedOn: (r.joined_on as string | null) || null,
  }));
  const joined = new Map(members.map((m) => [m.id, m.joinedOn]));
  const status = statusesAt(events, joined, asOf);
  const active = members.filter((m) => status.get(m.id) === 'active');
  const activeIds = new Set(active.map((m) => m.id));
  const youthBorn = `${Number(asOf.slice(0, 4)) - YOUTH_AGE}${asOf.slice(4)}`;
  const officialIds = new Set(
    positions
      .filter((p) => activeIds.has(String(p.member_id)))
      .filter((p) => (!p.from_date || String(p.from_date) <= asOf) && (!p.to_date || String(p.to_date) >= asOf))
      .map((p) => String(p.member_id)),
  );
  const women = (list: MemberFacts[]) => list.filter((m) => m.gender === 'female').length;
  const workers = org.profile?.workerCount ?? null;
  const figures: Record<HdcdFigure, number | null> = {
    workers,
    nonMembers: workers === null ? null : Math.max(0, workers - active.length),
    members: active.length,
    women: women(active),
    admitted: members.filter((m) => m.joinedOn !== null && m.joinedOn >= from && m.joinedOn <= asOf).length,
    left: events.filter(
      (e) => LEAVING_STATUSES.includes(String(e.to_status)) && String(e.date) >= from && String(e.date) <= asOf,
    ).length,
    partyMembers: active.filter((m) => m.party).length,
    // Younger than 35 on asOf: born after the day 35 years before it.
    youth: active.filter((m) => m.dob !== null && m.dob > youthBorn).length,
    ethnicMinority: active.filter((m) => m.ethnicity !== null && foldVi(m.ethnicity) !== 'kinh').length,
    hazardous: active.filter((m) => m.hazardous).length,
    unionGroups: Number(unitCount?.n ?? 0),
    officials: officialIds.size,
    womenOfficials: women(active.filter((m) => officialIds.has(m.id))),
  };
  return {
    asOf,
    from,
    workers,
    members: figures.members as number,
    women: figures.women as number,
    admitted: figures.admitted as number,
    left: figures.left as number,
    unionGroups: figures.unionGroups as number,
    rows: HDCD_FORM.flatMap((s) => s.rows.map((r) => ({ row: r.row, label: r.label, value: figures[r.key] }))),
  };
}

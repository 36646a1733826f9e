/**
 * Everything a month's dues are derived from, read in a few bulk queries: the members with their owing periods
 * (from the status history), salary history, exempt periods, and the rules and base salaries. Open months are
 * derived from this on every read (never stale after a salary, rule or status change); closed months read their
 * frozen lines instead (close.ts).
 */
import type { Knex } from 'knex';
import { type BaseSalaryTerms, type Due, dueFor, inForce, type MonthTerms, type RuleTerms } from './amount';
import { firstDay, monthOf } from './months';
import { loadBaseSalaries, loadRules } from './rules';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

/** Months a member owes dues in, both ends included; `to` null: still owing. */
export interface Period {
  from: string;
  to: string | null;
}

export interface MemberDues {
  id: string;
  idNumber: string | null;
  memberCode: string | null;
  employeeCode: string | null;
  fullName: string;
  unitId: string | null;
  /** The register's "salary for dues": the basis of every month no salary-history row covers. */
  fieldSalary: number | null;
  periods: Period[];
  salaries: { from: string; amount: number }[];
  exemptions: { from: string; to: string }[];
}

export interface DuesData {
  members: MemberDues[];
  byId: Map<string, MemberDues>;
  rules: RuleTerms[];
  bases: BaseSalaryTerms[];
}

export interface MemberLine extends Due {
  exempt: boolean;
  ruleFrom: string | null;
}

/** Binary order, as SQLite's: sort_key is made so that this order is the Vietnamese one. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/**
 * Owing periods from the status history: a member owes from the month they become active (the admission month:
 * the register's "date joined" when the first event is the admission) to the month they stop being active
 * (transferred out, retired, withdrawn, expelled, ceased, suspended or made honorary), both months included.
 */
export function periodsOf(events: { event: string; to: string; date: string }[], joinedOn: string | null): Period[] {
  const out: Period[] = [];
  let open: string | null = null;
  for (const [i, e] of events.entries()) {
    if (e.to === 'active' && open === null) {
      const admittedOn = i === 0 && e.event === 'admitted' && joinedOn ? joinedOn : e.date;
      open = monthOf(admittedOn);
    } else if (e.to !== 'active' && open !== null) {
      out.push({ from: open, to: monthOf(e.date) });
      open = null;
    }
  }
  if (open !== null) out.push({ from: open, to: null });
  return out;
}

export const owes = (m: MemberDues, month: string): boolean =>
  m.periods.some((p) => p.from <= month && (p.to === null || month <= p.to));

export const exemptIn = (m: MemberDues, month: string): boolean =>
  m.exemptions.some((e) => e.from <= month && month <= e.to);

/** The salary in force for a month: the latest history row from that month or before, else the register field. */
export function salaryOf(m: MemberDues, month: string): number | null {
  let found: number | null = null;
  for (const s of m.salaries) {
    if (s.from > month) break;
    found = s.amount;
  }
  return found ?? m.fieldSalary;
}

export function termsFor(data: Pick<DuesData, 'rules' | 'bases'>, month: string): MonthTerms {
  const day = firstDay(month);
  return { rule: inForce(data.rules, day), base: inForce(data.bases, day)?.amount ?? null };
}

/** The member's line of an open month; null when they owe nothing that month (not active). */
export function lineOf(m: MemberDues, month: string, terms: MonthTerms): MemberLine | null {
  if (!owes(m, month)) return null;
  const ruleFrom = terms.rule?.from ?? null;
  if (exemptIn(m, month)) return { basis: null, due: 0, extra: 0, capped: false, exempt: true, ruleFrom };
  return { ...dueFor(salaryOf(m, month), terms), exempt: false, ruleFrom };
}

function groupBy<T>(rows: Row[], key: string, map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = String(r[key]);
    const list = out.get(k);
    if (list) list.push(map(r));
    else out.set(k, [map(r)]);
  }
  return out;
}

/** Loads the register's dues data; `memberIds`: only those members (a payment, a member's history). */
export async function loadDuesData(db: Db, memberIds?: readonly string[]): Promise<DuesData> {
  const scope = (q: Knex.QueryBuilder, col: string) => (memberIds ? q.whereIn(col, [...memberIds]) : q);
  const [memberRows, eventRows, salaryRows, exemptionRows, rules, bases] = await Promise.all([
    // Read in table order and sorted here: following the sort_key index costs a random page read per member.
    scope(db('members').whereNull('deleted_at'), 'id').select(
      'id',
      'sort_key',
      'id_number',
      'member_code',
      'employee_code',
      'full_name',
      'unit_id',
      'dues_salary',
      'joined_on',
    ) as Promise<Row[]>,
    scope(db('member_status_events').whereNull('deleted_at'), 'member_id').select(
      'member_id',
      'event',
      'to_status',
      'date',
      'id',
    ) as Promise<Row[]>,
    scope(db('member_salaries').whereNull('deleted_at'), 'member_id')
      .select('member_id', 'from_month', 'amount')
      .orderBy('from_month')
      .orderBy('updated_at') as Promise<Row[]>,
    scope(db('dues_exemptions').whereNull('deleted_at'), 'member_id').select(
      'member_id',
      'from_month',
      'to_month',
    ) as Promise<Row[]>,
    loadRules(db),
    loadBaseSalaries(db),
  ]);
  const events = groupBy(eventRows, 'member_id', (r) => ({
    event: String(r.event),
    to: String(r.to_status),
    date: String(r.date),
    id: String(r.id),
  }));
  for (const list of events.values())
    if (list.length > 1) list.sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
  const keyed = memberRows.map((r) => ({ r, key: `${String(r.sort_key)}\u0000${String(r.id)}` }));
  keyed.sort((a, b) => byText(a.key, b.key));
  const salaries = groupBy(salaryRows, 'member_id', (r) => ({ from: String(r.from_month), amount: Number(r.amount) }));
  const exemptions = groupBy(exemptionRows, 'member_id', (r) => ({
    from: String(r.from_month),
    to: String(r.to_month),
  }));
  const members = keyed.map(({ r }): MemberDues => {
    const id = String(r.id);
    return {
      id,
      idNumber: str(r.id_number),
      memberCode: str(r.member_code),
      employeeCode: str(r.employee_code),
      fullName: String(r.full_name),
      unitId: str(r.unit_id),
      fieldSalary: r.dues_salary === null || r.dues_salary === undefined ? null : Number(r.dues_salary),
      periods: periodsOf(events.get(id) ?? [], str(r.joined_on)),
      salaries: salaries.get(id) ?? [],
      exemptions: exemptions.get(id) ?? [],
    };
  });
  return { members, byId: new Map(members.map((m) => [m.id, m])), rules, bases };
}

/** The tables a month's dues are derived from: a change to any of them drops the cached register. */
const SOURCE_TABLES = [
  'members',
  'member_status_events',
  'member_salaries',
  'dues_exemptions',
  'dues_rules',
  'dues_base_salaries',
];

interface CacheEntry {
  generation: number;
  data?: DuesData;
  /** The sources' mark when `data` was loaded (sourcesMark). */
  mark?: string;
}
const cache = new WeakMap<object, CacheEntry>();

function entryFor(session: object): CacheEntry {
  let e = cache.get(session);
  if (!e) cache.set(session, (e = { generation: 0 }));
  return e;
}

/** The change feed's listener (module.ts): after a COMMIT touching the sources, the next read loads afresh. */
export function duesSourcesChanged(session: object, changedTables: Iterable<string>): void {
  for (const t of changedTables)
    if (SOURCE_TABLES.includes(t)) {
      const e = entryFor(session);
      e.generation++;
      e.data = undefined;
      return;
    }
}

/**
 * Rows and latest change of every source table, counted by SQLite without handing a row to JavaScript (~50 ms for
 * 50,000 members against ~700 ms to load them). The change feed only hears this process; the mark also sees what
 * another process (the CLI beside the app) committed.
 */
async function sourcesMark(db: Db): Promise<string> {
  const parts = SOURCE_TABLES.map(
    (t, i) => `(SELECT count(*) || '/' || ifnull(max(updated_at), '') FROM ${t}) AS t${i}`,
  );
  const rows = (await db.raw(`SELECT ${parts.join(', ')}`)) as Record<string, string>[];
  return Object.values(rows[0]).join('|');
}

/**
 * The register's dues data for read commands, kept between reads until a source table changes (the ledger, the
 * arrears run and the reports of a 50,000-member register then skip reading 100,000 rows). The mark is read before
 * the load, so a commit between them makes the next read load again, never the other way round.
 */
export async function cachedDuesData(session: { db: Knex }): Promise<DuesData> {
  const e = entryFor(session);
  const mark = await sourcesMark(session.db);
  if (e.data && e.mark === mark) return e.data;
  const generation = e.generation;
  const data = await loadDuesData(session.db);
  if (e.generation === generation) Object.assign(e, { data, mark });
  return data;
}

/**
 * The same data inside a write transaction (closing a month): the cached register when the sources are as it was
 * loaded, read through the transaction (which holds the write lock, so nothing changes them under it), else loaded.
 */
export async function duesDataForWrite(trx: Knex.Transaction, session: object): Promise<DuesData> {
  const e = entryFor(session);
  if (e.data && e.mark === (await sourcesMark(trx))) return e.data;
  return loadDuesData(trx);
}

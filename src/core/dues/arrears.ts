/**
 * Arrears as of a month: per member, the unpaid owed months counted back from that month until the most recent
 * paid month, the admission month or the first month the ledger knows (months before it predate the app), exempt
 * months and months not owed (suspended) skipped without breaking the run. Walking back a month at a time stops
 * for a member at their first paid month, so a register that mostly pays reads only a month or two.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { arrearsRow } from '../../shared/dues-contract';
import { getSettings } from '../settings/settings';
import { type DuesData, lineOf, loadDuesData, type MemberDues, termsFor } from './data';
import { closedMonths, frozenDues, loadUnits, unitScope } from './lines';
import { addMonths } from './months';
import { paidSums } from './payments';

type ArrearsRow = z.infer<typeof arrearsRow>;

interface Run {
  member: MemberDues;
  unpaid: string[];
  amount: number;
}

/**
 * While fewer than a quarter of the members are still in a run, a month's queries name them (in chunks) instead of
 * reading the whole month: the driver's cost is per row returned, and most members stop at the first month.
 */
const NAMED_SHARE = 0.25;
const CHUNK = 500;

async function inChunks<T>(ids: string[], read: (part: string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < ids.length; i += CHUNK) for (const [k, v] of await read(ids.slice(i, i + CHUNK))) out.set(k, v);
  return out;
}

export async function arrearsAsOf(db: Knex, asOf: string, unitId?: string, data?: DuesData): Promise<ArrearsRow[]> {
  const units = await loadUnits(db);
  const scope = unitScope(units, unitId);
  data ??= await loadDuesData(db);
  // Back to each member's admission month (the rule), unless the union says where its book in UnionDesk
  // starts (months before it were kept on paper and are not known here).
  const bookStart = (await getSettings(db)).duesLedgerStart;
  const admissions = data.members.map((m) => m.periods[0]?.from).filter((m): m is string => Boolean(m));
  const start = bookStart ?? (admissions.length ? admissions.reduce((a, b) => (b < a ? b : a)) : null);
  if (!start || start > asOf) return [];
  const closed = await closedMonths(db, start, asOf);
  const running = new Map<string, Run>();
  for (const m of data.members) {
    if (scope && (m.unitId === null || !scope.has(m.unitId))) continue;
    if (m.periods.length && m.periods[0].from <= asOf) running.set(m.id, { member: m, unpaid: [], amount: 0 });
  }
  const done: Run[] = [];
  for (let month = asOf; month >= start && running.size; month = addMonths(month, -1)) {
    const few = running.size <= CHUNK || running.size < data.members.length * NAMED_SHARE;
    const named = few ? [...running.keys()] : undefined;
    const paid = named ? await inChunks(named, (part) => paidSums(db, month, part)) : await paidSums(db, month);
    const frozen = !closed.has(month)
      ? null
      : named
        ? await inChunks(named, (part) => frozenDues(db, month, part))
        : await frozenDues(db, month);
    const terms = termsFor(data, month);
    for (const [id, run] of running) {
      const line = frozen ? (frozen.get(id) ?? null) : lineOf(run.member, month, terms);
      if (!line) {
        if (run.member.periods[0].from >= month) (running.delete(id), done.push(run));
        continue;
      }
      if (line.exempt || line.due === 0) continue;
      const p = paid.get(id) ?? 0;
      if (p >= line.due) {
        running.delete(id);
        done.push(run);
        continue;
      }
      run.unpaid.push(month);
      run.amount += line.due - p;
      if (run.member.periods[0].from >= month) (running.delete(id), done.push(run));
    }
  }
  done.push(...running.values());
  const levels = [...(await getSettings(db)).duesArrearsLevels].sort((a, b) => a.months - b.months);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const order = new Map(data.members.map((m, i) => [m.id, i]));
  return done
    .filter((r) => r.unpaid.length > 0)
    .sort((a, b) => b.unpaid.length - a.unpaid.length || order.get(a.member.id)! - order.get(b.member.id)!)
    .map((r) => {
      const level = levels.filter((l) => r.unpaid.length >= l.months).pop() ?? null;
      return {
        memberId: r.member.id,
        idNumber: r.member.idNumber,
        fullName: r.member.fullName,
        unit: r.member.unitId ? (unitNames.get(r.member.unitId) ?? null) : null,
        months: r.unpaid.length,
        unpaidMonths: [...r.unpaid].reverse(),
        amount: r.amount,
        level: level ? String(level.months) : null,
        levelLabel: level?.label ?? null,
      };
    });
}

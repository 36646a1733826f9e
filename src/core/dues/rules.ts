/**
 * Rules and base salaries with effective dates. The shipped defaults are data, inserted on unlock with fixed ids
 * when the tables have never held a row (tombstones count: a default the user deleted stays deleted), so two PCs
 * that both start from the defaults converge on the same rows when they sync.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { baseSalary, duesRule } from '../../shared/dues-contract';
import { insertRecord } from '../db/records';
import type { Session } from '../session';
import type { BaseSalaryTerms, RuleTerms } from './amount';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export const DEFAULT_RULES = [
  { id: 'dues-rule-default-1990-01-01', from_date: '1990-01-01', rate_milli: 1000 },
  { id: 'dues-rule-default-2025-07-01', from_date: '2025-07-01', rate_milli: 500 },
].map((r) => ({
  ...r,
  basis: 'socialInsurance',
  cap_permille: 100,
  fixed_amount: null,
  higher_rate_milli: null,
  higher_rate_ref: null,
  rounding: 1,
}));
export const DEFAULT_BASE_SALARIES = [
  { id: 'dues-base-default-2024-07-01', from_date: '2024-07-01', amount: 2_340_000 },
];

/** Inserts the shipped defaults into tables that never held a row. */
export async function ensureDefaults(s: Session): Promise<void> {
  await s.db.transaction(async (trx) => {
    const count = async (t: string) => Number(((await trx(t).count({ n: '*' }).first()) as { n: number }).n);
    if ((await count('dues_rules')) === 0)
      for (const r of DEFAULT_RULES) await insertRecord(trx, s.record, 'dues_rules', r);
    if ((await count('dues_base_salaries')) === 0)
      for (const b of DEFAULT_BASE_SALARIES) await insertRecord(trx, s.record, 'dues_base_salaries', b);
  });
}

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function ruleFromRow(r: Row): RuleTerms {
  return {
    id: String(r.id),
    from: String(r.from_date),
    rateMilli: Number(r.rate_milli),
    basis: r.basis === 'netActual' ? 'netActual' : 'socialInsurance',
    capPermille: Number(r.cap_permille),
    fixedAmount: numOrNull(r.fixed_amount),
    higherRateMilli: numOrNull(r.higher_rate_milli),
    higherRateRef: (r.higher_rate_ref as string | null) ?? null,
    rounding: Number(r.rounding) === 1000 ? 1000 : Number(r.rounding) === 100 ? 100 : 1,
  };
}

export async function loadRules(db: Db): Promise<RuleTerms[]> {
  const rows = (await db('dues_rules').whereNull('deleted_at').orderBy('from_date')) as Row[];
  return rows.map(ruleFromRow);
}

export async function loadBaseSalaries(db: Db): Promise<BaseSalaryTerms[]> {
  const rows = (await db('dues_base_salaries').whereNull('deleted_at').orderBy('from_date')) as Row[];
  return rows.map((r) => ({ id: String(r.id), from: String(r.from_date), amount: Number(r.amount) }));
}

/** Percent from thousandths of a percent: 500 → 0.5. */
export const percentOf = (milli: number): number => milli / 1000;
/** Thousandths of a percent from a percent as typed: 0.5 → 500 (rounded: 0.1 + 0.2 must not become 299). */
export const milliOf = (percent: number): number => Math.round(percent * 1000);

export function ruleOut(r: RuleTerms): z.infer<typeof duesRule> {
  return {
    id: r.id,
    from: r.from,
    rate: percentOf(r.rateMilli),
    basis: r.basis,
    capBaseMultiple: r.capPermille / 1000,
    fixedAmount: r.fixedAmount,
    higherRate: r.higherRateMilli === null ? null : percentOf(r.higherRateMilli),
    higherRateRef: r.higherRateRef,
    rounding: r.rounding,
  };
}

export function baseOut(b: BaseSalaryTerms): z.infer<typeof baseSalary> {
  return { id: b.id, from: b.from, amount: b.amount };
}

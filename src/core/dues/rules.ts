/**
 * Rules and base salaries with effective dates. The shipped defaults are data, inserted on unlock with fixed ids
 * when the tables have never held a row (tombstones count: a default the user deleted stays deleted): every PC has
 * the same rows with the same ids, so two PCs that both start from the defaults converge when they sync.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { baseSalary, duesRule } from '../../shared/dues-contract';
import { noteChange } from '../db/records';
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

/**
 * Inserts the shipped defaults into tables that never held a row. Like a migration's data they are the same rows
 * with the same ids on every PC, so they write no outbox row (nothing to push until the user changes them: that
 * change goes through updateRecord and syncs as usual); the change feed still hears of them.
 */
export async function ensureDefaults(s: Session): Promise<void> {
  await s.db.transaction(async (trx) => {
    const seed = async (table: string, rows: Record<string, unknown>[]) => {
      if (Number(((await trx(table).count({ n: '*' }).first()) as { n: number }).n) > 0) return;
      const now = new Date().toISOString();
      for (const r of rows) {
        await trx(table).insert({ ...r, created_at: now, updated_at: now, deleted_at: null });
        noteChange(trx, s.record, table, String(r.id));
      }
    };
    await seed('dues_rules', DEFAULT_RULES);
    await seed('dues_base_salaries', DEFAULT_BASE_SALARIES);
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

/**
 * The due of one member for one month, in exact integer arithmetic. Rates are thousandths of a percent (0.5% →
 * 500) and the cap is per mille of the base salary (0.1 → 100), as stored (migration 015), so no float ever
 * decides a đồng.
 */

export interface RuleTerms {
  id: string;
  from: string; // YYYY-MM-DD
  rateMilli: number;
  basis: 'socialInsurance' | 'netActual';
  capPermille: number;
  fixedAmount: number | null;
  higherRateMilli: number | null;
  higherRateRef: string | null;
  rounding: 1 | 100 | 1000;
}

export interface BaseSalaryTerms {
  id: string;
  from: string;
  amount: number;
}

/** What a month's figure rests on: the rule and base salary in force on its first day. */
export interface MonthTerms {
  rule: RuleTerms | null;
  base: number | null;
}

export interface Due {
  basis: number | null;
  due: number;
  extra: number;
  capped: boolean;
}

/** num/den rounded half up to a multiple of `unit` (1, 100 or 1,000 đồng). Non-negative inputs only. */
export function roundHalfUp(num: number, den: number, unit: number): number {
  return Math.floor((2 * num + den * unit) / (2 * den * unit)) * unit;
}

const PERCENT_MILLI = 100_000; // a rate in thousandths of a percent, over this, is the fraction

/** The cap in đồng: the base salary × the cap multiple, never rounded up; null before any base salary. */
export function capAmount(terms: MonthTerms): number | null {
  if (!terms.rule || terms.base === null) return null;
  return Math.floor((terms.base * terms.rule.capPermille) / 1000);
}

/**
 * A member's due. `salary` null (or 0: no determinable salary) → the fixed amount: the rule's set amount, or its
 * rate × the base salary. The cap limits the statutory due; with a higher rate voted by the BCH the same cap is
 * scaled by the rates' ratio, and what the higher rate adds is `extra` (kept apart in reports).
 */
export function dueFor(salary: number | null, terms: MonthTerms): Due {
  const { rule, base } = terms;
  if (!rule) return { basis: salary || null, due: 0, extra: 0, capped: false };
  const unit = rule.rounding;
  const higher = rule.higherRateMilli !== null && rule.higherRateMilli > rule.rateMilli ? rule.higherRateMilli : null;
  if (!salary) {
    if (rule.fixedAmount !== null) return { basis: null, due: rule.fixedAmount, extra: 0, capped: false };
    if (base === null) return { basis: null, due: 0, extra: 0, capped: false };
    const standard = roundHalfUp(base * rule.rateMilli, PERCENT_MILLI, unit);
    const total = higher ? roundHalfUp(base * higher, PERCENT_MILLI, unit) : standard;
    return { basis: null, due: total, extra: total - standard, capped: false };
  }
  const cap = capAmount(terms);
  const rounded = roundHalfUp(salary * rule.rateMilli, PERCENT_MILLI, unit);
  const capped = cap !== null && rounded > cap;
  const standard = capped ? cap : rounded;
  if (!higher) return { basis: salary, due: standard, extra: 0, capped };
  const total = capped
    ? roundHalfUp(cap * higher, rule.rateMilli, unit)
    : roundHalfUp(salary * higher, PERCENT_MILLI, unit);
  return { basis: salary, due: total, extra: Math.max(0, total - standard), capped };
}

/** The last entry whose `from` is on or before `day` (entries sorted by `from`, ascending). */
export function inForce<T extends { from: string }>(sorted: readonly T[], day: string): T | null {
  let found: T | null = null;
  for (const e of sorted) {
    if (e.from > day) break;
    found = e;
  }
  return found;
}

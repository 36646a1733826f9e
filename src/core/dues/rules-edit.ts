/**
 * Changing rules and base salaries. Every change first works out which open months it alters (totals before and
 * after) and which closed months fall in its range (never rewritten: their lines are frozen); `dryRun` stops
 * there, so the user sees the effect before saving.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { duesContract } from '../../shared/dues-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { type BaseSalaryTerms, inForce, type RuleTerms } from './amount';
import { type DuesData, loadDuesData } from './data';
import { closedMonths, deriveLines } from './lines';
import { addMonths, currentMonth, monthOf, monthRange } from './months';
import { ledgerStart, livePayments } from './payments';
import { loadBaseSalaries, loadRules, milliOf } from './rules';

type Impact = z.infer<(typeof duesContract.commands)['dues.setRule']['output']>;
type RuleInput = z.output<(typeof duesContract.commands)['dues.setRule']['input']>;
/** An impact looks at most this many months (ten years) of open ledger. */
const MAX_MONTHS = 120;

async function impactOf(
  db: Knex | Knex.Transaction,
  before: DuesData,
  after: DuesData,
  from: string,
  to: string | null,
) {
  const last = (await livePayments(db).max({ m: 'month' }).first()) as { m: string | null } | undefined;
  const now = currentMonth();
  const end = [now, last?.m ?? now].sort()[1];
  const start = [monthOf(from), (await ledgerStart(db)) ?? now].sort()[1];
  const stop = to ? [end, addMonths(monthOf(to), -1)].sort()[0] : end;
  const closed = await closedMonths(db, monthOf(from), stop);
  const changedMonths: Impact['changedMonths'] = [];
  const months = monthRange(start, stop).slice(-MAX_MONTHS);
  for (const month of months) {
    if (closed.has(month)) continue;
    const totalBefore = deriveLines(before, month).reduce((n, l) => n + l.due, 0);
    const totalAfter = deriveLines(after, month).reduce((n, l) => n + l.due, 0);
    if (totalBefore !== totalAfter) changedMonths.push({ month, totalBefore, totalAfter });
  }
  return { changedMonths, closedMonths: [...closed].sort() };
}

const byFrom = (a: { from: string }, b: { from: string }) => (a.from < b.from ? -1 : 1);
const nextFrom = <T extends { from: string }>(list: T[], from: string) => list.find((e) => e.from > from)?.from ?? null;

function ruleRow(r: RuleTerms) {
  return {
    from_date: r.from,
    rate_milli: r.rateMilli,
    basis: r.basis,
    cap_permille: r.capPermille,
    fixed_amount: r.fixedAmount,
    higher_rate_milli: r.higherRateMilli,
    higher_rate_ref: r.higherRateRef,
    rounding: r.rounding,
  };
}

/** Adds a rule or replaces the one with the same `from`; options not given are those of the rule in force then. */
export async function setRule(s: Session, input: RuleInput): Promise<Impact> {
  return s.db.transaction(async (trx) => {
    const data = await loadDuesData(trx);
    const prev = inForce(data.rules, input.from);
    const rule: RuleTerms = {
      id: prev?.from === input.from ? prev.id : '',
      from: input.from,
      rateMilli: milliOf(input.rate),
      basis: input.basis ?? prev?.basis ?? 'socialInsurance',
      capPermille:
        input.capBaseMultiple !== undefined ? Math.round(input.capBaseMultiple * 1000) : (prev?.capPermille ?? 100),
      fixedAmount: input.fixedAmount !== undefined ? input.fixedAmount : (prev?.fixedAmount ?? null),
      higherRateMilli:
        input.higherRate !== undefined
          ? input.higherRate === null
            ? null
            : milliOf(input.higherRate)
          : (prev?.higherRateMilli ?? null),
      higherRateRef: input.higherRateRef !== undefined ? input.higherRateRef : (prev?.higherRateRef ?? null),
      rounding: input.rounding ?? prev?.rounding ?? 1,
    };
    const rules = [...data.rules.filter((r) => r.from !== input.from), rule].sort(byFrom);
    const impact = await impactOf(trx, data, { ...data, rules }, input.from, nextFrom(rules, input.from));
    if (input.dryRun) return { ...impact, saved: false };
    if (rule.id) await updateRecord(trx, s.record, 'dues_rules', rule.id, ruleRow(rule));
    else rule.id = String((await insertRecord(trx, s.record, 'dues_rules', ruleRow(rule))).id);
    await audit(trx, s.record, 'dues.setRule', { type: 'dues_rules', id: rule.id }, { from: rule.from });
    return { ...impact, saved: true };
  });
}

export async function deleteRule(s: Session, id: string, dryRun = false): Promise<Impact> {
  return s.db.transaction(async (trx) => {
    const data = await loadDuesData(trx);
    const rule = data.rules.find((r) => r.id === id);
    if (!rule) throw new AppError('NOT_FOUND', 'Không tìm thấy quy định mức đóng này.', { id });
    if (data.rules.length === 1)
      throw new AppError('VALIDATION', 'Không xóa được quy định duy nhất: đoàn phí cần ít nhất một quy định.');
    const rules = data.rules.filter((r) => r.id !== id);
    const impact = await impactOf(trx, data, { ...data, rules }, rule.from, nextFrom(data.rules, rule.from));
    if (dryRun) return { ...impact, saved: false };
    await softDeleteRecord(trx, s.record, 'dues_rules', id);
    await audit(trx, s.record, 'dues.deleteRule', { type: 'dues_rules', id }, { from: rule.from });
    return { ...impact, saved: true };
  });
}

export async function setBaseSalary(s: Session, input: { from: string; amount: number; dryRun?: boolean }) {
  return s.db.transaction(async (trx): Promise<Impact> => {
    const data = await loadDuesData(trx);
    const same = data.bases.find((b) => b.from === input.from);
    const entry: BaseSalaryTerms = { id: same?.id ?? '', from: input.from, amount: input.amount };
    const bases = [...data.bases.filter((b) => b.from !== input.from), entry].sort(byFrom);
    const impact = await impactOf(trx, data, { ...data, bases }, input.from, nextFrom(bases, input.from));
    if (input.dryRun) return { ...impact, saved: false };
    const values = { from_date: input.from, amount: input.amount };
    if (same) await updateRecord(trx, s.record, 'dues_base_salaries', same.id, values);
    else entry.id = String((await insertRecord(trx, s.record, 'dues_base_salaries', values)).id);
    await audit(trx, s.record, 'dues.setBaseSalary', { type: 'dues_base_salaries', id: entry.id }, values);
    return { ...impact, saved: true };
  });
}

export async function listRules(db: Knex) {
  return { rules: await loadRules(db), bases: await loadBaseSalaries(db) };
}

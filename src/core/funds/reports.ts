/**
 * B07-TLĐ (quyết toán) and B14-TLĐ (dự toán) from the books, the planned figures, and the chart/overview summary.
 * Every line is the total of its categories' counting vouchers of the year; transfers have no category, so they
 * count as neither revenue nor spending, and closing = opening + revenue − spending for cash and bank together.
 */
import type { z } from 'zod';
import type { estimate, finalAccounts } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { balanceBefore } from './balance';
import { listCategories } from './categories';
import { duesCollected } from './dues-posting';
import { yearInfo } from './years';

type Db = Session['db'];
type Row = Record<string, unknown>;
type Kind = 'revenue' | 'spending';

/** The report's lines in the form's order, each named after its first category. */
export async function reportLines(db: Db): Promise<{ line: string; name: string; kind: Kind; codes: string[] }[]> {
  const lines = new Map<string, { line: string; name: string; kind: Kind; codes: string[] }>();
  for (const c of await listCategories(db)) {
    const l = lines.get(c.line);
    if (l) l.codes.push(c.code);
    else lines.set(c.line, { line: c.line, name: c.name, kind: c.kind, codes: [c.code] });
  }
  return [...lines.values()];
}

/** Each category's total of counting vouchers dated in the year. */
async function categoryTotals(db: Db, year: number): Promise<Map<string, number>> {
  const rows = (await db('fund_vouchers')
    .whereNull('deleted_at')
    .whereNull('cancelled_at')
    .where({ year })
    .whereNotNull('category')
    .groupBy('category')
    .select('category', db.raw('SUM(amount) AS s'))) as { category: string; s: number }[];
  return new Map(rows.map((r) => [r.category, Number(r.s)]));
}

async function lineTotals(db: Db, year: number) {
  const totals = await categoryTotals(db, year);
  return (await reportLines(db)).map((l) => ({
    line: l.line,
    name: l.name,
    kind: l.kind,
    amount: l.codes.reduce((n, c) => n + (totals.get(c) ?? 0), 0),
  }));
}

export async function b07(db: Db, year: number): Promise<z.infer<typeof finalAccounts>> {
  const lines = await lineTotals(db, year);
  const info = await yearInfo(db, year);
  const sum = (k: Kind) => lines.filter((l) => l.kind === k).reduce((n, l) => n + l.amount, 0);
  return {
    year,
    opening: info.cashOpening + info.bankOpening,
    closing: info.cashClosing + info.bankClosing,
    lines,
    revenue: sum('revenue'),
    spending: sum('spending'),
  };
}

export async function b14(db: Db, year: number): Promise<z.infer<typeof estimate>> {
  const plans = (await db('fund_plans').whereNull('deleted_at').where({ year })) as Row[];
  const planned = new Map(plans.map((p) => [String(p.line), Number(p.amount)]));
  const last = await lineTotals(db, year - 1);
  return {
    year,
    lines: last.map((l) => ({
      line: l.line,
      name: l.name,
      kind: l.kind,
      planned: planned.get(l.line) ?? 0,
      lastYearActual: l.amount,
    })),
  };
}

export async function setPlan(s: Session, input: { year: number; line: string; amount: number }) {
  return s.db.transaction(async (trx) => {
    if (!(await reportLines(trx)).some((l) => l.line === input.line))
      throw new AppError('NOT_FOUND', `Không có dòng ${input.line} trong dự toán.`, { line: input.line });
    const row = (await trx('fund_plans')
      .whereNull('deleted_at')
      .where({ year: input.year, line: input.line })
      .first()) as Row | undefined;
    if (row) await updateRecord(trx, s.record, 'fund_plans', String(row.id), { amount: input.amount });
    else await insertRecord(trx, s.record, 'fund_plans', input);
    await audit(trx, s.record, 'funds.setPlan', { type: 'fund_plans' }, input);
    return input;
  });
}

export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function summary(db: Db, year: number, asOf: string) {
  const rows = (await db('fund_vouchers')
    .join('fund_categories', 'fund_categories.code', 'fund_vouchers.category')
    .whereNull('fund_vouchers.deleted_at')
    .whereNull('fund_vouchers.cancelled_at')
    .where('fund_vouchers.year', year)
    .groupBy('m', 'fund_categories.kind')
    .select(db.raw('substr(fund_vouchers.date, 1, 7) AS m'), 'fund_categories.kind', db.raw('SUM(amount) AS s'))) as {
    m: string;
    kind: Kind;
    s: number;
  }[];
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    revenue: 0,
    spending: 0,
  }));
  for (const r of rows) months[Number(r.m.slice(5, 7)) - 1][r.kind] += Number(r.s);
  const end = dayAfter(asOf);
  const monthStart = `${asOf.slice(0, 7)}-01`;
  return {
    months,
    cashBalance: await balanceBefore(db, 'cash', end),
    bankBalance: await balanceBefore(db, 'bank', end),
    duesThisMonth: await duesCollected(db, monthStart, `${asOf.slice(0, 7)}-31`),
  };
}

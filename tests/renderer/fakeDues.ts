/**
 * The dues part of the in-memory core for component tests: dues.* handlers over a FakeCore's members, computed the
 * simple way the contract documents (rule and base salary in force on the month's first day, cap, half-up rounding;
 * one allocation rule; closed months refuse payments). Typed and checked against the contract (fakeContract.ts).
 */
import type { z } from 'zod';
import type { CommandInput } from '../../src/shared/contract';
import type { baseSalary, duesRule, exemption, paymentRow, salaryEntry } from '../../src/shared/dues-contract';
import { AppError } from '../../src/shared/errors';
import type { FakeCore } from './fakeCore';
import { duesFigures, nextMonth } from './fakeDuesFigures';

type Rule = z.infer<typeof duesRule>;
type Payment = z.infer<typeof paymentRow>;
type ImportReport = { applied: number; unchanged: number; rejected: { row: number; reason: string }[] };

export interface FakeDues {
  rules: Rule[];
  baseSalaries: z.infer<typeof baseSalary>[];
  salaries: z.infer<typeof salaryEntry>[];
  exemptions: z.infer<typeof exemption>[];
  payments: Payment[];
  closed: Map<string, string>;
  reminders: { memberId: string; asOf: string }[];
  /** What dues.importSalaries / importPayments answer (dryRun or not). */
  importPlan: (kind: 'salaries' | 'payments', dryRun: boolean) => ImportReport;
}

const file = (fileName: string, mime: string) => ({ fileName, mime, base64: btoa(`fake ${fileName}`) });

export function installFakeDues(core: FakeCore): FakeDues {
  const { state, handlers } = core;
  let seq = 0;
  let receiptSeq = 0;
  const dues: FakeDues = {
    rules: [
      {
        id: 'rule-1990',
        from: '1990-01-01',
        rate: 1,
        basis: 'socialInsurance',
        capBaseMultiple: 0.1,
        fixedAmount: null,
        higherRate: null,
        higherRateRef: null,
        rounding: 1,
      },
      {
        id: 'rule-2025',
        from: '2025-07-01',
        rate: 0.5,
        basis: 'socialInsurance',
        capBaseMultiple: 0.1,
        fixedAmount: null,
        higherRate: null,
        higherRateRef: null,
        rounding: 1,
      },
    ],
    baseSalaries: [{ id: 'base-2024', from: '2024-07-01', amount: 2_340_000 }],
    salaries: [],
    exemptions: [],
    payments: [],
    closed: new Map(),
    reminders: [],
    importPlan: () => ({ applied: 0, unchanged: 0, rejected: [] }),
  };

  const { owes, ledgerRow, members, totals, ledger } = duesFigures(state, dues);
  const open = (month: string) => {
    if (dues.closed.has(month))
      throw new AppError('CONFLICT', `Tháng ${month.slice(5)}/${month.slice(0, 4)} đã khoá sổ: hãy ghi điều chỉnh.`);
  };
  const record = (memberId: string, month: string, amount: number, i: CommandInput<'dues.pay'>, adjustment = false) => {
    const method = i.method ?? 'cash';
    const p: Payment = {
      id: `pay-${++seq}`,
      memberId,
      month,
      amount,
      paidOn: i.date ?? '2026-07-20',
      method,
      receiptNumber:
        method === 'cash' && !adjustment ? `${month.slice(0, 4)}-${String(++receiptSeq).padStart(4, '0')}` : null,
      collector: i.collector ?? null,
      adjustment,
      cancelled: false,
      note: i.note ?? null,
    };
    dues.payments.push(p);
    return p;
  };
  const impact = (dryRun?: boolean) => ({
    changedMonths: [{ month: '2026-07', totalBefore: 35_100, totalAfter: 70_200 }],
    closedMonths: [...dues.closed.keys()],
    saved: !dryRun,
  });

  Object.assign(handlers, {
    'dues.rules': () => ({ rules: dues.rules, baseSalaries: dues.baseSalaries }),
    'dues.setRule': (i) => {
      if (!i.dryRun)
        dues.rules.push({
          id: `rule-${++seq}`,
          from: i.from,
          rate: i.rate,
          basis: i.basis ?? 'socialInsurance',
          capBaseMultiple: i.capBaseMultiple ?? 0.1,
          fixedAmount: i.fixedAmount ?? null,
          higherRate: i.higherRate ?? null,
          higherRateRef: i.higherRateRef ?? null,
          rounding: i.rounding ?? 1,
        });
      return impact(i.dryRun);
    },
    'dues.deleteRule': (i) => {
      if (!i.dryRun) dues.rules = dues.rules.filter((r) => r.id !== i.id);
      return impact(i.dryRun);
    },
    'dues.setBaseSalary': (i) => {
      if (!i.dryRun) dues.baseSalaries.push({ id: `base-${++seq}`, from: i.from, amount: i.amount });
      return impact(i.dryRun);
    },
    'dues.salaries': (i) => ({ items: dues.salaries.filter((x) => x.memberId === i.memberId) }),
    'dues.setSalary': (i) => {
      const entry = { id: `sal-${++seq}`, ...i, source: 'hand' as const };
      dues.salaries.push(entry);
      return entry;
    },
    'dues.deleteSalary': (i) => {
      dues.salaries = dues.salaries.filter((x) => x.id !== i.id);
      return { ok: true as const };
    },
    'dues.exemptions': (i) => ({ items: dues.exemptions.filter((e) => !i.memberId || e.memberId === i.memberId) }),
    'dues.setExemption': (i) => {
      const e = {
        id: `ex-${++seq}`,
        memberId: i.memberId,
        fromMonth: i.fromMonth,
        toMonth: i.toMonth,
        reason: i.reason,
        note: i.note ?? null,
      };
      dues.exemptions.push(e);
      return e;
    },
    'dues.deleteExemption': (i) => {
      dues.exemptions = dues.exemptions.filter((e) => e.id !== i.id);
      return { ok: true as const };
    },
    'dues.ledger': (i) => ledger(i.month, i.unitId),
    'dues.close': (i) => {
      open(i.month);
      dues.closed.set(i.month, '2026-08-01T09:00:00');
      return { month: i.month, closedAt: '2026-08-01T09:00:00', total: ledger(i.month).totals.due };
    },
    'dues.pay': (i) => {
      open(i.month);
      const made: Payment[] = [];
      if (i.all) {
        for (const row of ledger(i.month, i.unitId).rows)
          if (row.owing > 0 && !i.except?.includes(row.memberId))
            made.push(record(row.memberId, i.month, row.owing, i));
      } else {
        const memberId = i.memberId!;
        if (!state.members.some((m) => m.id === memberId)) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.');
        let left = i.amount!;
        let month = i.month;
        for (let n = 0; left > 0 && n < 24; n++, month = nextMonth(month)) {
          // The named month first, then the following unpaid months in order (an advance).
          const part = Math.min(left, ledgerRow(memberId, month).owing);
          if (part > 0) made.push(record(memberId, month, part, i));
          left -= part;
        }
      }
      return {
        payments: made,
        total: made.reduce((s, p) => s + p.amount, 0),
        members: new Set(made.map((p) => p.memberId)).size,
      };
    },
    'dues.payments': (i) => ({
      items: dues.payments.filter(
        (p) => (!i.memberId || p.memberId === i.memberId) && (!i.month || p.month === i.month),
      ),
    }),
    'dues.cancelPayment': (i) => {
      const p = dues.payments.find((x) => x.id === i.id);
      if (!p) throw new AppError('NOT_FOUND', 'Không tìm thấy lần nộp.');
      open(p.month);
      p.cancelled = true;
      p.note = i.reason;
      return p;
    },
    'dues.adjust': (i) =>
      record(i.memberId, i.month, i.amount, { month: i.month, method: 'cash', date: i.date, note: i.reason }, true),
    'dues.importSalaries': (i) => dues.importPlan('salaries', !!i.dryRun),
    'dues.importPayments': (i) => ({ ...dues.importPlan('payments', !!i.dryRun), total: 0 }),
    'dues.arrears': (i) => ({
      asOf: i.asOf,
      members: members(i.asOf)
        .map((id) => ledgerRow(id, i.asOf))
        .filter((r) => r.owing > 0)
        .map((r) => ({
          memberId: r.memberId,
          idNumber: r.idNumber,
          fullName: r.fullName,
          unit: r.unit,
          months: 1,
          unpaidMonths: [i.asOf],
          amount: r.owing,
          level: null,
          levelLabel: null,
        })),
    }),
    'dues.history': (i) => {
      const to = i.to ?? '2026-07';
      const months: {
        month: string;
        due: number;
        paid: number;
        owing: number;
        exempt: boolean;
        closed: boolean;
        basis: number | null;
      }[] = [];
      for (let m = i.from ?? '2026-01'; m <= to; m = nextMonth(m)) {
        if (!owes(i.memberId, m)) continue;
        const r = ledgerRow(i.memberId, m);
        months.push({
          month: m,
          due: r.due,
          paid: r.paid,
          owing: r.owing,
          exempt: r.exempt,
          closed: dues.closed.has(m),
          basis: r.basis,
        });
      }
      const sum = (k: 'due' | 'paid' | 'owing') => months.reduce((s, m) => s + m[k], 0);
      return {
        memberId: i.memberId,
        months,
        totals: { due: sum('due'), paid: sum('paid'), owing: sum('owing') },
        payments: dues.payments.filter((p) => p.memberId === i.memberId),
      };
    },
    'dues.report': (i) => {
      const months = ['01', '02', '03', '04', '05', '06', '07'].map((mm) => ({
        month: `${i.year}-${mm}`,
        ...totals(ledger(`${i.year}-${mm}`).rows),
      }));
      const units = state.units.map((u) => {
        const per = months.map((m) => ({ month: m.month, ...totals(ledger(m.month, u.id).rows) }));
        return { unitId: u.id, unit: u.name, ...totals(per.flatMap((m) => ledger(m.month, u.id).rows)), months: per };
      });
      const collected = months.reduce((s, m) => s + m.collected, 0);
      const cdcsShare = Math.round((collected * state.settings.duesCdcsPercent) / 100);
      return {
        year: i.year,
        months,
        units,
        split: {
          collected,
          extra: 0,
          cdcsPercent: state.settings.duesCdcsPercent,
          cdcsShare,
          upperShare: collected - cdcsShare,
        },
      };
    },
    'dues.sheet': (i) => file(`bang-thu-doan-phi-${i.month}.pdf`, 'application/pdf'),
    'dues.receipt': (i) => file(`phieu-thu-${i.month}.pdf`, 'application/pdf'),
    'dues.deductionList': (i) =>
      file(`danh-sach-tru-luong-${i.month}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'dues.export': (i) =>
      file(`doan-phi-${i.year}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'dues.reminder': (i) => {
      dues.reminders.push(i);
      return { documentId: `doc-${++seq}` };
    },
  } satisfies Partial<FakeCore['handlers']>);
  return dues;
}

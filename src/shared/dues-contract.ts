/**
 * The dues (đoàn phí) part of the contract: rules and base salaries with effective dates, each member's salary
 * history and exempt periods, the monthly ledger (due, paid, closed months), payments with one allocation rule,
 * arrears, each member's contribution history, reports and the paper that goes with them.
 *
 * Money is integer VND everywhere. A month is `YYYY-MM`; a month's figure uses the rule and the base salary in force
 * on its first day. Nothing here is hard-coded: the shipped rules and base salary are data the user can change.
 */
import { z } from 'zod';
import type { ContractPart } from './contract-part';
import { fileData } from './file-data';
import { isoDate } from './iso-date';

export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM (ví dụ 2026-07)')
  .refine((m) => Number(m.slice(0, 4)) >= 1990 && Number(m.slice(0, 4)) <= 2100, 'Tháng nằm ngoài khoảng cho phép');

const money = z.number().int('Số tiền phải là số nguyên (đồng)').min(0, 'Số tiền không được âm').max(1_000_000_000);
const signedMoney = z.number().int('Số tiền phải là số nguyên (đồng)').min(-1_000_000_000).max(1_000_000_000);

export const DUES_BASIS_KINDS = ['socialInsurance', 'netActual'] as const;
export const DUES_ROUNDINGS = [1, 100, 1000] as const;
export const PAYMENT_METHODS = ['cash', 'payroll', 'transfer'] as const;
export const EXEMPT_REASONS = ['sickness', 'maternity', 'unpaidLeave', 'unemployment', 'other'] as const;
export const SALARY_SOURCES = ['field', 'hand', 'import'] as const;

const rounding = z.union([z.literal(1), z.literal(100), z.literal(1000)]);

export const duesRule = z.object({
  id: z.string(),
  /** First day it applies (YYYY-MM-DD); open-ended until the next rule. */
  from: isoDate,
  /** Percent of the basis: 0.5 means 0.5%. */
  rate: z.number(),
  basis: z.enum(DUES_BASIS_KINDS),
  /** The cap as a multiple of the base salary in force: 0.1 = 10%. */
  capBaseMultiple: z.number(),
  /** Set amount for members without a determinable salary; null = the rule's rate × the base salary, rounded. */
  fixedAmount: z.number().int().nullable(),
  /** A higher rate voted by the BCH (percent), its extra reported apart; null = none. */
  higherRate: z.number().nullable(),
  higherRateRef: z.string().nullable(),
  rounding,
});
export type DuesRule = z.infer<typeof duesRule>;

export const baseSalary = z.object({ id: z.string(), from: isoDate, amount: z.number().int() });

const ruleInput = z
  .object({
    from: isoDate,
    rate: z.number().min(0.01, 'Tỷ lệ phải lớn hơn 0').max(10, 'Tỷ lệ quá lớn'),
    basis: z.enum(DUES_BASIS_KINDS).optional(),
    capBaseMultiple: z.number().min(0.001).max(10).optional(),
    fixedAmount: money.nullable().optional(),
    higherRate: z.number().min(0.01).max(10).nullable().optional(),
    higherRateRef: z.string().trim().max(200).nullable().optional(),
    rounding: rounding.optional(),
    /** Only report which open months would change; save nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict();

/** What a rule or base-salary change does to months not yet closed (shown before saving). */
export const ruleImpact = z.object({
  changedMonths: z.array(z.object({ month: z.string(), totalBefore: z.number().int(), totalAfter: z.number().int() })),
  /** Closed months in the rule's range: never rewritten. */
  closedMonths: z.array(z.string()),
  saved: z.boolean(),
});

export const salaryEntry = z.object({
  id: z.string(),
  memberId: z.string(),
  fromMonth: z.string(),
  amount: z.number().int(),
  source: z.enum(SALARY_SOURCES),
});

export const exemption = z.object({
  id: z.string(),
  memberId: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  reason: z.enum(EXEMPT_REASONS),
  note: z.string().nullable(),
});

/** One member's line of a month (`dues compute`). */
export const dueLine = z.object({
  memberId: z.string(),
  idNumber: z.string().nullable(),
  memberCode: z.string().nullable(),
  fullName: z.string(),
  unitId: z.string().nullable(),
  unit: z.string().nullable(),
  /** The salary the due is computed from; null for a member paying the fixed amount (or exempt). */
  basis: z.number().int().nullable(),
  due: z.number().int(),
  /** The part of `due` coming from the BCH's higher rate (kept 100% by the CĐCS, reported apart). */
  extra: z.number().int(),
  exempt: z.boolean(),
  /** The rule's `from`, to explain the figure. */
  ruleFrom: z.string().nullable(),
  capped: z.boolean(),
});

export const paymentRow = z.object({
  id: z.string(),
  memberId: z.string(),
  /** The month this amount pays (after allocation). */
  month: z.string(),
  amount: z.number().int(),
  paidOn: z.string(),
  method: z.enum(PAYMENT_METHODS),
  receiptNumber: z.string().nullable(),
  collector: z.string().nullable(),
  /** A dated correction of a closed month (may be negative). */
  adjustment: z.boolean(),
  cancelled: z.boolean(),
  note: z.string().nullable(),
});

export const ledgerRow = dueLine.extend({
  paid: z.number().int(),
  /** due − paid, never below 0 (an advance shows on the months it pays). */
  owing: z.number().int(),
  lastPaidOn: z.string().nullable(),
  method: z.enum(PAYMENT_METHODS).nullable(),
  receiptNumber: z.string().nullable(),
  collector: z.string().nullable(),
});

export const collectionTotals = z.object({
  members: z.number().int(),
  paidMembers: z.number().int(),
  due: z.number().int(),
  collected: z.number().int(),
  /** collected / due in percent, one decimal; null when nothing is due. */
  rate: z.number().nullable(),
});

export const unitTotals = collectionTotals.extend({ unitId: z.string().nullable(), unit: z.string() });

export const arrearsRow = z.object({
  memberId: z.string(),
  idNumber: z.string().nullable(),
  fullName: z.string(),
  unit: z.string().nullable(),
  /** Consecutive unpaid owed months counted back from `asOf` (exempt months skipped). */
  months: z.number().int(),
  unpaidMonths: z.array(z.string()),
  amount: z.number().int(),
  /** The highest level reached, as its number of months ("6", "9", "12" by default: the `duesArrearsLevels`
   * setting), or null below the first. */
  level: z.string().nullable(),
  levelLabel: z.string().nullable(),
});

const idRef = z.object({ id: z.string().min(1) }).strict();
const unitFilter = z.string().min(1).optional();

export const duesContract = {
  commands: {
    'dues.rules': {
      input: z.object({}).strict(),
      output: z.object({ rules: z.array(duesRule), baseSalaries: z.array(baseSalary) }),
    },
    /** Adds a rule (or replaces the one with the same `from`); `dryRun` shows the open months it changes. */
    'dues.setRule': { input: ruleInput, output: ruleImpact },
    'dues.deleteRule': {
      input: z.object({ id: z.string().min(1), dryRun: z.boolean().optional() }),
      output: ruleImpact,
    },
    'dues.setBaseSalary': {
      input: z
        .object({ from: isoDate, amount: money.min(1, 'Lương cơ sở phải lớn hơn 0'), dryRun: z.boolean().optional() })
        .strict(),
      output: ruleImpact,
    },

    /** A member's salary history (from the member's "salary for dues" field, by hand, or imported). */
    'dues.salaries': {
      input: z.object({ memberId: z.string().min(1) }).strict(),
      output: z.object({ items: z.array(salaryEntry) }),
    },
    'dues.setSalary': {
      input: z.object({ memberId: z.string().min(1), fromMonth: yearMonth, amount: money }).strict(),
      output: salaryEntry,
    },
    'dues.deleteSalary': { input: idRef, output: z.object({ ok: z.literal(true) }) },
    /**
     * The accountant's payroll sheet (.xlsx/.csv): matched by CCCD, employee code or member code; unmatched and
     * ambiguous rows rejected with their Excel row number and nothing applied for them; idempotent.
     */
    'dues.importSalaries': {
      input: z
        .object({
          fileName: z.string().min(1).max(255),
          base64: z.string().max(45_000_000),
          fromMonth: yearMonth,
          dryRun: z.boolean().optional(),
        })
        .strict(),
      output: z.object({
        applied: z.number().int(),
        unchanged: z.number().int(),
        rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
      }),
    },

    'dues.exemptions': {
      input: z.object({ memberId: z.string().min(1).optional() }).strict(),
      output: z.object({ items: z.array(exemption) }),
    },
    'dues.setExemption': {
      input: z
        .object({
          id: z.string().min(1).optional(),
          memberId: z.string().min(1),
          fromMonth: yearMonth,
          toMonth: yearMonth,
          reason: z.enum(EXEMPT_REASONS),
          note: z.string().trim().max(500).nullable().optional(),
        })
        .strict()
        .refine((e) => e.fromMonth <= e.toMonth, { message: 'Tháng bắt đầu phải trước tháng kết thúc' }),
      output: exemption,
    },
    'dues.deleteExemption': { input: idRef, output: z.object({ ok: z.literal(true) }) },

    /** Who owes what for a month (inactive members left out; exempt ones listed with due 0). */
    'dues.compute': {
      input: z.object({ month: yearMonth, unitId: unitFilter }).strict(),
      output: z.object({
        month: z.string(),
        closed: z.boolean(),
        total: z.number().int(),
        extra: z.number().int(),
        members: z.array(dueLine),
      }),
    },
    /** The month's ledger: dues with what was paid, totals per union group (with sub-groups) and overall. */
    'dues.ledger': {
      input: z.object({ month: yearMonth, unitId: unitFilter }).strict(),
      output: z.object({
        month: z.string(),
        closed: z.boolean(),
        closedAt: z.string().nullable(),
        rows: z.array(ledgerRow),
        totals: collectionTotals,
        byUnit: z.array(unitTotals),
      }),
    },
    /** Months with a ledger or a payment, newest first, with their totals. */
    'dues.months': {
      input: z.object({ year: z.number().int().min(1990).max(2100).optional() }).strict(),
      output: z.object({
        items: z.array(collectionTotals.extend({ month: z.string(), closed: z.boolean() })),
      }),
    },
    /** Closes a month: its dues are frozen; later corrections are dated adjustments. */
    'dues.close': {
      input: z.object({ month: yearMonth }).strict(),
      output: z.object({ month: z.string(), closedAt: z.string(), total: z.number().int() }),
    },
    /**
     * Records payments. `all`: every member of the group (or everyone) pays what they still owe for the month,
     * except those named. `memberId` + `amount`: pays the month first, what is beyond pays the following unpaid
     * months in order (an advance). Older arrears are paid by naming their month.
     */
    'dues.pay': {
      input: z
        .object({
          month: yearMonth,
          all: z.boolean().optional(),
          unitId: z.string().min(1).optional(),
          except: z.array(z.string().min(1)).max(100_000).optional(),
          memberId: z.string().min(1).optional(),
          amount: money.min(1, 'Số tiền phải lớn hơn 0').optional(),
          method: z.enum(PAYMENT_METHODS).default('cash'),
          date: isoDate.optional(),
          collector: z.string().trim().max(200).optional(),
          note: z.string().trim().max(500).optional(),
        })
        .strict()
        .refine((p) => (p.all === true) !== (p.memberId !== undefined), {
          message: 'Chọn cả tổ (all) hoặc một đoàn viên (memberId), không cả hai',
        })
        .refine((p) => p.memberId === undefined || p.amount !== undefined, {
          message: 'Cần số tiền cho một đoàn viên',
        }),
      output: z.object({ payments: z.array(paymentRow), total: z.number().int(), members: z.number().int() }),
    },
    /** The payroll-deduction list back from the accountant (.xlsx/.csv): payments by payroll for the month. */
    'dues.importPayments': {
      input: z
        .object({
          fileName: z.string().min(1).max(255),
          base64: z.string().max(45_000_000),
          month: yearMonth,
          date: isoDate.optional(),
          dryRun: z.boolean().optional(),
        })
        .strict(),
      output: z.object({
        applied: z.number().int(),
        unchanged: z.number().int(),
        total: z.number().int(),
        rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
      }),
    },
    'dues.payments': {
      input: z.object({ memberId: z.string().min(1).optional(), month: yearMonth.optional() }).strict(),
      output: z.object({ items: z.array(paymentRow) }),
    },
    /** Cancels a payment of an open month (kept, marked cancelled); a closed month's is refused: adjust instead. */
    'dues.cancelPayment': {
      input: z.object({ id: z.string().min(1), reason: z.string().trim().min(1).max(500) }).strict(),
      output: paymentRow,
    },
    /** A dated correction of a month (closed or not): positive or negative, with its reason. */
    'dues.adjust': {
      input: z
        .object({
          memberId: z.string().min(1),
          month: yearMonth,
          amount: signedMoney.refine((n) => n !== 0, 'Số tiền điều chỉnh phải khác 0'),
          date: isoDate.optional(),
          reason: z.string().trim().min(1).max(500),
        })
        .strict(),
      output: paymentRow,
    },

    'dues.arrears': {
      input: z.object({ asOf: yearMonth, unitId: unitFilter }).strict(),
      output: z.object({ asOf: z.string(), members: z.array(arrearsRow) }),
    },
    /** The member page's "lịch sử đóng góp": month by month due, paid, exempt, owing. */
    'dues.history': {
      input: z.object({ memberId: z.string().min(1), from: yearMonth.optional(), to: yearMonth.optional() }).strict(),
      output: z.object({
        memberId: z.string(),
        months: z.array(
          z.object({
            month: z.string(),
            due: z.number().int(),
            paid: z.number().int(),
            owing: z.number().int(),
            exempt: z.boolean(),
            closed: z.boolean(),
            basis: z.number().int().nullable(),
          }),
        ),
        totals: z.object({ due: z.number().int(), paid: z.number().int(), owing: z.number().int() }),
        payments: z.array(paymentRow),
      }),
    },
    /** Collection rate by union group and month for a year, and the split of what was collected. */
    'dues.report': {
      input: z.object({ year: z.number().int().min(1990).max(2100) }).strict(),
      output: z.object({
        year: z.number().int(),
        months: z.array(collectionTotals.extend({ month: z.string() })),
        units: z.array(unitTotals.extend({ months: z.array(collectionTotals.extend({ month: z.string() })) })),
        split: z.object({
          collected: z.number().int(),
          /** The BCH's higher-rate extra: 100% CĐCS, outside the split. */
          extra: z.number().int(),
          cdcsPercent: z.number(),
          cdcsShare: z.number().int(),
          upperShare: z.number().int(),
        }),
      }),
    },

    // Paper (the document engine; bytes handed out, the caller writes them).
    /** Collection sheet for a union group and month (PDF, signature column, by given name, totals in words). */
    'dues.sheet': { input: z.object({ month: yearMonth, unitId: z.string().min(1) }).strict(), output: fileData },
    /** Receipt (phiếu thu) of a cash payment: its number and the amount in words (PDF). */
    'dues.receipt': {
      input: z.object({ memberId: z.string().min(1), month: yearMonth }).strict(),
      output: fileData,
    },
    /** The payroll-deduction list for the accountant (.xlsx). */
    'dues.deductionList': { input: z.object({ month: yearMonth }).strict(), output: fileData },
    /** The year's ledger and reports as .xlsx. */
    'dues.export': { input: z.object({ year: z.number().int().min(1990).max(2100) }).strict(), output: fileData },
    /** A reminder letter for a member in arrears, as a draft in the documents register (the level's template). */
    'dues.reminder': {
      input: z.object({ memberId: z.string().min(1), asOf: yearMonth }).strict(),
      output: z.object({ documentId: z.string() }),
    },
  },
} as const satisfies ContractPart;

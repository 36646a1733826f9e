/**
 * The union funds (tài chính công đoàn) part of the contract: categories mapped to the lines of B14/B07, vouchers
 * (phiếu thu PT, phiếu chi PC, giấy báo Có BC, giấy báo Nợ BN, transfers between cash and bank), the cash and bank
 * books with their openings and year closes, dues posted to the books, the remittance to the upper level, the
 * estimate (B14-TLĐ) and the final accounts (B07-TLĐ), and their paper.
 *
 * Money is integer đồng. A year's vouchers are numbered per series in entry order (PT1, PT2…, restarting each
 * 1 January, never reused); a cancelled voucher keeps its number and stays in the books marked cancelled.
 * The `doan-phi` category is reserved for the dues postings: every dues payment posts itself (one receipt per union
 * group per pay action: cash → PT in the cash book, payroll deduction and transfer → BC in the bank book), so the
 * books' đoàn phí total for any date range equals the dues collected with payment dates in that range.
 */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';
import { fileData } from './file-data';
import { voucherFileCommands } from './funds-files-contract';
import { isoDate } from './iso-date';

export const FUND_ACCOUNTS = ['cash', 'bank'] as const;
export const VOUCHER_TYPES = ['receipt', 'payment', 'transfer'] as const;
export const CATEGORY_KINDS = ['revenue', 'spending'] as const;
/** Where a voucher came from: typed by hand, or posted by another domain in the same transaction as its cause. */
export const VOUCHER_SOURCES = ['manual', 'dues', 'welfare', 'remit'] as const;
/** The category the dues postings use; a manual voucher cannot. */
export const DUES_CATEGORY = 'doan-phi';
export const REMIT_CATEGORY = 'nop-cap-tren';

export const fundAccount = z.enum(FUND_ACCOUNTS);
export const fundYear = z.number().int().min(1990).max(2100);
const amount = z.number().int('Số tiền phải là số nguyên (đồng)').min(1, 'Số tiền phải lớn hơn 0').max(1e12);
const text = (max: number) => z.string().trim().max(max);

export const fundCategory = z.object({
  /** Stable code (`doan-phi`, `cham-lo`…, or the union's own: lowercase letters, digits and dashes). */
  code: z.string(),
  name: z.string(),
  kind: z.enum(CATEGORY_KINDS),
  /** The B14/B07 line it is reported on (e.g. "I.1"); several categories may share a line. */
  line: z.string(),
  /** Shipped with UnionDesk (renaming allowed, never deleted); false: added by the union. */
  builtIn: z.boolean(),
  /** Posted only by another domain (doan-phi by dues): a manual voucher cannot use it. */
  reserved: z.boolean(),
});
export type FundCategory = z.infer<typeof fundCategory>;

export const voucher = z.object({
  id: z.string(),
  type: z.enum(VOUCHER_TYPES),
  /** The book it is in; for a transfer, the account the money leaves. */
  account: fundAccount,
  /** "PT3", "PC12", "BC2", "BN1": series + number in its year. A transfer's code is its leaving side's (PC or BN). */
  code: z.string(),
  /** A transfer's entering side (BC into the bank, PT into the cash); null for the others. */
  pairCode: z.string().nullable(),
  date: isoDate,
  amount: z.number().int(),
  /** null only for transfers (neither revenue nor spending). */
  category: z.string().nullable(),
  description: z.string(),
  memberId: z.string().nullable(),
  /** The member's name, or the payer/payee typed by hand. */
  party: z.string().nullable(),
  /** A decision (or other document) from the register that the voucher rests on. */
  documentId: z.string().nullable(),
  source: z.enum(VOUCHER_SOURCES),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
});
export type Voucher = z.infer<typeof voucher>;

export const bookEntry = z.object({
  id: z.string(),
  date: isoDate,
  code: z.string(),
  category: z.string().nullable(),
  description: z.string(),
  receipt: z.number().int(),
  payment: z.number().int(),
  /** Running balance after this entry (cancelled entries count 0 and repeat the balance). */
  balance: z.number().int(),
  cancelled: z.boolean(),
});

export const book = z.object({
  account: fundAccount,
  from: isoDate,
  to: isoDate,
  opening: z.number().int(),
  receipts: z.number().int(),
  payments: z.number().int(),
  closing: z.number().int(),
  entries: z.array(bookEntry),
  /** Totals per month inside the range ("YYYY-MM"). */
  months: z.array(z.object({ month: z.string(), receipts: z.number().int(), payments: z.number().int() })),
});

export const reportLine = z.object({ line: z.string(), name: z.string(), amount: z.number().int() });

export const finalAccounts = z.object({
  year: z.number().int(),
  /** Cash and bank together on 1 January; transfers between them count as neither revenue nor spending. */
  opening: z.number().int(),
  closing: z.number().int(),
  lines: z.array(reportLine.extend({ kind: z.enum(CATEGORY_KINDS) })),
  revenue: z.number().int(),
  spending: z.number().int(),
});

export const estimate = z.object({
  year: z.number().int(),
  lines: z.array(
    z.object({
      line: z.string(),
      name: z.string(),
      kind: z.enum(CATEGORY_KINDS),
      planned: z.number().int(),
      /** The same line's actual total in the books of the year before. */
      lastYearActual: z.number().int(),
    }),
  ),
});

export const fundYearInfo = z.object({
  year: z.number().int(),
  closed: z.boolean(),
  closedAt: z.string().nullable(),
  cashOpening: z.number().int(),
  bankOpening: z.number().int(),
  cashClosing: z.number().int(),
  bankClosing: z.number().int(),
});

const voucherInput = z
  .object({
    type: z.enum(VOUCHER_TYPES),
    account: fundAccount,
    date: isoDate,
    amount,
    /** Required for receipts and payments, refused for transfers; never `doan-phi`. */
    category: z.string().trim().min(1).max(60).optional(),
    description: text(500).min(1, 'Cần nội dung'),
    memberId: z.string().min(1).optional(),
    party: text(200).optional(),
    documentId: z.string().min(1).optional(),
  })
  .strict();

const fileFormat = z.enum(['pdf', 'xlsx']);

export const fundsContract = {
  commands: {
    'funds.categories': { input: emptyInput, output: z.object({ categories: z.array(fundCategory) }) },
    /** Adds the union's own category or renames/remaps one; a reserved category's kind and code never change. */
    'funds.setCategory': {
      input: z
        .object({
          code: z
            .string()
            .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Mã chỉ gồm chữ thường không dấu, số và gạch ngang')
            .max(60),
          name: text(200).min(1),
          kind: z.enum(CATEGORY_KINDS),
          line: text(20).min(1),
        })
        .strict(),
      output: fundCategory,
    },
    /** The opening balance of an account for a year (only the first year the books start; later years carry over). */
    'funds.setOpening': {
      input: z.object({ account: fundAccount, year: fundYear, amount: z.number().int().min(0).max(1e12) }).strict(),
      output: z.object({ account: fundAccount, year: z.number().int(), amount: z.number().int() }),
    },
    'funds.years': { input: emptyInput, output: z.object({ years: z.array(fundYearInfo) }) },
    /** Locks a year: no voucher dated in it can be added or cancelled; its closing balances open the next. */
    'funds.closeYear': { input: z.object({ year: fundYear }).strict(), output: fundYearInfo },
    'funds.addVoucher': { input: voucherInput, output: voucher },
    'funds.cancelVoucher': {
      input: z.object({ id: z.string().min(1), reason: text(500).min(1, 'Cần lý do huỷ') }).strict(),
      output: voucher,
    },
    'funds.voucher': { input: z.object({ id: z.string().min(1) }).strict(), output: voucher },
    'funds.vouchers': {
      input: z
        .object({
          from: isoDate.optional(),
          to: isoDate.optional(),
          account: fundAccount.optional(),
          type: z.enum(VOUCHER_TYPES).optional(),
          category: z.string().optional(),
          memberId: z.string().optional(),
          limit: z.number().int().min(1).max(1000).optional(),
          offset: z.number().int().min(0).optional(),
        })
        .strict(),
      output: z.object({ items: z.array(voucher), total: z.number().int() }),
    },
    'funds.book': {
      input: z.object({ account: fundAccount, from: isoDate, to: isoDate }).strict(),
      output: book,
    },
    /** The upper level's share (100 − duesCdcsPercent) of the dues collected with payment dates in the range. */
    'funds.remitPreview': {
      input: z.object({ from: isoDate, to: isoDate }).strict(),
      output: z.object({
        collected: z.number().int(),
        percent: z.number(),
        amount: z.number().int(),
        /** Remittances already recorded for an overlapping range (shown before recording another). */
        alreadyRemitted: z.array(z.object({ id: z.string(), code: z.string(), amount: z.number().int() })),
      }),
    },
    /** Records the remittance as a `nop-cap-tren` payment: only when the user records it, never automatically. */
    'funds.remit': {
      input: z.object({ from: isoDate, to: isoDate, account: fundAccount, date: isoDate }).strict(),
      output: z.object({ id: z.string(), code: z.string(), amount: z.number().int() }),
    },
    'funds.b07': { input: z.object({ year: fundYear }).strict(), output: finalAccounts },
    'funds.b14': { input: z.object({ year: fundYear }).strict(), output: estimate },
    'funds.setPlan': {
      input: z.object({ year: fundYear, line: z.string().min(1).max(20), amount: z.number().int().min(0) }).strict(),
      output: z.object({ year: z.number().int(), line: z.string(), amount: z.number().int() }),
    },
    /** Revenue and spending per month of a year (the chart) and the overview card's figures. */
    'funds.summary': {
      input: z.object({ year: fundYear, asOf: isoDate }).strict(),
      output: z.object({
        months: z.array(z.object({ month: z.string(), revenue: z.number().int(), spending: z.number().int() })),
        cashBalance: z.number().int(),
        bankBalance: z.number().int(),
        /** Dues collected with payment dates in asOf's month. */
        duesThisMonth: z.number().int(),
      }),
    },
    /** Paper: a voucher (PDF, amount in words, signature lines), a book, B07, B14 (PDF or .xlsx). */
    'funds.voucherPdf': { input: z.object({ id: z.string().min(1) }).strict(), output: fileData },
    'funds.bookFile': {
      input: z.object({ account: fundAccount, from: isoDate, to: isoDate, format: fileFormat }).strict(),
      output: fileData,
    },
    'funds.b07File': { input: z.object({ year: fundYear, format: fileFormat }).strict(), output: fileData },
    'funds.b14File': { input: z.object({ year: fundYear, format: fileFormat }).strict(), output: fileData },
    ...voucherFileCommands,
  },
} as const satisfies ContractPart;

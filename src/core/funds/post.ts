/**
 * The one place a voucher is written and cancelled, inside the caller's transaction: the funds commands, the dues
 * postings and the welfare support payments all go through here, so every voucher is numbered, checked against the
 * year lock and the cash balance, and recorded the same way.
 */
import type { Knex } from 'knex';
import { DUES_CATEGORY, type Voucher } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import { isRealIsoDate } from '../../shared/iso-date';
import { insertRecord, type RecordContext, updateRecord } from '../db/records';
import type { Session } from '../session';
import { assertCashNeverNegative } from './balance';
import { assertYearWritable } from './year-lock';
import {
  type FundAccount,
  nextNumber,
  type Series,
  seriesFor,
  type VoucherSource,
  type VoucherType,
  voucherOut,
  voucherRows,
} from './vouchers-table';

type Row = Record<string, unknown>;

export interface PostVoucherInput {
  type: VoucherType;
  account: FundAccount;
  date: string;
  /** Integer đồng, > 0. */
  amount: number;
  /** A category code: revenue for a receipt, spending for a payment, none for a transfer. */
  category?: string | null;
  description: string;
  memberId?: string | null;
  /** The payer/payee typed by hand; defaults to the member's name. */
  party?: string | null;
  documentId?: string | null;
  source: VoucherSource;
  /** What the source posted it for (dues: the pay action, group and account; remit: the date range). */
  sourceRef?: string | null;
}

const invalid = (message: string, path: string) => new AppError('VALIDATION', message, [{ path: [path], message }]);

async function checkCategory(trx: Knex.Transaction, input: PostVoucherInput): Promise<string | null> {
  if (input.type === 'transfer') {
    if (input.category) throw invalid('Chuyển tiền giữa quỹ tiền mặt và tài khoản không ghi khoản mục.', 'category');
    return null;
  }
  if (!input.category) throw invalid('Cần chọn khoản mục thu/chi.', 'category');
  const c = (await trx('fund_categories').whereNull('deleted_at').where({ code: input.category }).first()) as
    Row | undefined;
  if (!c) throw new AppError('NOT_FOUND', `Không có khoản mục "${input.category}".`, { category: input.category });
  const wanted = input.type === 'receipt' ? 'revenue' : 'spending';
  if (c.kind !== wanted)
    throw invalid(
      input.type === 'receipt'
        ? `Khoản mục "${String(c.name)}" là khoản chi, không dùng cho phiếu thu.`
        : `Khoản mục "${String(c.name)}" là khoản thu, không dùng cho phiếu chi.`,
      'category',
    );
  if (c.reserved && input.source === 'manual')
    throw invalid(
      input.category === DUES_CATEGORY
        ? 'Khoản mục đoàn phí chỉ được ghi tự động khi thu đoàn phí: hãy ghi khoản nộp ở màn hình Đoàn phí.'
        : `Khoản mục "${String(c.name)}" chỉ được ghi tự động, không ghi tay.`,
      'category',
    );
  return String(c.code);
}

async function partyOf(trx: Knex.Transaction, input: PostVoucherInput): Promise<string | null> {
  const typed = input.party?.trim() || null;
  if (!input.memberId) return typed;
  const m = (await trx('members').whereNull('deleted_at').where({ id: input.memberId }).first('full_name')) as
    Row | undefined;
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId: input.memberId });
  return typed ?? String(m.full_name);
}

/** True when the voucher takes money out of the cash book (what can make it negative). */
const takesCash = (type: VoucherType, account: FundAccount, cancelling: boolean): boolean =>
  cancelling
    ? (type === 'receipt' && account === 'cash') || (type === 'transfer' && account === 'bank')
    : account === 'cash' && type !== 'receipt';

/** Numbers and writes a voucher; refuses a closed year and a cash payment beyond the cash balance (VALIDATION). */
export async function postVoucher(trx: Knex.Transaction, s: Session, input: PostVoucherInput): Promise<Voucher> {
  if (!isRealIsoDate(input.date)) throw invalid(`Ngày không hợp lệ: ${input.date}.`, 'date');
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    throw invalid('Số tiền phải là số nguyên dương (đồng).', 'amount');
  const description = input.description.trim();
  if (!description) throw invalid('Cần nội dung của chứng từ.', 'description');
  const year = Number(input.date.slice(0, 4));
  await assertYearWritable(trx, year);
  const category = await checkCategory(trx, input);
  const party = await partyOf(trx, input);
  if (input.documentId && !(await trx('documents').where({ id: input.documentId }).whereNull('deleted_at').first('id')))
    throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đính kèm.', { documentId: input.documentId });
  const { series, pair } = seriesFor(input.type, input.account);
  const row = await insertRecord(trx, s.record, 'fund_vouchers', {
    year,
    type: input.type,
    account: input.account,
    series,
    number: await nextNumber(trx, year, series),
    pair_series: pair,
    pair_number: pair ? await nextNumber(trx, year, pair) : null,
    date: input.date,
    amount: input.amount,
    category,
    description,
    member_id: input.memberId ?? null,
    party,
    document_id: input.documentId ?? null,
    source: input.source,
    source_ref: input.sourceRef ?? null,
    cancelled_at: null,
    cancel_reason: null,
  });
  if (takesCash(input.type, input.account, false)) await assertCashNeverNegative(trx, input.date);
  return voucherOut(row);
}

/** Marks a voucher cancelled: it keeps its number, stays in the books marked, and stops counting from its date. */
export async function cancelPostedVoucher(
  trx: Knex.Transaction,
  s: Session,
  id: string,
  reason: string,
): Promise<Voucher> {
  const v = (await voucherRows(trx).where({ id }).first()) as Row | undefined;
  if (!v) throw new AppError('NOT_FOUND', 'Không tìm thấy chứng từ.', { id });
  if (v.cancelled_at)
    throw new AppError('CONFLICT', `Chứng từ ${String(v.series)}${Number(v.number)} đã huỷ từ trước.`);
  if (!reason.trim()) throw invalid('Cần lý do huỷ.', 'reason');
  await assertYearWritable(trx, Number(v.year));
  await updateRecord(trx, s.record, 'fund_vouchers', id, {
    cancelled_at: new Date().toISOString(),
    cancel_reason: reason.trim(),
  });
  if (takesCash(v.type as VoucherType, v.account as FundAccount, true))
    await assertCashNeverNegative(trx, String(v.date));
  return voucherOut((await voucherRows(trx).where({ id }).first()) as Row);
}

/**
 * A voucher number another PC had already used (a sync 'number' conflict): the voucher takes the next number of its
 * series and year, as posting gives it, so it can reach the server. A transfer's pair number is not checked across
 * PCs (UNIQUE_NUMBERS) and stays. A closed year stays closed: its numbers do not move. Returns the new code ("PT7").
 */
export async function renumberVoucher(trx: Knex.Transaction, ctx: RecordContext, id: string): Promise<string> {
  const v = (await voucherRows(trx).where({ id }).first()) as Row | undefined;
  if (!v) throw new AppError('NOT_FOUND', 'Không tìm thấy chứng từ.', { id });
  const year = Number(v.year);
  await assertYearWritable(trx, year);
  const series = String(v.series) as Series;
  const number = await nextNumber(trx, year, series);
  await updateRecord(trx, ctx, 'fund_vouchers', id, { number });
  return `${series}${number}`;
}

/**
 * Corrections. A payment of an open month is cancelled with its whole pay action (its receipt, the months its
 * advance reached): kept, marked cancelled, never deleted. A closed month is corrected by a dated adjustment
 * (positive or negative, with its reason), which an open month accepts as well.
 */
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, updateRecord } from '../db/records';
import { repostDuesVouchers } from '../funds/dues-posting';
import type { Session } from '../session';
import { assertOpen, monthState } from './lines';
import { today } from './months';
import { livePayments, type Method, paymentOut, type PaymentRow } from './payments';
import { assertMember } from './salaries';

type Row = Record<string, unknown>;

export async function cancelPayment(s: Session, id: string, reason: string): Promise<PaymentRow> {
  await s.db.transaction(async (trx) => {
    const p = (await trx('dues_payments').where({ id }).whereNull('deleted_at').first()) as Row | undefined;
    if (!p) throw new AppError('NOT_FOUND', 'Không tìm thấy khoản nộp này.', { id });
    if (p.cancelled_at) throw new AppError('CONFLICT', 'Khoản nộp này đã bị hủy từ trước.', { id });
    if (p.adjustment)
      throw new AppError('VALIDATION', 'Khoản điều chỉnh không hủy được: hãy ghi một khoản điều chỉnh ngược lại.');
    const batch = p.batch_id ? ((await livePayments(trx).where({ batch_id: p.batch_id })) as Row[]) : [p];
    for (const month of new Set(batch.map((b) => String(b.month)))) assertOpen(await monthState(trx, month));
    const at = new Date().toISOString();
    for (const b of batch)
      await updateRecord(trx, s.record, 'dues_payments', String(b.id), { cancelled_at: at, cancel_reason: reason });
    await repostDuesVouchers(
      trx,
      s,
      batch.map((b) => b.voucher_id as string | null),
      reason,
    );
    await audit(trx, s.record, 'dues.cancelPayment', { type: 'dues_payments', id }, { rows: batch.length });
  });
  return paymentOut((await s.db('dues_payments').where({ id }).first()) as Row);
}

export async function adjust(
  s: Session,
  input: { memberId: string; month: string; amount: number; date?: string; reason: string },
): Promise<PaymentRow> {
  const id = await s.db.transaction(async (trx) => {
    await assertMember(trx, input.memberId);
    const mine = livePayments(trx).where({ member_id: input.memberId, month: input.month });
    const sum = (await mine.clone().sum({ s: 'amount' }).first()) as { s: number | null } | undefined;
    const paid = Number(sum?.s ?? 0);
    if (paid + input.amount < 0)
      throw new AppError('VALIDATION', `Điều chỉnh giảm ${-input.amount} đ lớn hơn số đã nộp của tháng (${paid} đ).`, [
        { path: ['amount'], message: 'Vượt quá số đã nộp' },
      ]);
    // Not posted to the funds books (funds/dues-posting.ts: an adjustment corrects the ledger, it is not money);
    // it keeps the method of the month's last payment for the dues reports.
    const last = (await mine
      .clone()
      .where({ adjustment: false })
      .orderBy('paid_on', 'desc')
      .first('method', 'unit_id')) as Row | undefined;
    const unit = (await trx('members').where({ id: input.memberId }).first('unit_id')) as Row;
    const row = await insertRecord(trx, s.record, 'dues_payments', {
      member_id: input.memberId,
      month: input.month,
      amount: input.amount,
      paid_on: input.date ?? today(),
      method: ((last?.method as Method) ?? 'cash') satisfies Method,
      unit_id: (last?.unit_id as string) ?? (unit.unit_id as string) ?? null,
      batch_id: null,
      receipt_number: null,
      collector: null,
      adjustment: true,
      cancelled_at: null,
      cancel_reason: null,
      note: input.reason,
    });
    await audit(trx, s.record, 'dues.adjust', { type: 'dues_payments', id: String(row.id) }, { month: input.month });
    return String(row.id);
  });
  return paymentOut((await s.db('dues_payments').where({ id }).first()) as Row);
}

/**
 * What a member's receipts for a month say, read from the payments: every live cash payment with a receipt number
 * that reached the month, each with the whole of its batch (one payment the allocation rule split over months is
 * one receipt: its months and its full amount). The group printed is the one the payment was made in.
 */
import type { Knex } from 'knex';
import { AppError } from '../../../shared/errors';
import { monthVi } from '../months';
import type { ReceiptData } from './receipt';

type Row = {
  batch_id: string | null;
  id: string;
  month: string;
  amount: number;
  paid_on: string;
  receipt_number: string;
  collector: string | null;
  unit_id: string | null;
};

export async function memberReceipts(db: Knex, memberId: string, month: string): Promise<ReceiptData[]> {
  const member = (await db('members').whereNull('deleted_at').where({ id: memberId }).first('full_name')) as
    { full_name: string } | undefined;
  if (!member) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId });
  const live = () =>
    db('dues_payments')
      .whereNull('deleted_at')
      .whereNull('cancelled_at')
      .where({ member_id: memberId, method: 'cash', adjustment: false })
      .whereNotNull('receipt_number');
  const numbers = ((await live().where({ month }).distinct('receipt_number')) as { receipt_number: string }[]).map(
    (r) => r.receipt_number,
  );
  if (!numbers.length)
    throw new AppError(
      'NOT_FOUND',
      `Đoàn viên chưa có khoản nộp tiền mặt nào có phiếu thu cho tháng ${monthVi(month)}.`,
      {
        memberId,
        month,
      },
    );
  const rows = (await live()
    .whereIn('receipt_number', numbers)
    .orderBy(['paid_on', 'receipt_number', 'month'])
    .select('batch_id', 'id', 'month', 'amount', 'paid_on', 'receipt_number', 'collector', 'unit_id')) as Row[];
  const unitIds = [...new Set(rows.map((r) => r.unit_id).filter((u): u is string => !!u))];
  const units = new Map(
    ((await db('units').whereIn('id', unitIds).select('id', 'name')) as { id: string; name: string }[]).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const byNumber = new Map<string, ReceiptData>();
  for (const r of rows) {
    const receipt = byNumber.get(r.receipt_number) ?? {
      receiptNumber: r.receipt_number,
      paidOn: r.paid_on,
      payer: member.full_name,
      unit: r.unit_id ? (units.get(r.unit_id) ?? null) : null,
      months: [],
      amount: 0,
      collector: r.collector,
    };
    if (!receipt.months.includes(r.month)) receipt.months.push(r.month);
    receipt.amount += Number(r.amount);
    byNumber.set(r.receipt_number, receipt);
  }
  return [...byNumber.values()].map((r) => ({ ...r, months: r.months.sort() }));
}

/**
 * The payroll-deduction list back from the accountant (the files helper parses and matches it): each row is a
 * payroll payment for the month, allocated by the one rule. Each member's deduction for a month has a stable
 * batch id, so re-importing the same list changes nothing, and a corrected amount replaces the earlier one
 * (cancelled, kept) while the months it reached are open.
 */
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { updateRecord } from '../db/records';
import { repostDuesVouchers } from '../funds/dues-posting';
import type { Session } from '../session';
import { loadDuesData } from './data';
import { assertOpen, closedMonths, monthState } from './lines';
import { monthVi } from './months';
import { livePayments } from './payments';
import { draftMemberPayment, type PaymentDraft, writePayments } from './pay';
import { stableId } from './receipts';
import type { AmountRow } from './salaries';

type Row = Record<string, unknown>;

export interface PayrollResult {
  applied: number;
  unchanged: number;
  total: number;
  rejected: { row: number; reason: string }[];
}

export async function applyPayrollPayments(
  s: Session,
  month: string,
  date: string,
  rows: readonly AmountRow[],
  dryRun = false,
): Promise<PayrollResult> {
  return s.db.transaction(async (trx) => {
    assertOpen(await monthState(trx, month));
    const data = await loadDuesData(trx, [...new Set(rows.map((r) => r.memberId))]);
    const closed = await closedMonths(trx);
    const result: PayrollResult = { applied: 0, unchanged: 0, total: 0, rejected: [] };
    const drafts: PaymentDraft[] = [];
    const cancelled = new Set<string>();
    const replacedVouchers = new Set<string>();
    const at = new Date().toISOString();
    for (const r of rows) {
      if (!data.byId.has(r.memberId)) throw new AppError('NOT_FOUND', `Dòng ${r.row}: không tìm thấy đoàn viên.`);
      const batchId = stableId('payroll', month, r.memberId);
      const earlier = (await livePayments(trx).where({ batch_id: batchId })) as Row[];
      const earlierTotal = earlier.reduce((n, p) => n + Number(p.amount), 0);
      if (earlier.length && earlierTotal === r.amount) {
        result.unchanged++;
        continue;
      }
      const closedMonth = earlier.map((p) => String(p.month)).find((m) => closed.has(m));
      if (closedMonth || cancelled.has(batchId)) {
        result.rejected.push({
          row: r.row,
          reason: closedMonth
            ? `Khoản khấu trừ trước đó đã vào tháng ${monthVi(closedMonth)} (đã khóa sổ): hãy điều chỉnh.`
            : 'Đoàn viên này có hai dòng trong danh sách.',
        });
        continue;
      }
      if (!dryRun) {
        for (const p of earlier)
          await updateRecord(trx, s.record, 'dues_payments', String(p.id), {
            cancelled_at: at,
            cancel_reason: 'Thay bằng danh sách khấu trừ nhập lại',
          });
        for (const p of earlier) if (p.voucher_id) replacedVouchers.add(String(p.voucher_id));
      }
      cancelled.add(batchId);
      result.applied++;
      result.total += r.amount;
      if (!dryRun) drafts.push({ ...(await draftMemberPayment(trx, data, r.memberId, month, r.amount)), batchId });
    }
    // The receipts the replaced deductions were on are re-posted for what remains on them (funds/dues-posting.ts).
    if (!dryRun) await repostDuesVouchers(trx, s, replacedVouchers, 'Thay bằng danh sách khấu trừ nhập lại');
    if (!dryRun && drafts.length) {
      await writePayments(trx, s, drafts, { date, method: 'payroll', note: 'Khấu trừ qua lương' });
      await audit(trx, s.record, 'dues.importPayments', { type: 'dues_payments' }, { month, ...result });
    }
    return result;
  });
}

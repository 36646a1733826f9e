/** The voucher commands a user runs: a voucher typed by hand, and a cancellation with its reason. */
import type { z } from 'zod';
import type { fundsContract } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import type { Session } from '../session';
import { cancelPostedVoucher, postVoucher } from './post';
import { voucherRows } from './vouchers-table';

type AddInput = z.output<(typeof fundsContract.commands)['funds.addVoucher']['input']>;

export async function addVoucher(s: Session, input: AddInput) {
  return s.db.transaction(async (trx) => {
    const v = await postVoucher(trx, s, { ...input, source: 'manual' });
    await audit(trx, s.record, 'funds.addVoucher', { type: 'fund_vouchers', id: v.id }, { code: v.code });
    return v;
  });
}

/** A dues posting follows its payments: it is cancelled by cancelling the payment on the Đoàn phí screen. */
export async function cancelVoucher(s: Session, id: string, reason: string) {
  return s.db.transaction(async (trx) => {
    const row = (await voucherRows(trx).where({ id }).first('source', 'series', 'number')) as
      Record<string, unknown> | undefined;
    if (row?.source === 'dues')
      throw new AppError(
        'VALIDATION',
        `Chứng từ ${String(row.series)}${Number(row.number)} do thu đoàn phí tự ghi: ` +
          'hãy huỷ khoản nộp ở màn hình Đoàn phí, chứng từ sẽ được ghi lại theo.',
      );
    const v = await cancelPostedVoucher(trx, s, id, reason);
    await audit(trx, s.record, 'funds.cancelVoucher', { type: 'fund_vouchers', id }, { code: v.code, reason });
    return v;
  });
}

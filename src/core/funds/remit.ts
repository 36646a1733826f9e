/**
 * The remittance to the upper level: its share (100 − duesCdcsPercent) of the dues collected with payment dates in a
 * range, recorded as a `nop-cap-tren` payment only when the user records it, never automatically. A range that
 * overlaps one already remitted is refused (VALIDATION, so the CLI exits 4; cancel the earlier voucher first).
 */
import { REMIT_CATEGORY } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import { formatDateVi } from '../../shared/text/format';
import { audit } from '../audit/audit';
import { getSettings } from '../settings/settings';
import type { Session } from '../session';
import { assertRange } from './book';
import { duesCollected } from './dues-posting';
import { postVoucher } from './post';
import { type FundAccount, voucherRows } from './vouchers-table';

type Db = Session['db'];
type Row = Record<string, unknown>;

async function overlapping(db: Db, from: string, to: string) {
  const rows = (await voucherRows(db).where({ source: 'remit' }).whereNull('cancelled_at')) as Row[];
  return rows
    .filter((r) => {
      const [a, b] = String(r.source_ref ?? '').split('..');
      return a && b && a <= to && b >= from;
    })
    .map((r) => ({ id: String(r.id), code: `${String(r.series)}${Number(r.number)}`, amount: Number(r.amount) }));
}

export async function remitPreview(db: Db, from: string, to: string) {
  assertRange(from, to);
  const collected = await duesCollected(db, from, to);
  const { duesCdcsPercent } = await getSettings(db);
  // The same rounding as the dues report's split: the CĐCS share is rounded, the upper level gets the rest.
  const amount = collected - Math.round((collected * duesCdcsPercent) / 100);
  return { collected, percent: 100 - duesCdcsPercent, amount, alreadyRemitted: await overlapping(db, from, to) };
}

export async function remit(s: Session, input: { from: string; to: string; account: FundAccount; date: string }) {
  return s.db.transaction(async (trx) => {
    const p = await remitPreview(trx, input.from, input.to);
    if (p.alreadyRemitted.length)
      throw new AppError(
        'VALIDATION',
        `Khoảng ngày này đã nộp cấp trên (${p.alreadyRemitted.map((r) => r.code).join(', ')}): ` +
          'hãy huỷ chứng từ đó trước nếu muốn ghi lại.',
        { vouchers: p.alreadyRemitted },
      );
    if (p.amount <= 0)
      throw new AppError(
        'VALIDATION',
        'Không có đoàn phí thu được trong khoảng ngày này: không có gì để nộp cấp trên.',
      );
    const v = await postVoucher(trx, s, {
      type: 'payment',
      account: input.account,
      date: input.date,
      amount: p.amount,
      category: REMIT_CATEGORY,
      description:
        `Nộp đoàn phí lên công đoàn cấp trên: ${p.percent}% số thu từ ${formatDateVi(input.from)} ` +
        `đến ${formatDateVi(input.to)}`,
      party: 'Công đoàn cấp trên',
      source: 'remit',
      sourceRef: `${input.from}..${input.to}`,
    });
    await audit(trx, s.record, 'funds.remit', { type: 'fund_vouchers', id: v.id }, { ...input, amount: p.amount });
    return { id: v.id, code: v.code, amount: v.amount };
  });
}

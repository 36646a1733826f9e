/**
 * `dues.pay`: one member's payment (allocated by allocate.ts), or a whole group paying what each still owes for
 * the month (with exceptions). Every row keeps the member's group, the method and the payment date, so the funds
 * books can post one receipt per group per day (issue 15); a cash payment gets its receipt number.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { duesContract } from '../../shared/dues-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { BatchInserter } from '../db/records';
import { uuidv7 } from '../db/ids';
import { postDuesReceipts } from '../funds/dues-posting';
import type { Session } from '../session';
import { allocate, owingAhead } from './allocate';
import { type DuesData, loadDuesData } from './data';
import { assertOpen, deriveLines, loadUnits, monthState, unitScope } from './lines';
import { today } from './months';
import { type Method, paidSums, paymentOut, type PaymentRow } from './payments';
import { receiptCounter } from './receipts';

type PayInput = z.output<(typeof duesContract.commands)['dues.pay']['input']>;

export interface PaymentDraft {
  memberId: string;
  unitId: string | null;
  parts: { month: string; amount: number }[];
  /** A stable batch id (a payroll import) or none (a new one is made). */
  batchId?: string;
}

export interface WriteOptions {
  date: string;
  method: Method;
  collector?: string | null;
  note?: string | null;
}

/** Writes payments, one batch per member (one receipt number each for cash), and returns their rows. */
export async function writePayments(
  trx: Knex.Transaction,
  s: Session,
  drafts: readonly PaymentDraft[],
  opts: WriteOptions,
): Promise<PaymentRow[]> {
  const next = opts.method === 'cash' ? await receiptCounter(trx, opts.date.slice(0, 4)) : null;
  // The funds books: one receipt voucher per union group for this pay action, which each row names.
  const voucherOf = await postDuesReceipts(trx, s, drafts, opts);
  const batch = new BatchInserter(s.record);
  const out: PaymentRow[] = [];
  try {
    for (const d of drafts) {
      const batchId = d.batchId ?? uuidv7();
      const receipt = next ? next() : null;
      for (const part of d.parts) {
        const row = batch.add('dues_payments', {
          member_id: d.memberId,
          month: part.month,
          amount: part.amount,
          paid_on: opts.date,
          method: opts.method,
          unit_id: d.unitId,
          batch_id: batchId,
          receipt_number: receipt,
          collector: opts.collector ?? null,
          adjustment: false,
          cancelled_at: null,
          cancel_reason: null,
          note: opts.note ?? null,
          voucher_id: voucherOf(d.unitId) ?? null,
        });
        out.push(paymentOut(row));
      }
      if (batch.pending >= 5000) await batch.flush(trx);
    }
    await batch.finish(trx);
  } catch (err) {
    await batch.abandon();
    throw err;
  }
  return out;
}

export function memberOrThrow(data: DuesData, memberId: string) {
  const m = data.byId.get(memberId);
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId });
  return m;
}

/** One member's payment of `amount` for `month`, allocated: the month first, then the following months. */
export async function draftMemberPayment(
  trx: Knex.Transaction,
  data: DuesData,
  memberId: string,
  month: string,
  amount: number,
): Promise<PaymentDraft> {
  const m = memberOrThrow(data, memberId);
  const parts = allocate(amount, await owingAhead(trx, data, memberId, month));
  return { memberId, unitId: m.unitId, parts };
}

/** What each member of the scope still owes for the month, except those named. */
async function draftGroupPayment(trx: Knex.Transaction, input: PayInput): Promise<PaymentDraft[]> {
  const data = await loadDuesData(trx);
  const scope = unitScope(await loadUnits(trx), input.unitId);
  for (const id of input.except ?? []) memberOrThrow(data, id);
  const except = new Set(input.except ?? []);
  const paid = await paidSums(trx, input.month);
  const drafts: PaymentDraft[] = [];
  for (const l of deriveLines(data, input.month)) {
    if (except.has(l.memberId) || (scope && (l.unitId === null || !scope.has(l.unitId)))) continue;
    const owing = l.due - (paid.get(l.memberId) ?? 0);
    if (owing <= 0) continue;
    drafts.push({ memberId: l.memberId, unitId: l.unitId, parts: [{ month: input.month, amount: owing }] });
  }
  return drafts;
}

export async function pay(s: Session, input: PayInput) {
  return s.db.transaction(async (trx) => {
    assertOpen(await monthState(trx, input.month));
    const drafts = input.all
      ? await draftGroupPayment(trx, input)
      : [
          await draftMemberPayment(
            trx,
            await loadDuesData(trx, [input.memberId as string]),
            input.memberId as string,
            input.month,
            input.amount as number,
          ),
        ];
    const opts = { date: input.date ?? today(), method: input.method, collector: input.collector, note: input.note };
    const payments = await writePayments(trx, s, drafts, opts);
    const total = payments.reduce((n, p) => n + p.amount, 0);
    await audit(
      trx,
      s.record,
      'dues.pay',
      { type: 'dues_payments' },
      {
        month: input.month,
        members: drafts.length,
        total,
        method: input.method,
      },
    );
    return { payments, total, members: drafts.length };
  });
}

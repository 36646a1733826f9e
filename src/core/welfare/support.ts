/**
 * Support paid to members (ốm đau, hiếu, hỷ, thai sản, Tết, Mái ấm Công đoàn, tai nạn…): the support row and its
 * payment voucher (category `cham-lo`, a description naming the kind and the member) are written in ONE
 * transaction through the funds' postVoucher, so a support is never recorded without its money leaving the books
 * (and a refused voucher, e.g. beyond the cash balance or in a closed year, records no support). The voucher is
 * the truth of the payment: cancelling it shows the support as cancelled.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Support, welfareContract } from '../../shared/welfare-contract';
import { audit } from '../audit/audit';
import { uuidv7 } from '../db/ids';
import { insertRecord } from '../db/records';
import { postVoucher } from '../funds/post';
import type { Session } from '../session';
import { SUPPORT_KIND_LABELS } from './labels';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;
type AddInput = z.output<(typeof welfareContract.commands)['welfare.addSupport']['input']>;

/** The spending category support is paid from (Chăm lo, bảo vệ đoàn viên và người lao động). */
export const SUPPORT_CATEGORY = 'cham-lo';

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** "Chi hỗ trợ ốm đau cho đoàn viên Nguyễn Văn An (QĐ 12/QĐ-CĐCS)": what the voucher and the book print. */
export function supportDescription(kind: AddInput['kind'], memberName: string, decision?: string | null): string {
  const base = `Chi hỗ trợ ${SUPPORT_KIND_LABELS[kind]} cho đoàn viên ${memberName}`;
  return decision ? `${base} (${decision})` : base;
}

function supportOut(r: Row): Support {
  return {
    id: String(r.id),
    memberId: String(r.member_id),
    memberName: String(r.member_name).normalize('NFC'),
    kind: r.kind as Support['kind'],
    date: String(r.date),
    amount: Number(r.amount),
    decision: str(r.decision),
    documentId: str(r.document_id),
    note: str(r.note),
    voucher: {
      id: String(r.voucher_id),
      code: `${String(r.voucher_series)}${Number(r.voucher_number)}`,
      account: r.voucher_account as Support['voucher']['account'],
    },
    cancelled: r.voucher_cancelled_at !== null && r.voucher_cancelled_at !== undefined,
  };
}

function supportRows(db: Db) {
  return db('welfare_support as s')
    .join('members as m', 'm.id', 's.member_id')
    .join('fund_vouchers as v', 'v.id', 's.voucher_id')
    .whereNull('s.deleted_at')
    .select(
      's.*',
      'm.full_name as member_name',
      'v.series as voucher_series',
      'v.number as voucher_number',
      'v.account as voucher_account',
      'v.cancelled_at as voucher_cancelled_at',
    );
}

export async function listSupports(
  db: Db,
  f: { memberId?: string; from?: string; to?: string; id?: string },
): Promise<Support[]> {
  let q = supportRows(db);
  if (f.id) q = q.where('s.id', f.id);
  if (f.memberId) q = q.where('s.member_id', f.memberId);
  if (f.from) q = q.where('s.date', '>=', f.from);
  if (f.to) q = q.where('s.date', '<=', f.to);
  const rows = (await q.orderBy('s.date').orderBy('s.created_at').orderBy('s.id')) as Row[];
  return rows.map(supportOut);
}

export async function addSupport(s: Session, input: AddInput): Promise<Support> {
  const id = await s.db.transaction(async (trx) => {
    const m = (await trx('members').whereNull('deleted_at').where({ id: input.memberId }).first('full_name')) as
      Row | undefined;
    if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId: input.memberId });
    const name = String(m.full_name).normalize('NFC');
    const decision = input.decision?.normalize('NFC') || null;
    const id = uuidv7();
    const voucher = await postVoucher(trx, s, {
      type: 'payment',
      account: input.account ?? 'cash',
      date: input.date,
      amount: input.amount,
      category: SUPPORT_CATEGORY,
      description: supportDescription(input.kind, name, decision),
      memberId: input.memberId,
      documentId: input.documentId ?? null,
      source: 'welfare',
      sourceRef: id,
    });
    await insertRecord(trx, s.record, 'welfare_support', {
      id,
      member_id: input.memberId,
      kind: input.kind,
      date: input.date,
      amount: input.amount,
      decision,
      document_id: input.documentId ?? null,
      note: input.note?.normalize('NFC') || null,
      voucher_id: voucher.id,
    });
    await audit(
      trx,
      s.record,
      'welfare.addSupport',
      { type: 'welfare_support', id },
      { kind: input.kind, amount: input.amount, voucher: voucher.code },
    );
    return id;
  });
  return (await listSupports(s.db, { id }))[0];
}

/** Exempt periods per member (sickness, maternity, unpaid leave, unemployment…): no dues, never arrears. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { exemption } from '../../shared/dues-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { assertMember } from './salaries';

type Row = Record<string, unknown>;
export type Exemption = z.infer<typeof exemption>;

const exemptionOut = (r: Row): Exemption => ({
  id: String(r.id),
  memberId: String(r.member_id),
  fromMonth: String(r.from_month),
  toMonth: String(r.to_month),
  reason: r.reason as Exemption['reason'],
  note: (r.note as string) ?? null,
});

export async function listExemptions(db: Knex, memberId?: string): Promise<Exemption[]> {
  let q = db('dues_exemptions').whereNull('deleted_at');
  if (memberId) q = q.where({ member_id: memberId });
  return ((await q.orderBy('from_month').orderBy('id')) as Row[]).map(exemptionOut);
}

export async function setExemption(
  s: Session,
  input: { id?: string; memberId: string; fromMonth: string; toMonth: string; reason: string; note?: string | null },
): Promise<Exemption> {
  const id = await s.db.transaction(async (trx) => {
    await assertMember(trx, input.memberId);
    const values = {
      member_id: input.memberId,
      from_month: input.fromMonth,
      to_month: input.toMonth,
      reason: input.reason,
      note: input.note ?? null,
    };
    let id = input.id;
    if (id) {
      const found = await trx('dues_exemptions').where({ id }).whereNull('deleted_at').first('id');
      if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy thời gian miễn đóng này.', { id });
      await updateRecord(trx, s.record, 'dues_exemptions', id, values);
    } else id = String((await insertRecord(trx, s.record, 'dues_exemptions', values)).id);
    await audit(trx, s.record, 'dues.setExemption', { type: 'dues_exemptions', id });
    return id;
  });
  return exemptionOut((await s.db('dues_exemptions').where({ id }).first()) as Row);
}

export async function deleteExemption(s: Session, id: string): Promise<{ ok: true }> {
  await s.db.transaction(async (trx) => {
    if (!(await softDeleteRecord(trx, s.record, 'dues_exemptions', id)))
      throw new AppError('NOT_FOUND', 'Không tìm thấy thời gian miễn đóng này.', { id });
    await audit(trx, s.record, 'dues.deleteExemption', { type: 'dues_exemptions', id });
  });
  return { ok: true };
}

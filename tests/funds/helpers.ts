/**
 * A real core (SQLCipher vault in a temp folder) for the funds tests, with `fundsProbe.*`: test-only commands that
 * reach postVoucher/cancelPostedVoucher inside a write transaction, as the dues and welfare domains call them.
 */
import { z } from 'zod';
import { cancelPostedVoucher, postVoucher } from '../../src/core/funds/post';
import { insertRecord } from '../../src/core/db/records';
import { defineModule } from '../../src/core/module';
import { voucher } from '../../src/shared/funds-contract';
import { call, initCore } from '../helpers/core';

export { call, callErr } from '../helpers/core';

const postInput = z.object({
  type: z.enum(['receipt', 'payment', 'transfer']),
  account: z.enum(['cash', 'bank']),
  date: z.string(),
  amount: z.number(),
  category: z.string().optional(),
  description: z.string(),
  memberId: z.string().optional(),
  party: z.string().optional(),
  source: z.enum(['manual', 'dues', 'welfare', 'remit']),
  sourceRef: z.string().optional(),
});

const probe = defineModule({
  name: 'funds-probe',
  contract: {
    commands: {
      'fundsProbe.post': { input: postInput, output: voucher },
      /** Marks a year closed the way funds.closeYear leaves it (the lock is what postVoucher reads). */
      'fundsProbe.lockYear': { input: z.object({ year: z.number() }), output: z.object({ year: z.number() }) },
      'fundsProbe.cancel': { input: z.object({ id: z.string(), reason: z.string() }), output: voucher },
    },
  },
  commands: {
    'fundsProbe.post': {
      mode: 'write',
      handler: async (i, ctx) => ctx.session().db.transaction((trx) => postVoucher(trx, ctx.session(), i)),
    },
    'fundsProbe.lockYear': {
      mode: 'write',
      handler: async ({ year }, ctx) => {
        const s = ctx.session();
        await s.db.transaction((trx) =>
          insertRecord(trx, s.record, 'fund_years', { year, closed_at: new Date().toISOString() }),
        );
        return { year };
      },
    },
    'fundsProbe.cancel': {
      mode: 'write',
      handler: async (i, ctx) =>
        ctx.session().db.transaction((trx) => cancelPostedVoucher(trx, ctx.session(), i.id, i.reason)),
    },
  },
});

export const cccd = (n: number) => `0790860${String(n).padStart(5, '0')}`;

/** A core with the probe and `names` as members of one group "Tổ văn phòng"; returns their ids. */
export async function fundsCore(names: string[] = []) {
  const { core } = await initCore({ modules: [probe] });
  await call(core, 'units.save', { name: 'Tổ văn phòng' });
  const ids: string[] = [];
  for (const [i, fullName] of names.entries()) {
    const m = await call(core, 'members.add', {
      fullName,
      idNumber: cccd(i + 1),
      joinedOn: '2020-01-01',
      unit: 'Tổ văn phòng',
    });
    ids.push(m.id as string);
  }
  return { core, ids };
}

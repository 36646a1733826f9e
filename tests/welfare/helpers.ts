/**
 * A real core (SQLCipher vault in a temp folder) with a small register for the welfare and report tests: two
 * union groups (Tổ cắt inside Tổ may, and Tổ hoàn thiện beside them) and members with known dates, genders and flags.
 */
import { z } from 'zod';
import type { Core } from '../../src/core';
import { insertRecord } from '../../src/core/db/records';
import { cancelPostedVoucher, postVoucher } from '../../src/core/funds/post';
import { voucherOut } from '../../src/core/funds/vouchers-table';
import { defineModule } from '../../src/core/module';
import { voucher } from '../../src/shared/funds-contract';
import { call, initCore } from '../helpers/core';

export { call, callErr } from '../helpers/core';
export { pdfText, readXlsx, sheetValues, squash } from '../dues/files/read-back';

export const cccd = (n: number) => `0010900${String(n).padStart(5, '0')}`;

export interface Person {
  fullName: string;
  unit?: string;
  joinedOn?: string;
  gender?: 'male' | 'female';
  dateOfBirth?: string;
  hazardousWork?: boolean | null;
  partyMember?: boolean;
  ethnicity?: string;
  positions?: { title: string; from?: string; to?: string }[];
}

export interface WelfareEnv {
  core: Core;
  /** Member ids by full name. */
  ids: Record<string, string>;
  units: { may: string; cat: string; hoanThien: string };
}

/**
 * `welfareProbe.*`: test-only commands reaching the funds' own functions (the same ones the funds commands use) to
 * put money in a book, read or cancel a voucher and lock a year, without depending on the funds commands.
 */
const probe = defineModule({
  name: 'welfare-probe',
  contract: {
    commands: {
      'welfareProbe.receipt': {
        input: z.object({ account: z.enum(['cash', 'bank']), date: z.string(), amount: z.number() }),
        output: voucher,
      },
      'welfareProbe.voucher': { input: z.object({ id: z.string() }), output: voucher },
      'welfareProbe.cancel': { input: z.object({ id: z.string(), reason: z.string() }), output: voucher },
      'welfareProbe.lockYear': { input: z.object({ year: z.number() }), output: z.object({ year: z.number() }) },
    },
  },
  commands: {
    'welfareProbe.receipt': {
      mode: 'write',
      handler: async (i, ctx) =>
        ctx.session().db.transaction((trx) =>
          postVoucher(trx, ctx.session(), {
            ...i,
            type: 'receipt',
            category: 'kpcd',
            description: 'Kinh phí công đoàn',
            source: 'manual',
          }),
        ),
    },
    'welfareProbe.voucher': {
      mode: 'read',
      handler: async ({ id }, ctx) => voucherOut(await ctx.session().db('fund_vouchers').where({ id }).first()),
    },
    'welfareProbe.cancel': {
      mode: 'write',
      handler: async (i, ctx) =>
        ctx.session().db.transaction((trx) => cancelPostedVoucher(trx, ctx.session(), i.id, i.reason)),
    },
    'welfareProbe.lockYear': {
      mode: 'write',
      handler: async ({ year }, ctx) => {
        const s = ctx.session();
        await s.db.transaction((trx) =>
          insertRecord(trx, s.record, 'fund_years', { year, closed_at: new Date().toISOString() }),
        );
        return { year };
      },
    },
  },
});

export async function welfareCore(people: Person[]): Promise<WelfareEnv> {
  const { core } = await initCore({ modules: [probe] });
  const may = await call(core, 'units.save', { name: 'Tổ may' });
  const cat = await call(core, 'units.save', { name: 'Tổ cắt', parentId: may.id });
  const hoanThien = await call(core, 'units.save', { name: 'Tổ hoàn thiện' });
  const ids: Record<string, string> = {};
  for (const [i, p] of people.entries()) {
    const m = await call(core, 'members.add', { ...p, idNumber: cccd(i + 1), joinedOn: p.joinedOn ?? '2020-01-01' });
    ids[p.fullName] = m.id;
  }
  return { core, ids, units: { may: may.id, cat: cat.id, hoanThien: hoanThien.id } };
}

export const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

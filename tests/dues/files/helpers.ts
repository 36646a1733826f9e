/** A real core with a small register for the dues files tests: two union groups, members with CCCD and codes. */
import { z } from 'zod';
import { defineModule } from '../../../src/core/module';
import type { CoreOptions } from '../../../src/core';
import { readPayroll } from '../../../src/core/dues/files/read-payroll';
import { call, initCore } from '../../helpers/core';

export { call, callErr } from '../../helpers/core';

/** A 12-digit CCCD from a small number (province 001), so tests name members by it. */
export const cccd = (n: number) => `0012030${String(n).padStart(5, '0')}`;

/** Test-only: the parse and the match of a payroll sheet, as the import handlers run them before applying. */
const probe = defineModule({
  name: 'dues-files-probe',
  contract: {
    commands: {
      'probe.payrollMatch': {
        input: z.object({ fileName: z.string(), base64: z.string(), kind: z.enum(['salary', 'payment']) }),
        output: z.any(),
      },
    },
  },
  commands: {
    'probe.payrollMatch': {
      mode: 'read',
      handler: ({ fileName, base64, kind }, ctx) => readPayroll(ctx.session().db, fileName, base64, kind),
    },
  },
});

export const PEOPLE = [
  { fullName: 'Nguyễn Văn An', idNumber: cccd(1), employeeCode: 'NV001', unit: 'Tổ may' },
  { fullName: 'Trần Thị Bình', idNumber: cccd(2), employeeCode: 'NV002', unit: 'Tổ may' },
  { fullName: 'Lê Văn Cường', memberCode: 'DV-0003', unit: 'Tổ cắt' },
  { fullName: 'Phạm Thị Dung', idNumber: cccd(4), employeeCode: 'NV004', unit: 'Tổ cắt' },
  { fullName: 'Hoàng Văn Em', idNumber: cccd(5), employeeCode: 'NV004', unit: 'Tổ cắt' },
  { fullName: 'Vũ Thị Giang', idNumber: cccd(6), employeeCode: 'NV006', unit: 'Tổ may' },
];

export async function duesCore(extra: NonNullable<CoreOptions['modules']> = []) {
  const { core } = await initCore({ modules: [probe, ...extra] });
  const may = await call(core, 'units.save', { name: 'Tổ may' });
  const cat = await call(core, 'units.save', { name: 'Tổ cắt' });
  const ids: Record<string, string> = {};
  for (const p of PEOPLE) {
    const m = await call(core, 'members.add', { ...p, joinedOn: '2020-01-15' });
    ids[p.fullName] = m.id;
  }
  return { core, ids, units: { may: may.id as string, cat: cat.id as string } };
}

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
  await call(core, 'org.update', {
    name: 'Công đoàn cơ sở Công ty TNHH May Thử Nghiệm',
    upperLevelName: 'Công đoàn Khu công nghiệp Thử Nghiệm',
    place: 'Hà Nội',
    chairName: 'Nguyễn Thị Hà',
  });
  const may = await call(core, 'units.save', { name: 'Tổ may' });
  const cat = await call(core, 'units.save', { name: 'Tổ cắt' });
  const ids: Record<string, string> = {};
  for (const p of PEOPLE) {
    const m = await call(core, 'members.add', { ...p, joinedOn: '2020-01-15' });
    ids[p.fullName] = m.id;
  }
  return { core, ids, units: { may: may.id as string, cat: cat.id as string } };
}

/** The accountant's salary sheet for January 2026 (row 10: a person not in the register). */
export const SALARIES = [
  ['BẢNG LƯƠNG ĐÓNG BẢO HIỂM XÃ HỘI THÁNG 01/2026'],
  [],
  ['STT', 'Họ và tên', 'CCCD', 'Mã NV', 'Mã đoàn viên', 'Lương đóng BHXH'],
  [1, 'Nguyễn Văn An', cccd(1), 'NV001', null, 7_250_000],
  [2, 'Trần Thị Bình', cccd(2), 'NV002', null, '6.500.000'],
  [3, 'Lê Văn Cường', null, null, 'DV-0003', '9,000,000 đ'],
  [4, 'Phạm Thị Dung', cccd(4), null, null, 5_000_000],
  [5, 'Hoàng Văn Em', cccd(5), 'NV004', null, 4_800_000],
  [6, 'Vũ Thị Giang', cccd(6), 'NV006', null, 50_000_000],
  [7, 'Người Lạ', cccd(77), null, null, 5_000_000],
  ['Tổng cộng', null, null, null, null, 87_550_000],
];

/**
 * A real core (SQLCipher vault in a temp folder) with a small register for the dues tests: two groups (Tổ cắt
 * inside Tổ may) and members with known dates joined and salaries. `dues.probe.*`: test-only commands reaching the
 * core functions the files helper calls with the session (applySalaryRows, applyPayrollPayments).
 */
import { z } from 'zod';
import { applyPayrollPayments, applySalaryRows } from '../../src/core/dues/api';
import { defineModule } from '../../src/core/module';
import { call, initCore } from '../helpers/core';

export { call, callErr } from '../helpers/core';

const amountRows = z.array(z.object({ row: z.number(), memberId: z.string(), amount: z.number() }));

const probe = defineModule({
  name: 'dues-probe',
  contract: {
    commands: {
      'duesProbe.salaryRows': {
        input: z.object({ fromMonth: z.string(), rows: amountRows, dryRun: z.boolean() }),
        output: z.object({ applied: z.number(), unchanged: z.number() }),
      },
      'duesProbe.payrollRows': {
        input: z.object({ month: z.string(), date: z.string(), rows: amountRows, dryRun: z.boolean() }),
        output: z.object({
          applied: z.number(),
          unchanged: z.number(),
          total: z.number(),
          rejected: z.array(z.object({ row: z.number(), reason: z.string() })),
        }),
      },
    },
  },
  commands: {
    'duesProbe.salaryRows': {
      mode: 'write',
      handler: async (i, ctx) => applySalaryRows(ctx.session(), i.fromMonth, i.rows, i.dryRun),
    },
    'duesProbe.payrollRows': {
      mode: 'write',
      handler: async (i, ctx) => applyPayrollPayments(ctx.session(), i.month, i.date, i.rows, i.dryRun),
    },
  },
});

export const cccd = (n: number) => `0790850${String(n).padStart(5, '0')}`;

export interface Person {
  fullName: string;
  unit?: string;
  joinedOn?: string;
  duesSalary?: number | null;
  employeeCode?: string;
}

export async function duesCore(people: Person[]) {
  const { core } = await initCore({ modules: [probe] });
  const may = await call(core, 'units.save', { name: 'Tổ may' });
  const cat = await call(core, 'units.save', { name: 'Tổ cắt', parentId: may.id });
  const ids: string[] = [];
  for (const [i, p] of people.entries()) {
    const m = await call(core, 'members.add', {
      fullName: p.fullName,
      idNumber: cccd(i + 1),
      joinedOn: p.joinedOn ?? '2020-01-01',
      duesSalary: p.duesSalary ?? null,
      employeeCode: p.employeeCode,
      unit: p.unit,
    });
    ids.push(m.id);
  }
  return { core, ids, units: { may: may.id as string, cat: cat.id as string } };
}

/** A member's line of a month's compute, by member id. */
export async function lineOf(core: Parameters<typeof call>[0], month: string, memberId: string) {
  const r = await call(core, 'dues.compute', { month });
  return (
    r.members as { memberId: string; due: number; basis: number | null; exempt: boolean; capped: boolean }[]
  ).find((l) => l.memberId === memberId);
}

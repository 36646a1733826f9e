/** A core with a small register for the meetings tests: two groups (one inside the other), a BCH, others. */
import { z } from 'zod';
import { defineModule, type DomainModule } from '../../src/core/module';
import { call, initCore } from '../helpers/core';

export { call, callErr } from '../helpers/core';

export interface Register {
  core: Awaited<ReturnType<typeof initCore>>['core'];
  /** Member ids by full name. */
  ids: Record<string, string>;
  units: Record<string, string>;
}

/** A 12-digit CCCD from a small number, so tests can name members by idNumber. */
export const cccd = (n: number) => `0012030${String(n).padStart(5, '0')}`;

const BCH = { title: 'Ủy viên', body: 'BCH', term: '2025–2030', from: '2025-06-01' };

/** A test-only read command: the entities the sync outbox holds rows for, and how many each. */
const outboxProbe = defineModule({
  name: 'outbox-probe',
  contract: {
    commands: {
      'probe.outbox': { input: z.object({}).strict(), output: z.record(z.string(), z.number().int()) },
    },
  },
  commands: {
    'probe.outbox': {
      mode: 'read',
      async handler(_input, ctx) {
        const rows = (await ctx.session().db('outbox').groupBy('entity').select('entity').count({ n: '*' })) as {
          entity: string;
          n: number;
        }[];
        return Object.fromEntries(rows.map((r) => [r.entity, Number(r.n)]));
      },
    },
  },
});

export async function registerCore(modules: DomainModule[] = []): Promise<Register> {
  const { core } = await initCore({ modules: [outboxProbe, ...modules] });
  const may = await call(core, 'units.save', { name: 'Tổ may' });
  const cat = await call(core, 'units.save', { name: 'Tổ cắt', parentId: may.id });
  const people: [string, string | null, boolean][] = [
    ['Nguyễn Văn An', may.id, true],
    ['Trần Thị Bình', may.id, false],
    ['Lê Văn Cường', cat.id, true],
    ['Phạm Thị Dung', cat.id, false],
    ['Hoàng Văn Em', null, true],
    ['Vũ Thị Giang', null, false],
  ];
  const ids: Record<string, string> = {};
  for (const [i, [fullName, unitId, bch]] of people.entries()) {
    const m = await call(core, 'members.add', { fullName, idNumber: cccd(i + 1), positions: bch ? [BCH] : [] });
    if (unitId) await call(core, 'members.update', { id: m.id, unit: unitId === may.id ? 'Tổ may' : 'Tổ cắt' });
    ids[fullName] = m.id;
  }
  // A former BCH member: the position ended before the meetings of these tests.
  await call(core, 'members.update', {
    id: ids['Vũ Thị Giang'],
    positions: [{ ...BCH, term: '2020–2025', from: '2020-06-01', to: '2025-05-31' }],
  });
  return { core, ids, units: { may: may.id, cat: cat.id } };
}

/** A core with a small register for the meetings tests: two groups (one inside the other), a BCH, others. */
import { z } from 'zod';
import { defineModule } from '../../src/core/module';
import type { CoreOptions } from '../../src/core';
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

/** `extra`: test-only modules, e.g. a command reaching a core function with the session. */
export async function registerCore(extra: NonNullable<CoreOptions['modules']> = []): Promise<Register> {
  const { core } = await initCore({ modules: [outboxProbe, ...extra] });
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

/** A BCH meeting of the register above with every part of a record: the minutes and resolution tests print it. */
export const BCH_MEETING = {
  kind: 'bch',
  title: 'Họp Ban Chấp hành định kỳ tháng 02/2026',
  startsAt: '2026-02-05T14:00',
  endsAt: '2026-02-05T16:30',
  place: 'Phòng họp tầng 2',
  chair: { idNumber: cccd(1) },
  secretary: { name: 'Trần Thị Mai' },
  invitees: [{ bch: true }, { idNumber: cccd(2) }, { idNumber: cccd(4) }, { idNumber: cccd(6) }],
  attendance: [
    { member: { idNumber: cccd(1) }, state: 'present' },
    { member: { idNumber: cccd(3) }, state: 'present' },
    { member: { idNumber: cccd(6) }, state: 'present' },
    { member: { idNumber: cccd(4) }, state: 'proxy', proxy: { idNumber: cccd(1) } },
    { member: { idNumber: cccd(5) }, state: 'absent', reason: 'Đi công tác' },
    { member: { idNumber: cccd(2) }, state: 'excused', reason: 'Nghỉ phép năm' },
  ],
  agenda: [
    {
      title: 'Đánh giá hoạt động tháng 01/2026',
      presenter: 'Nguyễn Văn An',
      opinions: [
        { speaker: 'Lê Văn Cường', text: 'Nhất trí với báo cáo.' },
        { speaker: 'Vũ Thị Giang', text: 'Đề nghị bổ sung số liệu đoàn viên mới.' },
      ],
      conclusion: 'Ban Chấp hành nhất trí với báo cáo.',
    },
    {
      title: 'Kế hoạch kỷ niệm Ngày Quốc tế Phụ nữ 8/3',
      opinions: [{ speaker: 'Nguyễn Văn An', text: 'Kinh phí 15.000.000 đồng là hợp lý.' }],
      conclusion: 'Giao Ban Nữ công hoàn thiện kế hoạch.',
    },
  ],
  motions: [
    { text: 'Thông qua báo cáo tháng 01/2026', for: 3, against: 1, abstain: 0, rule: 'twoThirds' },
    { text: 'Thông qua kế hoạch 8/3', for: 2, against: 1, abstain: 1 },
  ],
};

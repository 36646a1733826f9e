/** A workers' conference convening a whole large group: more members than one SQLite statement may bind. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, initCore } from '../helpers/core';

let core: Awaited<ReturnType<typeof initCore>>['core'];
beforeAll(async () => {
  ({ core } = await initCore());
});
afterAll(async () => {
  await core.close();
});

it('convenes every active member of a 1,200-member group once', async () => {
  for (let i = 0; i < 1200; i++) await call(core, 'members.add', { fullName: `Người Lao Động ${i}`, unit: 'Xưởng 1' });
  const { id } = await call(core, 'meetings.create', {
    kind: 'workers-conference',
    title: 'Hội nghị người lao động năm 2026',
    startsAt: '2026-01-20T07:30',
    invitees: [{ unit: 'Xưởng 1' }, { unit: 'xuong 1' }],
  });
  const { figures } = await call(core, 'meetings.get', { id });
  expect(figures.convened).toBe(1200);
  expect(figures.presentText).toBe('Có mặt 0/1200');
}, 60_000);

/** A conference of 2,000 invitees: one Giấy mời with the list as an appendix, 2,000 .ics, a few MB in all. */
import mammoth from 'mammoth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, initCore } from '../helpers/core';

let core: Awaited<ReturnType<typeof initCore>>['core'];
beforeAll(async () => {
  ({ core } = await initCore());
  await call(core, 'org.update', { upperLevelName: 'LĐLĐ quận 1', place: 'TP. Hồ Chí Minh', chairName: 'Lê Văn A' });
});
afterAll(async () => {
  await core.close();
});

it('invites 2,000 members: unique file names, about 1 KB per .ics', async () => {
  for (let i = 0; i < 2000; i++) await call(core, 'members.add', { fullName: `Người Lao Động ${i}`, unit: 'Xưởng 1' });
  const { id } = await call(core, 'meetings.create', {
    kind: 'workers-conference',
    title: 'Hội nghị người lao động năm 2026',
    startsAt: '2026-01-20T07:30',
    place: 'Hội trường',
    invitees: [{ unit: 'Xưởng 1' }],
  });
  const t0 = Date.now();
  const { files } = await call<{ files: { fileName: string; base64: string }[] }>(core, 'meetings.invitations', {
    id,
    format: 'pdf',
  });
  const ms = Date.now() - t0;
  expect(files).toHaveLength(2001);
  expect(new Set(files.map((f) => f.fileName)).size).toBe(2001);
  const ics = files.slice(1).map((f) => Buffer.from(f.base64, 'base64').length);
  expect(Math.max(...ics)).toBeLessThan(2048);
  const total = files.reduce((n, f) => n + f.base64.length, 0);
  expect(total).toBeLessThan(20 * 1024 * 1024);
  // Two tables of 1,000 (the engine's bound is 2,000 rows), numbered on: the last row is 2000.
  const docx = await call<{ files: { base64: string }[] }>(core, 'meetings.invitations', { id, format: 'docx' });
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.files[0].base64, 'base64') })).value;
  for (const no of ['1000', '1001', '2000']) expect(text).toMatch(new RegExp(`\\n${no}\\s+Người Lao Động \\d+`));
  expect(text).toContain('Người Lao Động 1999');
  console.info(`2,000 invitations: ${ms} ms, ${(total / 1024 / 1024).toFixed(1)} MB base64`);
}, 180_000);

/** An audience past SQLite's 500-value chunks: every active member once, tokens made for all in one snapshot. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, SAMPLE_MD } from './helpers';

const N = 1200;
let reg: Register;
beforeAll(async () => {
  reg = await bulletinCore();
  for (let i = 0; i < N; i++)
    await call(reg.core, 'members.add', {
      fullName: `Đoàn Viên Số ${i}`,
      email: `dv${i}@example.vn`,
      emailConsent: i % 10 === 0 ? false : true,
      unit: i % 2 ? 'Tổ may' : 'Tổ cắt',
    });
}, 300_000);
afterAll(async () => reg.core.close());

describe('a large audience', () => {
  it('resolves every member once, with the skip counts, and a token each', { timeout: 120_000 }, async () => {
    const count = await call(reg.core, 'audiences.count', { audience: { all: true, unitIds: [reg.units.may] } });
    // The register's 6 (4 mailed, 1 no email, 1 refused) plus N (a tenth refused).
    expect(count).toEqual({
      recipients: 4 + N - N / 10,
      skipped: { noEmail: 1, noConsent: 1 + N / 10, unsubscribed: 0, bounced: 0 },
    });
    const { id } = await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD });
    const snap = await call(reg.core, 'probe.snapshot', { bulletinId: id, audience: { all: true } });
    expect(snap.recipients).toHaveLength(count.recipients);
    const tokens = new Set(snap.recipients.map((r: { unsubscribeToken: string }) => r.unsubscribeToken));
    expect(tokens.size).toBe(count.recipients);
    expect(new Set(snap.recipients.map((r: { email: string }) => r.email)).size).toBe(count.recipients);
  });
});

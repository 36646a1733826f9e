/**
 * The payments projection keeps totals by difference; this checks it against a recomputation from scratch after
 * random pushes (new payments, amounts changed, moved to another month, cancelled, restored, deleted, months
 * closed), so a wrong sign or a forgotten old value cannot hide.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeFrozen } from '../../../src/core/dues/frozen';
import { addOrg, openTestServerDb, project, row, type TestServerDb } from './db';

let db: TestServerDb;
beforeAll(async () => {
  db = await openTestServerDb();
});
afterAll(() => db.close());

const MEMBERS = ['m1', 'm2', 'm3'];
const MONTHS = ['2026-09', '2026-10', '2026-11'];

const paymentEdit = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
  member: fc.constantFrom(...MEMBERS),
  month: fc.constantFrom(...MONTHS),
  amount: fc.integer({ min: -20_000, max: 60_000 }),
  cancelled: fc.boolean(),
  deleted: fc.boolean(),
});
const closeMonth = fc.record({
  month: fc.constantFrom(...MONTHS),
  dues: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 3, maxLength: 3 }),
});
const push = fc.oneof(
  fc.array(paymentEdit, { minLength: 1, maxLength: 6 }).map((edits) => ({ kind: 'payments' as const, edits })),
  closeMonth.map((c) => ({ kind: 'close' as const, ...c })),
);

type Totals = Record<string, { owed: number; collected: number; owing: number }>;

async function stored(orgId: string): Promise<Totals> {
  const rows = (await db.ctx.knex('dash_months').where({ org_id: orgId })) as Record<string, unknown>[];
  return Object.fromEntries(
    rows
      .filter((r) => Number(r.closed) || Number(r.collected))
      .map((r) => [
        String(r.month),
        { owed: Number(r.owed), collected: Number(r.collected), owing: Number(r.owing_members) },
      ]),
  );
}

let orgNo = 0;
it('month totals by difference equal a recomputation from scratch', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(push, { minLength: 1, maxLength: 8 }), async (pushes) => {
      const orgId = `org-${++orgNo}`;
      await addOrg(db.ctx, orgId, orgId);
      const payments = new Map<string, { member: string; month: string; amount: number; live: boolean }>();
      const lines = new Map<string, number[]>();
      for (const p of pushes) {
        if (p.kind === 'close') {
          lines.set(p.month, p.dues);
          const frozen = MEMBERS.map((memberId, i) => ({
            memberId,
            unitId: null,
            basis: null,
            due: p.dues[i]!,
            extra: 0,
            exempt: false,
            capped: false,
          }));
          await project(db.ctx, orgId, [
            row('dues_months', `dm-${p.month}`, {
              month: p.month,
              closed_at: 'x',
              lines: { b64: encodeFrozen(frozen, null).toString('base64') },
            }),
          ]);
          continue;
        }
        const last = new Map(p.edits.map((e) => [e.id, e])); // one push carries a row once, as merged
        for (const e of last.values())
          payments.set(e.id, { member: e.member, month: e.month, amount: e.amount, live: !e.cancelled && !e.deleted });
        await project(
          db.ctx,
          orgId,
          [...last.values()].map((e) =>
            row(
              'dues_payments',
              e.id,
              {
                member_id: e.member,
                month: e.month,
                amount: e.amount,
                cancelled_at: e.cancelled ? '2026-12-01' : null,
              },
              e.deleted ? '2026-12-01T00:00:00Z' : null,
            ),
          ),
        );
      }
      const expected: Totals = {};
      for (const month of MONTHS) {
        const dues = lines.get(month);
        const paid = MEMBERS.map((m) =>
          [...payments.values()]
            .filter((p) => p.live && p.member === m && p.month === month)
            .reduce((n, p) => n + p.amount, 0),
        );
        const collected = [...payments.values()]
          .filter((p) => p.live && p.month === month)
          .reduce((n, p) => n + p.amount, 0);
        if (!dues && !collected) continue;
        expected[month] = {
          owed: dues ? dues.reduce((a, b) => a + b, 0) : 0,
          collected,
          owing: dues ? dues.filter((d, i) => d > 0 && paid[i]! < d).length : 0,
        };
      }
      expect(await stored(orgId)).toEqual(expected);
    }),
    { numRuns: 60 },
  );
});

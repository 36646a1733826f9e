/**
 * A one-off measurement (not a test, not in the suite): `npx tsx tests/server/dashboard/scale.ts [orgs] [members]`.
 * Fills a SQLite server database with ORGS CĐCS × MEMBERS members and 12 closed months with payments through the
 * projections, then times orgReport and dashboardFigures, and the projections' share of 1000-row pushes.
 */
import { performance } from 'node:perf_hooks';
import { encodeFrozen } from '../../../src/core/dues/frozen';
import { dashboardFigures } from '../../../src/server/dashboard/figures';
import { orgReport } from '../../../src/server/dashboard/report';
import { addDevice, addOrg, member, openTestServerDb, project, row } from './db';

const ORGS = Number(process.argv[2] ?? 50);
const MEMBERS = Number(process.argv[3] ?? 2000);
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

const db = await openTestServerDb('2026-12-20T03:00:00.000Z');
let projectMs = 0;
let pushes = 0;
const timed = async (orgId: string, rows: Parameters<typeof project>[2]) => {
  const t = performance.now();
  await project(db.ctx, orgId, rows);
  projectMs += performance.now() - t;
  pushes++;
};
const t0 = performance.now();
for (let o = 0; o < ORGS; o++) {
  const orgId = `org-${o}`;
  await addOrg(db.ctx, orgId, `CĐCS số ${o}`);
  await addDevice(db.ctx, orgId, o % 7 ? '2026-12-19T00:00:00.000Z' : null);
  const ids = Array.from({ length: MEMBERS }, (_, i) => `0193${o.toString(16).padStart(4, '0')}-m-${i}`);
  for (let i = 0; i < ids.length; i += 1000)
    await timed(
      orgId,
      ids.slice(i, i + 1000).map((id, k) => member(id, { gender: k % 2 ? 'female' : 'male', joined_on: '2024-05-01' })),
    );
  for (const month of MONTHS) {
    const lines = ids.map((memberId) => ({
      memberId,
      unitId: null,
      basis: null,
      due: 60_000,
      extra: 0,
      exempt: false,
      capped: false,
    }));
    await timed(orgId, [
      row('dues_months', `dm-${o}-${month}`, {
        month,
        closed_at: `${month}-28T00:00:00Z`,
        lines: { b64: encodeFrozen(lines, null).toString('base64') },
      }),
    ]);
    const payers = ids.filter((_, i) => (i + o + Number(month.slice(5))) % 10 !== 0);
    for (let i = 0; i < payers.length; i += 1000)
      await timed(
        orgId,
        payers
          .slice(i, i + 1000)
          .map((m) =>
            row('dues_payments', `p-${m}-${month}`, { member_id: m, month, amount: 60_000, cancelled_at: null }),
          ),
      );
  }
}
const fill = performance.now() - t0;
const time = async <T>(f: () => Promise<T>) => {
  const t = performance.now();
  const out = await f();
  return { ms: Math.round(performance.now() - t), out };
};
const report = await time(() => orgReport(db.ctx));
const report2 = await time(() => orgReport(db.ctx));
const figures = await time(() => dashboardFigures(db.ctx));
const figures2 = await time(() => dashboardFigures(db.ctx));
console.log(
  JSON.stringify({
    orgs: ORGS,
    members: ORGS * MEMBERS,
    fillMs: Math.round(fill),
    pushes,
    projectionMsPerPush: Math.round((projectMs / pushes) * 10) / 10,
    reportMs: [report.ms, report2.ms],
    dashboardFiguresMs: [figures.ms, figures2.ms],
    sampleOrg: report.out.orgs[0],
    unpaidLong: figures.out.orgs.reduce((n, o) => n + o.unpaidLong, 0),
    anomalies: figures.out.anomalies.length,
  }),
);
await db.close();

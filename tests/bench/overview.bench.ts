/**
 * Tổng quan on 50,000 members (40 union groups, 24 months of dues payments; the dues bench's register): overview.get's
 * aggregate queries beside a bare knex read of the member rows that a naive overview would load and count in JS.
 */
import { overviewReport } from '../../src/core/overview/overview';
import { register } from './dues.bench';
import { median, round, timeIt, type Suite } from './util';

export const overviewBench: Suite = async () => {
  const { db } = await register();
  const asOf = '2026-12-07';
  const first = await timeIt(() => overviewReport(db, asOf));
  const ours: number[] = [];
  const bare: number[] = [];
  let report: Awaited<ReturnType<typeof overviewReport>> | null = null;
  for (let i = 0; i < 7; i++) {
    const timeOurs = async () => void ours.push(await timeIt(async () => (report = await overviewReport(db, asOf))));
    const timeBare = async () =>
      void bare.push(
        await timeIt(() =>
          db('members').whereNull('deleted_at').select('id', 'status', 'gender', 'unit_id', 'joined_on'),
        ),
      );
    for (const step of i % 2 ? [timeOurs, timeBare] : [timeBare, timeOurs]) await step();
  }
  await db.destroy();
  return {
    overview_50k: {
      members: (report as Awaited<ReturnType<typeof overviewReport>> | null)?.members.total,
      first_ms: round(first),
      uniondesk_overview_ms: round(median(ours)),
      bare_knex_load_members_ms: round(median(bare)),
      ratio: round(median(ours) / median(bare)),
      note: 'ours = every figure of Tổng quan (statuses, women, groups, year, documents, dues) aggregated in SQLite',
    },
  };
};

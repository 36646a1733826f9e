/**
 * The dashboard's projections: the push (src/server/sync) calls each with the rows it merged, inside its
 * transaction. Each one is a few multi-row upserts keyed by the rows' ids (no read of sync_rows, no JSON parse of
 * other rows), so a 1000-row push costs a handful of statements more.
 */
import type { Knex } from 'knex';
import type { Projection, ProjectedRow } from '../sync/projections';
import { duesMonthsProjection } from './dues-projections';
import { duesPaymentsProjection } from './payments-projection';
import { isoDate, text, upsert } from './db-util';

const of = (rows: readonly ProjectedRow[], entity: string) => rows.filter((r) => r.entity === entity);

/** Members: status, gender, admission date and whether the row is deleted (the counts need nothing else). */
export const membersProjection: Projection = {
  entities: ['members'],
  async apply(trx: Knex.Transaction, orgId: string, rows: readonly ProjectedRow[]) {
    const out = of(rows, 'members').map((r) => ({
      org_id: orgId,
      member_id: r.id,
      status: text(r.data.status, 32),
      gender: text(r.data.gender, 16),
      joined_on: isoDate(r.data.joined_on),
      deleted: r.deletedAt ? 1 : 0,
    }));
    await upsert(trx, 'dash_members', ['org_id', 'member_id'], out, ['status', 'gender', 'joined_on', 'deleted']);
  },
};

/** Status events: "left this year" counts leaving events dated in the year, as the PC's Tổng quan does. */
export const statusEventsProjection: Projection = {
  entities: ['member_status_events'],
  async apply(trx: Knex.Transaction, orgId: string, rows: readonly ProjectedRow[]) {
    const out = of(rows, 'member_status_events').flatMap((r) => {
      const memberId = text(r.data.member_id);
      if (!memberId) return [];
      return [
        {
          org_id: orgId,
          event_id: r.id,
          member_id: memberId,
          to_status: text(r.data.to_status, 32),
          date: isoDate(r.data.date),
          deleted: r.deletedAt ? 1 : 0,
        },
      ];
    });
    await upsert(trx, 'dash_status_events', ['org_id', 'event_id'], out, ['member_id', 'to_status', 'date', 'deleted']);
  },
};

/** Every projection of the dashboard, for `PROJECTIONS` in src/server/sync/projections.ts. */
export const DASHBOARD_PROJECTIONS: readonly Projection[] = [
  membersProjection,
  statusEventsProjection,
  duesMonthsProjection,
  duesPaymentsProjection,
];

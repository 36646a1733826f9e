/** The dashboard's server settings, one row each in `dash_settings` (set by the admin, read by the dashboard). */
import { z } from 'zod';
import type { ServerContext } from '../context';

const DROP_POINTS = 'drop_points';
/** A month's collection rate this many points below the month before is shown as an anomaly. */
export const DEFAULT_DROP_POINTS = 10;

export const dropPoints = z.number().min(0.1).max(100);

export async function getDropPoints(ctx: ServerContext): Promise<number> {
  const row = (await ctx.knex('dash_settings').where({ key: DROP_POINTS }).first('value')) as
    { value: string } | undefined;
  const parsed = dropPoints.safeParse(row ? Number(row.value) : NaN);
  return parsed.success ? parsed.data : DEFAULT_DROP_POINTS;
}

/** For the admin CLI (`uniondesk-server dashboard --drop-points N`); refuses a value outside 0.1–100. */
export async function setDropPoints(ctx: ServerContext, value: number): Promise<void> {
  const points = dropPoints.parse(value);
  await ctx
    .knex('dash_settings')
    .insert({ key: DROP_POINTS, value: String(points) })
    .onConflict('key')
    .merge(['value']);
}

import type { Knex } from 'knex';
import { appSettings, type AppSettings } from '../../shared/contract';
import { insertRecord, type RecordContext, updateRecord } from '../db/records';

export const DEFAULT_SETTINGS: AppSettings = {
  backupKeep: 10,
  emailOptInRequired: false,
  meetingQuorum: {
    congress: 'twoThirds',
    bch: 'twoThirds',
    standing: 'twoThirds',
    'workers-conference': 'none',
    group: 'none',
    other: 'none',
  },
};

export async function getSettings(db: Knex): Promise<AppSettings> {
  const rows = (await db('settings').whereNull('deleted_at').select('key', 'value')) as {
    key: string;
    value: string;
  }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value);
  // Unknown or invalid stored values fall back to defaults instead of breaking start-up.
  const parsed = appSettings.partial().safeParse(stored);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function updateSettings(db: Knex, ctx: RecordContext, patch: Partial<AppSettings>): Promise<AppSettings> {
  await db.transaction(async (trx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const row = (await trx('settings').where({ key }).first()) as { id: string } | undefined;
      if (row) await updateRecord(trx, ctx, 'settings', row.id, { value: JSON.stringify(value), deleted_at: null });
      else await insertRecord(trx, ctx, 'settings', { key, value: JSON.stringify(value) });
    }
  });
  return getSettings(db);
}

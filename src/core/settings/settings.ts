import type { Knex } from 'knex';
import type { z } from 'zod';
import { appSettings, type AppSettings } from '../../shared/contract';
import { DEFAULT_DOCUMENT_TEXTS } from '../../shared/settings-contract';
import { insertRecord, type RecordContext, updateRecord } from '../db/records';

export const DEFAULT_SETTINGS: AppSettings = {
  backupKeep: 10,
  idleLockMinutes: 15,
  emailOptInRequired: false,
  meetingQuorum: {
    congress: 'twoThirds',
    bch: 'twoThirds',
    standing: 'twoThirds',
    'workers-conference': 'none',
    group: 'none',
    other: 'none',
  },
  duesCdcsPercent: 70,
  duesArrearsLevels: [
    { months: 6, label: 'Khiển trách' },
    { months: 9, label: 'Cảnh cáo' },
    { months: 12, label: 'Khai trừ' },
  ],
  duesLedgerStart: null,
  documentTexts: DEFAULT_DOCUMENT_TEXTS,
  fundsSigners: { accountant: '', cashier: '' },
};

export async function getSettings(db: Knex): Promise<AppSettings> {
  const rows = (await db('settings').whereNull('deleted_at').select('key', 'value')) as {
    key: string;
    value: string;
  }[];
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const shape = appSettings.shape as Record<string, z.ZodType>;
  // Key by key: an unknown or invalid stored value (an older or newer build wrote it) falls back to its default
  // alone, instead of resetting every other setting or breaking start-up.
  for (const r of rows) {
    if (!Object.prototype.hasOwnProperty.call(shape, r.key)) continue;
    let value: unknown;
    try {
      value = JSON.parse(r.value);
    } catch {
      continue;
    }
    const parsed = shape[r.key].safeParse(value);
    if (parsed.success) out[r.key] = parsed.data;
  }
  return out as AppSettings;
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

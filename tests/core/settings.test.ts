/**
 * Stored settings are read key by key: one unreadable or invalid value (written by an older or newer build) falls
 * back to its own default and leaves every other setting as stored.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { DEFAULT_SETTINGS, getSettings } from '../../src/core/settings/settings';
import { tempDir } from '../helpers/core';

it('keeps the valid settings when another stored one is invalid or unreadable', async () => {
  const db = await openDatabase({ file: path.join(tempDir(), 's.db'), key: Buffer.alloc(32, 7) });
  try {
    await db.schema.createTable('settings', (t) => {
      t.string('key');
      t.text('value');
      t.string('deleted_at').nullable();
    });
    await db('settings').insert([
      { key: 'backupKeep', value: '3' },
      { key: 'emailOptInRequired', value: 'true' },
      { key: 'meetingQuorum', value: JSON.stringify({ bch: 'most' }) }, // not a rule this build knows
      { key: 'futureSetting', value: '1' },
    ]);
    expect(await getSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      backupKeep: 3,
      emailOptInRequired: true,
    });
    await db('settings').where({ key: 'emailOptInRequired' }).update({ value: '{not json' });
    expect((await getSettings(db)).backupKeep).toBe(3);
    expect((await getSettings(db)).emailOptInRequired).toBe(false);
  } finally {
    await db.destroy();
  }
});

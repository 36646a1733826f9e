/**
 * The shared sync lists (src/shared/sync-entities.ts, read by the server, which never imports the core) agree with
 * the modules' declarations and with a real vault's schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleModules } from '../../../src/core/assemble';
import { BUILTIN_MODULES } from '../../../src/core/modules';
import type { Session } from '../../../src/core/session';
import { columnsOf } from '../../../src/core/sync/cells';
import { LONG_TEXT_COLUMNS, NATURAL_KEYS, SYNCED_ENTITIES, UNIQUE_NUMBERS } from '../../../src/shared/sync-entities';
import { openVault } from './vault';

let s: Session;
beforeAll(async () => {
  s = await openVault();
}, 60_000);
afterAll(async () => {
  await s?.close();
});

describe('sync entities', () => {
  it('SYNCED_ENTITIES is exactly the tables the modules declare sync', () => {
    const { tables } = assembleModules(BUILTIN_MODULES);
    const declared = [...tables].filter(([, t]) => t.sync === 'sync').map(([name]) => name);
    expect([...SYNCED_ENTITIES].sort()).toEqual(declared.sort());
  });

  it('every synced table exists with the columns every synced row carries', async () => {
    for (const entity of SYNCED_ENTITIES) {
      const cols = await columnsOf(s.db, entity);
      expect(cols, entity).not.toBeNull();
      for (const c of ['id', 'created_at', 'updated_at', 'deleted_at'])
        expect(cols!.has(c), `${entity}.${c}`).toBe(true);
    }
  });

  it('the unique numbers, long texts and natural keys name real columns of synced tables', async () => {
    const named: [string, readonly string[]][] = [
      ...Object.entries(UNIQUE_NUMBERS).flatMap(([e, rules]) =>
        rules.map((r) => [e, [...r.columns, ...(r.sharedBy ? [r.sharedBy] : [])]] as [string, readonly string[]]),
      ),
      ...Object.entries(LONG_TEXT_COLUMNS),
      ...Object.entries(NATURAL_KEYS),
    ];
    for (const [entity, columns] of named) {
      expect(SYNCED_ENTITIES as readonly string[], entity).toContain(entity);
      const cols = (await columnsOf(s.db, entity))!;
      for (const c of columns) expect(cols.has(c), `${entity}.${c}`).toBe(true);
    }
  });
});

/** A real SQLCipher vault (a Session on a temp file, every migration) for the sync engine's own tests. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_TABLES, MIGRATIONS } from '../../../src/core/modules';
import { Session } from '../../../src/core/session';
import { uuidv7 } from '../../../src/core/db/ids';
import type { IncomingRow } from '../../../src/core/sync';

export async function openVault(): Promise<Session> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-sync-'));
  const { session } = await Session.open(
    path.join(dir, 'db.sqlite'),
    crypto.randomBytes(32),
    uuidv7(),
    undefined,
    MIGRATIONS,
    LOCAL_TABLES,
  );
  return session;
}

let millis = Date.parse('2026-01-01T00:00:00.000Z');
/** An HLC of another PC, later than the previous one this helper made. */
export function hlcOf(node = 'otherpc', at?: number): string {
  const ms = at ?? (millis += 1000);
  return `${new Date(ms).toISOString()}-0000-${node}`;
}

/** A protocol-shaped change of another PC: every column gets the same HLC. */
export function change(entity: string, id: string, fields: IncomingRow['fields'], hlc = hlcOf()): IncomingRow {
  return { entity, id, fields, hlcs: Object.fromEntries(Object.keys(fields).map((k) => [k, hlc])) };
}

export const memberFields = (name: string) => ({
  full_name: name,
  sort_key: name.toLowerCase(),
  status: 'active',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  deleted_at: null,
});

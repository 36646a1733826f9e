/**
 * The one `sync_state` row: this PC's registration (server, CĐCS, device, token), the cursor and the mutation
 * numbering. The token is read here and handed only to the HTTP client; nothing that leaves the core carries it.
 */
import type { Knex } from 'knex';
import { insertRecord, updateRecord, type RecordContext, type Row } from '../db/records';

type Db = Knex | Knex.Transaction;

export interface SyncState {
  id: string;
  serverUrl: string | null;
  orgId: string | null;
  orgName: string | null;
  deviceId: string | null;
  token: string | null;
  cursor: number;
  lastMutationId: number;
  lastSyncAt: string | null;
  autoMinutes: number;
  lastError: { code: string; message: string; at: string } | null;
  /** The latest HLC pulled (the clock starts after it at each unlock). */
  maxHlc: string | null;
  /** A restore was detected: unsent rows were numbered again, and this device's own changes are re-applied. */
  renumber: boolean;
}

const EMPTY: Omit<SyncState, 'id'> = {
  serverUrl: null,
  orgId: null,
  orgName: null,
  deviceId: null,
  token: null,
  cursor: 0,
  lastMutationId: 0,
  lastSyncAt: null,
  autoMinutes: 0,
  lastError: null,
  maxHlc: null,
  renumber: false,
};

const COLUMNS: Record<keyof Omit<SyncState, 'id'>, string> = {
  serverUrl: 'server_url',
  orgId: 'org_id',
  orgName: 'org_name',
  deviceId: 'server_device_id',
  token: 'token',
  cursor: 'cursor',
  lastMutationId: 'last_mutation_id',
  lastSyncAt: 'last_sync_at',
  autoMinutes: 'auto_minutes',
  lastError: 'last_error',
  maxHlc: 'max_hlc',
  renumber: 'renumber',
};

function fromRow(r: Row): SyncState {
  return {
    id: String(r.id),
    serverUrl: (r.server_url as string | null) ?? null,
    orgId: (r.org_id as string | null) ?? null,
    orgName: (r.org_name as string | null) ?? null,
    deviceId: (r.server_device_id as string | null) ?? null,
    token: (r.token as string | null) ?? null,
    cursor: Number(r.cursor ?? 0),
    lastMutationId: Number(r.last_mutation_id ?? 0),
    lastSyncAt: (r.last_sync_at as string | null) ?? null,
    autoMinutes: Number(r.auto_minutes ?? 0),
    lastError: r.last_error ? (JSON.parse(String(r.last_error)) as SyncState['lastError']) : null,
    maxHlc: (r.max_hlc as string | null) ?? null,
    renumber: Boolean(r.renumber),
  };
}

/** The state (an unregistered PC reads as all empty, with no row yet). */
export async function readState(db: Db): Promise<SyncState> {
  const r = (await db('sync_state').whereNull('deleted_at').orderBy('created_at').first()) as Row | undefined;
  return r ? fromRow(r) : { id: '', ...EMPTY };
}

export const isRegistered = (s: SyncState): s is SyncState & { serverUrl: string; token: string; deviceId: string } =>
  Boolean(s.serverUrl && s.token && s.deviceId);

/** Writes the given fields (the row is created on the first write). */
export async function writeState(db: Db, ctx: RecordContext, patch: Partial<Omit<SyncState, 'id'>>): Promise<void> {
  const values: Row = {};
  for (const [k, v] of Object.entries(patch) as [keyof typeof COLUMNS, unknown][]) {
    values[COLUMNS[k]] =
      k === 'lastError' ? (v === null ? null : JSON.stringify(v)) : k === 'renumber' ? (v ? 1 : 0) : v;
  }
  const current = await readState(db);
  if (current.id) await updateRecord(db, ctx, 'sync_state', current.id, values);
  else await insertRecord(db, ctx, 'sync_state', { ...values });
}

/** Forgets the server: the token and the registration go; the auto-sync setting and the clock's floor stay. */
export async function clearRegistration(db: Db, ctx: RecordContext): Promise<void> {
  const { autoMinutes, maxHlc } = await readState(db);
  await writeState(db, ctx, { ...EMPTY, autoMinutes, maxHlc });
}

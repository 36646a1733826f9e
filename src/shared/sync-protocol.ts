/**
 * The wire protocol between a CĐCS's UnionDesk and its upper-level union's server (`src/server`), versioned and
 * validated with zod on both ends. Pure TypeScript: the core's sync client and the server both import it.
 *
 * Shape (Replicache's push/pull with Actual Budget's since-cursor):
 * - a device registers once with a one-time code and gets a long random bearer token;
 * - push: the device's outbox as mutations numbered 1, 2, 3… per device; at or below the server's last number for
 *   the device they are skipped (a retry after a lost response is a no-op), a gap is a 409;
 * - pull: the CĐCS's change log after a cursor, in server sequence order; a cursor older than the compaction
 *   horizon is a 410 and the client reads a snapshot, then replays its own outbox;
 * - per-column last-writer-wins by HLC (`src/core/db/hlc.ts` strings sort in causal order).
 */
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;

/** Limits both ends agree on (the server refuses more with 413). */
export const SYNC_LIMITS = {
  maxMutationsPerPush: 1000,
  maxBodyBytes: 8 * 1024 * 1024,
  maxPullLimit: 5000,
  defaultPullLimit: 1000,
  /** A mutation whose HLC is this far ahead of the server's clock is refused (CLOCK_AHEAD). */
  maxClockAheadMs: 10 * 60 * 1000,
} as const;

const hlc = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9a-zA-Z]{1,32}$/);
const entityName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/);
const rowId = z.string().min(1).max(64);
/**
 * A column's value as SQLite holds it: text, number, null (booleans travel as 0/1); a BLOB (a meeting file, a
 * voucher scan) as `{ b64 }`.
 */
export const cellValue = z.union([
  z.string().max(4_000_000),
  z.number(),
  z.null(),
  z.object({ b64: z.string().max(30_000_000) }).strict(),
]);
export type CellValue = z.infer<typeof cellValue>;

/** A column name as the PCs' schema has them (also what a record key must look like on the wire). */
const COLUMN = /^[a-z][a-z0-9_]{0,62}$/;
const MAX_TEXT = 4_000_000;
const MAX_B64 = 30_000_000;

/** The same values `cellValue` accepts, checked without building a copy. */
function isCell(v: unknown): boolean {
  if (v === null || typeof v === 'number') return true;
  if (typeof v === 'string') return v.length <= MAX_TEXT;
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  const b64 = (v as { b64?: unknown }).b64;
  return keys.length === 1 && typeof b64 === 'string' && b64.length <= MAX_B64;
}

const isHlcText = (v: unknown) => typeof v === 'string' && v.length <= 64;

/**
 * column → value, checked in one pass and passed through as it is. A page of a thousand changes holds some forty
 * thousand of these values: zod's generic record of a union walked and copied each one, a large part of a page's
 * time on the PC and of a push's on the server.
 */
function columnRecord<T>(isValue: (v: unknown) => boolean, what: string) {
  return z.custom<Record<string, T>>(
    (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
      const record = v as Record<string, unknown>;
      for (const k in record) if (Object.hasOwn(record, k) && (!COLUMN.test(k) || !isValue(record[k]))) return false;
      return true;
    },
    { message: `${what}: tên cột hoặc giá trị không hợp lệ` },
  );
}
const cellRecord = columnRecord<CellValue>(isCell, 'fields');
const hlcRecord = columnRecord<string>(isHlcText, 'hlcs');

// ---------- registration ----------
export const registerRequest = z.object({
  protocolVersion: z.number().int(),
  code: z.string().min(4).max(64),
  /** The PC's name as the upper level sees it in `device list` ("Máy chủ tịch"). */
  deviceName: z.string().max(200).default(''),
});
export const registerResponse = z.object({
  deviceId: z.string(),
  /** Shown once; the server keeps only its hash. */
  token: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  /** Whether the server already holds rows for this CĐCS (members or documents): the first sync must then ask. */
  serverHasData: z.boolean(),
});

// ---------- push ----------
export const mutation = z.object({
  /** 1, 2, 3… per device, assigned by the device when it first sends the outbox row; never reused. */
  mutationId: z.number().int().positive(),
  entity: entityName,
  id: rowId,
  /** column → value of the columns this change wrote; a delete is `{ deleted_at: "…" }`. */
  fields: cellRecord,
  hlc,
});
export type Mutation = z.infer<typeof mutation>;

export const pushRequest = z.object({
  protocolVersion: z.number().int(),
  schemaVersion: z.number().int().nonnegative(),
  deviceId: z.string(),
  /** The last server sequence this device had pulled when it made these changes: tells a concurrent long-text edit. */
  baseCursor: z.number().int().nonnegative().default(0),
  mutations: z.array(mutation).max(SYNC_LIMITS.maxMutationsPerPush),
});
export type PushRequest = z.infer<typeof pushRequest>;

export const REJECT_CODES = [
  /** A number that must be unique across the CĐCS's PCs (document, receipt, voucher) is taken by another row. */
  'NUMBER_CLASH',
  /** The HLC is more than 10 minutes ahead of the server's clock. */
  'CLOCK_AHEAD',
  /** An entity the server does not sync, or a row that belongs to another CĐCS. */
  'FORBIDDEN_ENTITY',
  'FOREIGN_ROW',
  'INVALID',
] as const;
export const rejectCode = z.enum(REJECT_CODES);

export const rejection = z.object({
  mutationId: z.number().int(),
  entity: z.string(),
  id: z.string(),
  code: rejectCode,
  /** Vietnamese, for the user. */
  message: z.string(),
  /** NUMBER_CLASH: the row that holds the number. */
  clashWith: z.string().optional(),
});
export type Rejection = z.infer<typeof rejection>;

export const pushResponse = z.object({
  /** The highest mutation id of this device the server has (accepted, skipped as duplicate or rejected). */
  lastMutationId: z.number().int().nonnegative(),
  /** Mutations of this request newly applied (not skipped as already seen). */
  accepted: z.number().int().nonnegative(),
  rejected: z.array(rejection),
  /** The CĐCS's log head after this push. */
  cursor: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponse>;

/** 409 body: the mutations do not follow the server's last id for this device. */
export const gapResponse = z.object({
  error: z.literal('MUTATION_GAP'),
  message: z.string(),
  lastMutationId: z.number().int().nonnegative(),
});

// ---------- pull ----------
export const change = z.object({
  /** Server sequence number within the CĐCS's log (the cursor). */
  seq: z.number().int().positive(),
  entity: z.string(),
  id: z.string(),
  /** The columns this change won, with their values. */
  fields: cellRecord,
  /** The mutation's HLC: every column of a change is one write (a snapshot row has an HLC per column instead). */
  hlc: z.string().max(64),
  /** The device that wrote it (a device skips its own changes coming back). */
  deviceId: z.string(),
});
export type Change = z.infer<typeof change>;

/**
 * A long text (a document's body) written on two PCs concurrently: the winner is in the log as usual, the losing
 * version comes as a conflict copy the user sees and may restore.
 */
export const conflictCopy = z.object({
  seq: z.number().int().positive(),
  entity: z.string(),
  id: z.string(),
  column: z.string(),
  /** The losing value. */
  value: cellValue,
  hlc: z.string(),
  deviceId: z.string(),
  at: z.string(),
});
export type ConflictCopy = z.infer<typeof conflictCopy>;

export const pullResponse = z.object({
  changes: z.array(change),
  conflicts: z.array(conflictCopy).default([]),
  nextCursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponse>;

/** 410 body: the cursor is older than what the server still keeps; read `/v1/sync/snapshot`. */
export const goneResponse = z.object({
  error: z.literal('CURSOR_COMPACTED'),
  message: z.string(),
  horizon: z.number().int().nonnegative(),
});

// ---------- snapshot (after a 410, or a first download) ----------
export const snapshotRow = z.object({
  entity: z.string(),
  id: z.string(),
  fields: cellRecord,
  hlcs: hlcRecord,
});
export const snapshotResponse = z.object({
  rows: z.array(snapshotRow),
  /** Pass back as `after` for the next page; null when done. */
  next: z.string().nullable(),
  /** The log head the snapshot is consistent with: the cursor to pull from afterwards. */
  cursor: z.number().int().nonnegative(),
});
export type SnapshotResponse = z.infer<typeof snapshotResponse>;

// ---------- state ----------
export const stateResponse = z.object({
  deviceId: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  lastMutationId: z.number().int().nonnegative(),
  cursor: z.number().int().nonnegative(),
  horizon: z.number().int().nonnegative(),
  serverHasData: z.boolean(),
  /** The server's clock, ISO 8601: the client warns when its own is far off. */
  serverTime: z.string(),
});

/** Any non-2xx answer: `error` a stable code, `message` in Vietnamese. */
export const errorResponse = z.object({ error: z.string(), message: z.string() });
export const ERROR_CODES = {
  unauthorized: 'UNAUTHORIZED', // 401: no/unknown token
  revoked: 'DEVICE_REVOKED', // 401
  badCode: 'CODE_INVALID', // 401: unknown, used or expired registration code
  protocol: 'PROTOCOL_VERSION', // 400
  invalid: 'INVALID_BODY', // 400
  tooLarge: 'TOO_LARGE', // 413
  rate: 'RATE_LIMITED', // 429
  wrongDevice: 'WRONG_DEVICE', // 403: body deviceId is not the token's
} as const;

/**
 * Đồng bộ's part of the contract: this PC and the upper-level union's server. The token never crosses it (it
 * stays in the encrypted database); the renderer sees the server's address, the CĐCS's name and the counts.
 */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';
import { jobRef } from './jobs-contract';

/** http(s) only; a path prefix is allowed (a server behind a reverse proxy at /uniondesk). */
export const serverUrl = z
  .string()
  .trim()
  .max(500)
  .regex(
    /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/,
    'Địa chỉ máy chủ phải có dạng https://… (không kèm tên đăng nhập hay tham số)',
  );

/** What the first sync does when both this PC and the server hold the CĐCS's data. */
export const firstSyncChoice = z.enum(['upload', 'download', 'merge']);
export type FirstSyncChoice = z.infer<typeof firstSyncChoice>;

export const syncStatus = z.object({
  registered: z.boolean(),
  server: z.string().nullable(),
  orgName: z.string().nullable(),
  deviceId: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  /** Outbox rows the server has not accepted yet. */
  pending: z.number().int().nonnegative(),
  /** Conflict copies and number clashes waiting for the user. */
  conflicts: z.number().int().nonnegative(),
  /** 0: only by hand. */
  autoMinutes: z.number().int().nonnegative(),
  running: z.boolean(),
  /** The last sync's failure, if the last attempt failed (code as in errors.ts, message in Vietnamese). */
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const syncResult = z.object({
  /** This device's mutations the server accepted in this run. */
  pushed: z.number().int().nonnegative(),
  /** Other devices' changes applied here (this device's own coming back are not counted). */
  pulled: z.number().int().nonnegative(),
  /** New conflicts of this run (copies of long texts, number clashes). */
  conflicts: z.number().int().nonnegative(),
});
export type SyncResult = z.infer<typeof syncResult>;

export const syncConflict = z.object({
  id: z.string(),
  kind: z.enum(['copy', 'number', 'duplicate']),
  entity: z.string(),
  entityId: z.string(),
  /** What the secretary reads: "Văn bản 05/QĐ-CĐCS: số đã dùng ở máy khác". */
  title: z.string(),
  detail: z.string(),
  /** kind 'copy': the losing text, to compare or restore. */
  value: z.string().nullable(),
  at: z.string(),
});
export type SyncConflict = z.infer<typeof syncConflict>;

export const syncContract = {
  commands: {
    'sync.status': { input: emptyInput, output: syncStatus },
    /**
     * Registers this PC with a one-time code, then runs the first sync. A vault with no members and no documents
     * simply downloads; one with data, meeting a server that has this CĐCS's data, needs `choice` (SYNC_CHOICE).
     */
    'sync.register': {
      input: z
        .object({
          server: serverUrl,
          code: z.string().trim().min(4).max(64),
          choice: firstSyncChoice.optional(),
          deviceName: z.string().trim().max(200).optional(),
        })
        .strict(),
      output: z.object({ orgName: z.string(), deviceId: z.string(), result: syncResult }),
    },
    /** A job: push the outbox, then pull; its result is a SyncResult. */
    'sync.now': { input: emptyInput, output: jobRef },
    'sync.settings': {
      input: z
        .object({
          autoMinutes: z
            .number()
            .int()
            .min(0)
            .max(24 * 60),
        })
        .strict(),
      output: syncStatus,
    },
    'sync.conflicts': { input: emptyInput, output: z.array(syncConflict) },
    /**
     * `restore`: a conflict copy's text becomes the current one again (a change that syncs); `dismiss`: keep it;
     * `renumber` (kind 'number' only): the row takes the next free number and is sent again whole at the next sync;
     * `number` is then the new number as the secretary reads it ("06/QĐ-CĐCS").
     */
    'sync.resolve': {
      input: z.object({ id: z.string(), action: z.enum(['restore', 'dismiss', 'renumber']) }).strict(),
      output: z.object({ ok: z.literal(true), number: z.string().optional() }),
    },
    /** Forgets the server (the token is deleted); the data stays. */
    'sync.unregister': { input: emptyInput, output: syncStatus },
  },
  events: {
    /** After each sync attempt (automatic or not), and when the pending count changes a lot. */
    'sync.changed': syncStatus,
  },
} as const satisfies ContractPart;

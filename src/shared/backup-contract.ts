/** The backups' part of the contract. */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';
import { jobRef } from './jobs-contract';

/** No path: the absolute one names the OS user, and clients only ever send back the name. */
export const backupInfo = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'manual', 'pre-restore', 'pre-migration']),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfo>;
/** A backup's file name in the backups folder: no folder part, so no path reaches the core from a message. */
export const backupName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (s) => !/[/\\\0]/.test(s) && s !== '.' && s !== '..',
    'Chỉ nhận tên một bản sao lưu trong danh sách, không nhận đường dẫn',
  );

/**
 * Backup files cross the wire in pieces: one message stays well under the wire's 10 MB limit (base64 adds a third),
 * and a vault with meeting files and voucher scans can weigh far more than one message.
 */
export const BACKUP_CHUNK_BYTES = 4 * 1024 * 1024;
/** The largest backup file a restore takes from outside (a USB stick): beyond it the file is surely not ours. */
export const BACKUP_UPLOAD_MAX_BYTES = 2 * 1024 * 1024 * 1024;
const CHUNK_BASE64_CHARS = Math.ceil(BACKUP_CHUNK_BYTES / 3) * 4;
/** A file being received, named by the core (random hex): never a path. */
export const uploadId = z.string().regex(/^[0-9a-f]{32}$/, 'Mã tệp tải lên không hợp lệ');

export const backupContract = {
  commands: {
    'backup.create': { input: emptyInput, output: jobRef },
    'backup.list': { input: emptyInput, output: z.array(backupInfo) },
    /**
     * `file` is a name from backup.list, never a path (the CLI copies a backup file into the folder first);
     * `upload` is a file received with backup.upload (removed once the restore has finished, whatever the outcome).
     */
    'backup.restore': {
      input: z.union([z.object({ file: backupName }).strict(), z.object({ upload: uploadId }).strict()]),
      output: jobRef,
    },
    /** A piece of a listed backup's bytes from `offset`, so the app can save the file where the user picks. */
    'backup.export': {
      input: z.object({ file: backupName, offset: z.number().int().nonnegative().default(0) }).strict(),
      output: z.object({
        fileName: z.string(),
        /** The whole file's size in bytes. */
        size: z.number().int().nonnegative(),
        offset: z.number().int().nonnegative(),
        base64: z.string(),
        /** True when this piece ends the file. */
        done: z.boolean(),
      }),
    },
    /**
     * Receives a backup file the user picked, piece by piece: the first piece (no `upload`) starts a new file and
     * the answer names it; each next piece must start where the file ends. `size` is the whole file's size.
     */
    'backup.upload': {
      input: z
        .object({
          upload: uploadId.optional(),
          offset: z.number().int().nonnegative(),
          size: z
            .number()
            .int()
            .positive()
            .max(BACKUP_UPLOAD_MAX_BYTES, 'Tệp quá lớn: một bản sao lưu UnionDesk nhận tối đa 2 GB'),
          base64: z.string().min(1).max(CHUNK_BASE64_CHARS),
        })
        .strict(),
      output: z.object({ upload: uploadId, received: z.number().int().nonnegative() }),
    },
  },
} as const satisfies ContractPart;

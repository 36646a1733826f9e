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

export const backupContract = {
  commands: {
    'backup.create': { input: emptyInput, output: jobRef },
    'backup.list': { input: emptyInput, output: z.array(backupInfo) },
    /** `file` is a name from backup.list, never a path (the CLI copies a backup file into the folder first). */
    'backup.restore': { input: z.object({ file: backupName }).strict(), output: jobRef },
  },
} as const satisfies ContractPart;

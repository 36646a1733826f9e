/** The backups' part of the contract. */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';
import { jobRef } from './jobs-contract';

export const backupInfo = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['auto', 'manual', 'pre-restore', 'pre-migration']),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupContract = {
  commands: {
    'backup.create': { input: z.object({ out: z.string().max(4096).optional() }).strict(), output: jobRef },
    'backup.list': { input: emptyInput, output: z.array(backupInfo) },
    /** `file` is a name from backup.list or a path to a backup file. */
    'backup.restore': { input: z.object({ file: z.string().min(1).max(4096) }).strict(), output: jobRef },
  },
} as const satisfies ContractPart;

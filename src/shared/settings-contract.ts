/** The settings' part of the contract. */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';

export const appSettings = z.object({
  /** How many automatic backups to keep. */
  backupKeep: z.number().int().min(1).max(365),
  /** Bulletins need an explicit opt-in instead of consent by default when an email is recorded. */
  emailOptInRequired: z.boolean(),
});
export type AppSettings = z.infer<typeof appSettings>;

export const settingsContract = {
  commands: {
    'settings.get': { input: emptyInput, output: appSettings },
    'settings.update': { input: appSettings.partial().strict(), output: appSettings },
  },
} as const satisfies ContractPart;

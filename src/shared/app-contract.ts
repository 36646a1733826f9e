/** The application's own part of the contract: what state the data folder is in (no vault, locked, unlocked). */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';

export const appContract = {
  commands: {
    'app.status': {
      input: emptyInput,
      output: z.object({
        state: z.enum(['new', 'locked', 'unlocked']),
        version: z.string(),
        schemaVersion: z.number().int(),
        keystoreAvailable: z.boolean(),
        keystoreEnrolled: z.boolean(),
        orgName: z.string().nullable(),
      }),
    },
  },
} as const satisfies ContractPart;

/** The vault's part of the contract: create, unlock, recover, lock, change the passphrase, the keystore. */
import { z } from 'zod';
import { emptyInput, okOutput, type ContractPart } from './contract-part';

/** Passphrases: at least 8 characters; never trimmed (spaces are part of a passphrase). */
export const passphrase = z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(1024);

export const vaultContract = {
  commands: {
    'vault.create': {
      input: z.object({ passphrase, useKeystore: z.boolean().optional() }).strict(),
      output: z.object({ recoveryKey: z.string() }),
    },
    'vault.unlock': { input: z.object({ passphrase: z.string().min(1).max(1024) }).strict(), output: okOutput },
    'vault.unlockWithKeystore': { input: emptyInput, output: okOutput },
    'vault.recover': {
      input: z.object({ recoveryKey: z.string().min(1).max(200), newPassphrase: passphrase }).strict(),
      output: okOutput,
    },
    'vault.lock': { input: emptyInput, output: okOutput },
    'vault.changePassphrase': {
      input: z.object({ currentPassphrase: z.string().min(1).max(1024), newPassphrase: passphrase }).strict(),
      output: okOutput,
    },
    'vault.setKeystore': { input: z.object({ enabled: z.boolean() }).strict(), output: okOutput },
    /** The printable "phiếu khôi phục" (PDF) for a recovery key, which is checked against the vault first. */
    'vault.recoverySheet': {
      input: z.object({ recoveryKey: z.string().min(1).max(200) }).strict(),
      output: z.object({ fileName: z.string(), base64: z.string(), mime: z.string() }),
    },
  },
  events: {
    'vault.locked': z.object({ reason: z.enum(['user', 'restore', 'idle']) }),
  },
} as const satisfies ContractPart;

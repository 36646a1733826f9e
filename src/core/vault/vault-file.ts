/** `<data>/vault.json`: the wrapped data key and the device id. Nothing in it is the union's data. */
import fs from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fsutil';

const secretWrap = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  ct: z.string(),
});

export const vaultFileSchema = z.object({
  format: z.literal(1),
  deviceId: z.string(),
  createdAt: z.string(),
  passphrase: secretWrap,
  recovery: secretWrap,
  keystore: z.object({ blob: z.string() }).optional(),
});
export type VaultFile = z.infer<typeof vaultFileSchema>;

export function readVaultFile(file: string): VaultFile | null {
  if (!fs.existsSync(file)) return null;
  return vaultFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function writeVaultFile(file: string, v: VaultFile): void {
  writeFileAtomic(file, JSON.stringify(v, null, 2) + '\n');
}

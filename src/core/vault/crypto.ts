/**
 * Key wrapping for the vault. The 256-bit data key is only ever stored encrypted (AES-256-GCM) under a key
 * derived from the passphrase (scrypt), from the recovery key (scrypt), or by the OS keystore.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(crypto.scrypt) as (
  pw: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  len: number,
  opts: crypto.ScryptOptions,
) => Promise<Buffer>;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
/** ~0.3–0.6 s and 128 MiB on an office PC: slow enough to make guessing costly, quick enough to unlock. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
/** For tests only (UNIONDESK_TEST_KDF=fast). */
export const FAST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

export interface SecretWrap {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  ct: string;
}

export function deriveKek(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return scryptAsync(secret.normalize('NFC'), salt, 32, {
    ...params,
    maxmem: 256 * params.N * params.r + 16 * 1024 * 1024,
  });
}

export function seal(kek: Buffer, plain: Buffer): { iv: string; tag: string; ct: string } {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', kek, iv);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return { iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** Returns null when the key is wrong (the GCM tag does not verify). */
export function open(kek: Buffer, box: { iv: string; tag: string; ct: string }): Buffer | null {
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(box.iv, 'base64'));
    d.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(box.ct, 'base64')), d.final()]);
  } catch {
    return null;
  }
}

export async function wrapWithSecret(secret: string, dataKey: Buffer, params: KdfParams): Promise<SecretWrap> {
  const salt = crypto.randomBytes(16);
  const kek = await deriveKek(secret, salt, params);
  return { kdf: 'scrypt', ...params, salt: salt.toString('base64'), ...seal(kek, dataKey) };
}

export async function unwrapWithSecret(secret: string, wrap: SecretWrap): Promise<Buffer | null> {
  const kek = await deriveKek(secret, Buffer.from(wrap.salt, 'base64'), wrap);
  return open(kek, wrap);
}

// Recovery keys: 160 random bits as 32 Crockford base32 characters in 8 groups of 4 (no I, L, O, U).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryKey(): string {
  const bytes = crypto.randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts what a person types back: any case, spaces or dashes, O/I/L typed for 0/1/1. */
export function normalizeRecoveryKey(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{32}$/.test(s)) return null;
  return s.match(/.{4}/g)!.join('-');
}

export function newDataKey(): Buffer {
  return crypto.randomBytes(32);
}

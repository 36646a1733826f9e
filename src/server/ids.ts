/** Ids and secrets the server makes: UUIDv7 for rows, random bearer tokens and one-time codes, kept as sha256. */
import crypto from 'node:crypto';

/** UUIDv7 (RFC 9562): 48-bit Unix ms, then random bits, like the PCs' ids (the server never imports the core). */
export function uuidv7(now = Date.now()): string {
  const b = crypto.randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function sha256Hex(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A device's bearer token: 32 random bytes, base64url. Shown once; only its hash is stored. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** No 0/O, 1/I/L, U/V: read aloud over the phone and typed by hand without mistakes. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';

/** A one-time registration code: 10 characters shown as XXXXX-XXXXX. */
export function newRegistrationCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** What is hashed for a code: case, spaces and the dash do not matter when the user types it back. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
